// EndOfDayReport, second part: the report as HTML for a QTextDocument (printing, PDF, preview).
#include "endofdayreport.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace apipay::overview {

namespace {

QString cell(const QString& text, bool right = false)
{
    // An empty cell holds a no-break space: a table whose last cell is empty loses the room above the next heading.
    return (right ? u"<td align=\"right\">"_s : u"<td>"_s) + (text.isEmpty() ? u"&nbsp;"_s : text.toHtmlEscaped())
        + u"</td>"_s;
}

QString headerRow(const QStringList& titles, int rightFrom)
{
    QString row = u"<tr>"_s;
    for (int n = 0; n < titles.size(); ++n) {
        row += (n >= rightFrom ? u"<th align=\"right\">"_s : u"<th align=\"left\">"_s) + titles.at(n).toHtmlEscaped()
            + u"</th>"_s;
    }
    return row + u"</tr>"_s;
}

const QString kTable = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                       u"style=\"border-collapse: collapse; border-color: #999;\">"_s;

} // namespace

QString EndOfDayReport::html() const
{
    const QLocale locale = m_format.locale();
    const auto time = [this, &locale](const QDateTime& instant) {
        return instant.isValid() ? locale.toString(m_format.toDisplayZone(instant).time(), QLocale::ShortFormat)
                                 : u"—"_s;
    };
    QString html = u"<html><body>"_s;
    html += u"<h1>"_s + tr("End-of-day report").toHtmlEscaped() + u"</h1>"_s;
    html += u"<p><b>"_s + m_shopName.toHtmlEscaped() + u"</b><br>"_s
        + tr("Day: %1").arg(locale.toString(day(), QLocale::LongFormat)).toHtmlEscaped() + u"<br>"_s
        + tr("Printed: %1").arg(m_format.dateTime(m_printedAt)).toHtmlEscaped() + u"</p>"_s;

    // Totals.
    html += u"<h2>"_s + tr("Totals").toHtmlEscaped() + u"</h2>"_s + kTable;
    const QList<std::pair<QString, QString>> totals = {
        { tr("Takings"), m_format.money(m_totals.paidTakings) },
        { tr("Refunds"), m_format.money(m_totals.refunds) },
        { tr("Net"), m_format.money(m_totals.net) },
        { tr("Paid invoices"), locale.toString(m_totals.invoiceCount) },
        { tr("Average ticket"), m_format.money(m_totals.averageTicket) },
    };
    for (const auto& [label, value] : totals) {
        html += u"<tr>"_s + cell(label) + cell(value, true) + u"</tr>"_s;
    }
    html += u"</table>"_s;
    html += u"<p><small>"_s
        + tr("Refunds are the refunds made on this day, whenever their invoice was paid; failed refunds are not "
             "counted.")
              .toHtmlEscaped()
        + u"</small></p>"_s;
    if (m_totals.unreadableAmounts > 0) {
        html += u"<p><b>"_s
            + tr("%n paid invoice(s) left out of the totals: their amount could not be read.", nullptr,
                int(std::min<qint64>(m_totals.unreadableAmounts, 1'000'000'000)))
                  .toHtmlEscaped()
            + u"</b></p>"_s;
    }
    if (m_totals.unreadableRefunds > 0) {
        html += u"<p><b>"_s
            + tr("%n refund(s) left out of the totals: their amount could not be read.", nullptr,
                int(std::min<qint64>(m_totals.unreadableRefunds, 1'000'000'000)))
                  .toHtmlEscaped()
            + u"</b></p>"_s;
    }

    // Takings by hour.
    html += u"<h2>"_s + tr("Takings by hour").toHtmlEscaped() + u"</h2>"_s;
    if (m_hours.isEmpty()) {
        html += u"<p>"_s + tr("No paid invoices on this day.").toHtmlEscaped() + u"</p>"_s;
    } else {
        html += kTable + headerRow({ tr("Hour"), tr("Invoices"), tr("Takings") }, 1);
        for (const HourTakings& hour : m_hours) {
            const QString span = u"%1–%2"_s.arg(locale.toString(QTime(hour.hour, 0), QLocale::ShortFormat),
                hour.hour == 23 ? locale.toString(QTime(23, 59), QLocale::ShortFormat)
                                : locale.toString(QTime(hour.hour + 1, 0), QLocale::ShortFormat));
            html += u"<tr>"_s + cell(span) + cell(locale.toString(hour.invoiceCount), true)
                + cell(m_format.money(hour.takings), true) + u"</tr>"_s;
        }
        html += u"</table>"_s;
    }

    // The paid invoices.
    html += u"<h2>"_s + tr("Paid invoices").toHtmlEscaped() + u"</h2>"_s;
    if (m_invoices.isEmpty()) {
        html += u"<p>"_s + tr("No paid invoices on this day.").toHtmlEscaped() + u"</p>"_s;
    } else {
        html += kTable + headerRow({ tr("Time"), tr("Invoice"), tr("Description"), tr("Amount"), tr("Refunded") }, 3);
        for (const PaidInvoiceRow& row : m_invoices) {
            html += u"<tr>"_s + cell(time(row.paidAt)) + cell(QString::number(row.id)) + cell(row.description)
                + cell(m_format.money(row.amount), true)
                + cell(row.refunded.isZero() ? QString() : m_format.money(row.refunded), true) + u"</tr>"_s;
        }
        html += u"</table>"_s;
    }

    // The refunds made on the day.
    html += u"<h2>"_s + tr("Refunds made on this day").toHtmlEscaped() + u"</h2>"_s;
    if (m_refunds.isEmpty()) {
        html += u"<p>"_s + tr("No refunds on this day.").toHtmlEscaped() + u"</p>"_s;
    } else {
        html += kTable + headerRow({ tr("Time"), tr("Refund"), tr("Invoice"), tr("Status"), tr("Amount") }, 4);
        for (const Refund& refund : m_refunds) {
            html += u"<tr>"_s + cell(time(refund.createdAt)) + cell(QString::number(refund.id))
                + cell(QString::number(refund.invoiceId)) + cell(Refund::statusLabel(refund.status))
                + cell(m_format.money(refund.amount), true) + u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    return html;
}

QTextDocument* EndOfDayReport::createDocument(QObject* parent) const
{
    auto* document = new QTextDocument(parent);
    document->setHtml(html());
    return document;
}

} // namespace apipay::overview
