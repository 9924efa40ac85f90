#include "sandboxqrroutes.h"

#include "sandboxinvoiceroutes.h"

#include <QJsonArray>
#include <QUuid>

namespace apipay::sandbox {

namespace {

QString newToken()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

void SandboxQrRoutes::giveQrToken(SandboxInvoice& invoice, const QDateTime& now)
{
    invoice.isQrToken = true;
    invoice.qrTokenUrl = QStringLiteral("https://qr.kaspi.kz/sandbox/") + newToken();
    invoice.qrExpiresAt = now.addSecs(kLifetimeSeconds);
    invoice.expiresAt = invoice.qrExpiresAt;
}

std::optional<SandboxResponse> SandboxQrRoutes::handle(const SandboxRequest& r, RouteContext& c)
{
    const QStringList& s = r.segments;
    if (!c.profile.isV21() || s.size() < 2 || s.first() != u"invoices" || r.method != "POST") {
        return std::nullopt;
    }
    if (s.size() == 2 && s.at(1) == u"qr") {
        return create(r, c);
    }
    const auto id = idSegment(s.at(1));
    SandboxInvoice* invoice = id && s.size() == 3 ? c.store.invoice(*id) : nullptr;
    if (!invoice) {
        return std::nullopt;
    }
    if (s.at(2) == u"cancel" && invoice->isQrToken) {
        return refuseCancel(*invoice, c);
    }
    if (s.at(2) == u"simulate-status") {
        return simulate(*invoice, r, c);
    }
    return std::nullopt;
}

SandboxResponse SandboxQrRoutes::create(const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    const QJsonObject& o = *body;
    FieldErrors errors;
    SandboxInvoice inv;
    inv.isQrToken = true;
    inv.description
        = errors.string(o, QStringLiteral("description"), QStringLiteral("description"), 100).value_or(QString());
    inv.internalComment = errors.string(o, QStringLiteral("internal_comment"), QStringLiteral("internal_comment"), 255)
                              .value_or(QString());
    inv.externalOrderId
        = errors.string(o, QStringLiteral("external_order_id"), QStringLiteral("external_order_id"), 255)
              .value_or(QString());
    inv.idempotencyKey = errors
                             .string(o, QStringLiteral("external_order_id_idempotency"),
                                 QStringLiteral("external_order_id_idempotency"), 191)
                             .value_or(QString());
    const QJsonValue simulateValue = o.value(QStringLiteral("simulate"));
    const QString simulate = simulateValue.toString();
    if (!simulateValue.isUndefined() && !simulateValue.isNull()
        && (!simulateValue.isString()
            || !QStringList { QStringLiteral("paid"), QStringLiteral("cancelled"), QStringLiteral("expired") }.contains(
                simulate))) {
        errors.add(QStringLiteral("simulate"), QStringLiteral("The selected simulate is invalid."));
    }
    SandboxInvoiceRoutes::readAmountAndCart(o, c, inv, errors);
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    if (!inv.idempotencyKey.isEmpty()) {
        if (const SandboxInvoice* earlier = c.store.invoice(c.store.invoiceIdForIdempotencyKey(inv.idempotencyKey))) {
            return c.profile.business(409, QStringLiteral("duplicate_idempotency_key"),
                QStringLiteral("An invoice with this idempotency key already exists."),
                QJsonObject {
                    { QStringLiteral("invoice_id"), earlier->id }, { QStringLiteral("status"), earlier->status } });
        }
    }
    const QDateTime now = c.store.now();
    const QString token = newToken();
    inv.qrTokenUrl = QStringLiteral("https://qr.kaspi.kz/sandbox/") + token;
    // No picture is served for it: the client draws qr_token_url itself (see docs/qr-invoices.md).
    inv.qrImageUrl = c.json.apiUrl(QStringLiteral("/sandbox-qr/") + token + QStringLiteral(".png"));
    inv.qrExpiresAt = simulate == u"expired" ? now.addSecs(-60) : now.addSecs(kLifetimeSeconds);
    const QString key = inv.idempotencyKey;
    SandboxInvoice& stored = c.store.addInvoice(std::move(inv), /*startProcessing=*/false);
    stored.expiresAt = stored.qrExpiresAt; // the server's own clock expires it (SandboxStore::advance)
    stored.kaspiInvoiceId = c.store.newKaspiInvoiceId();
    if (!key.isEmpty()) {
        c.store.rememberIdempotencyKey(key, stored.id);
    }
    c.store.setInvoiceStatus(stored, simulate.isEmpty() ? QStringLiteral("pending") : simulate);
    return SandboxResponse::json(201, c.json.invoiceCreated(stored));
}

SandboxResponse SandboxQrRoutes::refuseCancel(const SandboxInvoice& invoice, RouteContext& c)
{
    return c.profile.business(409, QStringLiteral("qr_cancel_unsupported"),
        QStringLiteral("A QR invoice cannot be cancelled. Wait until it expires or create a new invoice."),
        QJsonObject { { QStringLiteral("invoice_id"), invoice.id }, { QStringLiteral("status"), invoice.status },
            { QStringLiteral("expires_at"), SandboxProfile::dateTime(invoice.qrExpiresAt) } });
}

std::optional<SandboxResponse> SandboxQrRoutes::simulate(SandboxInvoice& inv, const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body || body->value(QStringLiteral("status")).toString() != u"qr_scanned") {
        return std::nullopt; // the ordinary simulate-status answers
    }
    const QJsonObject state { { QStringLiteral("current_status"), inv.status },
        { QStringLiteral("allowed_from"), QJsonArray { QStringLiteral("pending") } } };
    if (!inv.isQrToken) {
        return c.profile.business(400, QStringLiteral("not_qr_invoice"),
            QStringLiteral("qr_scanned can only be simulated for QR invoices."), state);
    }
    if (inv.status != u"pending") {
        return c.profile.business(400, QStringLiteral("invalid_status_transition"),
            QStringLiteral("Status can only be simulated for pending invoices."), state);
    }
    if (inv.qrScanned) {
        return c.profile.business(
            400, QStringLiteral("already_scanned"), QStringLiteral("The QR code was already scanned."), state);
    }
    inv.qrScanned = true;
    // A payment has started: it may end after the scanning deadline, so the server waits a little longer.
    inv.expiresAt = inv.qrExpiresAt.addSecs(kPaymentGraceSeconds);
    inv.updatedAt = c.store.now();
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("message"), QStringLiteral("Invoice status simulated") },
            { QStringLiteral("invoice"), c.json.invoiceDetail(inv) } });
}

void SandboxQrRoutes::addInvoiceKeys(QJsonObject& o, const SandboxInvoice& inv, const SandboxProfile& profile)
{
    if (!profile.isV21()) {
        return;
    }
    o.insert(QStringLiteral("is_qr_token"), inv.isQrToken);
    if (!inv.isQrToken) {
        return;
    }
    // A QR invoice has no phone: null, as the real server writes it.
    for (const QString& key :
        { QStringLiteral("phone"), QStringLiteral("phone_number"), QStringLiteral("client_phone") }) {
        if (inv.phone.isEmpty() && o.contains(key)) {
            o.insert(key, QJsonValue(QJsonValue::Null));
        }
    }
    o.insert(QStringLiteral("qr_token_url"), inv.qrTokenUrl);
    o.insert(QStringLiteral("qr_image_url"), inv.qrImageUrl);
    o.insert(QStringLiteral("qr_expires_at"), SandboxProfile::dateTime(inv.qrExpiresAt));
    if (inv.qrScanned && inv.status == u"pending") {
        o.insert(QStringLiteral("qr_substate"), QStringLiteral("scanned"));
    }
}

} // namespace apipay::sandbox
