#include "sandboxfaults.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

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

namespace {

struct KindName
{
    SandboxFault::Kind kind;
    const char16_t* name;
};

constexpr KindName kKindNames[] = {
    { SandboxFault::Kind::Delay, u"delay" },
    { SandboxFault::Kind::Drop, u"drop" },
    { SandboxFault::Kind::DropBeforeHandling, u"drop_before_handling" },
    { SandboxFault::Kind::Status, u"status" },
    { SandboxFault::Kind::MalformedJson, u"malformed_json" },
    { SandboxFault::Kind::ResetMidBody, u"reset_mid_body" },
    { SandboxFault::Kind::HugeBody, u"huge_body" },
    { SandboxFault::Kind::EndlessBody, u"endless_body" },
    { SandboxFault::Kind::Trickle, u"trickle" },
    { SandboxFault::Kind::Stall, u"stall" },
    { SandboxFault::Kind::WrongTypes, u"wrong_types" },
};

} // namespace

std::optional<SandboxFault::Kind> SandboxFault::parseKind(const QString& text)
{
    const QString t = text.toLower();
    for (const KindName& k : kKindNames) {
        if (t == QStringView(k.name)) {
            return k.kind;
        }
    }
    return std::nullopt;
}

QString SandboxFault::kindName(Kind kind)
{
    for (const KindName& k : kKindNames) {
        if (k.kind == kind) {
            return QStringView(k.name).toString();
        }
    }
    return {};
}

std::optional<SandboxFault> SandboxFault::fromJson(const QJsonObject& o, QString* error)
{
    SandboxFault fault;
    const auto kind = parseKind(o.value(QStringLiteral("kind")).toString());
    if (!kind) {
        if (error) {
            QStringList names;
            for (const KindName& k : kKindNames) {
                names.append(QStringView(k.name).toString());
            }
            *error = QStringLiteral("kind must be one of: %1").arg(names.join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    fault.kind = *kind;
    fault.method = o.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    fault.path = o.value(QStringLiteral("path")).toString(QStringLiteral("*"));
    fault.count = o.value(QStringLiteral("count")).toInt(1);
    fault.delayMs = o.value(QStringLiteral("delay_ms")).toInt(0);
    fault.status = o.value(QStringLiteral("status")).toInt(500);
    fault.sizeMb = o.value(QStringLiteral("size_mb")).toInt(50);
    const QJsonValue body = o.value(QStringLiteral("body"));
    if (body.isObject()) {
        fault.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    } else if (body.isString()) {
        fault.body = body.toString().toUtf8();
    }
    const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        fault.headers.append({ it.key().toLatin1(), it.value().toString().toLatin1() });
    }
    if (fault.count < 1 || fault.delayMs < 0 || fault.status < 100 || fault.status > 599 || fault.sizeMb < 1
        || fault.sizeMb > 1024) {
        if (error) {
            *error = QStringLiteral("count ≥ 1, delay_ms ≥ 0, status 100–599 and size_mb 1–1024 are required");
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
