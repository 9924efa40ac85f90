#include "jsonreader.h"

#include "json/jsondatetime.h"
#include "money/phonenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <charconv>
#include <cmath>
#include <limits>

namespace apipay::json::detail {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

enum class FastMoney { Ok, Fail, Fallback };

// "15000", "15000.5", "15000.00", "15000.000": digits with an optional '.' fraction. Anything else (spaces, commas,
// signs) goes to Money::parse. Extra fraction digits must be zeros, as in Money::parse.
FastMoney fastMoney(std::string_view text, qint64& tiyn)
{
    const size_t n = text.size();
    size_t i = 0;
    qint64 whole = 0;
    while (i < n && isDigit(text[i])) {
        if (i >= 16) {
            return FastMoney::Fallback; // long numbers: let Money::parse decide on overflow
        }
        whole = whole * 10 + (text[i] - '0');
        ++i;
    }
    if (i == 0) {
        return FastMoney::Fallback;
    }
    qint64 fraction = 0;
    if (i < n) {
        if (text[i] != '.') {
            return FastMoney::Fallback;
        }
        ++i;
        size_t digits = 0;
        while (i < n && isDigit(text[i])) {
            if (digits < 2) {
                fraction = fraction * 10 + (text[i] - '0');
            } else if (text[i] != '0') {
                return FastMoney::Fail;
            }
            ++digits;
            ++i;
        }
        if (digits == 0 || i != n) {
            return FastMoney::Fallback;
        }
        if (digits == 1) {
            fraction *= 10;
        }
    }
    tiyn = whole * 100 + fraction;
    return FastMoney::Ok;
}

struct Word
{
    std::string_view text;
    QString string;
};

const std::vector<Word>& vocabulary()
{
    static const std::vector<Word> words = {
        {"pending", QStringLiteral("pending")},     {"processing", QStringLiteral("processing")},
        {"completed", QStringLiteral("completed")}, {"failed", QStringLiteral("failed")},
        {"active", QStringLiteral("active")},       {"paused", QStringLiteral("paused")},
        {"cancelled", QStringLiteral("cancelled")}, {"expired", QStringLiteral("expired")},
        {"paid", QStringLiteral("paid")},           {"skipped", QStringLiteral("skipped")},
        {"deleting", QStringLiteral("deleting")},   {"deleted", QStringLiteral("deleted")},
        {"daily", QStringLiteral("daily")},         {"weekly", QStringLiteral("weekly")},
        {"biweekly", QStringLiteral("biweekly")},   {"monthly", QStringLiteral("monthly")},
        {"quarterly", QStringLiteral("quarterly")}, {"yearly", QStringLiteral("yearly")},
        {"api", QStringLiteral("api")},             {"dashboard", QStringLiteral("dashboard")},
        {"system", QStringLiteral("system")},       {"error", QStringLiteral("error")},
        {"refunded", QStringLiteral("refunded")},   {"partially_refunded", QStringLiteral("partially_refunded")},
        {"cancelling", QStringLiteral("cancelling")},
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
    } else if (!key.empty()) {
        segment = fromUtf8(key);
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

bool toInt64(const JsonTape& tape, quint32 v, qint64& out)
{
    if (v == JsonTape::npos) {
        return false;
    }
    const JsonTape::Type type = tape.type(v);
    if (type != JsonTape::Type::Number && type != JsonTape::Type::String) {
        return false;
    }
    std::string_view text = tape.raw(v);
    if (type == JsonTape::Type::String) {
        while (!text.empty() && text.front() == ' ') {
            text.remove_prefix(1);
        }
        while (!text.empty() && text.back() == ' ') {
            text.remove_suffix(1);
        }
        if (text.empty() || text.size() > 20) {
            return false;
        }
    }
    const char* end = text.data() + text.size();
    qint64 value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec == std::errc() && ptr == end) {
        out = value;
        return true;
    }
    if (type != JsonTape::Type::Number) {
        return false;
    }
    // 42.0 or 4.2e1: accept integral values that fit.
    double d = 0;
    auto [dptr, dec] = std::from_chars(text.data(), end, d);
    if (dec != std::errc() || dptr != end || !std::isfinite(d) || d != std::floor(d) || std::fabs(d) >= 9.2e18) {
        return false;
    }
    out = static_cast<qint64>(d);
    return true;
}

bool toBool(const JsonTape& tape, quint32 v, bool& out)
{
    if (v == JsonTape::npos) {
        return false;
    }
    switch (tape.type(v)) {
    case JsonTape::Type::True:
        out = true;
        return true;
    case JsonTape::Type::False:
        out = false;
        return true;
    case JsonTape::Type::Number:
    case JsonTape::Type::String: {
        const std::string_view t = tape.raw(v);
        if (t == "1" || t == "true") {
            out = true;
            return true;
        }
        if (t == "0" || t == "false") {
            out = false;
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

std::optional<Money> toMoney(const JsonTape& tape, quint32 v)
{
    if (v == JsonTape::npos) {
        return std::nullopt;
    }
    const JsonTape::Type type = tape.type(v);
    if (type == JsonTape::Type::String) {
        const JsonTape::Node& n = tape.node(v);
        qint64 tiyn = 0;
        if (!n.escaped) {
            switch (fastMoney(tape.raw(v), tiyn)) {
            case FastMoney::Ok:
                return Money::fromTiyn(tiyn);
            case FastMoney::Fail:
                return std::nullopt;
            case FastMoney::Fallback:
                break;
            }
        }
        return Money::parseMachine(tape.string(v)).value;
    }
    if (type != JsonTape::Type::Number) {
        return std::nullopt;
    }
    const std::string_view text = tape.raw(v);
    qint64 tiyn = 0;
    switch (fastMoney(text, tiyn)) {
    case FastMoney::Ok:
        return Money::fromTiyn(tiyn);
    case FastMoney::Fail:
        return std::nullopt;
    case FastMoney::Fallback:
        break;
    }
    if (text.find_first_of("eE") == std::string_view::npos) {
        // Negative or very long plain numbers: the exact text parser gives Negative / Overflow.
        return Money::parseMachine(QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()))).value;
    }
    double d = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
    if (ec != std::errc() || ptr != text.data() + text.size()) {
        return std::nullopt;
    }
    return Money::fromJson(QJsonValue(d)).value;
}

bool toText(const JsonTape& tape, quint32 v, QString& out)
{
    if (v == JsonTape::npos) {
        return false;
    }
    if (tape.type(v) == JsonTape::Type::String) {
        out = tape.string(v);
        return true;
    }
    if (tape.type(v) == JsonTape::Type::Number) {
        const std::string_view t = tape.raw(v);
        out = QString::fromLatin1(t.data(), static_cast<qsizetype>(t.size()));
        return true;
    }
    return false;
}

QDateTime parseDateTime(std::string_view text)
{
    return parseIsoDateTime(text);
}

QDate parseDate(std::string_view text)
{
    return parseIsoDate(text);
}

QString normalizePhone(std::string_view text)
{
    if (text.size() == 11 && (text[0] == '7' || text[0] == '8')) {
        bool digits = true;
        for (const char c : text) {
            digits = digits && isDigit(c);
        }
        if (digits) {
            QString out(11, Qt::Uninitialized);
            QChar* data = out.data();
            data[0] = u'8';
            for (int i = 1; i < 11; ++i) {
                data[i] = QLatin1Char(text[static_cast<size_t>(i)]);
            }
            return out;
        }
    }
    const PhoneNumber::ParseResult parsed = PhoneNumber::parse(fromUtf8(text));
    return parsed.ok() ? parsed.value->normalized() : QString();
}

QString sharedWord(std::string_view text)
{
    for (const Word& w : vocabulary()) {
        if (w.text == text) {
            return w.string;
        }
    }
    return fromUtf8(text);
}

InvoiceStatus invoiceStatus(std::string_view text)
{
    struct Entry
    {
        std::string_view text;
        InvoiceStatus::Value value;
    };
    static constexpr Entry entries[] = {
        {"paid", InvoiceStatus::Paid},
        {"pending", InvoiceStatus::Pending},
        {"processing", InvoiceStatus::Processing},
        {"cancelled", InvoiceStatus::Cancelled},
        {"expired", InvoiceStatus::Expired},
        {"error", InvoiceStatus::Error},
        {"cancelling", InvoiceStatus::Cancelling},
        {"partially_refunded", InvoiceStatus::PartiallyRefunded},
        {"refunded", InvoiceStatus::Refunded},
    };
    for (const Entry& e : entries) {
        if (e.text == text) {
            return InvoiceStatus::fromValue(e.value);
        }
    }
    return InvoiceStatus(fromUtf8(text));
}

bool toJsonObject(const JsonTape& tape, quint32 v, QJsonObject& out)
{
    if (!tape.isObject(v)) {
        return false;
    }
    const std::string_view raw = tape.raw(v);
    out = QJsonDocument::fromJson(QByteArray(raw.data(), static_cast<qsizetype>(raw.size()))).object();
    return true;
}

bool parseBody(const QByteArray& body, JsonTape& tape, QString& error)
{
    if (!tape.parse(body)) {
        error = QStringLiteral("<body>");
        return false;
    }
    return true;
}

bool parseValue(const QJsonValue& value, JsonTape& tape)
{
    // Wrapped in an array so that scalars serialise too; the value is node 1.
    return tape.parse(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)) && tape.size() > 1;
}

} // namespace apipay::json::detail
