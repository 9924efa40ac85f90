#include "pagedecoder.h"

#include <limits>

namespace apipay::json::detail {

namespace {

std::optional<qint64> readCount(const JsonTape& tape, quint32 v)
{
    qint64 value = 0;
    if (v == JsonTape::npos || !toInt64(tape, v, value) || value < 0) {
        return std::nullopt; // absent, null or unreadable meta values count as missing
    }
    return value;
}

int clampToInt(qint64 value)
{
    return static_cast<int>(qMin<qint64>(value, std::numeric_limits<int>::max()));
}

void readMeta(const JsonTape& tape, quint32 object, std::optional<qint64>& current, std::optional<qint64>& last,
              std::optional<qint64>& perPage, std::optional<qint64>& total)
{
    for (const JsonTape::Member m : tape.members(object)) {
        const std::string_view k = tape.key(m.key);
        if (k == "current_page") {
            if (const auto v = readCount(tape, m.value)) {
                current = v;
            }
        } else if (k == "last_page") {
            if (const auto v = readCount(tape, m.value)) {
                last = v;
            }
        } else if (k == "per_page") {
            if (const auto v = readCount(tape, m.value)) {
                perPage = v;
            }
        } else if (k == "total") {
            if (const auto v = readCount(tape, m.value)) {
                total = v;
            }
        }
    }
}

} // namespace

bool readEnvelope(const JsonTape& tape, quint32 root, int requestedPerPage, PageMeta& meta, quint32& data,
                  QString& error)
{
    data = JsonTape::npos;
    std::optional<qint64> current;
    std::optional<qint64> last;
    std::optional<qint64> perPage;
    std::optional<qint64> total;
    if (tape.isArray(root)) {
        data = root; // a bare list: no pagination data at all
    } else if (tape.isObject(root)) {
        readMeta(tape, root, current, last, perPage, total); // flat v2.1 form
        const quint32 metaObject = tape.find(root, "meta");
        if (tape.isObject(metaObject)) {
            readMeta(tape, metaObject, current, last, perPage, total);
        }
        const quint32 d = tape.find(root, "data");
        if (!tape.isNull(d)) {
            if (!tape.isArray(d)) {
                error = QStringLiteral("data");
                return false;
            }
            data = d;
        }
    } else {
        error = QStringLiteral("<root>");
        return false;
    }
    meta.currentPage = current && *current > 0 ? clampToInt(*current) : 1;
    meta.perPage = perPage && *perPage > 0 ? clampToInt(*perPage) : qMax(0, requestedPerPage);
    meta.total = total;
    if (last) {
        meta.lastPage = clampToInt(*last);
    } else if (total && meta.perPage > 0) {
        // T1: no last_page → ceil(total / per_page); the server's per_page when it reports one, else the requested.
        // Written without total + perPage - 1, which overflows for a hostile total near 2^63.
        const qint64 pages = *total / meta.perPage + (*total % meta.perPage > 0 ? 1 : 0);
        meta.lastPage = clampToInt(qMax<qint64>(1, pages));
    }
    return true;
}

} // namespace apipay::json::detail
