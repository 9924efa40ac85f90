#include "invoicedetailpane.h"

#include "api/apiclient.h"
#include "catalog/catalogimageindex.h"
#include "images/imagecache.h"
#include "invoices/invoicenoteeditor.h"
#include "invoices/invoicereceiptbar.h"
#include "invoices/invoicestatusstyle.h"
#include "invoices/receiptlinestable.h"
#include "money/phonenumber.h"
#include "shell/pagecontext.h"
#include "widgets/elidedvaluelabel.h"
#include "widgets/stalenotice.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

InvoiceDetailPane::InvoiceDetailPane(const PageContext& context, CatalogImageIndex* images, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_images(images)
{
    setObjectName(u"invoiceDetailPane"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The stale notice stays above the scrolled fields: visible whatever part of the invoice is scrolled into view,
    // and as wide as the pane (never wider).
    m_staleNotice = new StaleNotice(this);
    m_staleNotice->setObjectName(u"invoiceDetailStaleNotice"_s);
    m_staleNotice->setTimeFormatter([this](const QDateTime& utc) {
        return StaleNotice::formatAsOf(
            utc, m_context.session->displayFormat().locale(), m_context.session->displayFormat().zone());
    });
    connect(m_staleNotice, &StaleNotice::retryRequested, this, &InvoiceDetailPane::reload);
    outer->addWidget(m_staleNotice);
    outer->addWidget(scroll);
    auto* body = new QWidget(scroll);
    scroll->setWidget(body);
    auto* layout = new QVBoxLayout(body);

    m_titleLabel = new QLabel(body);
    m_titleLabel->setObjectName(u"invoiceDetailTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);
    m_stateLabel = new QLabel(body);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setObjectName(u"invoiceDetailStateLabel"_s);
    layout->addWidget(m_stateLabel);
    m_receiptBar = new InvoiceReceiptBar(m_context, body);
    layout->addWidget(m_receiptBar);
    connect(this, &InvoiceDetailPane::invoiceChanged, m_receiptBar,
        [this](const Invoice& invoice) { m_receiptBar->setInvoice(invoice); });

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    buildFields();
    m_noteEditor = new InvoiceNoteEditor(m_context, body);
    layout->addWidget(m_noteEditor);
    connect(m_noteEditor, &InvoiceNoteEditor::savingChanged, this, [this](bool saving) {
        m_values.value(InternalComment)->setEnabled(!saving); // the old note, greyed until the answer
    });
    connect(m_noteEditor, &InvoiceNoteEditor::saved, this, [this](const Invoice& invoice) {
        if (invoice.id != m_id) {
            return;
        }
        m_invoice = invoice;
        render();
        Q_EMIT invoiceChanged(*m_invoice);
    });

    m_itemsTitle = new QLabel(body);
    layout->addWidget(m_itemsTitle);
    m_itemsTable = new ReceiptLinesTable(kThumbnail, body);
    m_itemsTable->setObjectName(u"invoiceItemsTableWidget"_s);
    layout->addWidget(m_itemsTable);

    m_refundsTitle = new QLabel(body);
    layout->addWidget(m_refundsTitle);
    m_refundsState = new QLabel(body);
    m_refundsState->setWordWrap(true);
    layout->addWidget(m_refundsState);
    m_refundsTable = new ReceiptLinesTable(0, body);
    m_refundsTable->setObjectName(u"invoiceRefundsTableWidget"_s);
    layout->addWidget(m_refundsTable);
    layout->addStretch(1);

    if (m_images) {
        connect(m_images, &CatalogImageIndex::loaded, this, &InvoiceDetailPane::renderItems);
    }
    if (m_context.session->imageCache()) {
        connect(m_context.session->imageCache(), &ImageCache::imageReady, this, [this] {
            if (m_invoice && !m_invoice->items.isEmpty()) {
                renderItems();
            }
        });
    }
    clear();
}

QString InvoiceDetailPane::fieldTitle(Field field)
{
    switch (field) {
    case Status:
        return tr("Status:");
    case Amount:
        return tr("Amount:");
    case Subtotal:
        return tr("Subtotal:");
    case Discount:
        return tr("Discount:");
    case TotalRefunded:
        return tr("Refunded:");
    case AvailableForRefund:
        return tr("Available for refund:");
    case Phone:
        return tr("Phone:");
    case ClientName:
        return tr("Customer:");
    case ClientComment:
        return tr("Customer comment:");
    case InternalComment:
        return tr("Internal note:");
    case Description:
        return tr("Description:");
    case ExternalOrderId:
        return tr("Order id:");
    case KaspiInvoiceId:
        return tr("Kaspi invoice:");
    case ErrorMessage:
        return tr("Error:");
    case CreatedAt:
        return tr("Created:");
    case PaidAt:
        return tr("Paid:");
    case ExpiresAt:
        return tr("Expires:");
    case UpdatedAt:
        return tr("Updated:");
    case Sandbox:
        return tr("Sandbox:");
    case Recurring:
        return tr("From a subscription:");
    case FieldCount:
        break;
    }
    return {};
}

void InvoiceDetailPane::buildFields()
{
    for (int f = 0; f < FieldCount; ++f) {
        auto* title = new QLabel(fieldTitle(Field(f)), this);
        // Texts of any length (an order id has up to 191 characters) are shortened to the pane's width, never widen it.
        // Texts of words wrap at spaces (a customer's name, or "Ivan I. (Kaspi check)" in a narrow pane, stays whole).
        // So does the refunded total while a refund is on its way ("0.00 ₸ (+18 300.00 ₸ in progress)").
        const bool wrapped = f == Description || f == ErrorMessage || f == ClientComment || f == InternalComment
            || f == ClientName || f == TotalRefunded;
        const bool anyLength = wrapped || f == ExternalOrderId || f == KaspiInvoiceId;
        auto* value = anyLength ? new ElidedValueLabel(this) : new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(wrapped);
        value->setObjectName(u"invoiceField%1Label"_s.arg(f));
        m_form->addRow(title, value);
        m_fieldTitles.insert(f, title);
        m_values.insert(f, value);
    }
    m_values.value(Status)->setObjectName(u"invoiceStatusLabel"_s);
}

void InvoiceDetailPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        for (int f = 0; f < FieldCount; ++f) {
            m_fieldTitles.value(f)->setText(fieldTitle(Field(f)));
        }
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        render();
    }
}

void InvoiceDetailPane::clear()
{
    ++m_generation;
    m_id = 0;
    m_invoice.reset();
    m_refunds.reset();
    m_detailLoaded = false;
    m_detailError.clear();
    m_refundsError.clear();
    m_loadedAt = {};
    m_receiptBar->setInvoice(std::nullopt);
    render();
}

void InvoiceDetailPane::showInvoice(qint64 id, const std::optional<Invoice>& preview)
{
    if (id != m_id) {
        clear();
        m_id = id;
        m_invoice = preview;
    }
    reload();
}

void InvoiceDetailPane::reload()
{
    if (m_id == 0) {
        return;
    }
    ++m_generation;
    m_detailError.clear();
    m_refundsError.clear();
    render();
    loadDetail();
}

void InvoiceDetailPane::loadDetail()
{
    const quint64 generation = m_generation;
    m_context.session->api()->invoice(m_id, this, [this, generation](const ApiResult<Invoice>& result) {
        if (generation != m_generation) {
            return;
        }
        if (!result.ok()) {
            m_detailError = result.error.userText();
            render();
            return;
        }
        takeDetail(result.value);
    });
}

void InvoiceDetailPane::showLoaded(const Invoice& invoice)
{
    if (invoice.id != m_id || m_id == 0) {
        return;
    }
    ++m_generation; // a reload on its way would bring an older state
    m_detailError.clear();
    m_refundsError.clear();
    takeDetail(invoice);
}

void InvoiceDetailPane::takeDetail(const Invoice& invoice)
{
    // The detail answer replaces every figure; available_for_refund comes with the refunds read right after.
    // GET /invoices/{id} has no updated_at (only the status check gives it): the time known for this invoice stays
    // while its status is the same, instead of turning into "—" after a partial refund or a reload.
    const QDateTime knownUpdate
        = m_invoice && m_invoice->id == invoice.id && m_invoice->status.value() == invoice.status.value()
        ? m_invoice->updatedAt
        : QDateTime();
    m_invoice = invoice;
    if (!m_invoice->updatedAt.isValid()) {
        m_invoice->updatedAt = knownUpdate;
    }
    m_detailLoaded = true;
    m_loadedAt = QDateTime::currentDateTimeUtc();
    if (!invoice.items.isEmpty() && m_images) {
        m_images->ensureLoaded();
    }
    render();
    Q_EMIT invoiceChanged(*m_invoice);
    // Refunds exist only for invoices that were paid; others are not asked (saves the request budget).
    if (invoice.status.canRefund() || invoice.status.value() == InvoiceStatus::Refunded
        || invoice.totalRefunded.value_or(Money()).tiyn() > 0) {
        loadRefunds();
    } else {
        m_refunds = InvoiceRefunds {};
        renderRefunds();
    }
}

void InvoiceDetailPane::loadRefunds()
{
    const quint64 generation = m_generation;
    m_refundsState->setText(tr("Loading refunds…"));
    m_context.session->api()->invoiceRefunds(m_id, this, [this, generation](const ApiResult<InvoiceRefunds>& result) {
        if (generation != m_generation) {
            return;
        }
        if (!result.ok()) {
            m_refundsError = result.error.userText();
            render(); // the stale notice, and the refunds shown before stay
            return;
        }
        setRefunds(result.value);
    });
}

void InvoiceDetailPane::setRefunds(const InvoiceRefunds& refunds)
{
    m_refunds = refunds;
    m_refundsError.clear();
    if (m_invoice) {
        if (refunds.invoice.availableForRefund) {
            m_invoice->availableForRefund = refunds.invoice.availableForRefund;
        }
        if (refunds.invoice.totalRefunded) {
            m_invoice->totalRefunded = refunds.invoice.totalRefunded;
        }
        if (refunds.invoice.isFullyRefunded) {
            m_invoice->isFullyRefunded = refunds.invoice.isFullyRefunded;
        }
    }
    render();
    Q_EMIT refundsChanged();
}

void InvoiceDetailPane::applyStatusUpdates(const QList<InvoiceStatusUpdate>& updates)
{
    if (!m_invoice) {
        return;
    }
    for (const InvoiceStatusUpdate& update : updates) {
        if (update.id != m_id) {
            continue;
        }
        const bool changed = update.status != m_invoice->status;
        m_invoice->status = update.status;
        if (!update.kaspiInvoiceId.isEmpty()) {
            m_invoice->kaspiInvoiceId = update.kaspiInvoiceId;
        }
        if (!update.errorMessage.isEmpty()) {
            m_invoice->errorMessage = update.errorMessage;
        }
        if (!update.errorCode.isEmpty()) {
            m_invoice->errorCode = update.errorCode;
        }
        if (update.updatedAt.isValid()) {
            m_invoice->updatedAt = update.updatedAt;
        }
        render();
        Q_EMIT invoiceChanged(*m_invoice);
        if (changed && (update.status.canRefund() || update.status.value() == InvoiceStatus::Paid)) {
            reload(); // paid_at, client name and refund totals arrive with the detail
        }
    }
}

} // namespace apipay
