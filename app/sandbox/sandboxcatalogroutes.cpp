#include "sandboxcatalogroutes.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>

namespace apipay::sandbox {

namespace {

constexpr qint64 kMaxPrice = 9'999'999'999;

} // namespace

std::optional<SandboxResponse> SandboxCatalogRoutes::handle(const SandboxRequest& r, RouteContext& c)
{
    const QStringList& s = r.segments;
    if (s.isEmpty() || s.first() != u"catalog") {
        return std::nullopt;
    }
    if (s.size() == 1) {
        if (r.method == "GET") {
            return list(r, c);
        }
        if (r.method == "POST") {
            return create(r, c);
        }
        return std::nullopt;
    }
    if (s.size() == 2 && s.at(1) == u"units" && r.method == "GET") {
        return units(c);
    }
    if (s.size() == 2 && s.at(1) == u"upload-image" && r.method == "POST") {
        return uploadImage(r, c);
    }
    const auto id = s.size() == 2 ? idSegment(s.at(1)) : std::nullopt;
    if (id && r.method == "PATCH") {
        return update(*id, r, c);
    }
    if (id && r.method == "DELETE") {
        return remove(*id, c);
    }
    return std::nullopt;
}

SandboxResponse SandboxCatalogRoutes::image(const SandboxRequest& request, SandboxStore& store)
{
    const QString id = request.segments.value(1).section(u'.', 0, 0);
    const auto it = store.images().constFind(id);
    if (request.segments.size() != 2 || it == store.images().cend()) {
        return SandboxResponse::json(404, QJsonObject { { QStringLiteral("message"), QStringLiteral("Not found") } });
    }
    SandboxResponse response = SandboxResponse::bytes(200, it->bytes, it->mimeType);
    response.setHeader("Cache-Control", "public, max-age=86400");
    return response;
}

QByteArray SandboxCatalogRoutes::sniffImageType(const QByteArray& b)
{
    if (b.startsWith("\x89PNG\r\n\x1a\n")) {
        return "image/png";
    }
    if (b.startsWith("\xff\xd8\xff")) {
        return "image/jpeg";
    }
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a")) {
        return "image/gif";
    }
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP") {
        return "image/webp";
    }
    return {};
}

SandboxResponse SandboxCatalogRoutes::units(RouteContext& c)
{
    QJsonArray data;
    for (const auto& unit : c.store.units()) {
        data.append(QJsonObject { { QStringLiteral("id"), unit.id }, { QStringLiteral("name"), unit.name },
            { QStringLiteral("name_kaz"), unit.nameKaz } });
    }
    return SandboxResponse::json(200, QJsonObject { { QStringLiteral("data"), data } });
}

SandboxResponse SandboxCatalogRoutes::list(const SandboxRequest& r, RouteContext& c)
{
    FieldErrors errors;
    const Paging paging = readPaging(r, 50, 200, errors);
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    const QString search = r.queryValue(QStringLiteral("search")).trimmed();
    const QString barcode = r.queryValue(QStringLiteral("barcode")).trimmed();
    const QString firstChar = r.queryValue(QStringLiteral("first_char")).trimmed();
    QStringList statuses = r.queryValues(QStringLiteral("statuses"));
    if (c.profile.isV21() && statuses.isEmpty()) {
        statuses = { QStringLiteral("active") }; // v2.1 lists only active items by default
    }
    QList<const SandboxCatalogItem*> matches;
    for (const auto& [id, item] : c.store.catalog()) {
        if ((!search.isEmpty() && !item.name.contains(search, Qt::CaseInsensitive))
            || (!barcode.isEmpty() && item.barcode != barcode)
            || (!firstChar.isEmpty() && !item.name.startsWith(firstChar, Qt::CaseInsensitive))
            || (!statuses.isEmpty() && !statuses.contains(item.status))) {
            continue;
        }
        matches.append(&item);
    }
    QJsonArray data;
    for (qsizetype i = paging.offset(); i < qMin(matches.size(), paging.offset() + paging.perPage); ++i) {
        data.append(c.json.catalogItem(*matches.at(i)));
    }
    return SandboxResponse::json(200,
        c.profile.resourceListEnvelope(
            data, paging.page, paging.perPage, matches.size(), c.json.apiUrl(QStringLiteral("/catalog"))));
}

