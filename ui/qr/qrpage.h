#pragma once

#include "shell/pagecontext.h"

#include "domain/invoice.h"
#include "money/money.h"
#include "qr/antompayresponse.h"
#include "qr/customerdisplaywindow.h" // QPointer<T> needs the complete type in every includer
#include "qr/qrcode.h"
#include "shell/page.h"

#include <QDateTime>
#include <QPointer>

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QMimeData;
class QPushButton;
class QTimer;

namespace apipay {

class QrDetailsPanel;
class QrFileActions;
class QrWidget;

// The QR page: shows one payment code large and crisp with its amount, ids, result status and countdown.
// Sources: an Antom pay response (paste with Ctrl+V anywhere in the page, "Open file…", drag and drop), a bare
// codeValue or URL, or an ApiPay invoice payment link (Navigator::showQr / showInvoiceQr).
// Actions: copy applinkUrl / normalUrl, save PNG / SVG, print at a physical size, customer display.
class QrPage : public PageWidget
{
    Q_OBJECT
public:
    explicit QrPage(const PageContext& context, QWidget* parent = nullptr);
    ~QrPage() override;

    QString title() const override;
    void refresh() override;

    // Imports text (pay response JSON, codeValue or URL). false → errorText() says why; the shown code is kept.
    bool importText(const QByteArray& text);
    // Reads a file (≤ 1 MiB) and imports it.
    bool importFile(const QString& path);
    // Shows any content (a payment link), with a title and an optional amount in tenge. invoiceId > 0 makes the
    // page and the customer display follow that invoice through the InvoiceWatcher ("Paid ✓").
    void showContent(
        const QString& content, const QString& title, const std::optional<Money>& amount, qint64 invoiceId = 0);
    void showInvoiceQr(
        qint64 invoiceId, const QString& content, const QString& title, const std::optional<Money>& amount);

    QrCode code() const { return m_code; }
    QString errorText() const { return m_errorText; }
    std::optional<AntomPayResponse> antomResponse() const { return m_antom; }
    QrWidget* qrWidget() const { return m_qr; }
    CustomerDisplayWindow* customerDisplay() const { return m_display; }
    QString countdownText() const;

public Q_SLOTS:
    void pasteFromClipboard();
    void openFile();
    void saveAsPng();
    void saveAsSvg();
    void print();
    void showCustomerDisplay();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    bool importMime(const QMimeData* mime);
    void updateDetails();
    void updateCountdown();
    void showError(const QString& text);
    void onStatusesChanged(const QList<apipay::InvoiceStatusUpdate>& updates);
    QString amountText() const;
    QString fileBaseName() const;
    QStringList printCaption() const;

    QrWidget* m_qr = nullptr;
    QrDetailsPanel* m_details = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_pasteButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_copyApplink = nullptr;
    QPushButton* m_copyNormal = nullptr;
    QPushButton* m_savePng = nullptr;
    QPushButton* m_saveSvg = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_displayButton = nullptr;
    QDoubleSpinBox* m_printSize = nullptr;
    QTimer* m_timer = nullptr;
    QrFileActions* m_files = nullptr;
    QPointer<CustomerDisplayWindow> m_display;

    QrCode m_code;
    std::optional<AntomPayResponse> m_antom;
    QString m_title;
    std::optional<Money> m_money;
    InvoiceStatus m_invoiceStatus;
    qint64 m_invoiceId = 0;
    QDateTime m_expireUtc;
    QString m_errorText;
};

} // namespace apipay
