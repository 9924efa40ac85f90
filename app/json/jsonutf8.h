#pragma once

#include <cstddef>
#include <string>

// UTF-8 and escape helpers of the JSON tape parser (internal).
namespace apipay::json::detail {

// Four hex digits at p (p + 4 ≤ end) → code unit; false if any is not hex.
bool readHex4(const char* p, const char* end, unsigned& out);
// Length of the valid UTF-8 sequence starting at p (first byte ≥ 0x80), or 0 when invalid (overlong, surrogate,
// beyond U+10FFFF, truncated).
size_t utf8SequenceLength(const unsigned char* p, size_t available);
// Resolves the escapes of a JSON string's content [begin, end) into UTF-8. Lone surrogates become U+FFFD; an unknown
// escape stands for the escaped byte (as in QJsonDocument). False on a malformed \u escape.
bool unescapeUtf8(const char* begin, const char* end, std::string& out);

} // namespace apipay::json::detail
