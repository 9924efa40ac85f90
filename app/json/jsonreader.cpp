#include "jsonreader.h"

#include "money/phonenumber.h"

#include <QJsonParseError>
#include <QLocale>

#include <array>
#include <limits>

namespace apipay::json::detail {

namespace {

// The exact integer a JSON number holds: Qt keeps integers written without fraction or exponent as 64-bit integers,
// and toInteger() returns a double only when it is integral and fits (it answers `defaultValue` otherwise). Two
// defaults tell "the value is 0" from "not an integer".
bool exactInteger(QJsonValueConstRef v, qint64& out)
{
    const qint64 a = v.toInteger(0);
    if (a != 0) {
        out = a;
        return true;
    }
    if (v.toInteger(1) == 0) {
        out = 0;
        return true;
    }
    return false;
}

// "42", " 42 ", "-7": optional spaces, an optional '-', 1–19 digits; false on anything else or on overflow.
bool digitsToInt64(QStringView text, qint64& out)
{
    while (!text.isEmpty() && text.front() == u' ') {
        text = text.mid(1);
    }
    while (!text.isEmpty() && text.back() == u' ') {
        text.chop(1);
    }
    const bool negative = !text.isEmpty() && text.front() == u'-';
    if (negative) {
        text = text.mid(1);
    }
    if (text.isEmpty() || text.size() > 19) {
        return false;
    }
    quint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return false;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    const quint64 limit
        = negative ? quint64(std::numeric_limits<qint64>::max()) + 1 : quint64(std::numeric_limits<qint64>::max());
    if (value > limit) {
        return false;
    }
    out = negative ? qint64(0 - value) : qint64(value);
    return true;
}

// A number as text: integers exactly ("42"), others as the shortest text that reads back as the same double.
QString numberText(QJsonValueConstRef v)
{
    qint64 whole = 0;
    if (exactInteger(v, whole)) {
        return QString::number(whole);
    }
    return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
}

const std::array<QString, 25>& vocabulary()
{
    static const std::array<QString, 25> words = {
        QStringLiteral("pending"),
        QStringLiteral("processing"),
        QStringLiteral("completed"),
        QStringLiteral("failed"),
        QStringLiteral("active"),
        QStringLiteral("paused"),
        QStringLiteral("cancelled"),
        QStringLiteral("expired"),
        QStringLiteral("paid"),
        QStringLiteral("skipped"),
        QStringLiteral("deleting"),
        QStringLiteral("deleted"),
        QStringLiteral("daily"),
        QStringLiteral("weekly"),
        QStringLiteral("biweekly"),
        QStringLiteral("monthly"),
        QStringLiteral("quarterly"),
        QStringLiteral("yearly"),
        QStringLiteral("api"),
        QStringLiteral("dashboard"),
        QStringLiteral("system"),
        QStringLiteral("error"),
        QStringLiteral("refunded"),
        QStringLiteral("partially_refunded"),
        QStringLiteral("cancelling"),
    };
    return words;
}

} // namespace

Q_LOGGING_CATEGORY(lcJson, "apipay.json")

void logUnreadable(const char* document, const QStringList& keys, qsizetype affectedObjects)
{
    if (keys.isEmpty()) {
        return;
    }
    qCWarning(lcJson, "Unreadable values in %s (%lld object(s)), shown as empty: %s", document,
        static_cast<long long>(affectedObjects), qUtf8Printable(keys.join(QStringLiteral(", "))));
}

QString JsonPath::toString() const
{
    QString head;
    if (parent) {
        head = parent->toString();
    } else if (base) {
        head = *base;
    }
    QString segment;
    if (index >= 0) {
        segment = QString::number(index);
    } else if (!key.isEmpty()) {
        segment = key.toString();
    } else {
        return head;
    }
    if (head.isEmpty()) {
        return segment;
    }
    return head + u'.' + segment;
}

QString JsonPath::toErrorField() const
{
    QString s = toString();
    if (s.isEmpty()) {
        s = QStringLiteral("<root>");
    }
    return s;
}

bool parseBody(const QByteArray& body, QJsonDocument& document, QString& error)
{
    QJsonParseError parseError {};
    document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        return true;
    }
    // QJsonDocument holds only objects and arrays. A scalar top-level value is valid JSON of the wrong type: read it
    // as the only element of an array to tell it from broken bytes (rare: only bodies Qt refused get here).
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.isEmpty() && !trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        QJsonParseError wrappedError {};
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
            document = QJsonDocument();
            return true;
        }
    }
    // Qt's reason and where it stopped, never the bytes themselves (an answer may quote the API key).
    qCDebug(lcJson, "Answer is not JSON (%s at byte %d of %lld)", qUtf8Printable(parseError.errorString()),
        parseError.offset, static_cast<long long>(body.size()));
    document = QJsonDocument();
    error = QStringLiteral("<body>");
    return false;
}