SandboxResponse SandboxCatalogRoutes::uploadImage(const SandboxRequest& r, RouteContext& c)
{
    const auto parts = parseMultipart(r.header("Content-Type"), r.body);
    const MultipartPart* image = nullptr;
    if (parts) {
        for (const auto& part : *parts) {
            if (part.name == u"image" && !part.fileName.isNull()) {
                image = &part;
            }
        }
    }
    FieldErrors errors;
    if (!image || image->data.isEmpty()) {
        errors.add(QStringLiteral("image"), QStringLiteral("The image field is required."));
        return c.profile.validation(errors.errors());
    }
    const QByteArray type = sniffImageType(image->data);
    if (c.profile.isV21()) {
        if (image->data.size() > 6 * 1024 * 1024) {
            return c.profile.business(
                413, QStringLiteral("file_too_large"), QStringLiteral("The image may not be larger than 6 MB."));
        }
        if (type != "image/png" && type != "image/jpeg") {
            return c.profile.business(
                422, QStringLiteral("invalid_file_type"), QStringLiteral("Only JPEG and PNG images are accepted."));
        }
        QBuffer buffer;
        buffer.setData(image->data);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (!size.isValid() || size.width() < 64 || size.height() < 64 || size.width() > 6000 || size.height() > 6000
            || qint64(size.width()) * size.height() > 12'000'000) {
            return c.profile.business(422, QStringLiteral("image_rejected"),
                QStringLiteral("The image must be 64–6000 px per side and at most 12 MP."));
        }
    } else {
        if (image->data.size() > 10 * 1024 * 1024) {
            errors.add(QStringLiteral("image"), QStringLiteral("The image may not be greater than 10240 kilobytes."));
        } else if (type.isEmpty()) {
            errors.add(
                QStringLiteral("image"), QStringLiteral("The image must be a file of type: jpg, png, gif, webp."));
        }
        if (!errors.isEmpty()) {
            return c.profile.validation(errors.errors());
        }
    }
    const QString id = c.store.addImage(image->data, type);
    return SandboxResponse::json(200, QJsonObject { { QStringLiteral("image_id"), id } });
}

SandboxResponse SandboxCatalogRoutes::create(const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    QString idempotencyKey;
    if (c.profile.isV21()) {
        idempotencyKey = QString::fromUtf8(r.header("Idempotency-Key")).trimmed();
        if (idempotencyKey.isEmpty()) {
            idempotencyKey = body->value(QStringLiteral("idempotency_key")).toString();
        }
        const auto replay = c.store.catalogReplies().constFind(idempotencyKey);
        if (!idempotencyKey.isEmpty() && replay != c.store.catalogReplies().cend()) {
            return SandboxResponse::bytes(200, *replay, "application/json");
        }
    }
    FieldErrors errors;
    const QJsonArray items = body->value(QStringLiteral("items")).toArray();
    const int maxItems = c.profile.isV21() ? 100 : 50;
    const int maxBarcode = c.profile.isV21() ? 32 : 50;
    if (items.isEmpty()) {
        errors.required(QStringLiteral("items"));
    } else if (items.size() > maxItems) {
        errors.add(QStringLiteral("items"), QStringLiteral("The items may not have more than %1 items.").arg(maxItems));
    }
    QList<SandboxCatalogItem> drafts;
    for (qsizetype i = 0; errors.isEmpty() && i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString p = QStringLiteral("items.%1.").arg(i);
        SandboxCatalogItem item;
        const auto name = errors.string(o, QStringLiteral("name"), p + QStringLiteral("name"), 255);
        if (!name || name->trimmed().isEmpty()) {
            if (!errors.has(p + QStringLiteral("name"))) {
                errors.required(p + QStringLiteral("name"));
            }
        } else {
            item.name = name->trimmed();
        }
        const auto price = errors.money(o, QStringLiteral("selling_price"), p + QStringLiteral("selling_price"),
            Money::fromTiyn(1), Money::fromTiyn(kMaxPrice));
        if (!price && !errors.has(p + QStringLiteral("selling_price"))) {
            errors.required(p + QStringLiteral("selling_price"));
        }
        item.sellingPrice = price.value_or(Money());
        const auto unit = errors.integer(o, QStringLiteral("unit_id"), p + QStringLiteral("unit_id"), 1, 1'000'000);
        if (!unit && !errors.has(p + QStringLiteral("unit_id"))) {
            errors.required(p + QStringLiteral("unit_id"));
        } else if (unit && !c.store.hasUnit(*unit)) {
            errors.add(p + QStringLiteral("unit_id"), QStringLiteral("The selected %1unit_id is invalid.").arg(p));
        }
        item.unitId = unit.value_or(1);
        item.imageId
            = errors.string(o, QStringLiteral("image_id"), p + QStringLiteral("image_id"), 64).value_or(QString());
        if (!item.imageId.isEmpty() && !c.store.images().contains(item.imageId)) {
            errors.add(p + QStringLiteral("image_id"), QStringLiteral("The selected %1image_id is invalid.").arg(p));
        }
        item.barcode = errors.string(o, QStringLiteral("barcode"), p + QStringLiteral("barcode"), maxBarcode)
                           .value_or(QString());
        drafts.append(item);
    }
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    QJsonArray data;
    for (auto& draft : drafts) {
        data.append(c.json.catalogItem(c.store.addCatalogItem(std::move(draft), !c.profile.isV21())));
    }
    if (!c.profile.isV21()) {
        return SandboxResponse::json(202, QJsonObject { { QStringLiteral("data"), data } });
    }
    const QJsonObject answer { { QStringLiteral("data"), data }, { QStringLiteral("rejected"), QJsonArray() } };
    if (!idempotencyKey.isEmpty()) {
        c.store.catalogReplies().insert(idempotencyKey, QJsonDocument(answer).toJson(QJsonDocument::Compact));
    }
    return SandboxResponse::json(201, answer);
}

