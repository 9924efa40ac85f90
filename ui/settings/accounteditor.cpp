#include "accounteditor.h"

#include "api/apiclient.h"
#include "api/connectiontester.h"
#include "session/session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
enum ServerChoice { V20Server, V21Server, CustomServer };
}

AccountEditor::AccountEditor(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_nameLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_apiKeyLabel(new QLabel(this))
    , m_apiKeyEdit(new QLineEdit(this))
    , m_serverLabel(new QLabel(this))
    , m_serverCombo(new QComboBox(this))
    , m_customUrlLabel(new QLabel(this))
    , m_customUrlEdit(new QLineEdit(this))
    , m_urlErrorLabel(new QLabel(this))
    , m_sandboxCheck(new QCheckBox(this))
    , m_budgetLabel(new QLabel(this))
    , m_budgetSpin(new QSpinBox(this))
    , m_testButton(new QPushButton(this))
    , m_testResultLabel(new QLabel(this))
    , m_showKeyAction(new QAction(this))
    , m_tester(new ConnectionTester(session->network(), this))
{
    m_nameEdit->setObjectName(u"accountNameLineEdit"_s);
    m_nameEdit->setMaxLength(80);
    m_apiKeyEdit->setObjectName(u"apiKeyLineEdit"_s);
    m_apiKeyEdit->setEchoMode(QLineEdit::Password);
    m_apiKeyEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_showKeyAction->setCheckable(true);
    m_showKeyAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_apiKeyEdit->addAction(m_showKeyAction, QLineEdit::TrailingPosition);
    connect(m_showKeyAction, &QAction::toggled, this,
        [this](bool show) { m_apiKeyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    m_serverCombo->setObjectName(u"serverComboBox"_s);
    m_serverCombo->addItem(QString(), QString::fromLatin1(ApiClient::kV20BaseUrl));
    m_serverCombo->addItem(QString(), QString::fromLatin1(ApiClient::kV21BaseUrl));
    m_serverCombo->addItem(QString(), QString());
    m_customUrlEdit->setObjectName(u"customUrlLineEdit"_s);
    m_customUrlEdit->setPlaceholderText(u"https://…/api/v1"_s);
    m_urlErrorLabel->setObjectName(u"urlErrorLabel"_s);
    m_urlErrorLabel->setWordWrap(true);
    m_sandboxCheck->setObjectName(u"sandboxKeyCheckBox"_s);
    m_budgetSpin->setObjectName(u"requestsPerMinuteSpinBox"_s);
    m_budgetSpin->setRange(1, 1000);
    m_budgetSpin->setValue(60);
    m_testButton->setObjectName(u"testConnectionPushButton"_s);
    m_testResultLabel->setObjectName(u"testResultLabel"_s);
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextFormat(Qt::PlainText);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_nameLabel->setBuddy(m_nameEdit);
    m_apiKeyLabel->setBuddy(m_apiKeyEdit);
    m_serverLabel->setBuddy(m_serverCombo);
    m_customUrlLabel->setBuddy(m_customUrlEdit);
    m_budgetLabel->setBuddy(m_budgetSpin);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_apiKeyLabel, m_apiKeyEdit);
    form->addRow(QString(), m_sandboxCheck);
    form->addRow(m_serverLabel, m_serverCombo);
    form->addRow(m_customUrlLabel, m_customUrlEdit);
    form->addRow(QString(), m_urlErrorLabel);
    form->addRow(m_budgetLabel, m_budgetSpin);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_testResultLabel);

    for (QLineEdit* edit : { m_nameEdit, m_apiKeyEdit, m_customUrlEdit }) {
        connect(edit, &QLineEdit::textEdited, this, &AccountEditor::edited);
    }
    connect(m_customUrlEdit, &QLineEdit::textChanged, this, &AccountEditor::updateServerFields);
    connect(m_serverCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateServerFields();
        Q_EMIT edited();
    });
    connect(m_sandboxCheck, &QCheckBox::toggled, this, &AccountEditor::edited);
    connect(m_budgetSpin, &QSpinBox::valueChanged, this, &AccountEditor::edited);
    connect(m_testButton, &QPushButton::clicked, this, &AccountEditor::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString& text) {
        m_testButton->setEnabled(true);
        m_testResultLabel->setText((ok ? tr("Success: ") : tr("Problem: ")) + text);
        m_testResultLabel->setProperty("ok", ok);
    });
    retranslate();
    updateServerFields();
}

void AccountEditor::setAccount(const Account& account, KeyState keyState)
{
    m_tester->cancel();
    m_testButton->setEnabled(true);
    m_testResultLabel->clear();
    m_accountId = account.id;
    m_keyState = keyState;
    const QSignalBlocker b1(m_serverCombo);
    const QSignalBlocker b2(m_sandboxCheck);
    const QSignalBlocker b3(m_budgetSpin);
    m_nameEdit->setText(account.name);
    m_apiKeyEdit->clear();
    const QString url = account.baseUrl.toString();
    int choice = m_serverCombo->findData(url);
    if (choice < 0) {
        choice = CustomServer;
        m_customUrlEdit->setText(url);
    } else {
        m_customUrlEdit->clear();
    }
    m_serverCombo->setCurrentIndex(choice);
    m_sandboxCheck->setChecked(account.sandboxKey);
    m_budgetSpin->setValue(account.requestsPerMinute);
    retranslate();
    updateServerFields();
}

