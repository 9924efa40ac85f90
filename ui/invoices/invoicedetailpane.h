#pragma once

#include "shell/pagecontext.h"

#include "api/apierror.h"
#include "domain/invoice.h"
#include "domain/refund.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace apipay {

class CatalogImageIndex;
class ReceiptLinesTable;
class InvoiceNoteEditor;
class InvoiceReceiptBar;
class StaleNotice;

// Every field of one invoice, its items with catalog thumbnails and its refunds. showInvoice() shows what is known at
// once and reloads GET /invoices/{id} and GET /invoices/{id}/refunds every time an invoice is opened (D9).
class InvoiceDetailPane : public QWidget
{
    Q_OBJECT
public:
    InvoiceDetailPane(const PageContext& context, CatalogImageIndex* images, QWidget* parent = nullptr);

    // `preview` (e.g. the list row) is shown until the detail arrives.
    void showInvoice(qint64 id, const std::optional<Invoice>& preview = std::nullopt);
    void reload();
    void clear();
    // The invoice as the server just answered it (a read-back after a write): shown as the loaded detail, with its
    // refunds read again. Ignored when another invoice is shown.
    void showLoaded(const Invoice& invoice);

    qint64 invoiceId() const { return m_id; }
    // The invoice shown (detail once loaded, else the preview).
    std::optional<Invoice> invoice() const { return m_invoice; }
    bool detailLoaded() const { return m_detailLoaded; }
    std::optional<InvoiceRefunds> refunds() const { return m_refunds; }
    // Shown when loading the invoice again failed: the fields keep the last good values, marked with their time.
    StaleNotice* staleNotice() const { return m_staleNotice; }
    // The internal note's editor (v2.1).
    InvoiceNoteEditor* noteEditor() const { return m_noteEditor; }

    void applyStatusUpdates(const QList<apipay::InvoiceStatusUpdate>& updates);
    void setRefunds(const InvoiceRefunds& refunds);

Q_SIGNALS:
    // The detail (or a status change) arrived: the page updates its actions and the list row.
    void invoiceChanged(const apipay::Invoice& invoice);
    void refundsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    static constexpr int kThumbnail = 40; // item picture size in the items table
    enum Field {
        Status,
        Amount,
        Subtotal,
        Discount,
        TotalRefunded,
        AvailableForRefund,
        Phone,
        ClientName,
        ClientComment,
        InternalComment,
        Description,
        ExternalOrderId,
        KaspiInvoiceId,
        ErrorMessage,
        CreatedAt,
        PaidAt,
        ExpiresAt,
        UpdatedAt,
        Sandbox,
        Recurring,
        FieldCount
    };

    void buildFields();
    static QString fieldTitle(Field field);
    void render();
    void renderItems();
    void renderRefunds();
    void loadDetail();
    void takeDetail(const Invoice& invoice);
    void loadRefunds();

    PageContext m_context;
    CatalogImageIndex* m_images;
    qint64 m_id = 0;
    quint64 m_generation = 0;
    std::optional<Invoice> m_invoice;
    std::optional<InvoiceRefunds> m_refunds;
    bool m_detailLoaded = false;
    QString m_detailError;
    QString m_refundsError;
    QDateTime m_loadedAt; // when the detail shown last arrived (UTC)

    QLabel* m_titleLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    InvoiceReceiptBar* m_receiptBar = nullptr; // v2.1: the Kaspi receipt of a paid invoice
    StaleNotice* m_staleNotice = nullptr;
    QFormLayout* m_form = nullptr;
    QHash<int, QLabel*> m_fieldTitles;
    QHash<int, QLabel*> m_values;
    InvoiceNoteEditor* m_noteEditor = nullptr;
    QLabel* m_itemsTitle = nullptr;
    ReceiptLinesTable* m_itemsTable = nullptr;
    QLabel* m_refundsTitle = nullptr;
    ReceiptLinesTable* m_refundsTable = nullptr;
    QLabel* m_refundsState = nullptr;
};

} // namespace apipay