std::optional<QJsonValueConstRef> member(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonObject::const_iterator it = object.constFind(key);
    if (it == object.constEnd()) {
        return std::nullopt;
    }
    return it.value();
}

std::optional<QJsonValueConstRef> present(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonObject::const_iterator it = object.constFind(key);
    if (it == object.constEnd() || it->isNull()) {
        return std::nullopt;
    }
    return it.value();
}

bool toInt64(QJsonValueConstRef v, QJsonValue::Type type, qint64& out)
{
    switch (type) {
    case QJsonValue::Double:
        return exactInteger(v, out);
    case QJsonValue::String:
        return digitsToInt64(v.toString(), out);
    default:
        return false;
    }
}

bool toBool(QJsonValueConstRef v, QJsonValue::Type type, bool& out)
{
    switch (type) {
    case QJsonValue::Bool:
        out = v.toBool();
        return true;
    case QJsonValue::Double: {
        qint64 n = -1;
        if (exactInteger(v, n) && (n == 0 || n == 1)) {
            out = n == 1;
            return true;
        }
        return false;
    }
    case QJsonValue::String: {
        const QString t = v.toString();
        if (t == u"1" || t == u"true") {
            out = true;
            return true;
        }
        if (t == u"0" || t == u"false") {
            out = false;
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

std::optional<Money> toMoney(QJsonValueConstRef v, QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return Money::parseMachine(v.toString()).value;
    case QJsonValue::Double: {
        qint64 whole = 0;
        if (exactInteger(v, whole)) {
            if (whole < 0) {
                return std::nullopt;
            }
            return Money::checkedMul(Money::fromTiyn(whole), 100); // overflow → nullopt
        }
        // A fraction (or an integer too large for 64 bits): Money::fromJson reads the double through its shortest
        // round-trip text ("12.34", "0.1", "199999999.99") with the exact text parser.
        return Money::fromJson(QJsonValue(v.toDouble())).value;
    }
    default:
        return std::nullopt;
    }
}

bool toText(QJsonValueConstRef v, QJsonValue::Type type, QString& out)
{
    switch (type) {
    case QJsonValue::String:
        out = v.toString();
        return true;
    case QJsonValue::Double:
        out = numberText(v);
        return true;
    default:
        return false;
    }
}

QString normalizePhone(QString text)
{
    if (text.size() == 11 && (text.front() == u'7' || text.front() == u'8')) {
        bool digits = true;
        for (const QChar c : std::as_const(text)) {
            digits = digits && c >= u'0' && c <= u'9';
        }
        if (digits) {
            if (text.front() == u'7') {
                text[0] = u'8';
            }
            return text;
        }
    }
    const PhoneNumber::ParseResult parsed = PhoneNumber::parse(text);
    return parsed.ok() ? parsed.value->normalized() : QString();
}

QString sharedWord(const QString& text)
{
    for (const QString& word : vocabulary()) {
        if (word == text) {
            return word;
        }
    }
    return text;
}

} // namespace apipay::json::detail
