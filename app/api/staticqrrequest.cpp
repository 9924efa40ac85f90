#include "api/staticqrrequest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace apipay {

QJsonObject StaticQrRequest::body(const StaticQrDraft& draft)
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
    if (draft.discountPercentage) {
        body.insert(QStringLiteral("discount_percentage"), *draft.discountPercentage);
    }
    if (!draft.description.trimmed().isEmpty()) {
        body.insert(QStringLiteral("description"), draft.description.trimmed());
    }
    if (!draft.externalOrderId.isEmpty()) {
        body.insert(QStringLiteral("external_order_id"), draft.externalOrderId);
    }
    body.insert(QStringLiteral("single_use"), draft.singleUse);
    if (draft.expiresAt.isValid()) {
        body.insert(QStringLiteral("expires_at"), draft.expiresAt.toUTC().toString(Qt::ISODate));
    }
    return body;
}

QMap<QString, QStringList> StaticQrRequest::validate(const StaticQrDraft& draft, const QDateTime& now)
{
    QMap<QString, QStringList> errors;
    if (draft.cartItems.isEmpty() && (!draft.amount || *draft.amount < Money::invoiceMinimum())) {
        errors[QStringLiteral("amount")].append(
            QCoreApplication::translate("apipay::StaticQrRequest", "Enter an amount or add items from the catalog."));
    } else if (draft.cartItems.isEmpty() && *draft.amount > Money::invoiceMaximum()) {
        errors[QStringLiteral("amount")].append(
            QCoreApplication::translate("apipay::StaticQrRequest", "The amount is too large."));
    }
    if (draft.discountPercentage && (*draft.discountPercentage < 1 || *draft.discountPercentage > 99)) {
        errors[QStringLiteral("discount_percentage")].append(
            QCoreApplication::translate("apipay::StaticQrRequest", "The discount must be 1–99 %."));
    }
    if (draft.description.trimmed().size() > kMaxDescription) {
        errors[QStringLiteral("description")].append(
            QCoreApplication::translate("apipay::StaticQrRequest", "The description may have at most 100 characters."));
    }
    if (draft.externalOrderId.size() > kMaxExternalOrderId) {
        errors[QStringLiteral("external_order_id")].append(
            QCoreApplication::translate("apipay::StaticQrRequest", "The order number is too long."));
    }
    if (draft.expiresAt.isValid() && draft.expiresAt <= now) {
        errors[QStringLiteral("expires_at")].append(
            QCoreApplication::translate("apipay::StaticQrRequest", "The expiry must be in the future."));
    }
    return errors;
}

} // namespace apipay
