#include "sandboxhttp.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace apipay::sandbox {

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

bool SandboxRequest::hasQuery(const QString& key) const
{
    for (const auto& item : query) {
        if (item.first == key) {
            return true;
        }
    }
    return false;
}

QString SandboxRequest::queryValue(const QString& key) const
{
    for (const auto& item : query) {
        if (item.first == key) {
            return item.second;
        }
    }
    return {};
}

QStringList SandboxRequest::queryValues(const QString& key) const
{
    QStringList values;
    const QString arrayKey = key + QStringLiteral("[]");
    for (const auto& item : query) {
        if (item.first == key || item.first == arrayKey) {
            values.append(item.second);
        }
    }
    return values;
}

std::optional<QJsonObject> SandboxRequest::jsonBody() const
{
    if (body.trimmed().isEmpty()) {
        return QJsonObject {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject& object)
{
    return bytes(status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json");
}

SandboxResponse SandboxResponse::json(int status, const QJsonArray& array)
{
    return bytes(status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json");
}

SandboxResponse SandboxResponse::bytes(int status, QByteArray body, QByteArray contentType)
{
    SandboxResponse response;
    response.status = status;
    response.body = std::move(body);
    response.contentType = std::move(contentType);
    return response;
}

void SandboxResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray SandboxResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 421:
        return "Misdirected Request";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray SandboxResponse::headerBlock(bool chunked) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty()) {
        head += "Content-Type: " + contentType + "\r\n";
    }
    head += chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                    : "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& h : headers) {
        head += h.first + ": " + h.second + "\r\n";
    }
    head += "\r\n";
    return head;
}

QByteArray SandboxResponse::toWire() const
{
    QByteArray wire;
    wire.reserve(body.size() + 256);
    wire += headerBlock(false);
    wire += body;
    return wire;
}

namespace {

QByteArray headerParameter(const QByteArray& header, const QByteArray& name)
{
    const QList<QByteArray> pieces = header.split(';');
    for (const QByteArray& piece : pieces) {
        const QByteArray trimmed = piece.trimmed();
        const int eq = trimmed.indexOf('=');
        if (eq <= 0) {
            continue;
        }
        if (trimmed.left(eq).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            QByteArray value = trimmed.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
                value = value.mid(1, value.size() - 2);
            }
            return value;
        }
    }
    return {};
}

} // namespace

std::optional<QList<MultipartPart>> parseMultipart(const QByteArray& contentType, const QByteArray& body)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data")) {
        return std::nullopt;
    }
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    QList<MultipartPart> parts;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0) {
        return std::nullopt;
    }
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--") {
            return parts; // closing delimiter
        }
        if (body.mid(pos, 2) != "\r\n") {
            return std::nullopt;
        }
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0) {
            return std::nullopt;
        }
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headerEnd + 4);
        if (next < 0) {
            return std::nullopt;
        }
        MultipartPart part;
        const QList<QByteArray> lines = body.mid(pos, headerEnd - pos).split('\n');
        for (const QByteArray& rawLine : lines) {
            const QByteArray line = rawLine.trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray key = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (key == "content-disposition") {
                part.name = QString::fromUtf8(headerParameter(value, "name"));
                part.fileName = QString::fromUtf8(headerParameter(value, "filename"));
            } else if (key == "content-type") {
                part.contentType = value;
            }
        }
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
}

} // namespace apipay::sandbox
