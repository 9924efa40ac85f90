#include "searchtext.h"

#include <QChar>

namespace apipay::search {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isPhoneSeparator(QChar c)
{
    return c == u' ' || c == u'(' || c == u')' || c == u'-' || c == u'.' || c == u'\u00a0';
}

// "+7 707 123-45 67" → "77071234567"; empty when the text is not just a number with phone punctuation.
QString phoneDigits(const QString& text)
{
    QString digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c == u'+' && digits.isEmpty()) {
            continue;
        } else if (!isPhoneSeparator(c)) {
            return {};
        }
    }
    return digits;
}

QStringList words(const QString& text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (isWordChar(c)) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        out.append(current);
    }
    return out;
}

} // namespace

QString fold(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_C).toLower();
    for (QChar& c : out) {
        switch (c.unicode()) {
        case u'ё':
            c = u'е';
            break;
        case u'ә':
            c = u'а';
            break;
        case u'ғ':
            c = u'г';
            break;
        case u'қ':
            c = u'к';
            break;
        case u'ң':
            c = u'н';
            break;
        case u'ө':
            c = u'о';
            break;
        case u'ұ':
        case u'ү':
            c = u'у';
            break;
        case u'һ':
            c = u'х';
            break;
        case u'і':
            c = u'и';
            break;
        default:
            break;
        }
    }
    return out;
}

QString invoiceText(const InvoiceFields& fields)
{
    QStringList parts;
    parts.append(QString::number(fields.id));
    parts.append(fields.description);
    parts.append(fields.externalOrderId);
    const QStringList orderWords = words(fields.externalOrderId);
    if (orderWords.size() > 1) {
        parts.append(orderWords.join(QString()));
    }
    if (fields.phone.size() == 11 && fields.phone.startsWith(u'8')) {
        const QString national = fields.phone.mid(1);
        parts.append(fields.phone);
        parts.append(u'7' + national);
        parts.append(national);
    } else {
        parts.append(fields.phone);
    }
    parts.append(fields.clientName);
    parts.append(fields.itemNames);
    parts.append(fields.internalComment);
    parts.removeAll(QString());
    return fold(parts.join(u' '));
}

QString refundText(const RefundFields& fields)
{
    QStringList parts;
    parts.append(QString::number(fields.id));
    if (fields.invoiceId > 0) {
        parts.append(QString::number(fields.invoiceId));
    }
    parts.append(fields.reason);
    parts.append(fields.itemNames);
    parts.removeAll(QString());
    return fold(parts.join(u' '));
}

QString matchExpression(const QString& typed)
{
    const QString text = fold(typed.trimmed());
    QStringList tokens;
    const QString digits = phoneDigits(text);
    if (!digits.isEmpty()) {
        tokens.append(digits);
    } else {
        tokens = words(text);
    }
    QStringList terms;
    terms.reserve(tokens.size());
    for (const QString& token : tokens) {
        // A token holds only letters, digits and marks, so quoting it needs no escaping; the star makes it a prefix.
        terms.append(u'"' + token + u"\"*");
    }
    return terms.join(u' ');
}

} // namespace apipay::search
