#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringView>

namespace apipay::json::detail {

// T8 date-times as text (a JSON string's value): "2025-01-22T10:30:00Z", "…00.000000Z", "…+06:00", "…+0600",
// "…+06", 0–9 fraction digits ('.' or ','), 'T' or a space between date and time, seconds optional. A date-only value
// is midnight Asia/Almaty. A date-time without any offset is taken as UTC (project choice: Laravel's default). Result
// in UTC; invalid on any malformed or out-of-range part. No surrounding spaces are allowed here.
QDateTime parseIsoDateTime(QStringView text);
// The calendar date of "2026-02-01" or of the date part of a date-time; invalid on failure.
QDate parseIsoDate(QStringView text);
// The Asia/Almaty calendar day of "2026-02-01" (that day) or of a date-time with its offset ("2026-01-31T19:30:00Z"
// is 1 February in Almaty); invalid on failure.
QDate parseAlmatyDate(QStringView text);
// Midnight of `date` in Asia/Almaty, as UTC.
QDateTime almatyMidnightUtc(QDate date);

} // namespace apipay::json::detail
