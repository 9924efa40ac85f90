#include "sandboxstaticqrroutes.h"

#include "sandboxinvoiceroutes.h"
#include "sandboxqrroutes.h"

#include <QJsonArray>

namespace apipay::sandbox {

namespace {

constexpr int kMaxOpenPerSheet = 5;

bool isPaidStatus(const QString& status)
{
    return status == u"paid" || status == u"partially_refunded" || status == u"refunded";
}

bool isOpenStatus(const QString& status)
{
    return status == u"processing" || status == u"pending";
}

QString randomCode(SandboxStore& store, const QString& alphabet, int length)
{
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i) {
        code.append(alphabet.at(int(store.random().bounded(quint32(alphabet.size())))));
    }
    return code;
}

SandboxStaticQr* sheetById(SandboxStore& store, qint64 id)
{
    auto& sheets = store.staticQrSheets();
    return id >= 1 && id <= qint64(sheets.size()) ? &sheets[size_t(id - 1)] : nullptr;
}

} // namespace

std::optional<SandboxResponse> SandboxStaticQrRoutes::handle(const SandboxRequest& r, RouteContext& c)
{
    const QStringList& s = r.segments;
    if (!c.profile.isV21() || s.isEmpty() || s.first() != u"static-qr") {
        return std::nullopt;
    }
    if (s.size() == 1) {
        if (r.method == "POST") {
            return create(r, c);
        }
        if (r.method == "GET") {
            return list(r, c);
        }
        return std::nullopt;
    }
    const auto id = s.size() == 2 ? idSegment(s.at(1)) : std::nullopt;
    if (!id || (r.method != "GET" && r.method != "DELETE")) {
        return std::nullopt;
    }
    SandboxStaticQr* sheet = sheetById(c.store, *id);
    if (!sheet) {
        return c.profile.notFound(QStringLiteral("Static QR"));
    }
    if (r.method == "DELETE") {
        // Later scans are refused; invoices already created stay as they are.
        sheet->disabled = true;
    }
    return SandboxResponse::json(200, card(*sheet, c.store));
}

SandboxResponse SandboxStaticQrRoutes::create(const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    const QJsonObject& o = *body;
    FieldErrors errors;
    SandboxStaticQr sheet;
    SandboxInvoice& inv = sheet.invoiceTemplate;
    sheet.description
        = errors.string(o, QStringLiteral("description"), QStringLiteral("description"), 100).value_or(QString());
    sheet.externalOrderId
        = errors.string(o, QStringLiteral("external_order_id"), QStringLiteral("external_order_id"), 255)
              .value_or(QString());
    const QJsonValue singleUse = o.value(QStringLiteral("single_use"));
    if (singleUse.isBool()) {
        sheet.singleUse = singleUse.toBool();
    } else if (!singleUse.isUndefined() && !singleUse.isNull()) {
        errors.add(QStringLiteral("single_use"), QStringLiteral("The single use field must be true or false."));
    }
    const QJsonValue expires = o.value(QStringLiteral("expires_at"));
    if (!expires.isUndefined() && !expires.isNull()) {
        const QDateTime at = QDateTime::fromString(expires.toString(), Qt::ISODateWithMs);
        if (!expires.isString() || !at.isValid()) {
            errors.add(QStringLiteral("expires_at"), QStringLiteral("The expires at is not a valid date."));
        } else if (at <= c.store.now()) {
            errors.add(QStringLiteral("expires_at"), QStringLiteral("The expires at must be a date after now."));
        } else {
            sheet.expiresAt = at.toUTC();
        }
    }
    SandboxInvoiceRoutes::readAmountAndCart(o, c, inv, errors);
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    auto& sheets = c.store.staticQrSheets();
    sheet.id = qint64(sheets.size()) + 1;
    sheet.token = randomCode(c.store, QStringLiteral("0123456789abcdef"), 32);
    // No 0/O, 1/I/L: the code is typed by hand.
    sheet.shortCode = randomCode(c.store, QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789"), 8);
    sheet.createdAt = c.store.now();
    inv.description = sheet.description;
    sheets.push_back(std::move(sheet));
    return SandboxResponse::json(201, card(sheets.back(), c.store));
}

SandboxResponse SandboxStaticQrRoutes::list(const SandboxRequest& r, RouteContext& c)
{
    FieldErrors errors;
    const Paging paging = readPaging(r, 25, 100, errors);
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    const auto& sheets = c.store.staticQrSheets();
    const qsizetype total = qsizetype(sheets.size());
    QJsonArray data;
    // Newest first.
    for (qsizetype i = paging.offset(); i < qMin(total, paging.offset() + paging.perPage); ++i) {
        data.append(card(sheets[size_t(total - 1 - i)], c.store));
    }
    const qint64 lastPage = qMax<qint64>(1, (total + paging.perPage - 1) / paging.perPage);
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("data"), data }, { QStringLiteral("current_page"), paging.page },
            { QStringLiteral("last_page"), lastPage }, { QStringLiteral("per_page"), paging.perPage },
            { QStringLiteral("total"), qint64(total) } });
}

