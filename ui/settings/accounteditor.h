#pragma once

#include "session/session.h"

#include "session/appsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace apipay {

class ConnectionTester;

// The form of one shop in the settings dialog: name, API key (password echo; the saved key is never shown),
// server preset (v2.0, v2.1, custom URL validated: https unless loopback), test key flag, request budget and
// "Test connection".
class AccountEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AccountEditor(Session* session, QWidget* parent = nullptr);

    // Whether a key exists for the shop: none, saved in the keychain, or kept in memory for this run only.
    enum class KeyState { None, Saved, SessionOnly };
    void setAccount(const Account& account, KeyState keyState);
    // The account as edited (id unchanged).
    Account account() const;
    // The key typed in this dialog ("" = keep the saved one).
    QString enteredKey() const;
    void setEnteredKey(const QString& key);
    // Translated problem with the form, empty when it can be saved.
    QString validationError() const;
    void focusApiKey();

    QLineEdit* apiKeyEdit() const { return m_apiKeyEdit; }
    QLineEdit* nameEdit() const { return m_nameEdit; }
    QComboBox* serverCombo() const { return m_serverCombo; }
    QLineEdit* customUrlEdit() const { return m_customUrlEdit; }
    QPushButton* testButton() const { return m_testButton; }
    QLabel* testResultLabel() const { return m_testResultLabel; }

Q_SIGNALS:
    // Any field changed (the dialog copies the account back into its list).
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateServerFields();
    void testConnection();
    QUrl chosenBaseUrl() const;

    Session* m_session;
    QString m_accountId;
    KeyState m_keyState = KeyState::None;
    QLabel* m_nameLabel;
    QLineEdit* m_nameEdit;
    QLabel* m_apiKeyLabel;
    QLineEdit* m_apiKeyEdit;
    QLabel* m_serverLabel;
    QComboBox* m_serverCombo;
    QLabel* m_customUrlLabel;
    QLineEdit* m_customUrlEdit;
    QLabel* m_urlErrorLabel;
    QCheckBox* m_sandboxCheck;
    QLabel* m_budgetLabel;
    QSpinBox* m_budgetSpin;
    QPushButton* m_testButton;
    QLabel* m_testResultLabel;
    QAction* m_showKeyAction;
    ConnectionTester* m_tester;
};

} // namespace apipay
