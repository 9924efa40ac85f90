// Catalog: units, list, image upload, batch create, patch/delete answers (docs/api-contract.md).
#include "json/decoderparts.h"
#include "json/pagedecoder.h"

#include <QCoreApplication>

namespace apipay::json {

namespace detail {

namespace {

using L1 = QLatin1StringView;

bool decodeUnit(const QJsonObject& object, const JsonPath& path, CatalogUnit& out, QString& error)
{
    QStringList ignored; // CatalogUnit has no unreadable list
    FieldReader r(ignored);
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("name")) {
            r.text(x, k, out.name);
        } else if (k == L1("name_kaz")) {
            r.text(x, k, out.nameKaz); // v2.0
        } else if (k == L1("name_kk")) {
            r.text(x, k, out.nameKaz); // v2.1
        }
    }
    return requireId(object, path, out.id, error);
}

// The first string found in a value (errors objects/arrays of messages); objects are read in Qt's key order.
QString firstText(QJsonValueConstRef v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        for (const QJsonValueConstRef e : array) {
            const QString t = firstText(e);
            if (!t.isEmpty()) {
                return t;
            }
        }
    }
    if (v.isObject()) {
        const QJsonObject object = v.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString t = firstText(it.value());
            if (!t.isEmpty()) {
                return t;
            }
        }
    }
    return {};
}

// A value that is neither a string nor an object, as compact JSON text ("42", "true", "[1,2]").
QString jsonText(QJsonValueConstRef v)
{
    QString text;
    if (toText(v, text)) {
        return text;
    }
    if (v.isArray()) {
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    return v.isBool() ? QString::fromLatin1(v.toBool() ? "true" : "false") : QStringLiteral("null");
}

// One entry of v2.1 "rejected": {"index": 2, "error_code": "catalog_item_invalid", "error_message": "…", "errors":
// {…}, "name": "…"} — the name (or the item number) and the readable message; the code only when there is no
// message. A bare string is taken as it is.
QString rejectionText(QJsonValueConstRef v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (!v.isObject()) {
        return jsonText(v);
    }
    const QJsonObject object = v.toObject();
    QString name;
    if (const auto n = present(object, L1("name"))) {
        toText(*n, name);
    }
    QString reason;
    for (const L1 key :
        { L1("error_message"), L1("message"), L1("errors"), L1("reason"), L1("error"), L1("error_code") }) {
        if (const auto x = member(object, key)) {
            reason = firstText(*x);
            if (!reason.isEmpty()) {
                break;
            }
        }
    }
    qint64 index = 0;
    const auto indexValue = present(object, L1("index"));
    if (name.isEmpty() && indexValue && toInt64(*indexValue, index) && index >= 0 && index < (qint64(1) << 31)) {
        name = QCoreApplication::translate("apipay::CatalogCreateResult", "Item %1").arg(index + 1);
    }
    if (reason.isEmpty()) {
        reason = QCoreApplication::translate("apipay::CatalogCreateResult", "refused by ApiPay");
    }
    return name.isEmpty() ? reason : QString(name + QStringLiteral(": ") + reason);
}

} // namespace

bool decodeCatalogItem(const QJsonObject& object, const JsonPath& path, CatalogItem& out, QString& error)
{
    FieldReader r(out.unreadableFields);
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString k = it.key();
        const QJsonValueConstRef x = it.value();
        if (k == L1("name")) {
            r.text(x, k, out.name);
        } else if (k == L1("selling_price")) {
            r.money(x, k, out.sellingPrice);
        } else if (k == L1("unit_id")) {
            r.int64(x, k, out.unitId);
        } else if (k == L1("barcode")) {
            r.text(x, k, out.barcode);
        } else if (k == L1("image_url")) {
            r.text(x, k, out.imageUrl);
        } else if (k == L1("status")) {
            r.word(x, k, out.status);
        } else if (k == L1("error_message")) {
            r.text(x, k, out.errorMessage);
        } else if (k == L1("error_code")) {
            r.word(x, k, out.errorCode);
        } else if (k == L1("created_at")) {
            r.dateTime(x, k, out.createdAt);
        }
    }
    return requireId(object, path, out.id, error);
}

} // namespace detail

