#include "firstrundialog.h"

#include "session/appsettings.h"
#include "session/session.h"
#include "widgets/dialogfitter.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

FirstRunDialog::FirstRunDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_demoButton(new QPushButton(this))
    , m_demoLabel(new QLabel(this))
    , m_apiKeyButton(new QPushButton(this))
    , m_apiKeyLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    new DialogFitter(this); // a message or a hint that appears makes the dialog taller instead of being cut
    setObjectName(u"firstRunDialog"_s);
    m_demoButton->setObjectName(u"tryDemoPushButton"_s);
    m_apiKeyButton->setObjectName(u"enterApiKeyPushButton"_s);
    m_errorLabel->setObjectName(u"firstRunErrorLabel"_s);
    QFont title = m_titleLabel->font();
    title.setBold(true);
    if (title.pointSizeF() > 0) {
        title.setPointSizeF(title.pointSizeF() * 1.4);
    }
    m_titleLabel->setFont(title);
    for (QLabel* label : { m_textLabel, m_demoLabel, m_apiKeyLabel, m_errorLabel }) {
        label->setWordWrap(true);
    }
    m_errorLabel->hide();
    for (QPushButton* button : { m_demoButton, m_apiKeyButton }) {
        button->setMinimumHeight(button->sizeHint().height() * 2);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_apiKeyButton->setDefault(true);

    auto* choices = new QGridLayout;
    choices->addWidget(m_apiKeyButton, 0, 0);
    choices->addWidget(m_apiKeyLabel, 1, 0, Qt::AlignTop);
    choices->addWidget(m_demoButton, 0, 1);
    choices->addWidget(m_demoLabel, 1, 1, Qt::AlignTop);
    choices->setColumnStretch(0, 1);
    choices->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_textLabel);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(choices);
    layout->addWidget(m_errorLabel);

    connect(m_demoButton, &QPushButton::clicked, this, &FirstRunDialog::startDemo);
    connect(m_apiKeyButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT apiKeyChosen();
    });
    retranslate();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void FirstRunDialog::startDemo()
{
    QString error;
    if (!m_session->startDemo(&error)) {
        m_errorLabel->setText(error);
        m_errorLabel->show();
        return;
    }
    AppSettings::setDemoChosen(true);
    accept();
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void FirstRunDialog::retranslate()
{
    setWindowTitle(tr("Welcome to ApiPay Desk"));
    m_titleLabel->setText(tr("Welcome to ApiPay Desk"));
    m_textLabel->setText(tr("Send Kaspi invoices to your customers, see when they pay, refund and manage "
                            "subscriptions — from your counter."));
    m_apiKeyButton->setText(tr("Enter my API &key"));
    m_apiKeyLabel->setText(tr("Connect your shop with the API key from the ApiPay dashboard. The key is kept in "
                              "this computer's keychain."));
    m_demoButton->setText(tr("Try the &demo"));
    m_demoLabel->setText(tr("Look around with a made-up shop on an offline server on this computer. No real "
                            "invoices are sent."));
}

} // namespace apipay
