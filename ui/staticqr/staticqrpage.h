#pragma once

#include "widgets/listpage.h"

#include "domain/staticqr.h"

#include <QSet>

class QLabel;
class QPushButton;

namespace apipay {

class QrWidget;
class StaticQrTableModel;

// "QR sheets" (v2.1 static QR): the shop's printed sheets with their scans and paid state; "New sheet…" (a fixed
// amount or a cart), "Print…" (A5 preview and printer), "Save PDF…", "Disable"; in demo mode "Simulate a scan". The
// invoices a scan creates come into the history like any other. A v2.0 server has no sheets: the page says so in
// one line instead of the list.
class StaticQrPage : public ListPage
{
    Q_OBJECT
public:
    explicit StaticQrPage(const PageContext& context, QWidget* parent = nullptr);
    ~StaticQrPage() override;

    QString title() const override;
    void refresh() override;

    StaticQrTableModel* model() const { return m_model; }
    // The sheet of the current row (id 0 when none).
    StaticQrSheet currentSheet() const;
    bool selectSheet(qint64 id);

    // The actions (the buttons call them; tests too). Each works on the current sheet.
    void openNewSheetDialog();
    void createSheet(const StaticQrDraft& draft);
    void openPrintPreview();
    bool savePdf(const QString& filePath);
    void disableCurrent(bool confirmed);
    void simulateScan();

    QPushButton* newButton() const { return m_newButton; }
    QPushButton* printButton() const { return m_printButton; }
    QPushButton* pdfButton() const { return m_pdfButton; }
    QPushButton* disableButton() const { return m_disableButton; }
    QPushButton* scanButton() const { return m_scanButton; }
    QrWidget* qrWidget() const { return m_qr; }
    QLabel* codeLabel() const { return m_codeLabel; }
    QLabel* detailLabel() const { return m_detailLabel; }

Q_SIGNALS:
    void sheetCreated(const apipay::StaticQrSheet& sheet);
    void sheetDisabled(const apipay::StaticQrSheet& sheet);
    // A simulated scan created (or showed again) this invoice.
    void scanned(qint64 invoiceId);

protected:
    QString emptyText(EmptyReason reason) const override;
    void load() override;
    void retranslate() override;

private:
    void updateActions();
    void showCurrentDetail();
    void chooseFile();
    void settleCreate(const StaticQrDraft& draft, const QDateTime& startedUtc, const QSet<qint64>& knownIds);

    StaticQrTableModel* m_model;
    QPushButton* m_newButton;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
    QPushButton* m_disableButton;
    QPushButton* m_scanButton;
    QWidget* m_detail;
    QrWidget* m_qr;
    QLabel* m_codeLabel;
    QLabel* m_detailLabel;
    bool m_busy = false;
};

} // namespace apipay
