#pragma once

#include "domain/requests.h"
#include "widgets/searchlineedit.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace apipay {

// The server-side filters of the invoice list: statuses (a checkable menu, several at once), a period (presets or a
// custom date range, Asia/Almaty days) and a search text sent as `search` after a short pause in typing. The period
// counts the days the invoices were made, or — opened on the overview's takings — the days they were paid.
class InvoiceFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Period { AnyTime, Today, Yesterday, Last7Days, Last30Days, Custom };
    Q_ENUM(Period)

    explicit InvoiceFilterBar(QWidget* parent = nullptr);

    // Fills statuses, dateFrom/dateTo and search of `query`; other fields stay.
    void applyTo(InvoiceQuery& query) const;
    bool hasActiveFilters() const;
    void clearFilters();

    // The zone whose days the periods are; the date boxes show the applied period's days in it.
    void setZone(const QTimeZone& zone);
    QDateEdit* fromEdit() const { return m_fromEdit; }
    QDateEdit* toEdit() const { return m_toEdit; }
    void setSearchDelayMs(int ms);
    // The search goes to the history on this computer (true: number, phone, name, items, note…) or to the server's
    // list (false: what its `search` matches); the placeholder says which.
    void setSearchesHistory(bool history);
    int searchDelayMs() const;
    void focusSearch();

    QLineEdit* searchEdit() const { return m_searchEdit; }
    QToolButton* statusButton() const { return m_statusButton; }
    QComboBox* periodCombo() const { return m_periodCombo; }
    QStringList checkedStatuses() const;
    void setCheckedStatuses(const QStringList& raw);
    void setPeriod(Period period);
    void setCustomRange(const QDate& from, const QDate& to);
    // Whether the period counts the day the money came in (a label "Paid on" before the period shows it) instead of
    // the day the invoice was made. Set when the list is opened on the overview's takings; any change of the period by
    // the person, or clearFilters(), returns to the day of creation. Emits filtersChanged when it changes.
    void setPeriodOfTakings(bool paidDays);
    bool periodOfTakings() const { return m_periodOfTakings; }
    bool searchesHistory() const { return m_searchesHistory; }
    QLabel* periodBasisLabel() const { return m_periodBasisLabel; }

Q_SIGNALS:
    // Any filter changed (the search after the typing pause).
    void filtersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateStatusButtonText();
    void onPeriodChanged();
    void showPeriodDates();
    // The first and last day of a preset (invalid dates for Any time and Custom).
    std::pair<QDate, QDate> presetRange(Period period) const;

    QTimeZone m_zone;
    QToolButton* m_statusButton = nullptr;
    QMenu* m_statusMenu = nullptr;
    QLabel* m_periodBasisLabel = nullptr;
    QComboBox* m_periodCombo = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    SearchLineEdit* m_searchEdit = nullptr; // debounced: filtersChanged after a pause in typing; Esc clears
    bool m_periodOfTakings = false;
    bool m_searchesHistory = false;
};

} // namespace apipay
