#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace apipay {

// GET /catalog/units
struct CatalogUnit
{
    qint64 id = 0;
    QString name; // Russian, e.g. "шт"
    QString nameKaz; // Kazakh, e.g. "дана"
};

// GET /catalog rows; new items are "pending", then "active" (v2.1 adds deleting, deleted, failed).
struct CatalogItem
{
    qint64 id = 0;
    QString name;
    std::optional<Money> sellingPrice;
    std::optional<qint64> unitId;
    QString barcode;
    QString imageUrl; // absolute URL; fetched without the API key
    QString status;
    QString errorMessage; // v2.1: why a "failed" item was refused (a readable sentence from ApiPay)
    QString errorCode; // v2.1: the same reason as a stable code
    QDateTime createdAt;
    QStringList unreadableFields;
};

// POST /catalog answer: created items (usually pending) and the v2.1 "rejected" list.
struct CatalogCreateResult
{
    QList<CatalogItem> created;
    // Human-readable reasons, one per rejected item: "<name>: <error_message>" (v2.1 {index, error_code,
    // error_message, errors?, name?, barcode?, external_ref?}); the code or the item number when nothing better.
    QStringList rejected;
};

// PATCH / DELETE /catalog/{id}: 200 done (sandbox) or 202 queued (production).
struct CatalogWriteResult
{
    qint64 catalogItemId = 0;
    bool queued = false;
    QString message;
};

} // namespace apipay
