#include "invoicedetailpane.h"

#include "api/apiclient.h"
#include "images/imagecache.h"
#include "invoices/catalogimageindex.h"
#include "invoices/invoicestatusstyle.h"
#include "money/phonenumber.h"
#include "shell/appcontext.h"

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

namespace {
constexpr int kThumbnail = 40;

QString orDash(const QString& text)
{
    return text.isEmpty() ? u"—"_s : text;
}

QString yesNo(const std::optional<bool>& value)
{
    if (!value) {
        return u"—"_s;
    }
    return *value ? QCoreApplication::translate("apipay::InvoiceDetailPane", "Yes")
                  : QCoreApplication::translate("apipay::InvoiceDetailPane", "No");
}

QTableWidget* makeTable(QWidget* parent, const QString& objectName)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}
} // namespace

InvoiceDetailPane::InvoiceDetailPane(AppContext* context, CatalogImageIndex* images, QWidget* parent)
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

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    buildFields();

    m_itemsTitle = new QLabel(body);
    layout->addWidget(m_itemsTitle);
    m_itemsTable = makeTable(body, u"invoiceItemsTableWidget"_s);
    m_itemsTable->setIconSize(QSize(kThumbnail, kThumbnail));
    layout->addWidget(m_itemsTable);

    m_refundsTitle = new QLabel(body);
    layout->addWidget(m_refundsTitle);
    m_refundsState = new QLabel(body);
    m_refundsState->setWordWrap(true);
    layout->addWidget(m_refundsState);
    m_refundsTable = makeTable(body, u"invoiceRefundsTableWidget"_s);
    layout->addWidget(m_refundsTable);
    layout->addStretch(1);

    if (m_images) {
        connect(m_images, &CatalogImageIndex::loaded, this, &InvoiceDetailPane::renderItems);
    }
    if (m_context->imageCache()) {
        connect(m_context->imageCache(), &ImageCache::imageReady, this, [this] {
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
    case Status: return tr("Status:");
    case Amount: return tr("Amount:");
    case Subtotal: return tr("Subtotal:");
    case Discount: return tr("Discount:");
    case TotalRefunded: return tr("Refunded:");
    case AvailableForRefund: return tr("Available for refund:");
    case Phone: return tr("Phone:");
    case ClientName: return tr("Customer:");
    case ClientComment: return tr("Customer comment:");
    case Description: return tr("Description:");
    case ExternalOrderId: return tr("Order id:");
    case KaspiInvoiceId: return tr("Kaspi invoice:");
    case ErrorMessage: return tr("Error:");
    case CreatedAt: return tr("Created:");
    case PaidAt: return tr("Paid:");
    case ExpiresAt: return tr("Expires:");
    case UpdatedAt: return tr("Updated:");
    case Sandbox: return tr("Sandbox:");
    case Recurring: return tr("From a subscription:");
    case FieldCount: break;
    }
    return {};
}

void InvoiceDetailPane::buildFields()
{
    for (int f = 0; f < FieldCount; ++f) {
        auto* title = new QLabel(fieldTitle(Field(f)), this);
        auto* value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(f == Description || f == ErrorMessage || f == ClientComment);
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
    m_context->api()->invoice(m_id, this, [this, generation](const ApiResult<Invoice>& result) {
        if (generation != m_generation) {
            return;
        }
        if (!result.ok()) {
            m_detailError = result.error.userText();
            render();
            return;
        }
        m_invoice = result.value;
        m_detailLoaded = true;
        if (!result.value.items.isEmpty() && m_images) {
            m_images->ensureLoaded();
        }
        render();
        Q_EMIT invoiceChanged(*m_invoice);
        // Refunds exist only for invoices that were paid; others are not asked (saves the request budget).
        if (result.value.status.canRefund() || result.value.status.value() == InvoiceStatus::Refunded
            || result.value.totalRefunded.value_or(Money()).tiyn() > 0) {
            loadRefunds();
        } else {
            m_refunds = InvoiceRefunds{};
            renderRefunds();
        }
    });
}

void InvoiceDetailPane::loadRefunds()
{
    const quint64 generation = m_generation;
    m_refundsState->setText(tr("Loading refunds…"));
    m_context->api()->invoiceRefunds(m_id, this, [this, generation](const ApiResult<InvoiceRefunds>& result) {
        if (generation != m_generation) {
            return;
        }
        if (!result.ok()) {
            m_refundsError = result.error.userText();
            renderRefunds();
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

void InvoiceDetailPane::render()
{
    if (m_id == 0) {
        m_titleLabel->setText(tr("No invoice selected"));
        m_stateLabel->setText(tr("Select an invoice in the list to see its details, items and refunds."));
    } else {
        m_titleLabel->setText(tr("Invoice %1").arg(m_id));
        if (!m_detailError.isEmpty()) {
            m_stateLabel->setText(tr("Could not load the invoice: %1").arg(m_detailError));
        } else {
            m_stateLabel->setText(m_detailLoaded ? QString() : tr("Loading…"));
        }
    }
    m_stateLabel->setVisible(!m_stateLabel->text().isEmpty());

    const bool has = m_invoice.has_value();
    for (int f = 0; f < FieldCount; ++f) {
        m_form->setRowVisible(f, has);
    }
    if (!has) {
        m_itemsTitle->hide();
        m_itemsTable->hide();
        m_refundsTitle->hide();
        m_refundsTable->hide();
        m_refundsState->hide();
        return;
    }
    const Invoice& inv = *m_invoice;
    auto set = [this](Field f, const QString& text) { m_values.value(f)->setText(text); };
    QLabel* status = m_values.value(Status);
    status->setText(inv.status.label());
    status->setStyleSheet(InvoiceStatusStyle::chipStyleSheet(inv.status, palette()));
    status->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    set(Amount, m_context->formatMoney(inv.amount));
    set(Subtotal, m_context->formatMoney(inv.subtotal));
    set(Discount, inv.discountSum ? tr("%1 (%2%)").arg(m_context->formatMoney(inv.discountSum),
                                                       inv.discountPercentage ? QString::number(*inv.discountPercentage)
                                                                              : u"—"_s)
                                  : u"—"_s);
    set(TotalRefunded, m_context->formatMoney(inv.totalRefunded));
    set(AvailableForRefund, m_context->formatMoney(inv.availableForRefund));
    const PhoneNumber::ParseResult phone = PhoneNumber::parse(inv.phone);
    set(Phone, phone.ok() ? phone.value->display() : orDash(inv.phone));
    set(ClientName, orDash(inv.clientName));
    set(ClientComment, orDash(inv.clientComment));
    set(Description, orDash(inv.description));
    set(ExternalOrderId, orDash(inv.externalOrderId));
    set(KaspiInvoiceId, orDash(inv.kaspiInvoiceId));
    set(ErrorMessage, orDash(inv.errorMessage));
    set(CreatedAt, m_context->formatDateTime(inv.createdAt));
    set(PaidAt, m_context->formatDateTime(inv.paidAt));
    set(ExpiresAt, m_context->formatDateTime(inv.expiresAt));
    set(UpdatedAt, m_context->formatDateTime(inv.updatedAt));
    set(Sandbox, yesNo(inv.isSandbox));
    set(Recurring, yesNo(inv.isRecurring));
    if (!inv.unreadableFields.isEmpty()) {
        m_stateLabel->setText(tr("Some fields could not be read and are shown as “—”: %1")
                                  .arg(inv.unreadableFields.join(u", "_s)));
        m_stateLabel->show();
    }
    renderItems();
    renderRefunds();
}

void InvoiceDetailPane::renderItems()
{
    const bool show = m_invoice && !m_invoice->items.isEmpty();
    m_itemsTitle->setVisible(show);
    m_itemsTable->setVisible(show);
    if (!show) {
        return;
    }
    m_itemsTitle->setText(tr("<b>Items</b>"));
    const QList<InvoiceItem>& items = m_invoice->items;
    m_itemsTable->clear();
    m_itemsTable->setColumnCount(4);
    m_itemsTable->setHorizontalHeaderLabels({tr("Item"), tr("Price"), tr("Count"), tr("Sum")});
    m_itemsTable->setRowCount(int(items.size()));
    ImageCache* cache = m_context->imageCache();
    for (int row = 0; row < items.size(); ++row) {
        const InvoiceItem& item = items.at(row);
        auto* name = new QTableWidgetItem(item.catalogItemId ? item.name : tr("%1 (deleted from the catalog)").arg(item.name));
        if (item.catalogItemId && m_images && cache) {
            const QUrl url = m_images->imageUrl(*item.catalogItemId);
            if (url.isValid()) {
                const QImage thumb = cache->thumbnail(url, kThumbnail);
                if (!thumb.isNull()) {
                    name->setIcon(QIcon(QPixmap::fromImage(thumb)));
                }
            }
        }
        QString priceText = m_context->formatMoney(item.price);
        if (item.originalPrice && item.price && *item.originalPrice != *item.price) {
            priceText = tr("%1 (catalog %2)").arg(priceText, m_context->formatMoney(item.originalPrice));
        }
        std::optional<Money> sum;
        if (item.price) {
            sum = Money::checkedMul(*item.price, item.count);
        }
        m_itemsTable->setItem(row, 0, name);
        m_itemsTable->setItem(row, 1, new QTableWidgetItem(priceText));
        m_itemsTable->setItem(row, 2, new QTableWidgetItem(QString::number(item.count)));
        m_itemsTable->setItem(row, 3, new QTableWidgetItem(m_context->formatMoney(sum)));
        m_itemsTable->setRowHeight(row, kThumbnail + 6);
    }
    m_itemsTable->resizeColumnsToContents();
    m_itemsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void InvoiceDetailPane::renderRefunds()
{
    m_refundsTitle->setText(tr("<b>Refunds</b>"));
    m_refundsTitle->setVisible(m_invoice.has_value());
    const bool has = m_refunds && !m_refunds->refunds.isEmpty();
    m_refundsTable->setVisible(has);
    if (!m_refundsError.isEmpty()) {
        m_refundsState->setText(tr("Could not load the refunds: %1").arg(m_refundsError));
    } else if (!m_refunds) {
        m_refundsState->setText(m_detailLoaded ? tr("Loading refunds…") : QString());
    } else if (!has) {
        m_refundsState->setText(tr("No refunds."));
    } else {
        m_refundsState->clear();
    }
    m_refundsState->setVisible(m_invoice.has_value() && !m_refundsState->text().isEmpty());
    if (!has) {
        return;
    }
    const QList<Refund>& refunds = m_refunds->refunds;
    m_refundsTable->clear();
    m_refundsTable->setColumnCount(5);
    m_refundsTable->setHorizontalHeaderLabels({tr("Date"), tr("Amount"), tr("Status"), tr("Reason"), tr("Items")});
    m_refundsTable->setRowCount(int(refunds.size()));
    for (int row = 0; row < refunds.size(); ++row) {
        const Refund& refund = refunds.at(row);
        QStringList items;
        for (const RefundItem& item : refund.items) {
            items.append(tr("%1 × %2").arg(item.name).arg(item.count));
        }
        QString status = Refund::statusLabel(refund.status);
        if (!refund.errorMessage.isEmpty()) {
            status = tr("%1: %2").arg(status, refund.errorMessage);
        }
        m_refundsTable->setItem(row, 0, new QTableWidgetItem(m_context->formatDateTime(refund.createdAt)));
        m_refundsTable->setItem(row, 1, new QTableWidgetItem(m_context->formatMoney(refund.amount)));
        m_refundsTable->setItem(row, 2, new QTableWidgetItem(status));
        m_refundsTable->setItem(row, 3, new QTableWidgetItem(orDash(refund.reason)));
        m_refundsTable->setItem(row, 4, new QTableWidgetItem(items.isEmpty() ? u"—"_s : items.join(u", "_s)));
    }
    m_refundsTable->resizeColumnsToContents();
    m_refundsTable->horizontalHeader()->setStretchLastSection(true);
}

} // namespace apipay
