#include "sandboxstore.h"

#include "sandboxclientroutes.h"

#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace apipay::sandbox {

namespace {

bool isFinalInvoiceStatus(const QString& status)
{
    return status != u"processing" && status != u"pending" && status != u"cancelling";
}

const QString kErrorPhone = QStringLiteral("87770000002");

const char* const kClientNames[] = { "Айгерим С.", "Ерлан Н.", "Динара К.", "Нурлан Б.", "Асель Т.", "Даулет М.",
    "Сауле А.", "Бауыржан Ж.", "Алия Р.", "Тимур О." };

} // namespace

SandboxStore::SandboxStore()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    clear();
}

QDateTime SandboxStore::now() const
{
    return m_clock().toUTC().addMSecs(m_clockOffsetMs);
}

void SandboxStore::clear()
{
    m_invoices.clear();
    m_refunds.clear();
    m_subscriptions.clear();
    m_staticQrSheets.clear();
    m_catalog.clear();
    m_images.clear();
    m_idempotency.clear();
    m_catalogReplies.clear();
    m_activeInvoices.clear();
    m_pendingRefunds.clear();
    m_pendingCatalog.clear();
    m_nextCatalogId = 101;
    m_nextInvoiceItemId = 1;
    m_nextRefundItemId = 1;
    m_kaspiCounter = 0;
    m_random.seed(20260408);
    m_units = { { 1, QStringLiteral("шт"), QStringLiteral("дана") }, { 2, QStringLiteral("кг"), QStringLiteral("кг") },
        { 3, QStringLiteral("л"), QStringLiteral("л") }, { 4, QStringLiteral("упак"), QStringLiteral("қорап") },
        { 5, QStringLiteral("порция"), QStringLiteral("порция") } };
}

void SandboxStore::advance()
{
    const QDateTime t = now();
    const QList<qint64> active(m_activeInvoices.cbegin(), m_activeInvoices.cend());
    for (qint64 id : active) {
        SandboxInvoice* inv = invoice(id);
        if (!inv) {
            continue;
        }
        if (inv->status == u"processing" && inv->dueAt <= t) {
            if (inv->phone == kErrorPhone) {
                inv->errorMessage = QStringLiteral("Client not found in Kaspi");
                inv->errorCode = QStringLiteral("client_not_found");
                setInvoiceStatus(*inv, QStringLiteral("error"));
            } else {
                inv->kaspiInvoiceId = newKaspiInvoiceId();
                setInvoiceStatus(*inv, QStringLiteral("pending"));
            }
        }
        if (inv->status == u"pending" && inv->expiresAt.isValid() && inv->expiresAt <= t) {
            setInvoiceStatus(*inv, QStringLiteral("expired"));
        }
        if (inv->status == u"cancelling" && inv->dueAt <= t) {
            setInvoiceStatus(*inv, QStringLiteral("cancelled"));
        }
    }
    completeDueRefunds(t);
    const QList<qint64> pendingItems(m_pendingCatalog.cbegin(), m_pendingCatalog.cend());
    for (qint64 id : pendingItems) {
        SandboxCatalogItem* item = catalogItem(id);
        if (!item) {
            m_pendingCatalog.remove(id);
        } else if (item->dueAt <= t) {
            item->status = QStringLiteral("active");
            m_pendingCatalog.remove(id);
        }
    }
    for (auto& sub : m_subscriptions) {
        // Bounded: a large clock jump bills at most 60 periods per subscription at once.
        for (int guard = 0;
             guard < 60 && sub.status == u"active" && sub.nextBillingAt.isValid() && sub.nextBillingAt <= t; ++guard) {
            billSubscription(sub, sub.nextBillingAt);
        }
    }
}

void SandboxStore::completeDueRefunds(const QDateTime& t)
{
    const QList<qint64> pending(m_pendingRefunds.cbegin(), m_pendingRefunds.cend());
    for (qint64 id : pending) {
        SandboxRefund* r = refund(id);
        if (!r || r->dueAt > t) {
            continue;
        }
        m_pendingRefunds.remove(id);
        r->status = QStringLiteral("completed");
        r->kaspiRefundId = QStringLiteral("REF-%1").arg(700000 + r->id);
        SandboxInvoice* inv = invoice(r->invoiceId);
        if (!inv) {
            continue;
        }
        inv->refundedPending -= r->amount;
        inv->refundedCompleted += r->amount;
        inv->updatedAt = t;
        if (m_settings.profile == Profile::V21) {
            // v2.1: totals and status change on completion; a full refund stays "paid" (+ is_fully_refunded).
            const bool full = inv->refundedCompleted >= inv->amount;
            setInvoiceStatus(*inv, full ? QStringLiteral("paid") : QStringLiteral("partially_refunded"));
        }
        if (m_refundListener) {
            m_refundListener(id);
        }
    }
}

