#include "settingsdialog.h"

#include "accounteditor.h"
#include "session/session.h"
#include "widgets/messagebanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace apipay {

SettingsDialog::SettingsDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_accountList(new QListWidget(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_useButton(new QPushButton(this))
    , m_editor(new AccountEditor(session, this))
    , m_noAccountLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_zoneLabel(new QLabel(this))
    , m_zoneCombo(new QComboBox(this))
    , m_waitingLabel(new QLabel(this))
    , m_waitingSpin(new QSpinBox(this))
    , m_onScreenLabel(new QLabel(this))
    , m_onScreenSpin(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(u"settingsDialog"_s);
    m_banner->setObjectName(u"settingsBanner"_s);
    m_tabs->setObjectName(u"settingsTabWidget"_s);
    m_tabs->addTab(createAccountsTab(), QString());
    m_tabs->addTab(createGeneralTab(), QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_session, &Session::keychainProblem, this, [this] { showKeychainState(); });

    loadAccounts();
    retranslate();
    showKeychainState();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 26)));
}

QWidget* SettingsDialog::createAccountsTab()
{
    auto* tab = new QWidget(this);
    m_accountList->setObjectName(u"accountsListWidget"_s);
    // A long shop name (and "(in use)" after it) wraps instead of hiding behind a sideways scroll bar.
    m_accountList->setWordWrap(true);
    m_accountList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_accountList->setResizeMode(QListView::Adjust);
    m_addButton->setObjectName(u"addAccountPushButton"_s);
    m_removeButton->setObjectName(u"removeAccountPushButton"_s);
    m_useButton->setObjectName(u"useAccountPushButton"_s);
    m_noAccountLabel->setWordWrap(true);
    m_noAccountLabel->setAlignment(Qt::AlignCenter);

    auto* left = new QVBoxLayout;
    left->addWidget(m_accountList, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    left->addLayout(buttons);
    left->addWidget(m_useButton);

    auto* right = new QVBoxLayout;
    right->addWidget(m_editor);
    right->addWidget(m_noAccountLabel);
    right->addStretch(1);

    auto* layout = new QHBoxLayout(tab);
    layout->addLayout(left, 1);
    layout->addLayout(right, 3);

    connect(m_accountList, &QListWidget::currentRowChanged, this, &SettingsDialog::showAccount);
    connect(m_addButton, &QPushButton::clicked, this, &SettingsDialog::addAccount);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsDialog::removeAccount);
    connect(m_useButton, &QPushButton::clicked, this, &SettingsDialog::useSelectedAccount);
    connect(m_editor, &AccountEditor::edited, this, &SettingsDialog::storeEditorIntoList);
    return tab;
}

QWidget* SettingsDialog::createGeneralTab()
{
    auto* tab = new QWidget(this);
    m_languageCombo->setObjectName(u"languageComboBox"_s);
    // Language names in their own language, so anyone can find theirs.
    m_languageCombo->addItem(QString(), QString());
    m_languageCombo->addItem(u"Русский"_s, u"ru"_s);
    m_languageCombo->addItem(u"Қазақша"_s, u"kk"_s);
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(AppSettings::language())));
    m_zoneCombo->setObjectName(u"timeZoneComboBox"_s);
    m_zoneCombo->addItem(QString(), false);
    m_zoneCombo->addItem(QString(), true);
    m_zoneCombo->setCurrentIndex(AppSettings::useSystemTimeZone() ? 1 : 0);
    m_waitingSpin->setObjectName(u"waitingPollSpinBox"_s);
    m_waitingSpin->setRange(1, 60);
    m_waitingSpin->setValue(AppSettings::waitingPollMs() / 1000);
    m_onScreenSpin->setObjectName(u"onScreenPollSpinBox"_s);
    m_onScreenSpin->setRange(5, 600);
    m_onScreenSpin->setValue(AppSettings::onScreenPollMs() / 1000);
    m_languageLabel->setBuddy(m_languageCombo);
    m_zoneLabel->setBuddy(m_zoneCombo);
    m_waitingLabel->setBuddy(m_waitingSpin);
    m_onScreenLabel->setBuddy(m_onScreenSpin);

    auto* form = new QFormLayout(tab);
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(m_zoneLabel, m_zoneCombo);
    form->addRow(m_waitingLabel, m_waitingSpin);
    form->addRow(m_onScreenLabel, m_onScreenSpin);
    return tab;
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(0, tr("&Shops"));
    m_tabs->setTabText(1, tr("&General"));
    m_accountList->setAccessibleName(tr("Shops"));
    m_addButton->setText(tr("&Add shop"));
    m_removeButton->setText(tr("Re&move"));
    m_removeButton->setAccessibleName(tr("Remove shop"));
    m_useButton->setText(tr("&Use this shop"));
    m_noAccountLabel->setText(tr("No shop yet. Add one with the API key from your ApiPay dashboard."));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->setItemText(0, tr("System language"));
    m_zoneLabel->setText(tr("&Time zone:"));
    m_zoneCombo->setAccessibleName(tr("Time zone"));
    m_zoneCombo->setItemText(0, tr("Almaty (Asia/Almaty)"));
    m_zoneCombo->setItemText(1, tr("This computer's time zone"));
    m_waitingLabel->setText(tr("Check a waiting customer's invoice every:"));
    m_waitingSpin->setSuffix(tr(" s"));
    m_waitingSpin->setAccessibleName(tr("Check interval while a customer waits, seconds"));
    m_onScreenLabel->setText(tr("Check other open invoices every:"));
    m_onScreenSpin->setSuffix(tr(" s"));
    m_onScreenSpin->setAccessibleName(tr("Check interval for other invoices, seconds"));
    refreshAccountItems();
    showKeychainState();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::loadAccounts()
{
    m_accounts = AppSettings::accounts();
    m_currentId = m_session->accountId().isEmpty() ? AppSettings::currentAccountId() : m_session->accountId();
    m_accountList->clear();
    for (int i = 0; i < m_accounts.size(); ++i) {
        m_accountList->addItem(QString());
    }
    refreshAccountItems();
    int row = 0;
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == m_currentId) {
            row = i;
        }
    }
    m_accountList->setCurrentRow(m_accounts.isEmpty() ? -1 : row);
    showAccount(m_accountList->currentRow());
}

