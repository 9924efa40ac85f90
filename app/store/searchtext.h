#pragma once

#include <QString>
#include <QStringList>

namespace apipay::search {

// The rules of the invoice search (docs/history-store.md, "Search"). The same folding is applied to what is indexed
// and to what a person types, so both sides always agree:
//  - SQLite's unicode61 tokenizer folds case for Latin, Cyrillic and Kazakh letters and removes Latin diacritics
//    (remove_diacritics 2), but it keeps "ё" and "й" apart from "е" and "и". People type "е" for "ё", and on a
//    Russian keyboard layout "к" for "қ"; fold() maps ё→е and the Kazakh letters to their Russian look-alikes
//    (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и), so "Қайрат" is found by "кайрат" and by "Қайрат".
//  - Phone numbers are indexed in three forms: 8XXXXXXXXXX, 7XXXXXXXXXX and the last ten digits.
//  - An order id with separators ("ORD-2026-17") is indexed as its words and once more without the separators.

// Lower case, NFC, ё and Kazakh letters folded.
QString fold(const QString& text);

struct InvoiceFields
{
    qint64 id = 0;
    QString description;
    QString externalOrderId;
    QString phone; // 8XXXXXXXXXX as stored
    QString clientName;
    QStringList itemNames;
    QString internalComment; // the shop's own note (v2.1)
};

// The text the full-text index holds for one invoice.
QString invoiceText(const InvoiceFields& fields);

// What the refund index (refund_search) holds of the refund itself: its own number, its invoice's number, the reason
// and the names of the returned items. RefundSearchIndex appends its invoice's entry of invoice_search (the customer's
// phone and name, …), so a refund is found by what the invoice search finds its invoice by.
struct RefundFields
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString reason;
    QStringList itemNames;
};

QString refundText(const RefundFields& fields);

// An FTS5 MATCH expression for typed text: every word must be the start of an indexed word. A query that is only a
// phone number written with spaces, brackets, dashes, dots or "+" ("+7 707 123-45", "8 (707) 123") becomes one
// run of digits. Empty when the text holds nothing to search for.
QString matchExpression(const QString& typed);

} // namespace apipay::search
