#include "qrcountdown.h"

#include <QCoreApplication>

namespace apipay {

QString QrCountdown::clockText(qint64 secondsLeft)
{
    const qint64 s = qMax<qint64>(0, secondsLeft);
    const qint64 hours = s / 3600;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg((s / 60) % 60, hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
                                       .arg(s % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + u':' + minutesSeconds : minutesSeconds;
}

QString QrCountdown::text(const QDateTime& expireUtc, const QDateTime& nowUtc)
{
    if (!expireUtc.isValid()) {
        return {};
    }
    if (isExpired(expireUtc, nowUtc)) {
        return QCoreApplication::translate("apipay::QrCountdown", "Expired");
    }
    // Round up so that "0:00" is never shown while the code is still valid.
    const qint64 msLeft = nowUtc.msecsTo(expireUtc);
    return QCoreApplication::translate("apipay::QrCountdown", "Expires in %1").arg(clockText((msLeft + 999) / 1000));
}

} // namespace apipay