void SettingsDialog::refreshAccountItems()
{
    for (int i = 0; i < m_accounts.size() && i < m_accountList->count(); ++i) {
        const Account& account = m_accounts.at(i);
        QString text = account.name.isEmpty() ? tr("New shop") : account.name;
        const bool current = account.id == m_currentId;
        if (current) {
            text = tr("%1 (in use)").arg(text);
        }
        QListWidgetItem* item = m_accountList->item(i);
        item->setText(text);
        QFont font = item->font();
        font.setBold(current);
        item->setFont(font);
    }
}

void SettingsDialog::showAccount(int row)
{
    m_shownRow = row;
    const bool has = row >= 0 && row < m_accounts.size();
    m_editor->setVisible(has);
    m_noAccountLabel->setVisible(!has);
    m_removeButton->setEnabled(has);
    m_useButton->setEnabled(has && m_accounts.at(row).id != m_currentId);
    if (!has) {
        return;
    }
    const Account& account = m_accounts.at(row);
    AccountEditor::KeyState keyState = AccountEditor::KeyState::None;
    if (AppSettings::savedKeyNames().contains(SecretStore::apiKeyName(account.id))) {
        keyState = AccountEditor::KeyState::Saved;
    } else if (!m_session->knownApiKey(account.id).isEmpty()) {
        keyState = AccountEditor::KeyState::SessionOnly;
    }
    m_editor->setAccount(account, keyState);
    m_editor->setEnteredKey(m_enteredKeys.value(account.id));
}

void SettingsDialog::storeEditorIntoList()
{
    if (m_shownRow < 0 || m_shownRow >= m_accounts.size()) {
        return;
    }
    m_accounts[m_shownRow] = m_editor->account();
    m_enteredKeys.insert(m_accounts.at(m_shownRow).id, m_editor->enteredKey());
    refreshAccountItems();
}

