#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace apipay::json {

// A parsed JSON text kept as one flat array of nodes (a "tape"). Strings and numbers stay in the source bytes and are
// converted only when a decoder asks for them, so decoding a large list allocates little more than the result.
// The parser is strict RFC 8259 (no comments, no trailing commas, nesting ≤ 512) and never asserts on any input.
class JsonTape
{
public:
    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };

    static constexpr quint32 npos = 0xFFFFFFFFu;

    struct Node
    {
        quint32 begin = 0; // String: first byte after the quote; Number: first byte; Array/Object: the bracket
        quint32 end = 0;   // String: the closing quote; Number: one past the text; Array/Object: one past the bracket
        quint32 next = 0;  // index of the node after this value's whole subtree
        Type type = Type::Null;
        bool escaped = false; // String with backslash escapes (keys: begin indexes the decoded key store)
    };

    // Parses bytes; false when they are not one complete JSON value. The tape keeps a copy of the (shared) bytes.
    bool parse(const QByteArray& bytes);

    const Node& node(quint32 index) const { return m_nodes[index]; }
    quint32 size() const { return static_cast<quint32>(m_nodes.size()); }
    Type type(quint32 index) const { return m_nodes[index].type; }
    bool isObject(quint32 index) const { return index != npos && m_nodes[index].type == Type::Object; }
    bool isArray(quint32 index) const { return index != npos && m_nodes[index].type == Type::Array; }
    bool isNull(quint32 index) const { return index == npos || m_nodes[index].type == Type::Null; }

    // Raw bytes of a node: string content without quotes (escapes not resolved), number text, whole object/array.
    std::string_view raw(quint32 index) const
    {
        const Node& n = m_nodes[index];
        return std::string_view(m_bytes.constData() + n.begin, n.end - n.begin);
    }
    // A key node's text with escapes resolved.
    std::string_view key(quint32 keyIndex) const
    {
        const Node& n = m_nodes[keyIndex];
        if (n.escaped) {
            return m_decodedKeys[n.begin];
        }
        return std::string_view(m_bytes.constData() + n.begin, n.end - n.begin);
    }
    // A string node as QString (escapes resolved).
    QString string(quint32 index) const;
    // The value of `key` in object `object` (the last occurrence, like QJsonDocument), or npos.
    quint32 find(quint32 object, std::string_view key) const;

    // for (const auto& m : tape.members(obj)) { tape.key(m.key); m.value; }
    struct Member
    {
        quint32 key;
        quint32 value;
    };
    class MemberIterator
    {
    public:
        MemberIterator(const JsonTape* tape, quint32 key)
            : m_tape(tape)
            , m_key(key)
        {
        }
        Member operator*() const { return {m_key, m_key + 1}; }
        MemberIterator& operator++()
        {
            m_key = m_tape->m_nodes[m_key + 1].next;
            return *this;
        }
        bool operator!=(const MemberIterator& o) const { return m_key != o.m_key; }

    private:
        const JsonTape* m_tape;
        quint32 m_key;
    };
    struct MemberRange
    {
        MemberIterator b;
        MemberIterator e;
        MemberIterator begin() const { return b; }
        MemberIterator end() const { return e; }
    };
    MemberRange members(quint32 object) const
    {
        if (!isObject(object)) {
            return {{this, 0}, {this, 0}};
        }
        return {{this, object + 1}, {this, m_nodes[object].next}};
    }

    // for (quint32 v : tape.elements(arr))
    class ElementIterator
    {
    public:
        ElementIterator(const JsonTape* tape, quint32 index)
            : m_tape(tape)
            , m_index(index)
        {
        }
        quint32 operator*() const { return m_index; }
        ElementIterator& operator++()
        {
            m_index = m_tape->m_nodes[m_index].next;
            return *this;
        }
        bool operator!=(const ElementIterator& o) const { return m_index != o.m_index; }

    private:
        const JsonTape* m_tape;
        quint32 m_index;
    };
    struct ElementRange
    {
        ElementIterator b;
        ElementIterator e;
        ElementIterator begin() const { return b; }
        ElementIterator end() const { return e; }
    };
    ElementRange elements(quint32 array) const
    {
        if (!isArray(array)) {
            return {{this, 0}, {this, 0}};
        }
        return {{this, array + 1}, {this, m_nodes[array].next}};
    }
    // Number of elements of an array (0 for other types).
    quint32 count(quint32 array) const;

private:
    bool parseValue(int depth);
    bool parseString(bool isKey);
    bool parseNumber();
    bool parseLiteral(const char* word, quint32 length, Type type);
    void skipWhitespace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t')) {
            ++m_pos;
        }
    }
    quint32 offset() const { return static_cast<quint32>(m_pos - m_begin); }

    QByteArray m_bytes;
    std::vector<Node> m_nodes;
    std::vector<std::string> m_decodedKeys;
    const char* m_begin = nullptr;
    const char* m_pos = nullptr;
    const char* m_end = nullptr;
};

} // namespace apipay::json
