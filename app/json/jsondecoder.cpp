// Document-independent decoders: health status and the public scalar readers.
#include "json/jsondecoder.h"
#include "json/jsonreader.h"

namespace apipay::json {

using namespace detail;

Decoded<QString> healthStatus(const QByteArray& body)
{
    Decoded<QString> result;
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    const quint32 status = tape.find(0, "status");
    if (status == JsonTape::npos || tape.type(status) != JsonTape::Type::String) {
        result.errorField = QStringLiteral("status");
        return result;
    }
    result.value = tape.string(status);
    return result;
}

QDateTime dateTime(const QString& text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    return parseDateTime(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

QString phone(const QString& text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    return normalizePhone(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

} // namespace apipay::json
