#include "invoicerowstore.h"

#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <numeric>

namespace apipay {

namespace {

constexpr char kKeySeparator = '\x1f';
// A field longer than this (in UTF-16 units) is cut; the server allows at most 500 characters anywhere we keep.
constexpr qsizetype kMaxFieldChars = 0xFFFF / 3;

qint64 toMsecs(const QDateTime& dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : InvoiceRowStore::kNone;
}

QDateTime fromMsecs(qint64 msecs)
{
    if (msecs == InvoiceRowStore::kNone) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// 8XXXXXXXXXX as a number, or 0 when the text is anything else.
qint64 phoneAsNumber(const QString& phone)
{
    if (phone.size() != 11 || phone.at(0) != u'8') {
        return 0;
    }
    qint64 value = 0;
    for (const QChar c : phone) {
        if (c < u'0' || c > u'9') {
            return 0;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

void InvoiceRowStore::clear()
{
    m_rows.clear();
    m_rows.squeeze();
    m_keyOfId.clear();
    m_firstKey = 0;
    m_unknownStatuses.clear();
    m_unknownStatusIndex.clear();
}

int InvoiceRowStore::indexOf(qint64 id) const
{
    const auto it = m_keyOfId.constFind(id);
    if (it == m_keyOfId.cend()) {
        return -1;
    }
    return int(it.value() - m_firstKey);
}

QByteArray InvoiceRowStore::foldForSearch(const QString& text)
{
    return text.toLower().toUtf8();
}

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

// Appends the UTF-8 form of `text` (optionally lowercased) to `out`; returns the number of bytes added. ASCII text,
// the common case, is written without any temporary allocation.
qsizetype appendUtf8(QByteArray& out, QStringView text, bool fold)
{
    text = text.left(kMaxFieldChars);
    const qsizetype before = out.size();
    if (isAscii(text)) {
        out.resize(before + text.size());
        char* p = out.data() + before;
        for (const QChar c : text) {
            const char ch = char(c.unicode());
            *p++ = fold && ch >= 'A' && ch <= 'Z' ? char(ch + ('a' - 'A')) : ch;
        }
    } else {
        out += fold ? text.toString().toLower().toUtf8() : text.toUtf8();
    }
    return out.size() - before;
}

} // namespace

quint16 InvoiceRowStore::unknownStatusIndex(const QString& raw)
{
    const auto it = m_unknownStatusIndex.constFind(raw);
    if (it != m_unknownStatusIndex.cend()) {
        return it.value();
    }
    if (m_unknownStatuses.size() >= 0xFFFF) {
        return 0xFFFF; // absurd number of distinct unknown statuses: shown as an empty status
    }
    const auto index = quint16(m_unknownStatuses.size());
    m_unknownStatuses.append(raw);
    m_unknownStatusIndex.insert(raw, index);
    return index;
}

InvoiceRowStore::Row InvoiceRowStore::makeRow(const Invoice& invoice)
{
    Row row;
    row.id = invoice.id;
    row.amountTiyn = invoice.amount ? invoice.amount->tiyn() : kNone;
    row.createdMs = toMsecs(invoice.createdAt);
    row.paidMs = toMsecs(invoice.paidAt);
    row.expiresMs = toMsecs(invoice.expiresAt);
    row.phoneDigits = phoneAsNumber(invoice.phone);
    row.status = invoice.status.value();
    if (row.status == InvoiceStatus::Unknown) {
        row.unknownStatus = unknownStatusIndex(invoice.status.raw());
    }
    if (invoice.isSandbox) {
        row.flags |= HasSandboxFlag | (*invoice.isSandbox ? IsSandbox : 0);
    }
    if (invoice.isRecurring) {
        row.flags |= HasRecurringFlag | (*invoice.isRecurring ? IsRecurring : 0);
    }
    if (invoice.fullyRefunded()) {
        row.flags |= FullyRefunded;
    }

    // Texts, then the search key: id, phone digits, description, external id — lowercase, separated so that a match
    // never spans two fields.
    const QStringView texts[TextFieldCount] = { invoice.description, invoice.externalOrderId, invoice.clientName,
        invoice.errorMessage, row.phoneDigits == 0 ? QStringView(invoice.phone) : QStringView() };
    m_scratch.resize(0);
    for (int i = 0; i < TextFieldCount; ++i) {
        row.lengths[i] = quint16(appendUtf8(m_scratch, texts[i], false));
    }
    char digits[24];
    const std::to_chars_result id = std::to_chars(std::begin(digits), std::end(digits), invoice.id);
    m_scratch.append(digits, id.ptr - digits);
    m_scratch += kKeySeparator;
    appendUtf8(m_scratch, invoice.phone, true);
    m_scratch += kKeySeparator;
    appendUtf8(m_scratch, invoice.description, true);
    m_scratch += kKeySeparator;
    appendUtf8(m_scratch, invoice.externalOrderId, true);
    row.text = QByteArray(m_scratch.constData(), m_scratch.size());
    return row;
}

void InvoiceRowStore::append(Row row)
{
    m_keyOfId.insert(row.id, m_firstKey + m_rows.size());
    m_rows.append(std::move(row));
}

void InvoiceRowStore::prepend(Row row)
{
    --m_firstKey;
    m_keyOfId.insert(row.id, m_firstKey);
    m_rows.prepend(std::move(row));
}

void InvoiceRowStore::truncate(int count)
{
    for (qsizetype i = count; i < m_rows.size(); ++i) {
        m_keyOfId.remove(m_rows.at(i).id);
    }
    if (count < m_rows.size()) {
        m_rows.resize(qMax(count, 0));
    }
}

void InvoiceRowStore::replace(int index, Row row)
{
    m_rows[index] = std::move(row);
}

bool InvoiceRowStore::setStatus(int index, const InvoiceStatus& status)
{
    Row& row = m_rows[index];
    const quint16 unknown = status.value() == InvoiceStatus::Unknown ? unknownStatusIndex(status.raw()) : 0;
    if (row.status == status.value() && row.unknownStatus == unknown) {
        return false;
    }
    row.status = status.value();
    row.unknownStatus = unknown;
    if (row.status == InvoiceStatus::Refunded) {
        row.flags |= FullyRefunded;
    }
    return true;
}

bool InvoiceRowStore::setAmount(int index, qint64 tiyn)
{
    Row& row = m_rows[index];
    if (row.amountTiyn == tiyn) {
        return false;
    }
    row.amountTiyn = tiyn;
    return true;
}

QString InvoiceRowStore::textField(int index, TextField field) const
{
    const Row& row = m_rows.at(index);
    qsizetype offset = 0;
    for (int i = 0; i < field; ++i) {
        offset += row.lengths[i];
    }
    return QString::fromUtf8(row.text.constData() + offset, row.lengths[field]);
}

QByteArrayView InvoiceRowStore::searchKey(int index) const
{
    const Row& row = m_rows.at(index);
    qsizetype offset = 0;
    for (const quint16 length : row.lengths) {
        offset += length;
    }
    return QByteArrayView(row.text.constData() + offset, row.text.size() - offset);
}

QString InvoiceRowStore::rawStatus(int index) const
{
    const Row& row = m_rows.at(index);
    if (row.status != InvoiceStatus::Unknown) {
        return InvoiceStatus::rawName(row.status);
    }
    return m_unknownStatuses.value(row.unknownStatus);
}

InvoiceStatus InvoiceRowStore::status(int index) const
{
    return InvoiceStatus(rawStatus(index));
}

QString InvoiceRowStore::phone(int index) const
{
    const Row& row = m_rows.at(index);
    if (row.phoneDigits != 0) {
        return QString::number(row.phoneDigits);
    }
    return textField(index, PhoneText);
}

Invoice InvoiceRowStore::invoice(int index) const
{
    const Row& row = m_rows.at(index);
    Invoice invoice;
    invoice.id = row.id;
    if (row.amountTiyn != kNone) {
        invoice.amount = Money::fromTiyn(row.amountTiyn);
    }
    invoice.phone = phone(index);
    invoice.description = textField(index, Description);
    invoice.externalOrderId = textField(index, ExternalOrderId);
    invoice.clientName = textField(index, ClientName);
    invoice.errorMessage = textField(index, ErrorMessage);
    invoice.status = status(index);
    if (row.flags & HasSandboxFlag) {
        invoice.isSandbox = (row.flags & IsSandbox) != 0;
    }
    if (row.flags & HasRecurringFlag) {
        invoice.isRecurring = (row.flags & IsRecurring) != 0;
    }
    if ((row.flags & FullyRefunded) && row.status != InvoiceStatus::Refunded) {
        invoice.isFullyRefunded = true;
    }
    invoice.createdAt = fromMsecs(row.createdMs);
    invoice.paidAt = fromMsecs(row.paidMs);
    invoice.expiresAt = fromMsecs(row.expiresMs);
    return invoice;
}

QList<int> InvoiceRowStore::orderedBy(SortKey key) const
{
    const int count = size();
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    auto byId = [this](int a, int b) { return m_rows.at(a).id < m_rows.at(b).id; };
    auto sortByNumber = [&](qint64 Row::*member) {
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            const qint64 ka = m_rows.at(a).*member;
            const qint64 kb = m_rows.at(b).*member;
            return ka != kb ? ka < kb : byId(a, b);
        });
    };
    switch (key) {
    case ById:
        sortByNumber(&Row::id);
        return rows;
    case ByCreated:
        sortByNumber(&Row::createdMs);
        return rows;
    case ByPaid:
        sortByNumber(&Row::paidMs);
        return rows;
    case ByAmount:
        sortByNumber(&Row::amountTiyn); // absent amounts (kNone) first
        return rows;
    default:
        break;
    }
    // Texts: decode each row's value once, then sort.
    QStringList keys;
    keys.reserve(count);
    for (int row = 0; row < count; ++row) {
        switch (key) {
        case ByPhone:
            keys.append(phone(row));
            break;
        case ByStatus:
            keys.append(rawStatus(row));
            break;
        case ByDescription:
            keys.append(textField(row, Description));
            break;
        case ByExternalOrderId:
            keys.append(textField(row, ExternalOrderId));
            break;
        default:
            keys.append(textField(row, ClientName));
            break;
        }
    }
    const Qt::CaseSensitivity cs = key == ByPhone || key == ByStatus ? Qt::CaseSensitive : Qt::CaseInsensitive;
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int order = keys.at(a).compare(keys.at(b), cs);
        return order != 0 ? order < 0 : byId(a, b);
    });
    return rows;
}

Invoice InvoiceRowStore::merged(const Invoice& old, const Invoice& update)
{
    Invoice result = update;
    auto keepText = [](QString& target, const QString& previous) {
        if (target.isEmpty()) {
            target = previous;
        }
    };
    keepText(result.phone, old.phone);
    keepText(result.description, old.description);
    keepText(result.externalOrderId, old.externalOrderId);
    keepText(result.clientName, old.clientName);
    keepText(result.errorMessage, old.errorMessage);
    if (!result.amount) {
        result.amount = old.amount;
    }
    if (update.status.raw().isEmpty()) {
        result.status = old.status;
    }
    if (!result.isSandbox) {
        result.isSandbox = old.isSandbox;
    }
    if (!result.isRecurring) {
        result.isRecurring = old.isRecurring;
    }
    if (!result.isFullyRefunded && old.isFullyRefunded) {
        result.isFullyRefunded = old.isFullyRefunded;
    }
    if (!result.createdAt.isValid()) {
        result.createdAt = old.createdAt;
    }
    if (!result.paidAt.isValid()) {
        result.paidAt = old.paidAt;
    }
    if (!result.expiresAt.isValid()) {
        result.expiresAt = old.expiresAt;
    }
    return result;
}

} // namespace apipay
