#pragma once

#include <QObject>

class QHeaderView;
class QTableView;

namespace apipay {

// The invoice table's columns: a compact default (No. narrow, dates and amounts by their content, Amount and Status
// right after Created, Description filling the rest of the visible width; order id, customer and paid at hidden until
// the person shows them through the column menu) until the person resizes or moves a column;
// from then on their layout is remembered in QSettings and left alone.
class InvoiceColumnLayout : public QObject
{
    Q_OBJECT
public:
    explicit InvoiceColumnLayout(QTableView* table);

    // Restores a remembered layout; without one the defaults stay and Description keeps filling the view.
    void restore();
    void save() const;
    // Sizes the dates, amounts and statuses to the loaded rows (once, and only for the default layout).
    void fitToContents();
    bool isCustomized() const { return m_customized; }
    // The Status column's width for the longest status name in the current language (its chip whole).
    int statusWidth() const;
    // A column was shown or hidden through the column menu (hidden by default: order id, customer, paid at). With
    // the default layout a shown column gets its values' width and Description the rest; a layout the person set is
    // saved as it now is.
    void columnsShownChanged();
    // The language changed: the Status column is made wide enough for the new names (a layout the person set is
    // only widened, never narrowed).
    void retranslate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyDefaults();
    void fitDescription();
    void onUserChange();

    QTableView* m_table = nullptr;
    QObject* m_viewport = nullptr;
    QHeaderView* m_header = nullptr;
    bool m_customized = false;
    bool m_fitting = false;
    bool m_fittedToContents = false;
};

} // namespace apipay
