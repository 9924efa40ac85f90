// Catalog: units, list, image upload, batch create, patch/delete answers (docs/api-contract.md).
#include "json/decoderparts.h"
#include "json/pagedecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace apipay::json {

namespace detail {

namespace {

bool decodeUnit(const JsonTape& tape, quint32 v, const JsonPath& path, CatalogUnit& out, QString& error)
{
    if (!tape.isObject(v)) {
        error = path.toErrorField();
        return false;
    }
    QStringList ignored; // CatalogUnit has no unreadable list
    FieldReader r(tape, ignored);
    quint32 id = JsonTape::npos;
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        if (k == "id") {
            id = m.value;
        } else if (k == "name") {
            r.text(m.value, k, out.name);
        } else if (k == "name_kaz" || k == "name_kk") {
            r.text(m.value, k, out.nameKaz);
        }
    }
    return requireId(tape, id, path, out.id, error);
}

// The first string found in a value (errors objects/arrays of messages).
QString firstText(const JsonTape& tape, quint32 v)
{
    if (tape.type(v) == JsonTape::Type::String) {
        return tape.string(v);
    }
    if (tape.isArray(v)) {
        for (const quint32 e : tape.elements(v)) {
            const QString t = firstText(tape, e);
            if (!t.isEmpty()) {
                return t;
            }
        }
    }
    if (tape.isObject(v)) {
        for (const JsonTape::Member m : tape.members(v)) {
            const QString t = firstText(tape, m.value);
            if (!t.isEmpty()) {
                return t;
            }
        }
    }
    return {};
}

// One entry of v2.1 "rejected": {"index": 2, "error_code": "catalog_item_invalid", "error_message": "…", "errors":
// {…}, "name": "…"} — the name (or the item number) and the readable message; the code only when there is no
// message. A bare string is taken as it is.
QString rejectionText(const JsonTape& tape, quint32 v)
{
    if (tape.type(v) == JsonTape::Type::String) {
        return tape.string(v);
    }
    if (!tape.isObject(v)) {
        const std::string_view raw = tape.raw(v);
        return QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
    }
    QString name;
    QString reason;
    toText(tape, tape.find(v, "name"), name);
    for (const std::string_view key : {"error_message", "message", "errors", "reason", "error", "error_code"}) {
        const quint32 x = tape.find(v, key);
        if (x != JsonTape::npos) {
            reason = firstText(tape, x);
            if (!reason.isEmpty()) {
                break;
            }
        }
    }
    qint64 index = 0;
    if (name.isEmpty() && toInt64(tape, tape.find(v, "index"), index) && index >= 0 && index < (qint64(1) << 31)) {
        name = QCoreApplication::translate("apipay::CatalogCreateResult", "Item %1").arg(index + 1);
    }
    if (reason.isEmpty()) {
        reason = QCoreApplication::translate("apipay::CatalogCreateResult", "refused by ApiPay");
    }
    return name.isEmpty() ? reason : QString(name + QStringLiteral(": ") + reason);
}

} // namespace

bool decodeCatalogItem(const JsonTape& tape, quint32 v, const JsonPath& path, CatalogItem& out, QString& error)
{
    if (!tape.isObject(v)) {
        error = path.toErrorField();
        return false;
    }
    FieldReader r(tape, out.unreadableFields);
    quint32 id = JsonTape::npos;
    for (const JsonTape::Member m : tape.members(v)) {
        const std::string_view k = tape.key(m.key);
        const quint32 x = m.value;
        if (k == "id") {
            id = x;
        } else if (k == "name") {
            r.text(x, k, out.name);
        } else if (k == "selling_price") {
            r.money(x, k, out.sellingPrice);
        } else if (k == "unit_id") {
            r.int64(x, k, out.unitId);
        } else if (k == "barcode") {
            r.text(x, k, out.barcode);
        } else if (k == "image_url") {
            r.text(x, k, out.imageUrl);
        } else if (k == "status") {
            r.word(x, k, out.status);
        } else if (k == "error_message") {
            r.text(x, k, out.errorMessage);
        } else if (k == "error_code") {
            r.word(x, k, out.errorCode);
        } else if (k == "created_at") {
            r.dateTime(x, k, out.createdAt);
        }
    }
    return requireId(tape, id, path, out.id, error);
}

} // namespace detail

