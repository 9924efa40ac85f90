#pragma once

#include <QPushButton>

namespace apipay {

// The counter's "Customer screen" switch (F11): whether each QR is also shown full screen for the customer. Its
// first state follows the hardware — on when a second screen is connected (the display goes there and the cashier's
// window stays visible), off on a single screen, where a full-screen display would cover the cashier's window; after
// that the person's choice is remembered.
class CustomerScreenButton : public QPushButton
{
    Q_OBJECT
public:
    explicit CustomerScreenButton(QWidget* parent = nullptr);

    // Sets the switch without remembering it as the person's choice (tests, a forced mode).
    void setOn(bool on);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace apipay
