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
        Delay, // handle the request, answer after delayMs
        Drop, // handle the request, then close the connection without answering
        DropBeforeHandling, // close the connection without handling the request
        Status, // do not handle; answer status with body
        MalformedJson, // do not handle; answer 200 with a truncated JSON body
        ResetMidBody, // handle; send the headers and half the body, then reset the connection
        HugeBody, // handle; answer 200 with the route's JSON padded to sizeMb megabytes (still valid)
        EndlessBody, // handle; answer 200 chunked and keep writing until the client goes away (or, as a
                     // safety net, until sizeMb megabytes were written: then reset)
        Trickle, // handle; send the answer one byte every delayMs
        Stall, // do not handle; keep the connection open and never answer
        WrongTypes, // handle; answer 200 with JSON whose values have the wrong types for any route
    };

    Kind kind = Kind::Status;
    QByteArray method; // GET, POST, …; empty = any
    QString path; // below /api/v1, wildcards: "/invoices", "/invoices/*", "*"
    int count = 1;
    int delayMs = 0; // Delay: before the answer; Trickle: between two bytes
    int status = 500;
    int sizeMb = 50; // HugeBody: the size; EndlessBody: where the safety net resets the connection
    QByteArray body; // for Status; empty = {"message": "Server Error"}
    QList<QPair<QByteArray, QByteArray>> headers; // for Status, e.g. {"Retry-After", "2"}

    static SandboxFault make(Kind kind, const QByteArray& method, const QString& path, int count, int delayMs = 0);
    static std::optional<Kind> parseKind(const QString& text);
    static QString kindName(Kind kind);
    // {"kind": "drop", "method": "POST", "path": "/invoices", "count": 3, "delay_ms": 0, "status": 503, "body": {…},
    //  "headers": {"Retry-After": "2"}, "size_mb": 50}
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
