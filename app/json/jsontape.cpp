#include "jsontape.h"

#include <cstring>
#include <limits>

namespace apipay::json {

namespace {

constexpr int kMaxDepth = 512;

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

bool readHex4(const char* p, const char* end, unsigned& out)
{
    if (end - p < 4) {
        return false;
    }
    out = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0) {
            return false;
        }
        out = out * 16 + static_cast<unsigned>(h);
    }
    return true;
}

void appendUtf8(std::string& out, unsigned cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Length of the valid UTF-8 sequence starting at p (first byte ≥ 0x80), or 0 when invalid.
size_t utf8SequenceLength(const unsigned char* p, size_t available)
{
    const unsigned char c = p[0];
    size_t length = 0;
    unsigned cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (available < length) {
        return 0;
    }
    for (size_t i = 1; i < length; ++i) {
        if ((p[i] & 0xC0u) != 0x80u) {
            return 0;
        }
        cp = (cp << 6) | (p[i] & 0x3Fu);
    }
    if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
        return 0;
    }
    return length;
}

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
            const size_t length = utf8SequenceLength(reinterpret_cast<const unsigned char*>(m_pos),
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
                if (!readHex4(m_pos + 1, m_end, cp)) {
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
        if (!unescapeUtf8(contentBegin, contentEnd, decoded)) {
            return false;
        }
        n.begin = static_cast<quint32>(m_decodedKeys.size());
        m_decodedKeys.push_back(std::move(decoded));
    }
    m_nodes.push_back(n);
    return true;
}

bool JsonTape::unescapeUtf8(const char* begin, const char* end, std::string& out)
{
    out.clear();
    out.reserve(static_cast<size_t>(end - begin));
    const char* p = begin;
    while (p < end) {
        if (*p != '\\') {
            out += *p++;
            continue;
        }
        ++p;
        if (p >= end) {
            return false;
        }
        const char e = *p++;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out += e;
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            unsigned cp = 0;
            if (!readHex4(p, end, cp)) {
                return false;
            }
            p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                unsigned low = 0;
                if (end - p >= 6 && p[0] == '\\' && p[1] == 'u' && readHex4(p + 2, end, low) && low >= 0xDC00
                    && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                } else {
                    cp = 0xFFFD; // lone high surrogate
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD; // lone low surrogate
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            // lenient like QJsonDocument: "\x" = "x"; a byte ≥ 0x80 stands for U+0080–U+00FF
            appendUtf8(out, static_cast<unsigned char>(e));
            break;
        }
    }
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
    if (!unescapeUtf8(begin, m_bytes.constData() + n.end, decoded)) {
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
