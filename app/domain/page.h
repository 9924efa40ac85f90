#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace apipay {

// One page of a paginated list, from any envelope (T1): {data, meta}, flat {current_page, data, total},
// {data, links, meta}.
template <typename T> struct Page
{
    QList<T> items;
    int currentPage = 1;
    int perPage = 0; // as reported, else as requested
    std::optional<int> lastPage; // reported, or ceil(total / perPage)
    std::optional<qint64> total;

    // Whether another page may exist: known last page, else "this page was full" (T1).
    bool hasMore() const
    {
        if (lastPage) {
            return currentPage < *lastPage;
        }
        return perPage > 0 && items.size() >= perPage;
    }
};

} // namespace apipay
