#pragma once

#include "json/decoderparts.h"

#include "domain/page.h"

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

// Reads the envelope of a parsed body. `data` becomes the array of items (empty when absent; a top-level array is
// taken as the data itself). False with error when `data` or the root has the wrong type.
bool readEnvelope(
    const QJsonDocument& document, int requestedPerPage, PageMeta& meta, QJsonArray& data, QString& error);

template <typename T, typename = void> struct HasUnreadableFields : std::false_type
{
};
template <typename T>
struct HasUnreadableFields<T, std::void_t<decltype(std::declval<T>().unreadableFields)>> : std::true_type
{
};

// Logs the distinct unreadable keys of a page (at most ten names) once.
template <typename T> void logUnreadableItems(const char* document, const QList<T>& items)
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

// Asks the system to back the whole 2 MB blocks inside a freshly reserved buffer with huge pages (Linux, where the
// kernel honours the hint; elsewhere, and for buffers under 4 MB such as a 100-row page, nothing happens). A list of
// 100 000 decoded items is some 56 MB: filling it in 4 KB pages costs one page fault per page, which on a virtual
// machine took longer than reading the JSON.
void preferHugePages(const void* data, qsizetype bytes);

// Decodes every element of `list` (each must be an object: decodeObject(object, path, item, error)) into `items`;
// on the first failure `items` is emptied and false returned with `error` set.
template <typename T, typename ObjectDecoder>
bool decodeList(
    const QJsonArray& list, const JsonPath& listPath, QList<T>& items, QString& error, ObjectDecoder decodeObject)
{
    items.reserve(items.size() + list.size());
    preferHugePages(items.constData(), items.capacity() * qsizetype(sizeof(T)));
    qint64 index = 0;
    for (const QJsonValueConstRef v : list) {
        items.emplace_back();
        if (!decodeElement(v, listPath.child(index), items.back(), error, decodeObject)) {
            items.clear();
            return false;
        }
        ++index;
    }
    return true;
}

// Decodes a whole page: every element of `data` must decode.
template <typename T, typename ObjectDecoder>
Decoded<Page<T>> decodePage(
    const char* document, const QByteArray& body, int requestedPerPage, ObjectDecoder decodeObject)
{
    Decoded<Page<T>> result;
    QJsonDocument json;
    if (!parseBody(body, json, result.errorField)) {
        return result;
    }
    PageMeta meta;
    QJsonArray data;
    if (!readEnvelope(json, requestedPerPage, meta, data, result.errorField)) {
        return result;
    }
    const JsonPath root;
    const JsonPath dataPath = json.isArray() ? root : root.child(QLatin1StringView("data"));
    if (!decodeList(data, dataPath, result.value.items, result.errorField, decodeObject)) {
        result.value = {};
        return result;
    }
    result.value.currentPage = meta.currentPage;
    result.value.perPage = meta.perPage;
    result.value.lastPage = meta.lastPage;
    result.value.total = meta.total;
    logUnreadableItems(document, result.value.items);
    return result;
}

} // namespace apipay::json::detail
