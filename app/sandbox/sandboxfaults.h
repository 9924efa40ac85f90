#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace apipay::sandbox {

// One injected fault for the next `count` requests that match method and path.
struct SandboxFault
{
    enum class Kind {
        Delay,              // handle the request, answer after delayMs
        Drop,               // handle the request, then close the connection without answering
        DropBeforeHandling, // close the connection without handling the request
        Status,             // do not handle; answer status with body
        MalformedJson,      // do not handle; answer 200 with a truncated JSON body
    };

    Kind kind = Kind::Status;
    QByteArray method;  // GET, POST, …; empty = any
    QString path;       // below /api/v1, wildcards: "/invoices", "/invoices/*", "*"
    int count = 1;
    int delayMs = 0;
    int status = 500;
    QByteArray body;    // for Status; empty = {"message": "Server Error"}
    QList<QPair<QByteArray, QByteArray>> headers; // for Status, e.g. {"Retry-After", "2"}

    static SandboxFault make(Kind kind, const QByteArray& method, const QString& path, int count, int delayMs = 0);
    static std::optional<Kind> parseKind(const QString& text);
    static QString kindName(Kind kind);
    // {"kind": "drop", "method": "POST", "path": "/invoices", "count": 3, "delay_ms": 0, "status": 503, "body": {…},
    //  "headers": {"Retry-After": "2"}}
    static std::optional<SandboxFault> fromJson(const QJsonObject& object, QString* error);
};

// The queue of injected faults (tests, control routes). The first matching fault with count left applies.
class SandboxFaults
{
public:
    void add(SandboxFault fault);
    void clear() { m_faults.clear(); }
    int size() const { return int(m_faults.size()); }
    // Takes one use of the first fault matching method and path (relative to /api/v1).
    std::optional<SandboxFault> take(const QByteArray& method, const QString& path);
    static bool matches(const QString& pattern, const QString& path);

private:
    QList<SandboxFault> m_faults;
};

} // namespace apipay::sandbox
