#pragma once

#include <QDate>
#include <QDateTime>

#include <string_view>

namespace apipay::json::detail {

// T8 date-times on raw bytes: "2025-01-22T10:30:00Z", "…00.000000Z", "…+06:00", "…+0600", "…+06", 0–9 fraction
// digits ('.' or ','), 'T' or a space between date and time, seconds optional. A date-only value is midnight
// Asia/Almaty. A date-time without any offset is taken as UTC (project choice: Laravel's default). Result in UTC;
// invalid on any malformed or out-of-range part.
QDateTime parseIsoDateTime(std::string_view text);
// The calendar date of "2026-02-01" or of the date part of a date-time; invalid on failure.
QDate parseIsoDate(std::string_view text);
// The Asia/Almaty calendar day of "2026-02-01" (that day) or of a date-time with its offset ("2026-01-31T19:30:00Z"
// is 1 February in Almaty); invalid on failure.
QDate parseAlmatyDate(std::string_view text);
// Midnight of `date` in Asia/Almaty, as UTC.
QDateTime almatyMidnightUtc(QDate date);

} // namespace apipay::json::detail
