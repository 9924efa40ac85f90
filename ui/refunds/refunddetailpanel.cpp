#include "refunds/refunddetailpanel.h"

#include "domain/invoicestatus.h"
#include "shell/pagecontext.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, so screen readers can read the value
    return label;
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? u"—"_s : text;
}
} // namespace

RefundDetailPanel::RefundDetailPanel(const PageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_titleLabel(new QLabel(this))
    , m_placeholderLabel(new QLabel(this))
    , m_content(new QWidget(this))
    , m_form(new QFormLayout)
    , m_amountValue(valueLabel(this))
    , m_statusValue(valueLabel(this))
    , m_createdValue(valueLabel(this))
    , m_reasonValue(valueLabel(this))
    , m_initiatedValue(valueLabel(this))
    , m_kaspiValue(valueLabel(this))
    , m_errorValue(valueLabel(this))
    , m_invoiceValue(valueLabel(this))
    , m_invoiceTotalsValue(valueLabel(this))
    , m_itemsLabel(new QLabel(this))
    , m_itemsTable(new QTableWidget(0, 4, this))
    , m_openInvoiceButton(new QPushButton(this))
{
    setObjectName(u"refundDetailPanel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop); // as the invoice detail: text under the title

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(new QLabel(this), m_amountValue);
    m_form->addRow(new QLabel(this), m_statusValue);
    m_form->addRow(new QLabel(this), m_createdValue);
    m_form->addRow(new QLabel(this), m_reasonValue);
    m_form->addRow(new QLabel(this), m_initiatedValue);
    m_form->addRow(new QLabel(this), m_kaspiValue);
    m_form->addRow(new QLabel(this), m_errorValue);
    m_form->addRow(new QLabel(this), m_invoiceValue);
    m_form->addRow(new QLabel(this), m_invoiceTotalsValue);

    m_itemsTable->setObjectName(u"refundItemsTableWidget"_s);
    m_itemsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsTable->verticalHeader()->hide();
    m_itemsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_itemsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_itemsTable->setWordWrap(false);
    m_itemsTable->setTabKeyNavigation(false);
    m_itemsTable->setMinimumHeight(90);

    // Multi-line values with explicit line breaks (wrapped labels get no extra height in a form layout).
    m_invoiceValue->setWordWrap(false);
    m_invoiceTotalsValue->setWordWrap(false);
    m_openInvoiceButton->setObjectName(u"openInvoicePushButton"_s);
    connect(m_openInvoiceButton, &QPushButton::clicked, this, [this] {
        if (m_refund.invoiceId != 0) {
            Q_EMIT openInvoiceRequested(m_refund.invoiceId);
        }
    });

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_form);
    contentLayout->addWidget(m_itemsLabel);
    contentLayout->addWidget(m_itemsTable, 1);
    contentLayout->addWidget(m_openInvoiceButton, 0, Qt::AlignLeft);
    // Without returned items the table is hidden: the spare height goes below the button, not between the lines.
    contentLayout->addStretch(0);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_placeholderLabel, 1);
    // In a scroll area so that wrapped values get the height they need in a narrow splitter pane.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);

    retranslate();
    clear();
}

void RefundDetailPanel::clear()
{
    m_refund = Refund {};
    m_content->parentWidget()->parentWidget()->hide();
    m_placeholderLabel->show();
    m_titleLabel->setText(tr("No refund selected"));
}

void RefundDetailPanel::setRefund(const Refund& refund)
{
    m_refund = refund;
    fill();
}

