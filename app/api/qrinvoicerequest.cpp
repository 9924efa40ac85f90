#include "api/qrinvoicerequest.h"

#include "json/jsondatetime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace apipay::QrInvoiceRequest {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("apipay::QrInvoiceRequest", text);
}

} // namespace

QMap<QString, QStringList> validate(const QrInvoiceDraft& draft)
{
    QMap<QString, QStringList> errors;
    if (draft.cartItems.isEmpty()) {
        if (!draft.amount) {
            errors[QStringLiteral("amount")].append(tr("Enter an amount or add items from the catalog."));
        } else if (*draft.amount < Money::invoiceMinimum() || *draft.amount > Money::invoiceMaximum()) {
            errors[QStringLiteral("amount")].append(tr("The amount must be between 0.01 and 99 999 999.99 ₸."));
        }
    } else if (draft.cartItems.size() > 100) {
        errors[QStringLiteral("cart_items")].append(tr("A QR invoice takes at most 100 cart lines."));
    }
    if (draft.description.size() > QrInvoiceDraft::kMaxDescription) {
        errors[QStringLiteral("description")].append(
            tr("The description may have at most 100 characters: it becomes the line on the Kaspi receipt."));
    }
    if (draft.internalComment.size() > QrInvoiceDraft::kMaxInternalComment) {
        errors[QStringLiteral("internal_comment")].append(tr("The note may have at most 255 characters."));
    }
    if (draft.externalOrderId.size() > QrInvoiceDraft::kMaxExternalOrderId) {
        errors[QStringLiteral("external_order_id")].append(tr("The order ID may have at most 191 characters."));
    }
    if (draft.discountPercentage && (*draft.discountPercentage < 1 || *draft.discountPercentage > 99)) {
        errors[QStringLiteral("discount_percentage")].append(tr("The discount must be between 1 and 99 %."));
    }
    return errors;
}

QJsonObject body(const QrInvoiceDraft& draft, const QString& externalOrderId)
{
    QJsonObject body;
    if (!draft.cartItems.isEmpty()) {
        QJsonArray cart;
        for (const CartLine& line : draft.cartItems) {
            QJsonObject item { { QStringLiteral("catalog_item_id"), line.catalogItemId },
                { QStringLiteral("count"), line.count } };
            if (line.price) {
                item.insert(QStringLiteral("price"), line.price->toJson());
            }
            cart.append(item);
        }
        body.insert(QStringLiteral("cart_items"), cart);
    } else if (draft.amount) {
        body.insert(QStringLiteral("amount"), draft.amount->toJson());
    }
    if (!draft.description.isEmpty()) {
        body.insert(QStringLiteral("description"), draft.description);
    }
    if (!draft.internalComment.isEmpty()) {
        body.insert(QStringLiteral("internal_comment"), draft.internalComment);
    }
    if (draft.discountPercentage) {
        body.insert(QStringLiteral("discount_percentage"), *draft.discountPercentage);
    }
    body.insert(QStringLiteral("external_order_id"), externalOrderId);
    body.insert(QStringLiteral("external_order_id_idempotency"), externalOrderId);
    return body;
}

QDateTime cancelRefusalExpiresAt(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject()) {
        return {};
    }
    const QJsonObject root = document.object();
    for (const QJsonObject& object :
        { root, root.value(QStringLiteral("invoice")).toObject(), root.value(QStringLiteral("data")).toObject() }) {
        for (const QString& key : { QStringLiteral("expires_at"), QStringLiteral("qr_expires_at") }) {
            const QJsonValue value = object.value(key);
            if (value.isString()) {
                const QDateTime at = json::detail::parseIsoDateTime(value.toString());
                if (at.isValid()) {
                    return at;
                }
            }
        }
    }
    return {};
}

} // namespace apipay::QrInvoiceRequest
