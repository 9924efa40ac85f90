#pragma once

#include "shell/pagecontext.h"

#include "overview/endofdayreport.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;

namespace apipay {

// "End-of-day report": the day (today in the display zone unless chosen), then Print…, Preview… or Save as PDF…
// (A4, default name "end-of-day-YYYY-MM-DD.pdf" in Documents). Every dialog it opens is window-modal and answered by
// a signal (open(), never exec()). Reads the session's history store.
class EndOfDayDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EndOfDayDialog(const PageContext& context, QWidget* parent = nullptr);

    QDate day() const;
    void setDay(QDate day);
    // The report of the chosen day as it would be printed now; nullopt with the reason in statusText() when the
    // history cannot be read.
    std::optional<overview::EndOfDayReport> report();
    // Writes the report of the chosen day to `filePath` (what "Save as PDF…" does once the name is chosen).
    bool saveTo(const QString& filePath);
    QString statusText() const;

Q_SIGNALS:
    // A PDF was written (or failed: `ok` false, the reason in statusText()).
    void pdfSaved(bool ok, const QString& filePath);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void printReport();
    void previewReport();
    void chooseFile();

    PageContext m_context;
    QLabel* m_dayLabel;
    QDateEdit* m_day;
    QLabel* m_status;
    QPushButton* m_printButton;
    QPushButton* m_previewButton;
    QPushButton* m_pdfButton;
    QPushButton* m_closeButton;
};

} // namespace apipay
