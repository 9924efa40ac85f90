#pragma once

#include "domain/staticqr.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace apipay {

// The body of POST /static-qr and the checks made before it is sent (the server checks again).
class StaticQrRequest
{
public:
    static constexpr int kMaxDescription = 100;
    static constexpr int kMaxExternalOrderId = 255;
    static constexpr int kDefaultPerPage = 25; // GET /static-qr: per_page 1–100

    static QJsonObject body(const StaticQrDraft& draft);
    // Field → translated messages; empty when the draft may be sent. now = the time the expiry must be after.
    static QMap<QString, QStringList> validate(const StaticQrDraft& draft, const QDateTime& now);
};

} // namespace apipay
