#pragma once

#include "session/session.h"

#include "session/appsettings.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace apipay {

class AccountEditor;
class MessageBanner;

// Settings: shops (each with its own key in the secret store), server, request budget, polling, language (live),
// time zone. Opened with open() (never exec()). OK/Apply save; keys go only to the secret store — when it is
// unavailable they are kept in memory for this run and the banner explains how to enable a keyring.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Session* session, QWidget* parent = nullptr);

    // First run "Enter my API key": the Accounts tab with a new, empty shop and the focus in the key field.
    void startNewAccount();
    // Saves everything; false (and shows why) when a shop's form is not valid.
    bool apply();

    AccountEditor* accountEditor() const { return m_editor; }
    QListWidget* accountList() const { return m_accountList; }
    QComboBox* languageCombo() const { return m_languageCombo; }
    MessageBanner* banner() const { return m_banner; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // After apply(): every key write has finished (tests wait for this).
    void applied();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createAccountsTab();
    QWidget* createGeneralTab();
    void retranslate();
    void loadAccounts();
    void showAccount(int row);
    void storeEditorIntoList();
    void addAccount();
    void removeAccount();
    void useSelectedAccount();
    void refreshAccountItems();
    void showKeychainState();

    Session* m_session;
    QList<Account> m_accounts;
    QString m_currentId;
    QHash<QString, QString> m_enteredKeys; // account id → key typed in this dialog
    QStringList m_removedIds;
    int m_shownRow = -1;

    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    QListWidget* m_accountList;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_useButton;
    AccountEditor* m_editor;
    QLabel* m_noAccountLabel;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QLabel* m_zoneLabel;
    QComboBox* m_zoneCombo;
    QLabel* m_waitingLabel;
    QSpinBox* m_waitingSpin;
    QLabel* m_onScreenLabel;
    QSpinBox* m_onScreenSpin;
    QDialogButtonBox* m_buttons;
};

} // namespace apipay