void RefundDetailPanel::fill()
{
    if (m_refund.id == 0) {
        clear();
        return;
    }
    m_placeholderLabel->hide();
    m_content->parentWidget()->parentWidget()->show();
    m_titleLabel->setText(tr("Refund %1").arg(m_refund.id));
    m_amountValue->setText(m_context.session->displayFormat().money(m_refund.amount));
    m_statusValue->setText(Refund::statusLabel(m_refund.status));
    m_createdValue->setText(m_context.session->displayFormat().dateTime(m_refund.createdAt));
    m_reasonValue->setText(orDash(m_refund.reason));
    m_initiatedValue->setText(orDash(Refund::initiatedByLabel(m_refund.initiatedBy)));
    m_kaspiValue->setText(orDash(m_refund.kaspiRefundId));
    m_errorValue->setText(orDash(Refund::errorText(m_refund.errorCode, m_refund.errorMessage)));
    QString invoiceText = tr("Invoice %1").arg(m_refund.invoiceId);
    QString totals = u"—"_s;
    if (m_refund.invoice) {
        const RefundInvoiceSummary& inv = *m_refund.invoice;
        if (!inv.externalOrderId.isEmpty()) {
            invoiceText += u"\n"_s + inv.externalOrderId;
        }
        if (!inv.status.isEmpty()) {
            const InvoiceStatus status(inv.status);
            const InvoiceStatus::Value shown = InvoiceStatus::shownValue(status.value(), inv.fullyRefunded());
            invoiceText += u"\n"_s + (shown == status.value() ? status.label() : InvoiceStatus::label(shown));
        }
        totals = tr("Amount %1\nrefunded %2")
                     .arg(m_context.session->displayFormat().money(inv.amount),
                         m_context.session->displayFormat().money(inv.totalRefunded));
        if (inv.isFullyRefunded.value_or(false)) {
            totals += u"\n"_s + tr("fully refunded");
        }
    }
    m_invoiceValue->setText(invoiceText);
    m_invoiceTotalsValue->setText(totals);
    m_openInvoiceButton->setEnabled(m_refund.invoiceId != 0);

    m_itemsTable->setRowCount(int(m_refund.items.size()));
    for (int row = 0; row < m_refund.items.size(); ++row) {
        const RefundItem& item = m_refund.items.at(row);
        auto* name = new QTableWidgetItem(item.name.isEmpty() ? u"—"_s : item.name);
        auto* price = new QTableWidgetItem(m_context.session->displayFormat().money(item.price));
        auto* count = new QTableWidgetItem(m_context.session->displayFormat().locale().toString(item.count));
        auto* amount = new QTableWidgetItem(m_context.session->displayFormat().money(item.amount));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_itemsTable->setItem(row, 0, name);
        m_itemsTable->setItem(row, 1, price);
        m_itemsTable->setItem(row, 2, count);
        m_itemsTable->setItem(row, 3, amount);
    }
    const bool hasItems = !m_refund.items.isEmpty();
    m_itemsLabel->setText(hasItems ? tr("Returned items") : tr("Amount refund (no items returned)"));
    m_itemsTable->setVisible(hasItems);
    // The values were laid out while the panel was hidden and empty: make the form take their new sizes (otherwise
    // it keeps the empty labels' few-pixel widths and cuts every value).
    m_form->invalidate();
    m_content->adjustSize();
}

void RefundDetailPanel::retranslate()
{
    auto setLabel = [this](QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field))) {
            label->setText(text);
        }
        field->setAccessibleName(text);
    };
    setLabel(m_amountValue, tr("Amount"));
    setLabel(m_statusValue, tr("Status"));
    setLabel(m_createdValue, tr("Created"));
    setLabel(m_reasonValue, tr("Reason"));
    setLabel(m_initiatedValue, tr("Initiated by"));
    setLabel(m_kaspiValue, tr("Kaspi refund ID"));
    setLabel(m_errorValue, tr("Error"));
    setLabel(m_invoiceValue, tr("Invoice"));
    setLabel(m_invoiceTotalsValue, tr("Invoice totals"));
    m_itemsTable->setHorizontalHeaderLabels({ tr("Item"), tr("Price"), tr("Count"), tr("Amount") });
    m_itemsTable->setAccessibleName(tr("Returned items"));
    m_openInvoiceButton->setText(tr("&Open invoice"));
    m_openInvoiceButton->setAccessibleName(tr("Open the invoice of this refund"));
    m_placeholderLabel->setText(tr("Select a refund in the list to see its invoice, amount, reason and who made it."));
    fill();
}

void RefundDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace apipay
