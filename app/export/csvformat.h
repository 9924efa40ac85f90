#pragma once

#include "money/money.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace apipay::csv {

// The cells and lines of the CSV files the app writes for Excel: comma separated, RFC 4180 quoting, lines ending in
// "\r\n", money as plain "15000.00", dates as "yyyy-MM-dd HH:mm:ss" in the shop's zone.

// Quotes when needed (comma, semicolon, quote, line break); a cell a spreadsheet would read as a formula (=, +, -, @,
// tab, carriage return) gets a leading apostrophe.
QString cell(const QString& text);
// "15000.00"; empty when there is no amount.
QString plainMoney(const std::optional<Money>& money);
// The moment in `zone` as "yyyy-MM-dd HH:mm:ss"; empty for an invalid date.
QString dateCell(const QDateTime& utc, const QTimeZone& zone);
// The cells joined by commas, UTF-8, with "\r\n" at the end. The cells must already be quoted (cell()).
QByteArray line(const QStringList& cells);

} // namespace apipay::csv