Account AccountEditor::account() const
{
    Account account;
    account.id = m_accountId;
    account.name = m_nameEdit->text().trimmed();
    account.baseUrl = chosenBaseUrl();
    account.sandboxKey = m_sandboxCheck->isChecked();
    account.requestsPerMinute = m_budgetSpin->value();
    return account;
}

QString AccountEditor::enteredKey() const
{
    return m_apiKeyEdit->text().trimmed();
}

void AccountEditor::setEnteredKey(const QString& key)
{
    m_apiKeyEdit->setText(key);
}

QUrl AccountEditor::chosenBaseUrl() const
{
    if (m_serverCombo->currentIndex() == CustomServer) {
        return QUrl::fromUserInput(m_customUrlEdit->text().trimmed());
    }
    return QUrl(m_serverCombo->currentData().toString());
}

QString AccountEditor::validationError() const
{
    if (m_nameEdit->text().trimmed().isEmpty()) {
        return tr("Enter a name for the shop.");
    }
    if (m_serverCombo->currentIndex() == CustomServer && m_customUrlEdit->text().trimmed().isEmpty()) {
        return tr("Enter the server address.");
    }
    QString error;
    if (!ApiClient::isAcceptableBaseUrl(chosenBaseUrl(), &error)) {
        return error;
    }
    if (m_keyState == KeyState::None && enteredKey().isEmpty()) {
        return tr("Enter the API key of the shop (ApiPay dashboard → API keys).");
    }
    return {};
}

void AccountEditor::focusApiKey()
{
    m_apiKeyEdit->setFocus(Qt::OtherFocusReason);
}

void AccountEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AccountEditor::retranslate()
{
    m_nameLabel->setText(tr("Shop &name:"));
    m_nameEdit->setAccessibleName(tr("Shop name"));
    m_nameEdit->setPlaceholderText(tr("e.g. Coffee on Abay"));
    m_apiKeyLabel->setText(tr("API &key:"));
    m_apiKeyEdit->setAccessibleName(tr("API key"));
    switch (m_keyState) {
    case KeyState::None:
        m_apiKeyEdit->setPlaceholderText(tr("Paste the key from the ApiPay dashboard"));
        break;
    case KeyState::Saved:
        m_apiKeyEdit->setPlaceholderText(tr("Saved in the keychain — type a new key to replace it"));
        break;
    case KeyState::SessionOnly:
        m_apiKeyEdit->setPlaceholderText(tr("Kept until the app closes — type a new key to replace it"));
        break;
    }
    m_showKeyAction->setText(tr("Show key"));
    m_showKeyAction->setToolTip(tr("Show or hide the key while typing"));
    m_sandboxCheck->setText(tr("This is a &test key (ApiPay sandbox, no real money)"));
    m_serverLabel->setText(tr("&Server:"));
    m_serverCombo->setAccessibleName(tr("Server"));
    m_serverCombo->setItemText(V20Server, tr("ApiPay v2.0 (bpapi.bazarbay.site)"));
    m_serverCombo->setItemText(V21Server, tr("ApiPay v2.1 (api.apipay.kz)"));
    m_serverCombo->setItemText(CustomServer, tr("Other server…"));
    m_customUrlLabel->setText(tr("Server &address:"));
    m_customUrlEdit->setAccessibleName(tr("Server address"));
    m_budgetLabel->setText(tr("&Requests per minute:"));
    m_budgetSpin->setAccessibleName(tr("Requests per minute"));
    m_budgetSpin->setToolTip(tr("The app never sends more requests than this per minute (ApiPay allows 60 in v2.0)."));
    m_testButton->setText(tr("&Test connection"));
    m_testButton->setAccessibleName(tr("Test connection"));
    updateServerFields();
}

void AccountEditor::updateServerFields()
{
    const bool custom = m_serverCombo->currentIndex() == CustomServer;
    m_customUrlLabel->setVisible(custom);
    m_customUrlEdit->setVisible(custom);
    QString error;
    if (custom && !m_customUrlEdit->text().trimmed().isEmpty()
        && !ApiClient::isAcceptableBaseUrl(chosenBaseUrl(), &error)) {
        m_urlErrorLabel->setText(error);
    } else {
        m_urlErrorLabel->clear();
    }
    m_urlErrorLabel->setVisible(!m_urlErrorLabel->text().isEmpty());
}

void AccountEditor::testConnection()
{
    QString key = enteredKey();
    if (key.isEmpty()) {
        key = m_session->knownApiKey(m_accountId);
    }
    m_testButton->setEnabled(false);
    m_testResultLabel->setText(tr("Testing…"));
    m_tester->start(chosenBaseUrl(), key);
}

} // namespace apipay
