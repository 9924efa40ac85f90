// Document-independent decoders: health status and the public scalar readers.
#include "json/jsondecoder.h"
#include "json/jsondatetime.h"
#include "json/jsonreader.h"

namespace apipay::json {

using namespace detail;

Decoded<QString> healthStatus(const QByteArray& body)
{
    Decoded<QString> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    const QJsonValue status = json.object().value(QLatin1StringView("status"));
    if (!status.isString()) {
        result.errorField = QStringLiteral("status");
        return result;
    }
    result.value = status.toString();
    return result;
}

QDateTime dateTime(const QString& text)
{
    return parseIsoDateTime(QStringView(text).trimmed());
}

QString phone(const QString& text)
{
    return normalizePhone(text.trimmed());
}

} // namespace apipay::json
