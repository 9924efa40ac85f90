#pragma once

#include <QString>
#include <QtGlobal>

namespace apipay {

// What the app may do with the offline demo shop that a real shop cannot: play the customer. Only the demo session
// has one (Session::demoControl()); pages show their "Simulate payment" buttons only while it exists.
class DemoControl
{
public:
    virtual ~DemoControl() = default;

    // The simulated customer pays a pending invoice of the demo shop. The app learns of it the real way (by asking
    // the server). False with a reason (in English, from the demo server) when the server refuses.
    virtual bool simulateInvoicePaid(qint64 invoiceId, QString* reason) = 0;
};

} // namespace apipay
