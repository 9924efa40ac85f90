#pragma once

#include "domain/invoice.h"
#include "domain/invoicestatus.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace apipay {

// One row of InvoiceRowStore (see there), outside the class so that it can be declared relocatable before any list
// of rows exists.
struct InvoiceRow
{
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();

    qint64 id = 0;
    qint64 amountTiyn = kNone;
    qint64 createdMs = kNone;
    qint64 paidMs = kNone;
    qint64 expiresMs = kNone;
    qint64 phoneDigits = 0; // 8XXXXXXXXXX as a number; 0 when absent or unusual (then in PhoneText)
    QByteArray text; // the texts, then the search key
    quint16 lengths[5] = {}; // byte length of each InvoiceRowStore::TextField
    quint16 unknownStatus = 0; // index into unknownStatuses() when status == Unknown
    InvoiceStatus::Value status = InvoiceStatus::Unknown;
    quint8 flags = 0;
};

} // namespace apipay

// Numbers, a QByteArray (itself relocatable) and a plain array: growing the row list moves the rows with realloc
// instead of one move constructor and destructor per row.
Q_DECLARE_TYPEINFO(apipay::InvoiceRow, Q_RELOCATABLE_TYPE);

namespace apipay {

// Compact storage of invoice list rows (≈ 200 bytes per row instead of a full Invoice of well over 1 KB).
//
// Each row keeps the numbers inline (id, tiyn, dates as msecs since the epoch, the phone as its 11 digits) and all its
// texts in ONE UTF-8 byte array: description, external order id, client name, error message, an unusual phone text,
// then a lowercase search key (id, phone digits, description, external id) that the filter proxy scans without
// allocating. Unknown statuses are kept as an index into a shared table of raw strings (T5).
//
// Rows are addressed by position; an id → position index survives insertions at the top without renumbering.
class InvoiceRowStore
{
public:
    static constexpr qint64 kNone = InvoiceRow::kNone;

    enum TextField : quint8 { Description, ExternalOrderId, ClientName, ErrorMessage, PhoneText, TextFieldCount };

    enum Flag : quint8 {
        IsSandbox = 0x01,
        IsRecurring = 0x02,
        FullyRefunded = 0x04,
        HasSandboxFlag = 0x08,
        HasRecurringFlag = 0x10,
    };

    using Row = InvoiceRow;
    static_assert(sizeof(Row::lengths) / sizeof(Row::lengths[0]) == TextFieldCount);

    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const Row& at(int row) const { return m_rows.at(row); }
    void clear();
    // Room for `extra` more rows. The first batch (one big page) gets exactly its room; later batches let the list
    // grow by appending (geometrically, moving the relocatable rows with realloc), which keeps loading page after page
    // linear. QList::reserve would copy every row into the new block instead.
    void reserveFor(int extra)
    {
        if (m_rows.isEmpty() && m_rows.capacity() < extra) {
            m_rows.reserve(extra);
            m_keyOfId.reserve(extra);
        }
    }

    // Row position of an id, or -1.
    int indexOf(qint64 id) const;
    bool contains(qint64 id) const { return m_keyOfId.contains(id); }

    Row makeRow(const Invoice& invoice);
    void append(Row row);
    void prepend(Row row);
    // Keeps the first `count` rows and forgets the others.
    void truncate(int count);
    // Replaces the row at `index` (same id).
    void replace(int index, Row row);
    // Sets the status of one row; false when it already had that status.
    bool setStatus(int index, const InvoiceStatus& status);
    bool setAmount(int index, qint64 tiyn);

    // Accessors for one row.
    QString textField(int index, TextField field) const;
    // The lowercase search key (UTF-8), for the filter proxy.
    QByteArrayView searchKey(int index) const;
    InvoiceStatus status(int index) const;
    QString rawStatus(int index) const;
    QString phone(int index) const; // 8XXXXXXXXXX or the unusual text, empty when absent
    Invoice invoice(int index) const;

    enum SortKey {
        ById,
        ByCreated,
        ByPaid,
        ByAmount,
        ByPhone,
        ByStatus,
        ByDescription,
        ByExternalOrderId,
        ByClientName
    };
    // Every row position, ascending by the key (absent numbers first, texts case-insensitively, ties by id).
    QList<int> orderedBy(SortKey key) const;

    // `update` over `old`: the fields a partial answer (cancel, refund) does not carry keep their old values (T7).
    static Invoice merged(const Invoice& old, const Invoice& update);
    // Builds the lowercase search key of arbitrary text the same way the rows do (for the filter's needle).
    static QByteArray foldForSearch(const QString& text);

private:
    quint16 unknownStatusIndex(const QString& raw);

    QList<Row> m_rows;
    QHash<qint64, qint64> m_keyOfId; // id → key; position = key - m_firstKey
    qint64 m_firstKey = 0;
    QStringList m_unknownStatuses; // shared raw texts of unknown statuses
    QHash<QString, quint16> m_unknownStatusIndex;
    QByteArray m_scratch; // reused while packing a row, so each row costs one exact allocation
};

} // namespace apipay
