#include "export/csvformat.h"

using namespace Qt::StringLiterals;

namespace apipay::csv {

QString cell(const QString& text)
{
    QString result = text;
    if (!result.isEmpty()
        && (result.front() == u'=' || result.front() == u'+' || result.front() == u'-' || result.front() == u'@'
            || result.front() == u'\t' || result.front() == u'\r')) {
        result.prepend(u'\'');
    }
    if (result.contains(u',') || result.contains(u'"') || result.contains(u'\n') || result.contains(u'\r')
        || result.contains(u';')) {
        result.replace(u"\""_s, u"\"\""_s);
        result = u'"' + result + u'"';
    }
    return result;
}

QString plainMoney(const std::optional<Money>& money)
{
    return money ? money->toPlainString() : QString();
}

QString dateCell(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QByteArray line(const QStringList& cells)
{
    return cells.join(u',').toUtf8() + "\r\n";
}

} // namespace apipay::csv