void SettingsDialog::addAccount()
{
    Account account;
    account.id = AppSettings::newAccountId();
    // A run started with --base-url talks to that server: a shop added in it belongs there too.
    const QUrl override = m_session ? m_session->baseUrlOverride() : QUrl();
    account.baseUrl = override.isValid() && !override.isEmpty() ? override : AppSettings::defaultBaseUrl();
    m_accounts.append(account);
    if (m_currentId.isEmpty() || m_accounts.size() == 1) {
        m_currentId = account.id;
    }
    m_accountList->addItem(QString());
    refreshAccountItems();
    m_accountList->setCurrentRow(int(m_accounts.size()) - 1);
    m_editor->nameEdit()->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::removeAccount()
{
    const int row = m_accountList->currentRow();
    if (row < 0 || row >= m_accounts.size()) {
        return;
    }
    m_removedIds.append(m_accounts.at(row).id);
    m_enteredKeys.remove(m_accounts.at(row).id);
    const bool wasCurrent = m_accounts.at(row).id == m_currentId;
    m_accounts.removeAt(row);
    m_shownRow = -1;
    delete m_accountList->takeItem(row);
    if (wasCurrent) {
        m_currentId = m_accounts.isEmpty() ? QString() : m_accounts.constFirst().id;
    }
    refreshAccountItems();
    showAccount(m_accountList->currentRow());
}

void SettingsDialog::useSelectedAccount()
{
    const int row = m_accountList->currentRow();
    if (row >= 0 && row < m_accounts.size()) {
        m_currentId = m_accounts.at(row).id;
        refreshAccountItems();
        m_useButton->setEnabled(false);
    }
}

void SettingsDialog::startNewAccount()
{
    m_tabs->setCurrentIndex(0);
    addAccount();
    m_editor->focusApiKey();
}

void SettingsDialog::showKeychainState()
{
    const SecretStore::Status status = m_session->keychainStatus();
    if (status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound) {
        m_banner->hide();
        return;
    }
    m_banner->showMessage(
        MessageBanner::Kind::Warning, tr("The system keychain cannot be used"), SecretStore::statusText(status));
}

bool SettingsDialog::apply()
{
    storeEditorIntoList();
    // Validate every shop before saving anything.
    const int shownRow = m_accountList->currentRow();
    for (int i = 0; i < m_accounts.size(); ++i) {
        m_accountList->setCurrentRow(i);
        const QString error = m_editor->validationError();
        if (!error.isEmpty()) {
            m_tabs->setCurrentIndex(0);
            m_banner->showMessage(MessageBanner::Kind::Error, tr("Check the shop’s settings"), error);
            m_editor->nameEdit()->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    m_accountList->setCurrentRow(shownRow);
    m_banner->hide();

    const QList<Account> before = AppSettings::accounts();
    const QString beforeCurrent = AppSettings::currentAccountId();
    AppSettings::setAccounts(m_accounts);
    AppSettings::setCurrentAccountId(m_currentId);

    // General.
    const QString language = m_languageCombo->currentData().toString();
    if (language != AppSettings::language()) {
        AppSettings::setLanguage(language);
        m_session->setLanguage(language);
    }
    const bool systemZone = m_zoneCombo->currentData().toBool();
    AppSettings::setUseSystemTimeZone(systemZone);
    m_session->setUseSystemTimeZone(systemZone);
    AppSettings::setPollIntervals(m_waitingSpin->value() * 1000, m_onScreenSpin->value() * 1000);
    m_session->setPollIntervals(m_waitingSpin->value() * 1000, m_onScreenSpin->value() * 1000);

    // Does the running session change? (another shop, its server, budget or key; leaving the demo)
    bool sessionAffected
        = m_session->mode() == Session::Mode::Demo ? !m_accounts.isEmpty() : beforeCurrent != m_currentId;
    sessionAffected = sessionAffected || m_removedIds.contains(m_session->accountId());
    for (const Account& account : std::as_const(m_accounts)) {
        if (account.id == m_currentId) {
            sessionAffected = sessionAffected || !before.contains(account);
        }
    }
    const QString currentKey = m_enteredKeys.value(m_currentId);
    sessionAffected = sessionAffected || (!currentKey.isEmpty() && currentKey != m_session->knownApiKey(m_currentId));

    // Keys: removed shops lose theirs; typed keys go to the secret store (or memory for this run). The dialog may
    // be closed before the store answers, so the completion only uses the session (and the dialog if alive).
    for (const QString& id : std::as_const(m_removedIds)) {
        m_session->forgetApiKey(id, {});
    }
    m_removedIds.clear();
    auto pending = std::make_shared<int>(1);
    Session* session = m_session;
    QPointer<SettingsDialog> self(this);
    // With no shop left, startSession() ends the old session and offers the first-run choice.
    const bool restart = sessionAffected && (!m_accounts.isEmpty() || m_session->mode() != Session::Mode::Demo);
    auto finishOne = [pending, session, self, restart] {
        if (--*pending > 0) {
            return;
        }
        if (restart) {
            if (!AppSettings::accounts().isEmpty()) {
                AppSettings::setDemoChosen(false);
            }
            session->startSession();
        }
        if (self) {
            self->showKeychainState();
            Q_EMIT self->applied();
        }
    };
    for (auto it = m_enteredKeys.constBegin(); it != m_enteredKeys.constEnd(); ++it) {
        if (!it.value().isEmpty()) {
            ++*pending;
            session->storeApiKey(it.key(), it.value(), [finishOne](SecretStore::Status) { finishOne(); });
        }
    }
    finishOne();
    m_enteredKeys.clear();
    showAccount(m_accountList->currentRow());
    return true;
}

void SettingsDialog::accept()
{
    if (apply()) {
        QDialog::accept();
    }
}

} // namespace apipay
