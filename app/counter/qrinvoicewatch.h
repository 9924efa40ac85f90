#pragma once

#include "domain/invoice.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace apipay {

class ApiClient;
class InvoiceWatcher;

// Watches the QR invoice on the customer display closely, so that a payment shows within a second or two: GET
// /invoices/{id} every second (ApiClient::watchQrInvoice, inside its own budget), one request at a time.
//
// It keeps asking after the QR's scanning deadline, because a payment started before it may finish after it; only a
// final status stops the fast cadence. After expired, cancelled or error it asks every lateIntervalMs for lateWindowMs
// more, because Kaspi may still report a late payment (expired → paid). A QR invoice is never re-created here.
// Showing another QR hands the previous one, if not final yet, to the session's InvoiceWatcher (the ordinary
// cadence): several QR invoices may be live at once.
class QrInvoiceWatch : public QObject
{
    Q_OBJECT
public:
    QrInvoiceWatch(ApiClient* api, InvoiceWatcher* watcher, QObject* parent = nullptr);

    void setIntervals(int fastMs, int lateMs, qint64 lateWindowMs);
    // Starts watching `invoice` (the one now on the display).
    void watch(const Invoice& invoice);
    // Stops watching the current one (handed to the ordinary watcher when it is not final).
    void release();
    // Stops watching without handing the invoice over (the shop changed: it belongs to another server).
    void clear();
    qint64 currentId() const { return m_current.id; }
    bool isWatching() const { return m_current.id != 0; }

Q_SIGNALS:
    // The watched invoice as the server reports it, whenever its status changed (the first answer always).
    void updated(const apipay::Invoice& invoice);
    // The server no longer knows the invoice (404) or the watch gave up: the display says so.
    void lost(qint64 invoiceId);

private:
    void poll();
    void schedule();

    QPointer<ApiClient> m_api;
    QPointer<InvoiceWatcher> m_watcher;
    Invoice m_current;
    QString m_lastStatus;
    QTimer m_timer;
    QElapsedTimer m_endedFor; // valid once a non-paid final status was seen
    quint64 m_generation = 0; // answers for an earlier watch are dropped
    bool m_inFlight = false;
    int m_failures = 0;
    int m_fastMs = 1000;
    int m_lateMs = 5000;
    qint64 m_lateWindowMs = 120'000;
};

} // namespace apipay
