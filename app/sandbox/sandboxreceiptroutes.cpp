// SandboxClientRoutes, part 2: GET /invoices/{id}/receipt (part 1, the client check, is sandboxclientroutes.cpp).
#include "sandboxclientroutes.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace apipay::sandbox {

SandboxResponse SandboxClientRoutes::receipt(qint64 invoiceId, RouteContext& c)
{
    const SandboxInvoice* invoice = c.store.invoice(invoiceId);
    if (!invoice) {
        return c.profile.notFound(QStringLiteral("Invoice"));
    }
    bool numericKaspiId = false;
    invoice->kaspiInvoiceId.toLongLong(&numericKaspiId);
    const bool paid = invoice->status == u"paid" || invoice->status == u"partially_refunded";
    if (!paid || !numericKaspiId) {
        return c.profile.business(409, QStringLiteral("receipt_not_available_for_status"),
            QStringLiteral("The Kaspi receipt is available only for paid or partially refunded invoices."),
            QJsonObject { { QStringLiteral("status"), invoice->status } });
    }
    if (!m_receiptsAsked.contains(invoiceId) && m_receiptPollAfterSeconds > 0) {
        m_receiptsAsked.insert(invoiceId);
        return SandboxResponse::json(202,
            QJsonObject { { QStringLiteral("status"), QStringLiteral("pending") },
                { QStringLiteral("poll_after"), m_receiptPollAfterSeconds } });
    }
    m_receiptsAsked.insert(invoiceId);
    // A stable stand-in for Kaspi's secret hash: the same invoice always gets the same links.
    const QByteArray seed = QByteArrayLiteral("apipay-sandbox-receipt-") + invoice->kaspiInvoiceId.toLatin1();
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(32));
    const QString tail = invoice->kaspiInvoiceId + QStringLiteral("&sandbox=1");
    const QString base = QStringLiteral("https://kaspi.kz/receipt/sandbox");
    const QDateTime paidAt = invoice->paidAt.isValid() ? invoice->paidAt : invoice->updatedAt;
    const QString saleDate
        = paidAt.toTimeZone(SandboxProfile::almatyZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral("000");
    const QString receiptLink = base + QStringLiteral("?id=") + tail;
    const QString downloadLink = base + QStringLiteral("/pdf?id=") + tail + QStringLiteral("&hash=") + hash;
    const QString shareLink = base + QStringLiteral("/share?id=") + tail + QStringLiteral("&hash=") + hash;
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("status"), QStringLiteral("ready") },
            { QStringLiteral("receipt_link"), receiptLink }, { QStringLiteral("download_link"), downloadLink },
            { QStringLiteral("share_link"), shareLink }, { QStringLiteral("sale_date"), saleDate },
            { QStringLiteral("fetched_at"), SandboxProfile::dateTime(c.store.now()) } });
}

} // namespace apipay::sandbox
