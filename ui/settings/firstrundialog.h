#pragma once

#include "session/session.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace apipay {

// First run: "Try the demo" (an offline ApiPay on this computer with made-up data) or "Enter my API key".
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(Session* session, QWidget* parent = nullptr);

    QPushButton* demoButton() const { return m_demoButton; }
    QPushButton* apiKeyButton() const { return m_apiKeyButton; }

Q_SIGNALS:
    // The user wants to enter a key: the main window opens the settings on a new shop.
    void apiKeyChosen();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void startDemo();

    Session* m_session;
    QLabel* m_titleLabel;
    QLabel* m_textLabel;
    QPushButton* m_demoButton;
    QLabel* m_demoLabel;
    QPushButton* m_apiKeyButton;
    QLabel* m_apiKeyLabel;
    QLabel* m_errorLabel;
};

} // namespace apipay
