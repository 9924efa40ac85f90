#include "modelformat.h"

#include "money/phonenumber.h"

namespace apipay::modelformat {

QTimeZone almaty()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Almaty"));
        return z.isValid() ? z : QTimeZone(5 * 3600);
    }();
    return zone;
}

QString phone(const QString& normalized)
{
    const auto parsed = PhoneNumber::parse(normalized);
    return parsed.ok() ? parsed.value->display() : normalized;
}

QString dateTime(const QLocale& locale, const QDateTime& utc, const QTimeZone& zone)
{
    return utc.isValid() ? locale.toString(utc.toTimeZone(zone), QLocale::ShortFormat) : QString();
}

QString money(const QLocale& locale, const std::optional<Money>& amount)
{
    return amount ? amount->format(locale) : QStringLiteral("—");
}

} // namespace apipay::modelformat
