#pragma once

#include "sandboxhttp.h"
#include "sandboxjson.h"
#include "sandboxprofile.h"
#include "sandboxstore.h"

#include <QDate>

#include <optional>

namespace apipay::sandbox {

// What a route handler needs: the state, the active profile and its JSON writer.
struct RouteContext
{
    SandboxStore& store;
    const SandboxProfile& profile;
    const SandboxJson& json;
};

struct Paging
{
    int page = 1;
    int perPage = 10;

    qsizetype offset() const { return qsizetype(page - 1) * perPage; }
};

// page ≥ 1 and per_page in [1, maxPerPage] (out of range → 422, as the documented list endpoints do).
Paging readPaging(const SandboxRequest& request, int defaultPerPage, int maxPerPage, FieldErrors& errors);
// date_from / date_to as YYYY-MM-DD Asia/Almaty days; date_to ≥ date_from.
struct DateWindow
{
    QDateTime from; // inclusive, UTC; invalid = open
    QDateTime to; // exclusive, UTC; invalid = open

    bool contains(const QDateTime& t) const { return (!from.isValid() || t >= from) && (!to.isValid() || t < to); }
};
DateWindow readDateWindow(const SandboxRequest& request, FieldErrors& errors);
// The invalid JSON body answer (400).
SandboxResponse malformedJson(const SandboxProfile& profile);
// Parses an id path segment; nullopt when it is not a positive integer.
std::optional<qint64> idSegment(const QString& segment);

} // namespace apipay::sandbox
