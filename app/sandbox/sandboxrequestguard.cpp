#include "sandboxrequestguard.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace apipay::sandbox {

namespace {

SandboxResponse refuse(int status, const QString& message)
{
    return SandboxResponse::json(status, QJsonObject { { QStringLiteral("message"), message } });
}

// Equal in constant time (the token is a secret).
bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i) {
        diff |= static_cast<unsigned char>(ha.at(i) ^ hb.at(i));
    }
    return diff == 0;
}

} // namespace

bool SandboxRequestGuard::isLoopbackAuthority(const QByteArray& authority, quint16 port)
{
    const QByteArray suffix = ':' + QByteArray::number(port);
    const QByteArray a = authority.trimmed().toLower();
    return a == "127.0.0.1" + suffix || a == "localhost" + suffix || a == "[::1]" + suffix;
}

std::optional<SandboxResponse> SandboxRequestGuard::check(
    const SandboxRequest& request, quint16 port, const QByteArray& controlToken)
{
    if (!isLoopbackAuthority(request.header("Host"), port)) {
        return refuse(421, QStringLiteral("Host must be 127.0.0.1, localhost or [::1] with the port %1.").arg(port));
    }
    const QByteArray origin = request.header("Origin");
    if (!origin.isEmpty() && !(origin.startsWith("http://") && isLoopbackAuthority(origin.mid(7), port))) {
        return refuse(403, QStringLiteral("Requests from web pages are not accepted."));
    }
    if (!request.path.startsWith(QStringLiteral("/sandbox/"))) {
        return std::nullopt;
    }
    const QByteArray token = request.header("X-Sandbox-Token");
    if (token.isEmpty()) {
        return refuse(401, QStringLiteral("The control routes need the X-Sandbox-Token header of this run."));
    }
    if (!sameSecret(token, controlToken)) {
        return refuse(403, QStringLiteral("Wrong X-Sandbox-Token."));
    }
    const QByteArray type = request.header("Content-Type").split(';').constFirst().trimmed().toLower();
    if (!request.body.isEmpty() && type != "application/json") {
        return refuse(415, QStringLiteral("Control routes take application/json bodies only."));
    }
    return std::nullopt;
}

} // namespace apipay::sandbox
