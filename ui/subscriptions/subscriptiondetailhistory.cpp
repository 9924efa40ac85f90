// SubscriptionDetailPanel, second part: the billing history (GET /subscriptions/{id}/invoices page by page) and the
// stale notice. The rest of the panel is in subscriptiondetailpanel.cpp.
#include "subscriptions/subscriptiondetailpanel.h"

#include "api/apiclient.h"
#include "format/displayformat.h"
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
    const DisplayFormat format = m_context.session->displayFormat();
    for (const SubscriptionInvoice& inv : rows) {
        const int row = m_historyTable->rowCount();
        m_historyTable->insertRow(row);
        // Our own locale's dates (the server's label uses its own format); the label only as a fallback. The end
        // date goes on a second line, so the column stays narrow enough for the amount and the status beside it.
        QString period = inv.periodLabel;
        if (inv.periodStart.isValid() && inv.periodEnd.isValid()) {
            period = format.locale().toString(inv.periodStart, QLocale::ShortFormat) + u" —\n"_s
                + format.locale().toString(inv.periodEnd, QLocale::ShortFormat);
        }
        auto* periodItem = new QTableWidgetItem(orDash(period));
        periodItem->setData(Qt::UserRole, inv.invoiceId.value_or(0));
        m_historyTable->setItem(row, 0, periodItem);
        auto* amount = new QTableWidgetItem(format.money(inv.amount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_historyTable->setItem(row, 1, amount);

        // The status on the first line (with the attempt from the second on); when it was paid, why it failed and
        // which invoice on the second. This column takes the rest of the width and is cut with "…"; its tool tip
        // holds everything, one item a line.
        const QString label = historyStatusLabel(inv);
        const QString attempt = inv.attemptNumber ? tr("Attempt %1").arg(*inv.attemptNumber) : QString();
        QStringList details;
        if (inv.paidAt.isValid()) {
            details << format.dateTime(inv.paidAt);
        }
        if (!inv.failureReason.isEmpty()) {
            details << inv.failureReason;
        }
        if (inv.invoiceId) {
            details << tr("Invoice %1").arg(*inv.invoiceId);
        }
        QString shown = label;
        if (inv.attemptNumber && *inv.attemptNumber > 1) {
            shown += u" · "_s + attempt;
        }
        if (!details.isEmpty()) {
            shown += u'\n' + details.join(u" · "_s);
        }
        QStringList tip { label };
        if (!attempt.isEmpty()) {
            tip << attempt;
        }
        tip << details;
        auto* statusItem = new QTableWidgetItem(shown);
        statusItem->setToolTip(tip.join(u'\n'));
        m_historyTable->setItem(row, 2, statusItem);
        periodItem->setToolTip(period);
        amount->setToolTip(amount->text());
    }
    m_historyTable->resizeRowsToContents();
}

} // namespace apipay