SandboxResponse SandboxCatalogRoutes::update(qint64 id, const SandboxRequest& r, RouteContext& c)
{
    const auto body = r.jsonBody();
    if (!body) {
        return malformedJson(c.profile);
    }
    SandboxCatalogItem* item = c.store.catalogItem(id);
    if (!item) {
        return c.profile.notFound(QStringLiteral("Catalog item"));
    }
    const QJsonObject& o = *body;
    FieldErrors errors;
    const auto name = errors.string(o, QStringLiteral("name"), QStringLiteral("name"), 255);
    if (name && name->trimmed().isEmpty()) {
        errors.add(QStringLiteral("name"), QStringLiteral("The name field must not be empty."));
    }
    const auto price = errors.money(o, QStringLiteral("selling_price"), QStringLiteral("selling_price"),
        Money::fromTiyn(1), Money::fromTiyn(kMaxPrice));
    const auto unit = errors.integer(o, QStringLiteral("unit_id"), QStringLiteral("unit_id"), 1, 1'000'000);
    if (unit && !c.store.hasUnit(*unit)) {
        errors.add(QStringLiteral("unit_id"), QStringLiteral("The selected unit_id is invalid."));
    }
    const auto imageId = errors.string(o, QStringLiteral("image_id"), QStringLiteral("image_id"), 64);
    if (imageId && !imageId->isEmpty() && !c.store.images().contains(*imageId)) {
        errors.add(QStringLiteral("image_id"), QStringLiteral("The selected image_id is invalid."));
    }
    const auto barcode
        = errors.string(o, QStringLiteral("barcode"), QStringLiteral("barcode"), c.profile.isV21() ? 32 : 50);
    if (!errors.isEmpty()) {
        return c.profile.validation(errors.errors());
    }
    if (name) {
        item->name = name->trimmed();
    }
    if (price) {
        item->sellingPrice = *price;
    }
    if (unit) {
        item->unitId = *unit;
    }
    if (imageId) {
        item->imageId = *imageId;
    }
    if (o.value(QStringLiteral("is_image_deleted")).toBool()) {
        item->imageId.clear();
    }
    if (o.contains(QStringLiteral("barcode"))) {
        item->barcode = barcode.value_or(QString());
    }
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("message"), QStringLiteral("Catalog item updated") },
            { QStringLiteral("catalog_item_id"), id } });
}

SandboxResponse SandboxCatalogRoutes::remove(qint64 id, RouteContext& c)
{
    if (!c.store.removeCatalogItem(id)) {
        return c.profile.notFound(QStringLiteral("Catalog item"));
    }
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("message"), QStringLiteral("Catalog item deleted") },
            { QStringLiteral("catalog_item_id"), id } });
}

} // namespace apipay::sandbox
