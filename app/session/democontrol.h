#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

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
    // The simulated customer scans static QR sheet sheetId (v2.1): the id of the QR invoice the scan created (or, for a
    // single-use sheet, the live one it showed again); nullopt with a reason when the server refuses the scan.
    virtual std::optional<qint64> simulateStaticQrScan(qint64 sheetId, QString* reason) = 0;
};

} // namespace apipay
