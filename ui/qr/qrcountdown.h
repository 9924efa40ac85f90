#pragma once

#include <QDateTime>
#include <QString>

namespace apipay {

// Countdown text for a QR code with an expiry time, shared by the QR page and the customer display.
class QrCountdown
{
public:
    // "9:41" / "1:02:03"; negative and zero → "0:00".
    static QString clockText(qint64 secondsLeft);
    // Translated "Expires in 9:41", "Expired", or empty without an expiry time.
    static QString text(const QDateTime& expireUtc, const QDateTime& nowUtc);
    static bool isExpired(const QDateTime& expireUtc, const QDateTime& nowUtc)
    {
        return expireUtc.isValid() && nowUtc >= expireUtc;
    }
};

} // namespace apipay
