#include "refundsearchindex.h"

#include "store/searchtext.h"
#include "store/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace apipay {

RefundSearchIndex::RefundSearchIndex(const QSqlDatabase& db)
    : m_refund(db)
    , m_items(db)
    , m_invoiceText(db)
    , m_refundsOfInvoice(db)
    , m_indexed(db)
    , m_unindex(db)
    , m_index(db)
{
}

StoreStatus RefundSearchIndex::prepare()
{
    const QList<std::pair<QSqlQuery*, QString>> statements = {
        { &m_refund, u"SELECT invoice_id, reason FROM refunds WHERE id = ?"_s },
        { &m_items, u"SELECT name FROM refund_items WHERE refund_id = ? ORDER BY position"_s },
        { &m_invoiceText, u"SELECT body FROM invoice_search WHERE rowid = ?"_s },
        { &m_refundsOfInvoice, u"SELECT id FROM refunds WHERE invoice_id = ?"_s },
        { &m_indexed, u"SELECT body FROM refund_search WHERE rowid = ?"_s },
        { &m_unindex, u"DELETE FROM refund_search WHERE rowid = ?"_s },
        { &m_index, u"INSERT INTO refund_search(rowid, body) VALUES(?, ?)"_s },
    };
    for (const auto& [query, text] : statements) {
        if (!query->prepare(text)) {
            return sql::failure(*query);
        }
    }
    return {};
}

StoreStatus RefundSearchIndex::update(qint64 refundId)
{
    search::RefundFields fields;
    fields.id = refundId;
    StoreStatus status = sql::rerun(m_refund, { refundId });
    const bool stored = status.ok() && m_refund.next();
    if (stored) {
        fields.invoiceId = m_refund.value(0).toLongLong();
        fields.reason = m_refund.value(1).toString();
    }
    m_refund.finish();
    if (status.ok() && stored) {
        status = sql::rerun(m_items, { refundId });
        while (status.ok() && m_items.next()) {
            fields.itemNames.append(m_items.value(0).toString());
        }
        m_items.finish();
    }
    QString invoiceText; // already folded by search::invoiceText()
    if (status.ok() && stored && fields.invoiceId > 0) {
        status = sql::rerun(m_invoiceText, { fields.invoiceId });
        if (status.ok() && m_invoiceText.next()) {
            invoiceText = m_invoiceText.value(0).toString();
        }
        m_invoiceText.finish();
    }
    if (!status.ok()) {
        return status;
    }
    if (!stored) {
        return sql::rerun(m_unindex, { refundId });
    }
    QString text = search::refundText(fields);
    if (!invoiceText.isEmpty()) {
        text += u' ' + invoiceText;
    }
    status = sql::rerun(m_indexed, { refundId });
    const bool same = status.ok() && m_indexed.next() && m_indexed.value(0).toString() == text;
    m_indexed.finish();
    if (!status.ok() || same) {
        return status;
    }
    status = sql::rerun(m_unindex, { refundId });
    return status.ok() ? sql::rerun(m_index, { refundId, text }) : status;
}

StoreStatus RefundSearchIndex::updateRefundsOfInvoice(qint64 invoiceId)
{
    QList<qint64> refunds;
    StoreStatus status = sql::rerun(m_refundsOfInvoice, { invoiceId });
    while (status.ok() && m_refundsOfInvoice.next()) {
        refunds.append(m_refundsOfInvoice.value(0).toLongLong());
    }
    m_refundsOfInvoice.finish();
    for (qsizetype n = 0; status.ok() && n < refunds.size(); ++n) {
        status = update(refunds.at(n));
    }
    return status;
}

} // namespace apipay
