#include "jsondatetime.h"

#include "format/displayformat.h"

namespace apipay::json::detail {

namespace {

bool digits(QStringView text, qsizetype pos, qsizetype count, int& out)
{
    if (pos + count > text.size()) {
        return false;
    }
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return false;
        }
        value = value * 10 + (c - u'0');
    }
    out = value;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<qint64>(era) * 146097 + doe - 719468;
}

bool leapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && leapYear(y) ? 29 : days[m - 1];
}

// YYYY-MM-DD at the start of text.
bool readDate(QStringView text, int& y, int& m, int& d)
{
    if (!digits(text, 0, 4, y) || text.size() < 10 || text[4] != u'-' || !digits(text, 5, 2, m) || text[7] != u'-'
        || !digits(text, 8, 2, d)) {
        return false;
    }
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

} // namespace

QDate parseIsoDate(QStringView text)
{
    int y = 0;
    int m = 0;
    int d = 0;
    if (!readDate(text, y, m, d)) {
        return {};
    }
    if (text.size() > 10 && text[10] != u'T' && text[10] != u't' && text[10] != u' ') {
        return {};
    }
    return QDate(y, m, d);
}

QDate parseAlmatyDate(QStringView text)
{
    if (text.size() == 10) {
        return parseIsoDate(text);
    }
    const QDateTime utc = parseIsoDateTime(text);
    if (!utc.isValid()) {
        return {};
    }
    return DisplayFormat::almatyDate(utc);
}

QDateTime almatyMidnightUtc(QDate date)
{
    return DisplayFormat::almatyMidnightUtc(date);
}

QDateTime parseIsoDateTime(QStringView text)
{
    int y = 0;
    int mo = 0;
    int d = 0;
    if (!readDate(text, y, mo, d)) {
        return {};
    }
    if (text.size() == 10) {
        return almatyMidnightUtc(QDate(y, mo, d));
    }
    const QChar sep = text[10];
    if (sep != u'T' && sep != u't' && sep != u' ') {
        return {};
    }
    int h = 0;
    int mi = 0;
    int s = 0;
    if (!digits(text, 11, 2, h) || text.size() < 16 || text[13] != u':' || !digits(text, 14, 2, mi)) {
        return {};
    }
    qsizetype pos = 16;
    if (pos < text.size() && text[pos] == u':') {
        if (!digits(text, pos + 1, 2, s)) {
            return {};
        }
        pos += 3;
    }
    int msec = 0;
    if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
        ++pos;
        qsizetype count = 0;
        int scale = 100;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            if (count < 3) {
                msec += (text[pos].unicode() - u'0') * scale;
                scale /= 10;
            }
            ++count;
            ++pos;
        }
        if (count == 0 || count > 9) {
            return {};
        }
    }
    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar z = text[pos];
        if (z == u'Z' || z == u'z') {
            ++pos;
        } else if (z == u'+' || z == u'-') {
            int oh = 0;
            int om = 0;
            if (!digits(text, pos + 1, 2, oh)) {
                return {};
            }
            pos += 3;
            if (pos < text.size() && text[pos] == u':') {
                if (!digits(text, pos + 1, 2, om)) {
                    return {};
                }
                pos += 3;
            } else if (pos < text.size()) {
                if (!digits(text, pos, 2, om)) {
                    return {};
                }
                pos += 2;
            }
            if (oh > 18 || om > 59) {
                return {};
            }
            offsetSeconds = (oh * 3600 + om * 60) * (z == u'-' ? -1 : 1);
        } else {
            return {};
        }
    }
    if (pos != text.size() || h > 23 || mi > 59 || s > 59) {
        return {};
    }
    const qint64 seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + msec, Qt::UTC);
}

} // namespace apipay::json::detail
