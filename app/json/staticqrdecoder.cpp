#include "json/staticqrdecoder.h"

#include "json/decoderparts.h"
#include "json/pagedecoder.h"

namespace apipay::json {

namespace detail {

namespace {

using L1 = QLatin1StringView;

bool decodeStaticQr(const QJsonObject& object, const JsonPath& path, StaticQrSheet& out, QString& error)
{
    FieldReader r(out.unreadableFields);
    std::optional<bool> singleUse;
    std::optional<bool> isSandbox;
    std::optional<bool> paid;
    std::optional<qint64> scans;
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("token")) {
            r.text(x, k, out.token);
        } else if (k == L1("short_code")) {
            r.text(x, k, out.shortCode);
        } else if (k == L1("print_url")) {
            r.text(x, k, out.printUrl);
        } else if (k == L1("manual_url")) {
            r.text(x, k, out.manualUrl);
        } else if (k == L1("qr_image_url")) {
            r.text(x, k, out.qrImageUrl);
        } else if (k == L1("amount")) {
            r.money(x, k, out.amount);
        } else if (k == L1("description")) {
            r.text(x, k, out.description);
        } else if (k == L1("external_order_id")) {
            r.text(x, k, out.externalOrderId);
        } else if (k == L1("single_use")) {
            r.boolean(x, k, singleUse);
        } else if (k == L1("status")) {
            r.word(x, k, out.statusText);
        } else if (k == L1("is_sandbox")) {
            r.boolean(x, k, isSandbox);
        } else if (k == L1("scan_count")) {
            r.int64(x, k, scans);
        } else if (k == L1("paid")) {
            r.boolean(x, k, paid);
        } else if (k == L1("paid_at")) {
            r.dateTime(x, k, out.paidAt);
        } else if (k == L1("created_at")) {
            r.dateTime(x, k, out.createdAt);
        }
    }
    out.singleUse = singleUse.value_or(true); // the documented default
    out.isSandbox = isSandbox.value_or(false);
    out.scanCount = scans.value_or(0);
    // A paid time without the flag still means paid.
    out.paid = paid.value_or(false) || out.paidAt.isValid();
    out.status = StaticQrSheet::statusFromText(out.statusText);
    return requireId(object, path, out.id, error);
}

} // namespace

} // namespace detail

using namespace detail;

Decoded<StaticQrSheet> staticQrSheet(const QByteArray& body)
{
    Decoded<StaticQrSheet> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    if (!json.isObject()) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    QLatin1StringView wrapper;
    const QJsonObject inner
        = unwrap(json.object(), { QLatin1StringView("static_qr"), QLatin1StringView("data") }, wrapper);
    const JsonPath root;
    if (!decodeStaticQr(inner, wrapper.isEmpty() ? root : root.child(wrapper), result.value, result.errorField)) {
        result.value = {};
    } else {
        logUnreadable("static QR sheet", result.value.unreadableFields, 1);
    }
    return result;
}

Decoded<Page<StaticQrSheet>> staticQrPage(const QByteArray& body, int requestedPerPage)
{
    return decodePage<StaticQrSheet>("GET /static-qr", body, requestedPerPage, &decodeStaticQr);
}

} // namespace apipay::json
