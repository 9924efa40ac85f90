#include "staticqr/staticqrdialog.h"

#include "subscriptions/subscriptioncarteditor.h"
#include "widgets/dialogfitter.h"
#include "widgets/moneylineedit.h"
#include "widgets/unsavedinputguard.h"

#include "api/staticqrrequest.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

// The wall-clock date and time of `utc` in the shop's display zone, as a zone-less value for the edit.
QDateTime StaticQrDialog::shopWallClock(const QDateTime& utc) const
{
    const QDateTime there = m_context.session->displayFormat().toDisplayZone(utc);
    return QDateTime(there.date(), there.time());
}

StaticQrDialog::StaticQrDialog(const PageContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_amountRadio(new QRadioButton(this))
    , m_amountEdit(new MoneyLineEdit(this))
    , m_cartRadio(new QRadioButton(this))
    , m_cartEditor(new SubscriptionCartEditor(context, this))
    , m_descriptionLabel(new QLabel(this))
    , m_descriptionEdit(new QLineEdit(this))
    , m_singleUseCheck(new QCheckBox(this))
    , m_expiresCheck(new QCheckBox(this))
    , m_expiresEdit(new QDateTimeEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    new DialogFitter(this); // a message or a hint that appears makes the dialog taller instead of being cut
    setObjectName(u"staticQrDialog"_s);
    m_amountRadio->setObjectName(u"fixedAmountRadioButton"_s);
    m_amountEdit->setObjectName(u"sheetAmountLineEdit"_s);
    m_cartRadio->setObjectName(u"cartRadioButton"_s);
    m_descriptionEdit->setObjectName(u"sheetDescriptionLineEdit"_s);
    m_singleUseCheck->setObjectName(u"singleUseCheckBox"_s);
    m_expiresCheck->setObjectName(u"expiresCheckBox"_s);
    m_expiresEdit->setObjectName(u"expiresDateTimeEdit"_s);
    m_errorLabel->setObjectName(u"sheetErrorLabel"_s);

    m_amountRadio->setChecked(true);
    m_descriptionEdit->setMaxLength(StaticQrRequest::kMaxDescription);
    m_descriptionLabel->setBuddy(m_descriptionEdit);
    m_singleUseCheck->setChecked(true);
    m_expiresEdit->setCalendarPopup(true);
    // Future only: at least a few minutes from now, a week ahead by default. The edit shows the shop's wall clock
    // (the display zone, Asia/Almaty by default), not this computer's zone; draft() reads it back in that zone.
    const QDateTime now = shopWallClock(QDateTime::currentDateTimeUtc());
    m_expiresEdit->setMinimumDateTime(now.addSecs(5 * 60));
    m_expiresEdit->setDateTime(now.addDays(7));
    m_expiresEdit->setDisplayFormat(m_context.session->displayFormat().dateTimeFormat());
    m_expiresEdit->setEnabled(false);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #c62828;"_s); // an error, not a link
    m_errorLabel->hide();

    auto* form = new QFormLayout;
    form->addRow(m_amountRadio, m_amountEdit);
    form->addRow(m_cartRadio);
    form->addRow(m_cartEditor);
    form->addRow(m_descriptionLabel, m_descriptionEdit);
    form->addRow(m_singleUseCheck);
    form->addRow(m_expiresCheck, m_expiresEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_amountRadio, &QRadioButton::toggled, this, &StaticQrDialog::updateMode);
    connect(m_expiresCheck, &QCheckBox::toggled, m_expiresEdit, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StaticQrDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StaticQrDialog::reject);
    retranslate();
    updateMode();
    m_amountEdit->setFocus(); // the dialog opens ready for the amount
    m_guard = new UnsavedInputGuard(this, nullptr);
    m_guard->watch();
    connect(m_cartEditor, &SubscriptionCartEditor::linesChanged, m_guard, &UnsavedInputGuard::markEdited);
}

void StaticQrDialog::reject()
{
    if (!m_guard->mayClose()) {
        return; // something was entered: the question decides
    }
    QDialog::reject();
}

void StaticQrDialog::updateMode()
{
    const bool fixed = m_amountRadio->isChecked();
    m_amountEdit->setEnabled(fixed);
    m_cartEditor->setEnabled(!fixed);
    if (!fixed) {
        m_cartEditor->loadCatalog();
    }
}

StaticQrDraft StaticQrDialog::draft() const
{
    StaticQrDraft d;
    if (m_amountRadio->isChecked()) {
        d.amount = m_amountEdit->value();
    } else {
        for (const SubscriptionCartLine& line : m_cartEditor->lines()) {
            d.cartItems.append(CartLine { line.catalogItemId, line.count, std::nullopt });
        }
    }
    d.description = m_descriptionEdit->text().trimmed();
    d.singleUse = m_singleUseCheck->isChecked();
    if (m_expiresCheck->isChecked()) {
        const QDateTime shown = m_expiresEdit->dateTime();
        d.expiresAt = QDateTime(shown.date(), shown.time(), m_context.session->displayFormat().zone()).toUTC();
    }
    return d;
}

void StaticQrDialog::accept()
{
    if (m_amountRadio->isChecked() && !m_amountEdit->isValid()) {
        m_errorLabel->setText(m_amountEdit->errorText());
        m_errorLabel->show();
        m_amountEdit->setFocus();
        return;
    }
    const auto errors = StaticQrRequest::validate(draft(), QDateTime::currentDateTimeUtc());
    if (!errors.isEmpty()) {
        m_errorLabel->setText(errors.first().constFirst());
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    QDialog::accept();
}

void StaticQrDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void StaticQrDialog::retranslate()
{
    setWindowTitle(tr("New QR sheet"));
    m_amountRadio->setText(tr("&Fixed amount:"));
    m_amountEdit->setAccessibleName(tr("Amount"));
    m_cartRadio->setText(tr("&Items from the catalog"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_descriptionEdit->setPlaceholderText(tr("optional, up to 100 characters"));
    m_singleUseCheck->setText(tr("&Single use (one payment, then the sheet is done)"));
    m_expiresCheck->setText(tr("&Expires:"));
    m_expiresEdit->setAccessibleName(tr("Expiry"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create sheet"));
}

} // namespace apipay
