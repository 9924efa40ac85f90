// SubscriptionDetailPanel, second part: the billing history (GET /subscriptions/{id}/invoices page by page) and the
// stale notice. The rest of the panel is in subscriptiondetailpanel.cpp.
#include "subscriptions/subscriptiondetailpanel.h"

#include "api/apiclient.h"
#include "shell/pagecontext.h"
#include "widgets/stalenotice.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kHistoryPerPage = 20;

QString orDash(const QString& text)
{
    return text.isEmpty() ? u"—"_s : text;
}
} // namespace

void SubscriptionDetailPanel::loadHistoryPage(int page)
{
    const qint64 id = m_subscription.id;
    m_loadMoreButton->setEnabled(false);
    m_historyLabel->setText(tr("Billing history — loading…"));
    m_historyRequest = m_context.session->api()->subscriptionInvoices(
        id, page, kHistoryPerPage, this, [this, id, page](const ApiResult<apipay::Page<SubscriptionInvoice>>& result) {
            m_historyRequest = 0;
            if (id != m_subscription.id) {
                return;
            }
            if (!result.ok()) {
                if (result.error.kind == ApiError::Kind::Cancelled) {
                    return;
                }
                m_historyError = result.error.userText();
                updateStaleNotice();
                const int shown = m_historyTable->rowCount();
                m_historyLabel->setText(shown == 0 ? tr("Billing history could not be loaded: %1").arg(m_historyError)
                                                   : tr("Billing history (%1 shown)").arg(shown));
                m_loadMoreButton->setEnabled(true);
                m_loadMoreButton->setVisible(true);
                m_historyPage = page - 1;
                return;
            }
            m_historyPage = page;
            m_historyError.clear();
            updateStaleNotice();
            if (page == 1) {
                m_historyTable->setRowCount(0); // page 1 replaces what an earlier load showed
            }
            appendHistory(result.value.items);
            const bool more = result.value.hasMore() && !result.value.items.isEmpty();
            m_loadMoreButton->setVisible(more);
            m_loadMoreButton->setEnabled(more);
            const int rows = m_historyTable->rowCount();
            m_historyLabel->setText(rows == 0 ? tr("Billing history: no invoices yet. The first one is sent on the "
                                                   "next billing date (or now with \"Bill immediately\").")
                                              : tr("Billing history (%1 shown)").arg(rows));
        });
}

void SubscriptionDetailPanel::updateStaleNotice()
{
    const QString failure = !m_detailError.isEmpty() ? m_detailError : m_historyError;
    if (m_subscription.id == 0 || failure.isEmpty()) {
        m_staleNotice->clearNotice();
        return;
    }
    m_staleNotice->showRefreshFailed(m_loadedAt, failure);
}

void SubscriptionDetailPanel::appendHistory(const QList<SubscriptionInvoice>& rows)
{
    for (const SubscriptionInvoice& inv : rows) {
        const int row = m_historyTable->rowCount();
        m_historyTable->insertRow(row);
        // Our own locale's dates (the server's label uses its own format); the label only as a fallback.
        QString period = inv.periodLabel;
        if (inv.periodStart.isValid() && inv.periodEnd.isValid()) {
            period = m_context.session->displayFormat().locale().toString(inv.periodStart, QLocale::ShortFormat)
                + u" — "_s + m_context.session->displayFormat().locale().toString(inv.periodEnd, QLocale::ShortFormat);
        }
        auto* periodItem = new QTableWidgetItem(orDash(period));
        periodItem->setData(Qt::UserRole, inv.invoiceId.value_or(0));
        m_historyTable->setItem(row, 0, periodItem);
        auto* amount = new QTableWidgetItem(m_context.session->displayFormat().money(inv.amount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_historyTable->setItem(row, 1, amount);
        m_historyTable->setItem(
            row, 2, new QTableWidgetItem(inv.attemptNumber ? QString::number(*inv.attemptNumber) : u"—"_s));
        m_historyTable->setItem(row, 3, new QTableWidgetItem(historyStatusLabel(inv)));
        m_historyTable->setItem(row, 4, new QTableWidgetItem(m_context.session->displayFormat().dateTime(inv.paidAt)));
        QString invoice = inv.invoiceId ? QString::number(*inv.invoiceId) : u"—"_s;
        if (!inv.failureReason.isEmpty()) {
            invoice += u" · "_s + inv.failureReason;
        }
        m_historyTable->setItem(row, 5, new QTableWidgetItem(invoice));
    }
    m_historyTable->resizeColumnsToContents();
}

} // namespace apipay
