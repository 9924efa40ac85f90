#pragma once

#include "json/jsonreader.h"

#include "domain/page.h"
#include "json/jsondecoder.h"

#include <type_traits>
#include <utility>

namespace apipay::json::detail {

// Pagination data of any T1 envelope: {data, meta{…}}, flat {current_page, data, total}, {data, links, meta}.
struct PageMeta
{
    int currentPage = 1;
    int perPage = 0;
    std::optional<int> lastPage;
    std::optional<qint64> total;
};

// Reads the envelope at `root`. `data` becomes the array of items (npos when absent = empty list; a top-level array
// is taken as the data itself). False with error when `data` or the root has the wrong type.
bool readEnvelope(const JsonTape& tape, quint32 root, int requestedPerPage, PageMeta& meta, quint32& data,
                  QString& error);

template <typename T, typename = void>
struct HasUnreadableFields : std::false_type
{
};
template <typename T>
struct HasUnreadableFields<T, std::void_t<decltype(std::declval<T>().unreadableFields)>> : std::true_type
{
};

// Logs the distinct unreadable keys of a page (at most ten names) once.
template <typename T>
void logUnreadableItems(const char* document, const QList<T>& items)
{
    if constexpr (HasUnreadableFields<T>::value) {
        QStringList keys;
        qsizetype affected = 0;
        for (const T& item : items) {
            if (item.unreadableFields.isEmpty()) {
                continue;
            }
            ++affected;
            for (const QString& key : item.unreadableFields) {
                if (keys.size() < 10 && !keys.contains(key)) {
                    keys.append(key);
                }
            }
        }
        logUnreadable(document, keys, affected);
    } else {
        Q_UNUSED(document);
        Q_UNUSED(items);
    }
}

// Decodes a whole page: every element of `data` must decode (decodeItem(tape, v, path, item, error)).
template <typename T, typename ItemDecoder>
Decoded<Page<T>> decodePage(const char* document, const QByteArray& body, int requestedPerPage,
                            ItemDecoder decodeItem)
{
    Decoded<Page<T>> result;
    JsonTape tape;
    if (!parseBody(body, tape, result.errorField)) {
        return result;
    }
    PageMeta meta;
    quint32 data = JsonTape::npos;
    if (!readEnvelope(tape, 0, requestedPerPage, meta, data, result.errorField)) {
        return result;
    }
    const JsonPath root;
    const JsonPath dataPath = tape.isArray(0) ? root : root.child("data");
    QList<T>& items = result.value.items;
    items.reserve(static_cast<qsizetype>(tape.count(data)));
    qint64 index = 0;
    for (const quint32 v : tape.elements(data)) {
        items.emplace_back();
        if (!decodeItem(tape, v, dataPath.child(index), items.back(), result.errorField)) {
            result.value = {};
            return result;
        }
        ++index;
    }
    result.value.currentPage = meta.currentPage;
    result.value.perPage = meta.perPage;
    result.value.lastPage = meta.lastPage;
    result.value.total = meta.total;
    logUnreadableItems(document, items);
    return result;
}

} // namespace apipay::json::detail