using namespace detail;

Decoded<QList<CatalogUnit>> catalogUnits(const QByteArray& body)
{
    Decoded<QList<CatalogUnit>> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    PageMeta meta;
    QJsonArray data;
    if (!readEnvelope(json, 0, meta, data, result.errorField)) {
        return result;
    }
    const JsonPath root;
    const JsonPath dataPath = json.isArray() ? root : root.child(L1("data"));
    if (!decodeList(data, dataPath, result.value, result.errorField, &decodeUnit)) {
        result.value = {};
    }
    return result;
}

Decoded<CatalogItem> catalogItemObject(const QJsonValue& value, const QString& path)
{
    Decoded<CatalogItem> result;
    const JsonPath root { nullptr, {}, -1, &path };
    if (!value.isObject()) {
        result.errorField = root.toErrorField();
    } else if (!decodeCatalogItem(value.toObject(), root, result.value, result.errorField)) {
        result.value = {};
    }
    return result;
}

Decoded<Page<CatalogItem>> catalogPage(const QByteArray& body, int requestedPerPage)
{
    return decodePage<CatalogItem>("GET /catalog", body, requestedPerPage, &decodeCatalogItem);
}

Decoded<QString> uploadedImageId(const QByteArray& body)
{
    Decoded<QString> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    // {"image_id": "…"} or {"data": {"image_id": "…"}}
    const QJsonObject root = json.object();
    const QJsonObject data = root.value(L1("data")).toObject();
    const QJsonValue id = root.contains(L1("image_id")) ? root.value(L1("image_id")) : data.value(L1("image_id"));
    if (!id.isString() || id.toString().isEmpty()) {
        result.errorField = QStringLiteral("image_id");
        return result;
    }
    result.value = id.toString();
    return result;
}

Decoded<CatalogCreateResult> catalogCreateResult(const QByteArray& body)
{
    Decoded<CatalogCreateResult> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    if (!json.isObject()) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    const QJsonObject root = json.object();
    // The created items under "data" (v2.1) or "items".
    const auto dataList = present(root, L1("data"));
    const L1 listKey = dataList ? L1("data") : L1("items");
    const auto list = dataList ? dataList : present(root, listKey);
    if (list && !list->isArray()) {
        result.errorField = listKey.toString();
        return result;
    }
    const JsonPath rootPath;
    const JsonPath listPath = rootPath.child(listKey);
    if (list && !decodeList(list->toArray(), listPath, result.value.created, result.errorField, &decodeCatalogItem)) {
        result.value = {};
        return result;
    }
    if (const auto rejected = present(root, L1("rejected"))) {
        if (rejected->isArray()) {
            const QJsonArray entries = rejected->toArray();
            for (const QJsonValueConstRef v : entries) {
                result.value.rejected.append(rejectionText(v));
            }
        } else {
            result.value.rejected.append(rejectionText(*rejected));
        }
    }
    return result;
}

Decoded<CatalogWriteResult> catalogWriteResult(const QByteArray& body, int httpStatus, qint64 requestedId)
{
    Decoded<CatalogWriteResult> result;
    result.value.catalogItemId = requestedId;
    result.value.queued = httpStatus == 202;
    if (body.trimmed().isEmpty()) {
        return result; // 204-style empty answers are fine: the id is the one we asked for
    }
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        result.value = {};
        return result;
    }
    if (!json.isObject()) {
        result.value = {};
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    const QJsonObject root = json.object();
    if (const auto message = member(root, L1("message"))) {
        toText(*message, result.value.message);
    }
    const QJsonObject data = root.value(L1("data")).toObject();
    const auto readId = [](const QJsonObject& object, L1 key, qint64& out) {
        const auto v = member(object, key);
        return v && toInt64(*v, out);
    };
    qint64 id = 0;
    if (readId(root, L1("catalog_item_id"), id) || readId(root, L1("id"), id) || readId(data, L1("id"), id)) {
        result.value.catalogItemId = id;
    }
    return result;
}

} // namespace apipay::json
