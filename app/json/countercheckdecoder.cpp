// The counter's v2.1 look-ups: the client check and the Kaspi receipt.
#include "json/countercheckdecoder.h"

#include "json/jsondatetime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace apipay::json {

namespace {

std::optional<QJsonObject> documentObject(const QByteArray& body, QString& error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = QStringLiteral("<body>");
        return std::nullopt;
    }
    if (!document.isObject()) {
        error = QStringLiteral("<root>");
        return std::nullopt;
    }
    return document.object();
}

std::optional<bool> readBool(const QJsonValue& value)
{
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == 0.0 || number == 1.0) {
            return number == 1.0;
        }
        return std::nullopt;
    }
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"1") {
        return true;
    }
    if (text == u"false" || text == u"0") {
        return false;
    }
    return std::nullopt;
}

QUrl readLink(const QJsonValue& value)
{
    const QUrl url(value.toString(), QUrl::StrictMode);
    const bool web = url.scheme() == u"https" || url.scheme() == u"http";
    return url.isValid() && web && !url.host().isEmpty() ? url : QUrl();
}

} // namespace

Decoded<ClientCheck> clientCheck(const QByteArray& body)
{
    Decoded<ClientCheck> out;
    const auto object = documentObject(body, out.errorField);
    if (!object) {
        return out;
    }
    const auto hasKaspi = readBool(object->value(QStringLiteral("has_kaspi")));
    if (!hasKaspi) {
        out.errorField = QStringLiteral("has_kaspi");
        return out;
    }
    out.value.hasKaspi = *hasKaspi;
    out.value.phone = phone(object->value(QStringLiteral("phone")).toString());
    const QJsonValue name = object->value(QStringLiteral("client_name"));
    if (*hasKaspi && name.isString()) {
        out.value.clientName = name.toString().trimmed();
    }
    return out;
}

Decoded<ReceiptAnswer> receiptAnswer(const QByteArray& body, int httpStatus)
{
    Decoded<ReceiptAnswer> out;
    const auto object = documentObject(body, out.errorField);
    if (!object) {
        return out;
    }
    const QString status = object->value(QStringLiteral("status")).toString();
    if (httpStatus == 202 || status == u"pending") {
        const QJsonValue pollAfter = object->value(QStringLiteral("poll_after"));
        int seconds = 2;
        if (pollAfter.isDouble()) {
            seconds = int(pollAfter.toDouble());
        } else if (pollAfter.isString()) {
            bool ok = false;
            const int parsed = pollAfter.toString().toInt(&ok);
            seconds = ok ? parsed : 2;
        }
        out.value.ready = false;
        out.value.pollAfterSeconds = qBound(1, seconds, 60);
        return out;
    }
    KaspiReceipt& receipt = out.value.receipt;
    receipt.receiptLink = readLink(object->value(QStringLiteral("receipt_link")));
    receipt.downloadLink = readLink(object->value(QStringLiteral("download_link")));
    receipt.shareLink = readLink(object->value(QStringLiteral("share_link")));
    if (!receipt.receiptLink.isValid() && !receipt.shareLink.isValid()) {
        out.errorField = QStringLiteral("share_link");
        return out;
    }
    receipt.saleDate = object->value(QStringLiteral("sale_date")).toString();
    receipt.fetchedAt = dateTime(object->value(QStringLiteral("fetched_at")).toString());
    out.value.ready = true;
    return out;
}

} // namespace apipay::json
