#pragma once

#include "domain/requests.h"
#include "widgets/searchlineedit.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace apipay {

// The filters of the refund history: a search field, any of the four statuses, an optional date range (Asia/Almaty
// days, both inclusive) and an invoice id. "Apply" (or Enter) emits filtersChanged with the query; "Clear" resets.
// The search answers as the person types (after a short pause, like the invoices page; Esc clears it) and emits
// filtersChanged too; its words are searchText(). It is searched in the history on this computer only (the server's
// refund list has no text search): setSearchAvailable(false) disables it with the reason as its tool tip.
class RefundFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit RefundFilterBar(QWidget* parent = nullptr);

    // The query of the current inputs (page 1). Sets *errorText and returns nullopt when an input is invalid.
    std::optional<RefundQuery> query(QString* errorText = nullptr) const;
    void clearFilters();
    // Only the refunds made on `firstDay` … `lastDay` (both included), any status and invoice; applied at once
    // (filtersChanged), the date boxes show the period.
    void showPeriod(QDate firstDay, QDate lastDay);
    void focusInvoiceId();
    // Ctrl+F: the search field when it is available, else the invoice id.
    void focusSearch();

    // The words typed in the search field (trimmed); empty while the search is not available.
    QString searchText() const;
    void setSearchAvailable(bool available);
    bool isSearchAvailable() const;
    SearchLineEdit* searchEdit() const { return m_searchEdit; }

    QCheckBox* statusCheckBox(const QString& rawStatus) const;
    QLineEdit* invoiceIdEdit() const { return m_invoiceIdEdit; }
    QCheckBox* fromCheckBox() const { return m_fromCheck; }
    QCheckBox* toCheckBox() const { return m_toCheck; }
    QDateEdit* fromEdit() const { return m_fromEdit; }
    QDateEdit* toEdit() const { return m_toEdit; }
    QPushButton* applyButton() const { return m_applyButton; }

Q_SIGNALS:
    void filtersChanged(const apipay::RefundQuery& query);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void apply();

    SearchLineEdit* m_searchEdit;
    QList<QCheckBox*> m_statusChecks;
    QLabel* m_statusLabel;
    QCheckBox* m_fromCheck;
    QDateEdit* m_fromEdit;
    QCheckBox* m_toCheck;
    QDateEdit* m_toEdit;
    QLabel* m_invoiceLabel;
    QLineEdit* m_invoiceIdEdit;
    QPushButton* m_applyButton;
    QPushButton* m_clearButton;
    QLabel* m_errorLabel;
};

} // namespace apipay