QJsonObject SandboxStaticQrRoutes::card(const SandboxStaticQr& sheet, SandboxStore& store)
{
    bool paid = false;
    QDateTime paidAt;
    for (const qint64 id : sheet.invoiceIds) {
        const SandboxInvoice* inv = store.invoice(id);
        if (inv && isPaidStatus(inv->status)) {
            paid = true;
            if (!paidAt.isValid() || (inv->paidAt.isValid() && inv->paidAt < paidAt)) {
                paidAt = inv->paidAt;
            }
        }
    }
    const QString status = sheet.disabled ? QStringLiteral("disabled")
        : (sheet.singleUse && paid)       ? QStringLiteral("paid")
                                          : QStringLiteral("active");
    const QJsonValue paidAtJson
        = paidAt.isValid() ? QJsonValue(SandboxProfile::dateTimeAlmaty(paidAt)) : QJsonValue(QJsonValue::Null);
    return QJsonObject { { QStringLiteral("id"), sheet.id }, { QStringLiteral("token"), sheet.token },
        { QStringLiteral("short_code"), sheet.shortCode },
        { QStringLiteral("print_url"), QString(QStringLiteral("https://qr.apipay.kz/") + sheet.token) },
        { QStringLiteral("manual_url"), QStringLiteral("https://qr.apipay.kz") },
        { QStringLiteral("qr_image_url"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("amount"), sheet.invoiceTemplate.amount.toPlainString() },
        { QStringLiteral("description"), SandboxProfile::optionalString(sheet.description) },
        { QStringLiteral("external_order_id"), SandboxProfile::optionalString(sheet.externalOrderId) },
        { QStringLiteral("single_use"), sheet.singleUse }, { QStringLiteral("status"), status },
        { QStringLiteral("is_sandbox"), true }, { QStringLiteral("scan_count"), sheet.scanCount },
        { QStringLiteral("paid"), paid }, { QStringLiteral("paid_at"), paidAtJson },
        { QStringLiteral("created_at"), SandboxProfile::dateTimeAlmaty(sheet.createdAt) } };
}

std::optional<qint64> SandboxStaticQrRoutes::scan(SandboxStore& store, qint64 sheetId, QString* error)
{
    const auto fail = [error](const QString& text) -> std::optional<qint64> {
        if (error) {
            *error = text;
        }
        return std::nullopt;
    };
    store.advance();
    SandboxStaticQr* sheet = sheetById(store, sheetId);
    if (!sheet) {
        return fail(QStringLiteral("Static QR not found"));
    }
    if (sheet->disabled) {
        return fail(QStringLiteral("inactive: the sheet is disabled"));
    }
    if (sheet->expiresAt.isValid() && store.now() >= sheet->expiresAt) {
        return fail(QStringLiteral("inactive: the sheet has expired"));
    }
    qint64 live = 0;
    int open = 0;
    for (const qint64 id : sheet->invoiceIds) {
        const SandboxInvoice* inv = store.invoice(id);
        if (!inv) {
            continue;
        }
        if (sheet->singleUse && isPaidStatus(inv->status)) {
            return fail(QStringLiteral("inactive: the single-use sheet is paid"));
        }
        if (isOpenStatus(inv->status)) {
            live = id;
            ++open;
        }
    }
    if (sheet->singleUse && live != 0) {
        ++sheet->scanCount; // a repeat scan before payment shows the same live Kaspi QR
        return live;
    }
    if (!sheet->singleUse && open >= kMaxOpenPerSheet) {
        return fail(QStringLiteral("too many open invoices: at most %1 per sheet").arg(kMaxOpenPerSheet));
    }
    SandboxInvoice inv = sheet->invoiceTemplate;
    SandboxQrRoutes::giveQrToken(inv, store.now());
    inv.externalOrderId = !sheet->externalOrderId.isEmpty()
        ? sheet->externalOrderId
        : QStringLiteral("static_qr_%1_%2").arg(sheet->id).arg(store.now().toSecsSinceEpoch());
    SandboxInvoice& stored = store.addInvoice(std::move(inv));
    stored.expiresAt = stored.qrExpiresAt; // like a QR invoice, it stops on the server's clock
    const qint64 invoiceId = stored.id;
    sheet->invoiceIds.append(invoiceId);
    ++sheet->scanCount;
    return invoiceId;
}

} // namespace apipay::sandbox
