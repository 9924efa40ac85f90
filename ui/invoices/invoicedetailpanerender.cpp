// InvoiceDetailPane: showing an invoice, its items and its refunds (loading and state are in invoicedetailpane.cpp).
#include "invoicedetailpane.h"

#include "api/apiclient.h"
#include "catalog/catalogimageindex.h"
#include "counter/kaspiclientcheck.h"
#include "images/imagecache.h"
#include "invoices/invoicenoteeditor.h"
#include "invoices/invoicestatusstyle.h"
#include "invoices/receiptlinestable.h"
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

namespace {
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
} // namespace

void InvoiceDetailPane::render()
{
    if (m_id == 0) {
        m_titleLabel->setText(tr("No invoice selected"));
        m_stateLabel->setText(tr("Select an invoice in the list to see its details, items and refunds."));
    } else {
        m_titleLabel->setText(tr("Invoice %1").arg(m_id));
        if (!m_detailError.isEmpty() && !m_invoice) {
            m_stateLabel->setText(tr("Could not load the invoice: %1").arg(m_detailError));
        } else if (m_detailError.isEmpty()) {
            m_stateLabel->setText(m_detailLoaded ? QString() : tr("Loading…"));
        } else {
            m_stateLabel->clear(); // the stale notice says it; what was shown stays
        }
    }
    m_stateLabel->setVisible(!m_stateLabel->text().isEmpty());
    // The fields keep what was last loaded (or the list row); a failed refresh marks them with their time and Retry.
    const QString failure = !m_detailError.isEmpty() ? m_detailError : m_refundsError;
    if (m_id != 0 && m_invoice && !failure.isEmpty()) {
        m_staleNotice->showRefreshFailed(m_loadedAt, failure);
    } else {
        m_staleNotice->clearNotice();
    }

    const bool has = m_invoice.has_value();
    m_noteEditor->setInvoice(m_invoice, m_detailLoaded);
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
    auto set = [this](Field f, const QString& text) {
        if (auto* elided = qobject_cast<ElidedValueLabel*>(m_values.value(f))) {
            elided->setFullText(text);
        } else {
            m_values.value(f)->setText(text);
        }
    };
    QLabel* status = m_values.value(Status);
    const InvoiceStatus shownStatus = inv.shownStatus(); // "Refunded" for a fully refunded "paid" (v2.1)
    status->setText(shownStatus.label());
    status->setStyleSheet(InvoiceStatusStyle::chipStyleSheet(shownStatus, palette()));
    status->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    status->setWordWrap(true); // a long status in a narrow pane goes onto two lines instead of being cut
    set(Amount, m_context.session->displayFormat().money(inv.amount));
    set(Subtotal, m_context.session->displayFormat().money(inv.subtotal));
    set(Discount,
        inv.discountSum ? tr("%1 (%2%)")
                              .arg(m_context.session->displayFormat().money(inv.discountSum),
                                  inv.discountPercentage ? QString::number(*inv.discountPercentage) : u"—"_s)
                        : u"—"_s);
    // A v2.1 server counts a refund only when it completes, but already takes it off what is available: the part
    // still being processed is said beside the refunded total, so that the figures add up to the amount.
    QString refunded = m_context.session->displayFormat().money(inv.totalRefunded);
    if (inv.amount && inv.totalRefunded && inv.availableForRefund && !inv.fullyRefunded()) {
        const std::optional<Money> counted = Money::checkedAdd(*inv.totalRefunded, *inv.availableForRefund);
        const std::optional<Money> inProgress = counted ? Money::checkedSub(*inv.amount, *counted) : std::nullopt;
        if (inProgress && inProgress->tiyn() > 0) {
            //: Refunded total of an invoice and the part of a refund not yet completed, e.g. "0.00 ₸ (+1,000.50 ₸
            //: in progress)".
            refunded = tr("%1 (+%2 in progress)").arg(refunded, m_context.session->displayFormat().money(*inProgress));
        }
    }
    set(TotalRefunded, refunded);
    set(AvailableForRefund, m_context.session->displayFormat().money(inv.availableForRefund));
    set(Phone, orDash(m_context.session->displayFormat().phone(inv.phone)));
    QString clientName = inv.clientName;
    if (clientName.isEmpty()) {
        // Kaspi names the payer only once the invoice is paid; the number check at the counter already knew it.
        const PhoneNumber::ParseResult phone = PhoneNumber::parse(inv.phone);
        const QString checked = phone.ok() ? KaspiClientCheck::knownClientName(phone.value->normalized()) : QString();
        if (!checked.isEmpty()) {
            //: Customer row of an invoice not yet paid: the name of the Kaspi account of the invoice's number, as the
            //: check at the counter returned it, e.g. "Ivan I. (Kaspi check)". Kaspi names the payer at payment.
            clientName = tr("%1 (Kaspi check)").arg(checked);
        }
    }
    set(ClientName, orDash(clientName));
    // v2.1 has no customer comment and v2.0 no internal note: a row whose key the answer lacks is hidden.
    m_form->setRowVisible(ClientComment, inv.clientComment.has_value());
    set(ClientComment, orDash(inv.clientComment.value_or(QString())));
    m_form->setRowVisible(InternalComment, inv.internalComment.has_value());
    set(InternalComment, orDash(inv.internalComment.value_or(QString())));
    set(Description, orDash(inv.description));
    set(ExternalOrderId, orDash(inv.externalOrderId));
    set(KaspiInvoiceId, orDash(inv.kaspiInvoiceId));
    set(ErrorMessage, orDash(inv.errorText()));
    set(CreatedAt, m_context.session->displayFormat().dateTime(inv.createdAt));
    set(PaidAt, m_context.session->displayFormat().dateTime(inv.paidAt));
    set(ExpiresAt, m_context.session->displayFormat().dateTime(inv.expiresAt));
    set(UpdatedAt, m_context.session->displayFormat().dateTime(inv.updatedAt));
    set(Sandbox, yesNo(inv.isSandbox));
    set(Recurring, yesNo(inv.isRecurring));
    if (!inv.unreadableFields.isEmpty()) {
        m_stateLabel->setText(
            tr("Some fields could not be read and are shown as “—”: %1").arg(inv.unreadableFields.join(u", "_s)));
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
    const DisplayFormat format = m_context.session->displayFormat();
    QList<ReceiptLinesTable::Line> lines;
    for (const InvoiceItem& item : items) {
        // As a receipt prints it: the name, then "count × price" (and the catalog price when it was changed).
        QString price = format.money(item.price);
        if (item.originalPrice && item.price && *item.originalPrice != *item.price) {
            price = tr("%1 (catalog %2)").arg(price, format.money(item.originalPrice));
        }
        const QString name = item.catalogItemId ? item.name : tr("%1 (deleted from the catalog)").arg(item.name);
        std::optional<Money> sum;
        if (item.price) {
            sum = Money::checkedMul(*item.price, item.count);
        }
        lines.append({ tr("%1\n%2 × %3", "item name, then count × price").arg(name, QString::number(item.count), price),
            format.money(sum) });
    }
    m_itemsTable->setLines(tr("Item"), tr("Sum"), lines);
    ImageCache* cache = m_context.session->imageCache();
    for (int row = 0; row < items.size() && m_images && cache; ++row) {
        const InvoiceItem& item = items.at(row);
        const QUrl url = item.catalogItemId ? m_images->imageUrl(*item.catalogItemId) : QUrl();
        const QImage thumb = url.isValid() ? cache->thumbnail(url, kThumbnail) : QImage();
        if (!thumb.isNull()) {
            m_itemsTable->item(row, 0)->setIcon(QIcon(QPixmap::fromImage(thumb)));
        }
    }
}

void InvoiceDetailPane::renderRefunds()
{
    m_refundsTitle->setText(tr("<b>Refunds</b>"));
    m_refundsTitle->setVisible(m_invoice.has_value());
    const bool has = m_refunds && !m_refunds->refunds.isEmpty();
    m_refundsTable->setVisible(has);
    if (!m_refundsError.isEmpty() && !has) {
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
    const DisplayFormat format = m_context.session->displayFormat();
    QList<ReceiptLinesTable::Line> lines;
    for (const Refund& refund : m_refunds->refunds) {
        // When and how it ended on the first line, then the reason and the items refunded, each on its own line.
        QString status = Refund::statusLabel(refund.status);
        if (!refund.errorMessage.isEmpty()) {
            status = tr("%1: %2").arg(status, refund.errorMessage);
        }
        QStringList text {
            tr("%1 · %2", "refund date and time · status").arg(format.dateTime(refund.createdAt), status)
        };
        if (!refund.reason.isEmpty()) {
            text.append(refund.reason);
        }
        QStringList items;
        for (const RefundItem& item : refund.items) {
            items.append(tr("%1 × %2").arg(item.name, QString::number(item.count))); // one pass: a name may hold "%2"
        }
        if (!items.isEmpty()) {
            text.append(items.join(u", "_s));
        }
        lines.append({ text.join(u'\n'), format.money(refund.amount) });
    }
    m_refundsTable->setLines(tr("Refund"), tr("Amount"), lines);
}

} // namespace apipay
