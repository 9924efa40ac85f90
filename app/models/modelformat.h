#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

// Display helpers shared by the table models (DisplayRole text). QtCore only.
namespace apipay::modelformat {

// Asia/Almaty, or its fixed offset (UTC+5) when the system has no time-zone data.
QTimeZone almaty();
// +7 XXX XXX XX XX for a readable number, else the text as it is.
QString phone(const QString& normalized);
// Short localised date and time in `zone`; empty for an invalid time.
QString dateTime(const QLocale& locale, const QDateTime& utc, const QTimeZone& zone);
// Localised amount with the tenge sign, "—" when absent.
QString money(const QLocale& locale, const std::optional<Money>& amount);

} // namespace apipay::modelformat