using namespace detail;

Decoded<QList<CatalogUnit>> catalogUnits(const QByteArray& body)
{
    Decoded<QList<CatalogUnit>> result;
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    PageMeta meta;
    quint32 data = JsonTape::npos;
    if (!readEnvelope(tape, 0, 0, meta, data, result.errorField)) {
        return result;
    }
    const JsonPath root;
    const JsonPath dataPath = tape.isArray(0) ? root : root.child("data");
    qint64 index = 0;
    for (const quint32 v : tape.elements(data)) {
        CatalogUnit unit;
        if (!decodeUnit(tape, v, dataPath.child(index), unit, result.errorField)) {
            result.value = {};
            return result;
        }
        result.value.append(std::move(unit));
        ++index;
    }
    return result;
}

Decoded<CatalogItem> catalogItemObject(const QJsonValue& value, const QString& path)
{
    Decoded<CatalogItem> result;
    JsonTape tape;
    const JsonPath root{nullptr, {}, -1, &path};
    if (!parseValue(value, tape)) {
        result.errorField = root.toErrorField();
        return result;
    }
    if (!decodeCatalogItem(tape, 1, root, result.value, result.errorField)) {
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
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    quint32 id = tape.find(0, "image_id");
    if (id == JsonTape::npos) {
        id = tape.find(tape.find(0, "data"), "image_id");
    }
    if (id == JsonTape::npos || tape.type(id) != JsonTape::Type::String || tape.string(id).isEmpty()) {
        result.errorField = QStringLiteral("image_id");
        return result;
    }
    result.value = tape.string(id);
    return result;
}

Decoded<CatalogCreateResult> catalogCreateResult(const QByteArray& body)
{
    Decoded<CatalogCreateResult> result;
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    if (!tape.isObject(0)) {
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    std::string_view listKey = "data";
    quint32 list = tape.find(0, listKey);
    if (tape.isNull(list)) {
        listKey = "items";
        list = tape.find(0, listKey);
    }
    if (!tape.isNull(list) && !tape.isArray(list)) {
        result.errorField = QString::fromLatin1(listKey.data(), static_cast<qsizetype>(listKey.size()));
        return result;
    }
    const JsonPath root;
    const JsonPath listPath = root.child(listKey);
    qint64 index = 0;
    for (const quint32 v : tape.elements(list)) {
        CatalogItem item;
        if (!decodeCatalogItem(tape, v, listPath.child(index), item, result.errorField)) {
            result.value = {};
            return result;
        }
        result.value.created.append(std::move(item));
        ++index;
    }
    const quint32 rejected = tape.find(0, "rejected");
    if (tape.isArray(rejected)) {
        for (const quint32 v : tape.elements(rejected)) {
            result.value.rejected.append(rejectionText(tape, v));
        }
    } else if (!tape.isNull(rejected)) {
        result.value.rejected.append(rejectionText(tape, rejected));
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
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        result.value = {};
        return result;
    }
    if (!tape.isObject(0)) {
        result.value = {};
        result.errorField = QStringLiteral("<root>");
        return result;
    }
    toText(tape, tape.find(0, "message"), result.value.message);
    qint64 id = 0;
    if (toInt64(tape, tape.find(0, "catalog_item_id"), id) || toInt64(tape, tape.find(0, "id"), id)
        || toInt64(tape, tape.find(tape.find(0, "data"), "id"), id)) {
        result.value.catalogItemId = id;
    }
    return result;
}

} // namespace apipay::json