SandboxInvoice* SandboxStore::invoice(qint64 id)
{
    if (id < 1 || id > qint64(m_invoices.size())) {
        return nullptr;
    }
    return &m_invoices[size_t(id - 1)];
}

SandboxInvoice& SandboxStore::addInvoice(SandboxInvoice inv, bool startProcessing)
{
    const QDateTime t = now();
    inv.id = qint64(m_invoices.size()) + 1;
    if (!inv.createdAt.isValid()) {
        inv.createdAt = t;
    }
    inv.updatedAt = inv.createdAt;
    inv.expiresAt = inv.createdAt.addSecs(m_settings.invoiceLifetimeSeconds);
    for (auto& item : inv.items) {
        item.id = m_nextInvoiceItemId++;
    }
    if (startProcessing) {
        inv.status = QStringLiteral("processing");
        inv.dueAt = inv.createdAt.addMSecs(m_settings.processingDelayMs);
        m_activeInvoices.insert(inv.id);
    }
    m_invoices.push_back(std::move(inv));
    return m_invoices.back();
}

SandboxInvoice& SandboxStore::appendHistoricalInvoice(SandboxInvoice inv)
{
    inv.id = qint64(m_invoices.size()) + 1;
    for (auto& item : inv.items) {
        item.id = m_nextInvoiceItemId++;
    }
    if (!isFinalInvoiceStatus(inv.status)) {
        m_activeInvoices.insert(inv.id);
    }
    m_invoices.push_back(std::move(inv));
    return m_invoices.back();
}

void SandboxStore::setInvoiceStatus(SandboxInvoice& inv, const QString& status)
{
    const QDateTime t = now();
    inv.status = status;
    inv.updatedAt = t;
    if (status == u"paid" && !inv.paidAt.isValid()) {
        inv.paidAt = t;
        if (inv.clientName.isEmpty()) {
            // The number the client check knows is paid by the customer it names.
            inv.clientName = inv.phone == SandboxClientRoutes::knownPhone()
                ? SandboxClientRoutes::knownClientName()
                : QString::fromUtf8(kClientNames[inv.id % 10]);
        }
    }
    if (isFinalInvoiceStatus(status)) {
        m_activeInvoices.remove(inv.id);
    } else {
        m_activeInvoices.insert(inv.id);
    }
    if (m_statusListener) {
        m_statusListener(inv.id, status);
    }
}

QString SandboxStore::newKaspiInvoiceId()
{
    ++m_kaspiCounter;
    return QString::number(13234600000LL + m_kaspiCounter * 37 + m_random.bounded(30));
}

SandboxRefund* SandboxStore::refund(qint64 id)
{
    if (id < 1 || id > qint64(m_refunds.size())) {
        return nullptr;
    }
    return &m_refunds[size_t(id - 1)];
}

SandboxRefund& SandboxStore::addRefund(SandboxRefund r)
{
    const QDateTime t = now();
    r.id = qint64(m_refunds.size()) + 1;
    r.createdAt = t;
    r.status = QStringLiteral("pending");
    r.dueAt = t.addMSecs(m_settings.processingDelayMs);
    for (auto& item : r.items) {
        item.id = m_nextRefundItemId++;
    }
    SandboxInvoice* inv = invoice(r.invoiceId);
    if (inv) {
        inv->refundedPending += r.amount;
        inv->updatedAt = t;
        if (m_settings.profile == Profile::V20) {
            setInvoiceStatus(*inv,
                inv->availableForRefund().isZero() ? QStringLiteral("refunded") : QStringLiteral("partially_refunded"));
        }
    }
    m_pendingRefunds.insert(r.id);
    m_refunds.push_back(std::move(r));
    return m_refunds.back();
}

SandboxRefund& SandboxStore::appendHistoricalRefund(SandboxRefund r)
{
    r.id = qint64(m_refunds.size()) + 1;
    for (auto& item : r.items) {
        item.id = m_nextRefundItemId++;
    }
    if (SandboxInvoice* inv = invoice(r.invoiceId)) {
        if (r.status == u"completed") {
            inv->refundedCompleted += r.amount;
        } else if (r.status == u"pending" || r.status == u"processing") {
            inv->refundedPending += r.amount;
        }
    }
    if (r.status == u"pending" || r.status == u"processing") {
        m_pendingRefunds.insert(r.id);
    }
    m_refunds.push_back(std::move(r));
    return m_refunds.back();
}

QList<const SandboxRefund*> SandboxStore::refundsOf(qint64 invoiceId) const
{
    QList<const SandboxRefund*> result;
    for (const auto& r : m_refunds) {
        if (r.invoiceId == invoiceId) {
            result.append(&r);
        }
    }
    return result;
}

