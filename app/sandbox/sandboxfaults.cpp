#include "sandboxfaults.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace apipay::sandbox {

SandboxFault SandboxFault::make(Kind kind, const QByteArray& method, const QString& path, int count, int delayMs)
{
    SandboxFault fault;
    fault.kind = kind;
    fault.method = method;
    fault.path = path;
    fault.count = count;
    fault.delayMs = delayMs;
    return fault;
}

std::optional<SandboxFault::Kind> SandboxFault::parseKind(const QString& text)
{
    const QString t = text.toLower();
    if (t == u"delay") {
        return Kind::Delay;
    }
    if (t == u"drop") {
        return Kind::Drop;
    }
    if (t == u"drop_before_handling") {
        return Kind::DropBeforeHandling;
    }
    if (t == u"status") {
        return Kind::Status;
    }
    if (t == u"malformed_json") {
        return Kind::MalformedJson;
    }
    return std::nullopt;
}

QString SandboxFault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Delay: return QStringLiteral("delay");
    case Kind::Drop: return QStringLiteral("drop");
    case Kind::DropBeforeHandling: return QStringLiteral("drop_before_handling");
    case Kind::Status: return QStringLiteral("status");
    case Kind::MalformedJson: return QStringLiteral("malformed_json");
    }
    return {};
}

std::optional<SandboxFault> SandboxFault::fromJson(const QJsonObject& o, QString* error)
{
    SandboxFault fault;
    const auto kind = parseKind(o.value(QStringLiteral("kind")).toString());
    if (!kind) {
        if (error) {
            *error = QStringLiteral("kind must be delay, drop, drop_before_handling, status or malformed_json");
        }
        return std::nullopt;
    }
    fault.kind = *kind;
    fault.method = o.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    fault.path = o.value(QStringLiteral("path")).toString(QStringLiteral("*"));
    fault.count = o.value(QStringLiteral("count")).toInt(1);
    fault.delayMs = o.value(QStringLiteral("delay_ms")).toInt(0);
    fault.status = o.value(QStringLiteral("status")).toInt(500);
    const QJsonValue body = o.value(QStringLiteral("body"));
    if (body.isObject()) {
        fault.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    } else if (body.isString()) {
        fault.body = body.toString().toUtf8();
    }
    const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        fault.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    }
    if (fault.count < 1 || fault.delayMs < 0 || fault.status < 100 || fault.status > 599) {
        if (error) {
            *error = QStringLiteral("count ≥ 1, delay_ms ≥ 0 and status 100–599 are required");
        }
        return std::nullopt;
    }
    return fault;
}

void SandboxFaults::add(SandboxFault fault)
{
    m_faults.append(std::move(fault));
}

bool SandboxFaults::matches(const QString& pattern, const QString& path)
{
    if (pattern.isEmpty() || pattern == u"*") {
        return true;
    }
    // '*' matches one path segment; the rest is literal.
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QStringLiteral("\\*"), QStringLiteral("[^/]+"));
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex));
    return re.match(path).hasMatch();
}

std::optional<SandboxFault> SandboxFaults::take(const QByteArray& method, const QString& path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault& fault = m_faults[i];
        if ((!fault.method.isEmpty() && fault.method != method) || !matches(fault.path, path)) {
            continue;
        }
        SandboxFault used = fault;
        if (--fault.count <= 0) {
            m_faults.removeAt(i);
        }
        return used;
    }
    return std::nullopt;
}

} // namespace apipay::sandbox
