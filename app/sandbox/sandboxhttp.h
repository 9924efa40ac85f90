#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace apipay::sandbox {

// One HTTP request as the route classes see it: method, path below the matched prefix, query, headers, body.
struct SandboxRequest
{
    QByteArray method; // GET, POST, PUT, PATCH, DELETE
    QString path; // e.g. "/invoices/42/refund" (below /api/v1)
    QStringList segments; // {"invoices", "42", "refund"}
    QList<QPair<QString, QString>> query; // fully decoded, in order
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    bool hasQuery(const QString& key) const;
    QString queryValue(const QString& key) const;
    QStringList queryValues(const QString& key) const; // "key" and "key[]"
    // The body as a JSON object; nullopt when it is not one (empty body = empty object).
    std::optional<QJsonObject> jsonBody() const;
};

// One answer. drop = close the connection without answering; delayMs = answer later; delivery = how the answer
// goes on the wire (the faults that break an answer half-way).
struct SandboxResponse
{
    enum class Delivery {
        Whole, // the whole answer at once (after delayMs)
        Stall, // nothing, the connection stays open
        ResetMidBody, // the headers and half the body, then a reset
        Trickle, // one byte every delayMs
        Endless, // the headers, then chunks of the body until the client goes away
    };

    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool drop = false;
    int delayMs = 0;
    Delivery delivery = Delivery::Whole;
    qint64 limitBytes = 0; // Endless: reset the connection once so much was written (a safety net for tests)

    static SandboxResponse json(int status, const QJsonObject& object);
    static SandboxResponse json(int status, const QJsonArray& array);
    static SandboxResponse bytes(int status, QByteArray body, QByteArray contentType);
    void setHeader(const QByteArray& name, const QByteArray& value);
    // "HTTP/1.1 200 OK\r\n…" — the whole response as sent on the wire.
    QByteArray toWire() const;
    // The status line and headers with the empty line after them; chunked = Transfer-Encoding instead of length.
    QByteArray headerBlock(bool chunked) const;
    static QByteArray reasonPhrase(int status);
};

// One part of a multipart/form-data body.
struct MultipartPart
{
    QString name;
    QString fileName;
    QByteArray contentType;
    QByteArray data;
};

// Parses a multipart/form-data body with the boundary from the Content-Type header; nullopt when malformed.
std::optional<QList<MultipartPart>> parseMultipart(const QByteArray& contentType, const QByteArray& body);

} // namespace apipay::sandbox