SandboxCatalogItem* SandboxStore::catalogItem(qint64 id)
{
    const auto it = m_catalog.find(id);
    return it == m_catalog.end() ? nullptr : &it->second;
}

SandboxCatalogItem& SandboxStore::addCatalogItem(SandboxCatalogItem item, bool startPending)
{
    item.id = m_nextCatalogId++;
    if (!item.createdAt.isValid()) {
        item.createdAt = now();
    }
    if (startPending) {
        item.status = QStringLiteral("pending");
        item.dueAt = now().addMSecs(m_settings.processingDelayMs);
        m_pendingCatalog.insert(item.id);
    } else {
        item.status = QStringLiteral("active");
    }
    return m_catalog[item.id] = std::move(item);
}

bool SandboxStore::removeCatalogItem(qint64 id)
{
    if (m_catalog.erase(id) == 0) {
        return false;
    }
    m_pendingCatalog.remove(id);
    // Invoice items keep their copy of name and price; the link to the catalog is dropped (docs/api-contract.md).
    for (auto& inv : m_invoices) {
        for (auto& item : inv.items) {
            if (item.catalogItemId == id) {
                item.catalogItemId = 0;
            }
        }
    }
    for (auto& r : m_refunds) {
        for (auto& item : r.items) {
            if (item.catalogItemId == id) {
                item.catalogItemId = 0;
            }
        }
    }
    return true;
}

bool SandboxStore::hasUnit(qint64 id) const
{
    return std::any_of(m_units.cbegin(), m_units.cend(), [id](const SandboxUnit& u) { return u.id == id; });
}

QString SandboxStore::addImage(QByteArray bytes, QByteArray mimeType)
{
    // Deterministic UUIDs (v5 over a counter) keep demo screenshots and tests stable.
    const QUuid ns(QStringLiteral("6f1c2b9e-4d4a-4b6e-9a51-2f7d3c0e8a10"));
    const QString id
        = QUuid::createUuidV5(ns, QString::number(m_images.size() + 1) + u':' + QString::number(bytes.size()))
              .toString(QUuid::WithoutBraces);
    m_images.insert(id, SandboxImage { id, std::move(bytes), std::move(mimeType) });
    return id;
}

SandboxSubscription* SandboxStore::subscription(qint64 id)
{
    if (id < 1 || id > qint64(m_subscriptions.size())) {
        return nullptr;
    }
    return &m_subscriptions[size_t(id - 1)];
}

SandboxSubscription& SandboxStore::addSubscription(SandboxSubscription sub)
{
    sub.id = qint64(m_subscriptions.size()) + 1;
    if (!sub.createdAt.isValid()) {
        sub.createdAt = now();
    }
    sub.updatedAt = sub.createdAt;
    m_subscriptions.push_back(std::move(sub));
    return m_subscriptions.back();
}

QDateTime SandboxStore::nextBillingAfter(const SandboxSubscription& sub, const QDateTime& from)
{
    const QString& p = sub.billingPeriod;
    QDateTime next;
    if (p == u"daily") {
        next = from.addDays(1);
    } else if (p == u"weekly") {
        next = from.addDays(7);
    } else if (p == u"biweekly") {
        next = from.addDays(14);
    } else if (p == u"quarterly") {
        next = from.addMonths(3);
    } else if (p == u"yearly") {
        next = from.addYears(1);
    } else {
        next = from.addMonths(1);
    }
    if (sub.billingDay > 0 && (p == u"monthly" || p == u"quarterly" || p == u"yearly")) {
        const QDate d = next.date();
        next.setDate(QDate(d.year(), d.month(), sub.billingDay));
    }
    return next;
}

void SandboxStore::billSubscription(SandboxSubscription& sub, const QDateTime& at)
{
    SandboxInvoice inv;
    inv.amount = sub.amount;
    inv.phone = sub.phone;
    inv.description = sub.description.isEmpty() ? QStringLiteral("Подписка №%1").arg(sub.id) : sub.description;
    inv.externalOrderId = QStringLiteral("sub-%1-%2").arg(sub.id).arg(sub.history.size() + 1);
    inv.isRecurring = true;
    inv.subscriptionId = sub.id;
    inv.createdAt = at;
    const qint64 invoiceId = addInvoice(std::move(inv)).id;

    const QDateTime next = nextBillingAfter(sub, at);
    SandboxBillingRecord record;
    record.id = sub.id * 10000 + qint64(sub.history.size()) + 1;
    record.invoiceId = invoiceId;
    record.periodStart = at.toTimeZone(QTimeZone(5 * 3600)).date();
    record.periodEnd = next.toTimeZone(QTimeZone(5 * 3600)).date().addDays(-1);
    record.amount = sub.amount;
    record.createdAt = at;
    sub.history.append(record);
    sub.nextBillingAt = next;
    sub.updatedAt = now();
}

} // namespace apipay::sandbox
