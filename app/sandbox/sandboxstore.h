#pragma once

#include "sandboxstaticqr.h"
#include "sandboxtypes.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <functional>
#include <map>
#include <vector>

namespace apipay::sandbox {

// Timing and behaviour switches of the sandbox (docs/api-contract.md).
struct SandboxSettings
{
    int processingDelayMs = 1000; // processing → pending, refunds and catalog items, async cancel
    qint64 invoiceLifetimeSeconds = 24 * 3600; // pending → expired
    bool asyncCancel = false; // cancel answers 202 and goes through cancelling
    Profile profile = Profile::V20;
};

// The in-memory state of the sandbox organisation: invoices, refunds, catalog, subscriptions, images, and the clock.
// Time-driven transitions are applied lazily by advance() (every request calls it) and by a periodic tick.
class SandboxStore
{
public:
    using Clock = std::function<QDateTime()>;
    using StatusListener = std::function<void(qint64 invoiceId, const QString& status)>;
    using RefundListener = std::function<void(qint64 refundId)>;

    SandboxStore();

    // ---- Clock ----
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void advanceClock(qint64 ms) { m_clockOffsetMs += ms; }
    QDateTime now() const;

    SandboxSettings& settings() { return m_settings; }
    const SandboxSettings& settings() const { return m_settings; }
    void setStatusListener(StatusListener listener) { m_statusListener = std::move(listener); }
    // Called when a refund completes (after the invoice totals changed).
    void setRefundListener(RefundListener listener) { m_refundListener = std::move(listener); }

    // Forgets everything (ids start again at 1, the clock offset is kept).
    void clear();
    // Applies every transition that is due at now().
    void advance();

    // ---- Invoices ----
    SandboxInvoice* invoice(qint64 id);
    const std::vector<SandboxInvoice>& invoices() const { return m_invoices; }
    // Assigns the id, created/updated/expires times and queues processing → pending. Returns the stored invoice.
    SandboxInvoice& addInvoice(SandboxInvoice invoice, bool startProcessing = true);
    // Appends a historical invoice as-is (demo data, seeding): only the id is assigned.
    SandboxInvoice& appendHistoricalInvoice(SandboxInvoice invoice);
    void setInvoiceStatus(SandboxInvoice& invoice, const QString& status);
    qint64 invoiceIdForIdempotencyKey(const QString& key) const { return m_idempotency.value(key); }
    void rememberIdempotencyKey(const QString& key, qint64 invoiceId) { m_idempotency.insert(key, invoiceId); }
    void trackActive(qint64 invoiceId) { m_activeInvoices.insert(invoiceId); }
    QString newKaspiInvoiceId();
    qint64 nextInvoiceItemId() { return m_nextInvoiceItemId++; }

    // ---- Refunds ----
    const std::vector<SandboxRefund>& refunds() const { return m_refunds; }
    SandboxRefund* refund(qint64 id);
    // Registers the refund (pending, completes after the delay) and updates the invoice totals and status
    // (v2.0 at once; v2.1 when the refund completes).
    SandboxRefund& addRefund(SandboxRefund refund);
    // Appends a historical refund as-is (demo data): totals are updated, no processing.
    SandboxRefund& appendHistoricalRefund(SandboxRefund refund);
    QList<const SandboxRefund*> refundsOf(qint64 invoiceId) const;
    qint64 nextRefundItemId() { return m_nextRefundItemId++; }

    // ---- Catalog ----
    std::map<qint64, SandboxCatalogItem>& catalog() { return m_catalog; }
    SandboxCatalogItem* catalogItem(qint64 id);
    SandboxCatalogItem& addCatalogItem(SandboxCatalogItem item, bool startPending);
    bool removeCatalogItem(qint64 id);
    const QList<SandboxUnit>& units() const { return m_units; }
    bool hasUnit(qint64 id) const;
    QHash<QString, SandboxImage>& images() { return m_images; }
    QString addImage(QByteArray bytes, QByteArray mimeType);
    // v2.1 Idempotency-Key on POST /catalog: the stored answer body.
    QHash<QString, QByteArray>& catalogReplies() { return m_catalogReplies; }

    // ---- Subscriptions ----
    std::vector<SandboxSubscription>& subscriptions() { return m_subscriptions; }
    SandboxSubscription* subscription(qint64 id);
    SandboxSubscription& addSubscription(SandboxSubscription subscription);
    // Creates the invoice of one billing period and its history record; moves next_billing_at on.
    void billSubscription(SandboxSubscription& subscription, const QDateTime& at);
    static QDateTime nextBillingAfter(const SandboxSubscription& subscription, const QDateTime& from);

    // ---- Static QR sheets (v2.1; id = index + 1) ----
    std::vector<SandboxStaticQr>& staticQrSheets() { return m_staticQrSheets; }

    QRandomGenerator& random() { return m_random; }

private:
    void completeDueRefunds(const QDateTime& now);

    Clock m_clock;
    qint64 m_clockOffsetMs = 0;
    SandboxSettings m_settings;
    StatusListener m_statusListener;
    RefundListener m_refundListener;
    QRandomGenerator m_random { 20260408 };

    std::vector<SandboxInvoice> m_invoices; // id = index + 1
    std::vector<SandboxRefund> m_refunds; // id = index + 1
    std::vector<SandboxSubscription> m_subscriptions; // id = index + 1
    std::vector<SandboxStaticQr> m_staticQrSheets;
    std::map<qint64, SandboxCatalogItem> m_catalog;
    QList<SandboxUnit> m_units;
    QHash<QString, SandboxImage> m_images;
    QHash<QString, qint64> m_idempotency;
    QHash<QString, QByteArray> m_catalogReplies;
    QSet<qint64> m_activeInvoices; // processing, pending, cancelling
    QSet<qint64> m_pendingRefunds;
    QSet<qint64> m_pendingCatalog;
    qint64 m_nextCatalogId = 101;
    qint64 m_nextInvoiceItemId = 1;
    qint64 m_nextRefundItemId = 1;
    qint64 m_kaspiCounter = 0;
};

} // namespace apipay::sandbox
