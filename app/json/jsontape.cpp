#include "jsontape.h"

#include "json/jsonutf8.h"

#include <cstring>
#include <limits>

namespace apipay::json {

namespace {

constexpr int kMaxDepth = 512;

} // namespace

bool JsonTape::parse(const QByteArray& bytes)
{
    m_nodes.clear();
    m_decodedKeys.clear();
    m_bytes = bytes;
    if (bytes.size() >= static_cast<qsizetype>(std::numeric_limits<quint32>::max() - 1)) {
        return false;
    }
    m_begin = m_bytes.constData();
    m_pos = m_begin;
    m_end = m_begin + m_bytes.size();
    // Typical API JSON has one node per 10–14 bytes; reserving avoids most regrowth of large lists.
    m_nodes.reserve(static_cast<size_t>(bytes.size() / 12 + 8));
    skipWhitespace();
    if (!parseValue(0)) {
        m_nodes.clear();
        return false;
    }
    skipWhitespace();
    if (m_pos != m_end) {
        m_nodes.clear();
        return false;
    }
    return true;
}

bool JsonTape::parseValue(int depth)
{
    if (m_pos >= m_end) {
        return false;
    }
    switch (*m_pos) {
    case '"':
        return parseString(false);
    case 't':
        return parseLiteral("true", 4, Type::True);
    case 'f':
        return parseLiteral("false", 5, Type::False);
    case 'n':
        return parseLiteral("null", 4, Type::Null);
    case '{':
    case '[': {
        if (depth >= kMaxDepth) {
            return false;
        }
        const bool isObject = *m_pos == '{';
        const char close = isObject ? '}' : ']';
        const size_t self = m_nodes.size();
        m_nodes.push_back({offset(), 0, 0, isObject ? Type::Object : Type::Array, false});
        ++m_pos;
        skipWhitespace();
        if (m_pos < m_end && *m_pos == close) {
            ++m_pos;
        } else {
            for (;;) {
                skipWhitespace();
                if (isObject) {
                    if (m_pos >= m_end || *m_pos != '"' || !parseString(true)) {
                        return false;
                    }
                    skipWhitespace();
                    if (m_pos >= m_end || *m_pos != ':') {
                        return false;
                    }
                    ++m_pos;
                    skipWhitespace();
                }
                if (!parseValue(depth + 1)) {
                    return false;
                }
                skipWhitespace();
                if (m_pos >= m_end) {
                    return false;
                }
                if (*m_pos == ',') {
                    ++m_pos;
                    continue;
                }
                if (*m_pos == close) {
                    ++m_pos;
                    break;
                }
                return false;
            }
        }
        Node& n = m_nodes[self];
        n.end = offset();
        n.next = static_cast<quint32>(m_nodes.size());
        return true;
    }
    default:
        if (*m_pos == '-' || *m_pos == '.' || (*m_pos >= '0' && *m_pos <= '9')) {
            return parseNumber();
        }
        return false;
    }
}

bool JsonTape::parseLiteral(const char* word, quint32 length, Type type)
{
    if (static_cast<size_t>(m_end - m_pos) < length || std::memcmp(m_pos, word, length) != 0) {
        return false;
    }
    const quint32 begin = offset();
    m_pos += length;
    m_nodes.push_back({begin, offset(), static_cast<quint32>(m_nodes.size() + 1), type, false});
    return true;
}

bool JsonTape::parseNumber()
{
    // RFC 8259 numbers, plus what QJsonDocument also takes: "1." and ".5" (digits on one side of the point suffice).
    const quint32 begin = offset();
    if (*m_pos == '-') {
        ++m_pos;
    }
    size_t digits = 0;
    if (m_pos < m_end && *m_pos == '0') {
        ++m_pos;
        ++digits;
        if (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9') {
            return false; // leading zero
        }
    } else {
        while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9') {
            ++m_pos;
            ++digits;
        }
    }
    if (m_pos < m_end && *m_pos == '.') {
        ++m_pos;
        while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9') {
            ++m_pos;
            ++digits;
        }
    }
    if (digits == 0) {
        return false;
    }
    if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
        ++m_pos;
        if (m_pos < m_end && (*m_pos == '+' || *m_pos == '-')) {
            ++m_pos;
        }
        const char* exponent = m_pos;
        while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9') {
            ++m_pos;
        }
        if (m_pos == exponent) {
            return false;
        }
    }
    m_nodes.push_back({begin, offset(), static_cast<quint32>(m_nodes.size() + 1), Type::Number, false});
    return true;
}

bool JsonTape::parseString(bool isKey)
{
    ++m_pos; // opening quote
    const char* contentBegin = m_pos;
    bool escaped = false;
    for (;;) {
        if (m_pos >= m_end) {
            return false;
        }
        const unsigned char c = static_cast<unsigned char>(*m_pos);
        if (c == '"') {
            break;
        }
        // Raw control characters are accepted, as QJsonDocument does (tolerant reader).
        if (c >= 0x80) {
            // Multi-byte UTF-8: validated like QJsonDocument does (overlongs, surrogates, > U+10FFFF rejected).
            const size_t length = detail::utf8SequenceLength(reinterpret_cast<const unsigned char*>(m_pos),
                                                     static_cast<size_t>(m_end - m_pos));
            if (length == 0) {
                return false;
            }
            m_pos += length;
            continue;
        }
        if (c == '\\') {
            escaped = true;
            ++m_pos;
            if (m_pos >= m_end) {
                return false;
            }
            switch (*m_pos) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                ++m_pos;
                break;
            case 'u': {
                unsigned cp = 0;
                if (!detail::readHex4(m_pos + 1, m_end, cp)) {
                    return false;
                }
                m_pos += 5;
                break;
            }
            default:
                // Like QJsonDocument, an unknown escape stands for the escaped byte itself ("\x" = "x").
                ++m_pos;
                break;
            }
            continue;
        }
        ++m_pos;
    }
    const char* contentEnd = m_pos;
    ++m_pos; // closing quote
    Node n{static_cast<quint32>(contentBegin - m_begin), static_cast<quint32>(contentEnd - m_begin),
           static_cast<quint32>(m_nodes.size() + 1), Type::String, escaped};
    if (isKey && escaped) {
        std::string decoded;
        if (!detail::unescapeUtf8(contentBegin, contentEnd, decoded)) {
            return false;
        }
        n.begin = static_cast<quint32>(m_decodedKeys.size());
        m_decodedKeys.push_back(std::move(decoded));
    }
    m_nodes.push_back(n);
    return true;
}

QString JsonTape::string(quint32 index) const
{
    const Node& n = m_nodes[index];
    const char* begin = m_bytes.constData() + n.begin;
    if (n.type != Type::String) {
        return {};
    }
    if (!n.escaped) {
        return QString::fromUtf8(begin, static_cast<qsizetype>(n.end - n.begin));
    }
    std::string decoded;
    if (!detail::unescapeUtf8(begin, m_bytes.constData() + n.end, decoded)) {
        return {};
    }
    return QString::fromUtf8(decoded.data(), static_cast<qsizetype>(decoded.size()));
}

quint32 JsonTape::find(quint32 object, std::string_view wanted) const
{
    quint32 found = npos; // the last occurrence wins, as in the member-by-member decoders
    for (const Member m : members(object)) {
        if (key(m.key) == wanted) {
            found = m.value;
        }
    }
    return found;
}

quint32 JsonTape::count(quint32 array) const
{
    quint32 n = 0;
    for (const quint32 v : elements(array)) {
        Q_UNUSED(v);
        ++n;
    }
    return n;
}

} // namespace apipay::json
