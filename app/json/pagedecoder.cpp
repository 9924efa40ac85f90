#include "pagedecoder.h"

#include <limits>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace apipay::json::detail {

namespace {

std::optional<qint64> readCount(const QJsonObject& object, QLatin1StringView key)
{
    const auto v = present(object, key);
    qint64 value = 0;
    if (!v || !toInt64(*v, value) || value < 0) {
        return std::nullopt; // absent, null or unreadable meta values count as missing
    }
    return value;
}

int clampToInt(qint64 value)
{
    return static_cast<int>(qMin<qint64>(value, std::numeric_limits<int>::max()));
}

// Pagination keys of one object; a readable value replaces what an earlier object gave.
void readMeta(const QJsonObject& object,
    std::optional<qint64>& current,
    std::optional<qint64>& last,
    std::optional<qint64>& perPage,
    std::optional<qint64>& total)
{
    const auto take = [&object](QLatin1StringView key, std::optional<qint64>& out) {
        if (const auto v = readCount(object, key)) {
            out = v;
        }
    };
    take(QLatin1StringView("current_page"), current);
    take(QLatin1StringView("last_page"), last);
    take(QLatin1StringView("per_page"), perPage);
    take(QLatin1StringView("total"), total);
}

} // namespace

void preferHugePages(const void* data, qsizetype bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr kHugePage = 2 * 1024 * 1024;
    if (bytes < 2 * qsizetype(kHugePage)) {
        return;
    }
    const quintptr first = (reinterpret_cast<quintptr>(data) + kHugePage - 1) & ~(kHugePage - 1);
    const quintptr last = (reinterpret_cast<quintptr>(data) + quintptr(bytes)) & ~(kHugePage - 1);
    if (last > first) {
        // Only a hint: when the kernel refuses it, the buffer simply stays in small pages.
        madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

bool readEnvelope(const QJsonDocument& document, int requestedPerPage, PageMeta& meta, QJsonArray& data, QString& error)
{
    data = {};
    std::optional<qint64> current;
    std::optional<qint64> last;
    std::optional<qint64> perPage;
    std::optional<qint64> total;
    if (document.isArray()) {
        data = document.array(); // a bare list: no pagination data at all
    } else if (document.isObject()) {
        const QJsonObject root = document.object();
        readMeta(root, current, last, perPage, total); // flat v2.1 form
        if (const auto m = member(root, QLatin1StringView("meta")); m && m->isObject()) {
            readMeta(m->toObject(), current, last, perPage, total);
        }
        if (const auto d = present(root, QLatin1StringView("data"))) {
            if (!d->isArray()) {
                error = QStringLiteral("data");
                return false;
            }
            data = d->toArray();
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
