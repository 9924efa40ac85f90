#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace apipay {

// How the app shows times, amounts and phone numbers to a person — the one place for it. A value: the locale of
// the chosen language and the display time zone (Asia/Almaty unless the person chose the computer's zone).
// The session owns the current one (Session::displayFormat()); models and pages are given a copy when it changes.
// QtCore only.
class DisplayFormat
{
public:
    // The system locale in Asia/Almaty.
    DisplayFormat();
    DisplayFormat(const QLocale& locale, const QTimeZone& zone);

    // Asia/Almaty, or its fixed offset (UTC+5) when the system has no time-zone data.
    static QTimeZone almaty();
    // The calendar day in Almaty of an instant (what "today" means for the shop and for the API's date filters).
    static QDate almatyDate(const QDateTime& instant);
    // Midnight in Almaty of a calendar day, as UTC.
    static QDateTime almatyMidnightUtc(QDate date);

    QLocale locale() const { return m_locale; }
    QTimeZone zone() const { return m_zone; }

    // Short localised date and time in the display zone; "—" for an invalid time.
    QString dateTime(const QDateTime& instant) const;
    // Short localised date; "—" for an invalid date.
    QString date(QDate date) const;
    // The locale's short date (and date-time) format with the year always in four digits: some locales (kk) write
    // "05.12.26", which on a receipt or a report reads like a day of 2026 only by guessing.
    QString dateFormat() const;
    QString dateTimeFormat() const;
    // An instant as a wall-clock time in the display zone (invalid stays invalid).
    QDateTime toDisplayZone(const QDateTime& instant) const;
    // Localised amount with the tenge sign; "—" when absent.
    QString money(const std::optional<Money>& amount) const;
    // +7 XXX XXX XX XX for a readable number, else the text as it is.
    QString phone(const QString& normalized) const;

    bool operator==(const DisplayFormat& other) const;
    bool operator!=(const DisplayFormat& other) const { return !(*this == other); }

private:
    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace apipay
