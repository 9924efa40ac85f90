#pragma once

#include "session/qrcapability.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace apipay {

// "By phone" / "QR" side by side above the counter form (keyboard: Tab, Space, Alt+H / Alt+R). Remembers the last
// choice (QSettings counter/mode). When the server cannot make QR invoices (API v2.0) the QR button is disabled and a
// one-line reason is shown instead.
class CounterModeSwitch : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Phone, Qr };
    Q_ENUM(Mode)

    CounterModeSwitch(QrCapability* capability, QWidget* parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    QPushButton* phoneButton() const { return m_phone; }
    QPushButton* qrButton() const { return m_qr; }
    QLabel* reasonLabel() const { return m_reason; }

Q_SIGNALS:
    void modeChanged(apipay::CounterModeSwitch::Mode mode);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyCapability();
    void retranslate();

    QrCapability* m_capability;
    QPushButton* m_phone;
    QPushButton* m_qr;
    QButtonGroup* m_group;
    QLabel* m_reason;
    Mode m_chosen = Mode::Phone; // what the person chose last (kept while QR is unavailable)
};

} // namespace apipay
