// The overview page over a history store filled by hand: the cards show the takings, refunds, net, count and average
// ticket of today / this week / this month with the change against the period before; invoices waiting; the chart
// in days and months with whole-tenge axis labels; best sellers; the empty states; the page follows the store's
// announcements and a replaced store. The end-of-day report saved as PDF and read back with pdftotext.
#include "overview/endofdaydialog.h"
#include "overview/overviewcard.h"
#include "overview/overviewchart.h"
#include "overview/overviewpage.h"

#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "store/historystore.h"
#include "store/historysynckeys.h"
#include "testpagecontext.h"
#include "testrecords.h"
#include "widgets/emptystatelabel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;
using overview::PeriodKind;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

Invoice invoice(qint64 id, const QString& status, qint64 tenge, const QDateTime& at, const QString& description = {})
{
    Invoice i;
    i.id = id;
    i.status = InvoiceStatus(status);
    i.amount = Money::fromTenge(tenge);
    i.createdAt = at.addSecs(-60);
    if (status != u"pending"_s) {
        i.paidAt = at;
    }
    i.description = description;
    return i;
}

QString labelText(QWidget* parent, const QString& name)
{
    auto* label = parent->findChild<QLabel*>(name);
    return label ? label->text() : u"(no label %1)"_s.arg(name);
}

// No-break spaces (amounts) read back as plain ones from a PDF or a plain-text conversion.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Session> m_session;
    TestNavigator m_navigator;
    TestNotifier m_notifier;

    // A session with its own history file (a server given directly keeps one only when named).
    HistoryStore* openHistory()
    {
        m_session->setHistoryPath(m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_files)));
        QString error;
        if (!m_session->useServer(
                QUrl(u"http://127.0.0.1:9"_s), u"key"_s, Session::Mode::Sandbox, u"Café Alma"_s, &error)) {
            qWarning("useServer: %s", qPrintable(error));
        }
        HistoryStore* store = m_session->history();
        if (store && m_historyComplete) {
            // What the test writes is the shop's whole history, as after the first sync.
            store->setSyncValue(synckeys::historyInvoicesDone(), u"1"_s);
            store->setSyncValue(synckeys::historyRefundsDone(), u"1"_s);
        }
        return store;
    }
    bool m_historyComplete = true;

    PageContext context() { return PageContext { m_session.get(), &m_navigator, &m_notifier }; }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>(new InMemorySecretStore);
        m_session->setLanguage(u"en"_s);
        m_historyComplete = true;
    }

    void cleanup() { m_session.reset(); }

    void noHistory_saysSo_thenFollowsTheStore()
    {
        OverviewPage page(context());
        page.resize(1100, 690);
        page.show();
        QTRY_VERIFY(page.showsEmptyState());
        QCOMPARE(page.emptyState()->text(), u"No history on this computer yet"_s);
        QCOMPARE(page.title(), u"Overview"_s);
        // One line of text: nothing to scroll (the hidden cards and chart take no room), no report without a shop.
        for (const QScrollBar* bar : page.findChildren<QScrollBar*>()) {
            QTRY_VERIFY2(!bar->isVisible(), qPrintable(bar->parentWidget()->objectName()));
        }
        QVERIFY(!page.reportButton()->isEnabled());

        HistoryStore* store = openHistory(); // historyChanged: the page binds to it
        QVERIFY(store);
        QTRY_COMPARE(page.emptyState()->text(), u"History is being read from the server…"_s);
        QVERIFY(page.showsEmptyState());
        QVERIFY(page.reportButton()->isEnabled());

        QVERIFY(store->upsertInvoices({ invoice(1, u"paid"_s, 1000, QDateTime::currentDateTimeUtc()) }).ok());
        QTRY_VERIFY(!page.showsEmptyState());
        QCOMPARE(labelText(page.card(PeriodKind::Day), u"takingsValue"_s),
            m_session->displayFormat().money(Money::fromTenge(1000)));

        // Another store replaces it (another shop): its own, empty, history.
        QVERIFY(openHistory() != store);
        QTRY_VERIFY(page.showsEmptyState());
    }

    // apipay-desk --base-url … with APIPAY_API_KEY: a server and key for this run only keep no history, and the page
    // says so instead of waiting for one that never comes.
    void serverGivenForThisRun_saysNoHistoryIsKept()
    {
        QString error;
        QVERIFY2(m_session->useServer(
                     QUrl(u"http://127.0.0.1:9"_s), u"key"_s, Session::Mode::Sandbox, u"Café Alma"_s, &error),
            qPrintable(error));
        QVERIFY(!m_session->history());
        OverviewPage page(context());
        page.show();
        QTRY_VERIFY(page.showsEmptyState());
        QVERIFY2(page.emptyState()->text().startsWith(u"This run keeps no history on this computer"_s),
            qPrintable(page.emptyState()->text()));
        QVERIFY(!page.reportButton()->isEnabled());
    }

    void fitsASmallWindow_withoutSideways()
    {
        // A main window made as small as 1100 × 690, with a 165-px navigation: the overview gets about 920 × 600 and
        // shows every card, the chart and the best sellers without a horizontal scroll bar, in the longest language
        // too.
        HistoryStore* store = openHistory();
        QVERIFY(store);
        // Large amounts (in tenge), every card compared with the period before: the widest a card gets.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store
                    ->upsertInvoices({ invoice(1, u"paid"_s, 98'765'432, now),
                        invoice(2, u"paid"_s, 87'654'321, now.addDays(-1).addSecs(-60)),
                        invoice(3, u"paid"_s, 76'543'210, now.addDays(-8)),
                        invoice(4, u"paid"_s, 65'432'100, now.addDays(-35)) })
                    .ok());
        for (const QString& language : { u"en"_s, u"ru"_s, u"kk"_s }) {
            m_session->setLanguage(language);
            OverviewPage page(context());
            page.resize(920, 600);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QTRY_VERIFY(!page.showsEmptyState() && !page.model()->isPending());
            auto* scroll = page.findChild<QScrollArea*>();
            QVERIFY(scroll);
            // The figures are on the cards (the widest amount of today's card is shown in full).
            QTRY_VERIFY(page.findChild<QWidget*>(u"todayCard"_s)->minimumSizeHint().width() > 250);
            QTRY_VERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                qPrintable(u"%1: content needs %2 px, the page gives %3"_s.arg(language)
                               .arg(scroll->widget()->minimumSizeHint().width())
                               .arg(scroll->viewport()->width())));
            // No empty scroll bars either (range 0 yet shown).
            QTRY_VERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(language));
            // Downwards it may scroll (the cards go two to a row when they do not fit side by side), but only then.
            QTRY_VERIFY2(!scroll->verticalScrollBar()->isVisible() || scroll->verticalScrollBar()->maximum() > 0,
                qPrintable(language));
        }
    }

    // The first sync reads newest first: a period it has not reached yet is "so far", and no comparison is made
    // with a period it does not hold (a half-read month once showed "▲ 780 %"). How far back it has come is what its
    // pages brought, not the oldest invoice stored: a subscription's billing history stores older ones out of turn
    // (the demo's month once showed "▲ 4 700 %").
    void firstSyncStillReading_noComparison_periodsSoFar()
    {
        m_historyComplete = false;
        HistoryStore* store = openHistory();
        QVERIFY(store);
        QVERIFY(store
                    ->upsertInvoices({
                        invoice(21, u"paid"_s, 2000, utc(12, 2, 4)), // Wed 2 Dec 09:00 Almaty: the oldest read so far
                        invoice(22, u"paid"_s, 3000, utc(12, 2, 6)),
                        invoice(3, u"paid"_s, 700, utc(11, 24, 6)), // a subscription's invoice, read out of turn
                    })
                    .ok());
        QVERIFY(store->setSyncValue(synckeys::historyInvoicesCoveredFrom(), u"2026-12-02T04:00:00.000Z"_s).ok());
        OverviewPage page(context());
        page.model()->setClock([] { return utc(12, 2, 12); });
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(!page.showsEmptyState());
        OverviewCard* today = page.card(PeriodKind::Day);
        QTRY_COMPARE(labelText(today, u"takingsValue"_s), m_session->displayFormat().money(Money::fromTenge(5000)));
        QVERIFY2(labelText(today, u"cardPeriod"_s).contains(u"so far: the history is still loading"_s),
            qPrintable(labelText(today, u"cardPeriod"_s)));
        QCOMPARE(labelText(today, u"takingsChange"_s), u"…"_s);
        QVERIFY(today->findChild<QLabel*>(u"takingsChange"_s)->toolTip().contains(u"does not reach back"_s));
        // The chart's bars are grey, and its legend says why: the history reaches back to this morning only.
        QCOMPARE(page.chart()->incompleteBarCount(), overview::kChartDays);
        QVERIFY(page.chart()->loadingNote()->isVisible());
        QVERIFY2(page.chart()->loadingNote()->text().endsWith(
                     u"Grey bars are not complete yet: the history is still loading"_s),
            qPrintable(page.chart()->loadingNote()->text()));

        // The pages have come back to Wed 25 Nov 10:00 Almaty: the bars from 26 Nov are whole and green.
        QVERIFY(store->setSyncValue(synckeys::historyInvoicesCoveredFrom(), u"2026-11-25T05:00:00.000Z"_s).ok());
        QVERIFY(store->setSyncValue(synckeys::historyRefundsDone(), u"1"_s).ok());
        page.model()->refresh();
        QTRY_COMPARE(page.chart()->incompleteBarCount(), overview::kChartDays - 7);
        QVERIFY(!labelText(today, u"cardPeriod"_s).contains(u"so far"_s));
        QVERIFY(store->setSyncValue(synckeys::historyRefundsDone(), QString()).ok());

        // Every invoice is read; the refunds are read after them, and their pages have not come back to today yet.
        QVERIFY(store->setSyncValue(synckeys::historyInvoicesDone(), u"1"_s).ok());
        QVERIFY(store->setSyncValue(synckeys::historyRefundsCoveredFrom(), u"2026-12-02T05:00:00.000Z"_s).ok());
        page.model()->refresh();
        QTRY_VERIFY2(labelText(today, u"cardPeriod"_s).contains(u"so far: the history is still loading"_s),
            qPrintable(labelText(today, u"cardPeriod"_s)));
        QCOMPARE(labelText(today, u"refundsChange"_s), u"…"_s);

        // The sync finishes: the same cards compare again.
        QVERIFY(store->setSyncValue(synckeys::historyRefundsDone(), u"1"_s).ok());
        page.model()->refresh();
        QTRY_COMPARE(labelText(today, u"takingsChange"_s), u"—"_s); // nothing yesterday: no base
        QVERIFY(!labelText(today, u"cardPeriod"_s).contains(u"so far"_s));
        QCOMPARE(page.chart()->incompleteBarCount(), 0);
        QVERIFY(!page.chart()->loadingNote()->isVisible());
    }

    void cards_showTheNumbers()
    {
        HistoryStore* store = openHistory();
        QVERIFY(store);
        Invoice coffee = invoice(11, u"partially_refunded"_s, 500, utc(12, 2, 4)); // Wed 2 Dec, 09:00 Almaty
        coffee.totalRefunded = Money::fromTenge(100);
        coffee.items = { InvoiceItem { 1, {}, u"Coffee"_s, Money::fromTenge(250), {}, 2, {}, {} } };
        Invoice cake = invoice(12, u"paid"_s, 1500, utc(12, 2, 10)); // 15:00 Almaty
        cake.items = { InvoiceItem { 2, {}, u"Cake"_s, Money::fromTenge(1500), {}, 1, {}, {} } };
        QVERIFY(store
                    ->upsertInvoices({
                        coffee,
                        cake,
                        invoice(13, u"paid"_s, 4000, utc(11, 30, 19, 5)), // Tue 1 Dec 00:05 Almaty: yesterday
                        invoice(14, u"pending"_s, 700, utc(12, 2, 11)),
                    })
                    .ok());
        // 10:00 Almaty
        QVERIFY(store->upsertRefunds({ test::refundOf(91, 11, Money::fromTenge(100), u"completed"_s, utc(12, 2, 5)) })
                    .ok());

        OverviewPage page(context());
        page.model()->setClock([] { return utc(12, 2, 12); });
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(!page.showsEmptyState());
        const DisplayFormat format = m_session->displayFormat();
        OverviewCard* today = page.card(PeriodKind::Day);
        QTRY_COMPARE(labelText(today, u"takingsValue"_s), format.money(Money::fromTenge(2000)));
        QCOMPARE(labelText(today, u"refundsValue"_s), format.money(Money::fromTenge(100)));
        QCOMPARE(labelText(today, u"netValue"_s), format.money(Money::fromTenge(1900)));
        QCOMPARE(labelText(today, u"countValue"_s), u"2"_s);
        QCOMPARE(labelText(today, u"averageValue"_s), format.money(Money::fromTenge(1000)));
        QCOMPARE(labelText(today, u"takingsChange"_s), u"▼ 50 %"_s); // 2 000 ₸ against yesterday's 4 000 ₸
        QCOMPARE(labelText(today, u"countChange"_s), u"▲ 100 %"_s); // 2 invoices against 1
        QCOMPARE(labelText(today, u"refundsChange"_s), u"—"_s); // nothing refunded yesterday
        QCOMPARE(labelText(today, u"cardTitle"_s), u"Today"_s);

        OverviewCard* month = page.card(PeriodKind::Month);
        QCOMPARE(labelText(month, u"takingsValue"_s), format.money(Money::fromTenge(6000)));
        QCOMPARE(labelText(month, u"takingsChange"_s), u"—"_s); // November had nothing
        QCOMPARE(labelText(page.card(PeriodKind::Week), u"countValue"_s), u"3"_s);

        QCOMPARE(page.waitingLabel()->text(), u"Waiting for payment now: 1"_s);

        QTableWidget* sellers = page.bestSellersTable();
        QCOMPARE(sellers->rowCount(), 2);
        QCOMPARE(sellers->item(0, 0)->text(), u"Cake"_s);
        QCOMPARE(sellers->item(0, 2)->text(), format.money(Money::fromTenge(1500)));
        QCOMPARE(sellers->item(1, 0)->text(), u"Coffee"_s);
        QCOMPARE(sellers->item(1, 1)->text(), u"2"_s);

        // The chart: 30 days, then 12 months; the value axis in whole tenge.
        OverviewChart* chart = page.chart();
        // Under the bars: each Monday and today (2 Dec 2026 is a Wednesday: Mondays 9, 16, 23, 30 Nov).
        QCOMPARE(chart->barLabels(), (QStringList { u"9 Nov"_s, u"16 Nov"_s, u"23 Nov"_s, u"30 Nov"_s, u"2 Dec"_s }));
        const QStringList values = chart->valueLabels();
        QVERIFY(values.size() >= 2);
        for (const QString& value : values) {
            QVERIFY2(value.endsWith(u" ₸"_s) && !value.contains(u'.'), qPrintable(value));
        }
        QVERIFY2(values.constLast().startsWith(u"4,000"_s) || values.constLast().startsWith(u"5,000"_s),
            qPrintable(values.join(u" | "_s)));
        auto* months = chart->findChild<QToolButton*>(u"chartMonthsButton"_s);
        QVERIFY(months);
        months->click();
        QVERIFY(chart->showsMonths());
        QCOMPARE(chart->barLabels().size(), 12);
        QCOMPARE(chart->barLabels().constLast(), u"Dec"_s);

        // A new payment is followed (the store announces it).
        QVERIFY(store->upsertInvoices({ invoice(15, u"paid"_s, 3000, utc(12, 2, 11, 30)) }).ok());
        QTRY_COMPARE(labelText(today, u"takingsValue"_s), format.money(Money::fromTenge(5000)));
        QTRY_COMPARE(page.waitingLabel()->text(), u"Waiting for payment now: 1"_s);
    }

    void figures_openWhatIsBehindThem_byMouseAndKeyboard()
    {
        HistoryStore* store = openHistory();
        QVERIFY(store);
        QVERIFY(store
                    ->upsertInvoices(
                        { invoice(21, u"paid"_s, 1000, utc(12, 2, 4)), invoice(22, u"pending"_s, 700, utc(12, 2, 5)) })
                    .ok());
        OverviewPage page(context());
        page.model()->setClock([] { return utc(12, 2, 12); }); // Wednesday 2 Dec 2026, 17:00 Almaty
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.showsEmptyState() && !page.model()->isPending());
        QTRY_COMPARE(page.waitingLabel()->text(), u"Waiting for payment now: 1"_s);

        // Every figure that opens something is reached with Tab and says what it opens.
        QList<QWidget*> links { page.waitingLabel() };
        for (const PeriodKind kind : { PeriodKind::Day, PeriodKind::Week, PeriodKind::Month }) {
            for (const QString& figure : { u"takings"_s, u"count"_s, u"refunds"_s }) {
                QWidget* link = page.card(kind)->link(figure);
                QVERIFY2(link, qPrintable(figure));
                links.append(link);
            }
            QVERIFY(!page.card(kind)->link(u"net"_s)); // the others are plain figures
        }
        for (QWidget* link : links) {
            QVERIFY2(link->toolTip().startsWith(u"Open the "_s), qPrintable(link->objectName()));
            QCOMPARE(link->focusPolicy(), Qt::StrongFocus);
            QCOMPARE(link->cursor().shape(), Qt::PointingHandCursor);
        }
        QCOMPARE(page.card(PeriodKind::Week)->link(u"count"_s)->toolTip(), u"Open the invoices paid this week"_s);
        QCOMPARE(page.card(PeriodKind::Month)->link(u"refunds"_s)->toolTip(), u"Open the refunds made this month"_s);
        page.reportButton()->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> reached;
        for (int tab = 0; tab < 40; ++tab) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
        }
        for (QWidget* link : links) {
            QVERIFY2(reached.contains(link), qPrintable(link->objectName() + u" is not reached with Tab"_s));
        }

        QSignalSpy invoices(&m_navigator, &TestNavigator::showInvoicesRequested);
        QSignalSpy refunds(&m_navigator, &TestNavigator::showRefundsRequested);
        // Enter on the waiting figure: the statuses the figure counts, any day.
        page.waitingLabel()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(page.waitingLabel(), Qt::Key_Return);
        QCOMPARE(invoices.size(), 1);
        QCOMPARE(m_navigator.lastInvoiceList.statuses,
            (QList<InvoiceStatus::Value> { InvoiceStatus::Processing, InvoiceStatus::Pending }));
        QVERIFY(!m_navigator.lastInvoiceList.firstDay.isValid() && !m_navigator.lastInvoiceList.lastDay.isValid());
        QCOMPARE(m_navigator.lastInvoiceList.caption, u"Overview: waiting for payment now"_s);

        // A click on this week's paid invoices: Monday 30 Nov … Sunday 6 Dec, counted by the day of payment.
        QWidget* weekCount = page.card(PeriodKind::Week)->link(u"count"_s);
        QTest::mouseClick(weekCount, Qt::LeftButton, {}, weekCount->rect().center());
        QCOMPARE(invoices.size(), 2);
        QCOMPARE(m_navigator.lastInvoiceList.statuses,
            (QList<InvoiceStatus::Value> {
                InvoiceStatus::Paid, InvoiceStatus::PartiallyRefunded, InvoiceStatus::Refunded }));
        QCOMPARE(m_navigator.lastInvoiceList.firstDay, QDate(2026, 11, 30));
        QCOMPARE(m_navigator.lastInvoiceList.lastDay, QDate(2026, 12, 6));
        QVERIFY(m_navigator.lastInvoiceList.days == InvoiceListRequest::Days::Paid);
        QCOMPARE(m_navigator.lastInvoiceList.caption, u"Overview: paid this week"_s);

        // Space on today's takings; a click on the month's refunds opens the refund history of December.
        QWidget* todayTakings = page.card(PeriodKind::Day)->link(u"takings"_s);
        todayTakings->setFocus(Qt::TabFocusReason);
        QTest::keyClick(todayTakings, Qt::Key_Space);
        QCOMPARE(invoices.size(), 3);
        QCOMPARE(m_navigator.lastInvoiceList.firstDay, QDate(2026, 12, 2));
        QCOMPARE(m_navigator.lastInvoiceList.lastDay, QDate(2026, 12, 2));
        QWidget* monthRefunds = page.card(PeriodKind::Month)->link(u"refunds"_s);
        QTest::mouseClick(monthRefunds, Qt::LeftButton, {}, monthRefunds->rect().center());
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(m_navigator.lastRefundList.firstDay, QDate(2026, 12, 1));
        QCOMPARE(m_navigator.lastRefundList.lastDay, QDate(2026, 12, 31));
        // Other keys do nothing.
        QTest::keyClick(monthRefunds, Qt::Key_A);
        QCOMPARE(refunds.size(), 1);
    }

    void endOfDayReport_savedAsPdf_readsBack()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        HistoryStore* store = openHistory();
        QVERIFY(store);
        const DisplayFormat format = m_session->displayFormat();
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(format.zone()).date();
        const QDateTime morning = today.startOfDay(format.zone()).addSecs(9 * 3600 + 300).toUTC();
        Invoice refunded = invoice(77003, u"partially_refunded"_s, 1250, morning.addSecs(3600), u"Cake"_s);
        refunded.totalRefunded = Money::fromTenge(250);
        // Descriptions without "ff" or "fi": the PDF font writes those as one ligature glyph.
        QVERIFY(store
                    ->upsertInvoices({ invoice(77001, u"paid"_s, 500, morning, u"Morning tea"_s),
                        invoice(77002, u"paid"_s, 2000, morning.addSecs(1800), u"Lunch"_s), refunded })
                    .ok());
        QVERIFY(store
                    ->upsertRefunds(
                        { test::refundOf(77900, 77003, Money::fromTenge(250), u"completed"_s, morning.addSecs(7200)) })
                    .ok());

        OverviewPage page(context());
        page.show();
        page.reportButton()->click();
        auto* dialog = page.findChild<EndOfDayDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->day(), today);

        const QString file = m_dir.filePath(u"report.pdf"_s);
        QSignalSpy saved(dialog, &EndOfDayDialog::pdfSaved);
        QVERIFY2(dialog->saveTo(file), qPrintable(dialog->statusText()));
        QCOMPARE(saved.size(), 1);

        QProcess process;
        process.start(pdftotext, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s, file, u"-"_s });
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = plain(QString::fromUtf8(process.readAllStandardOutput()));
        for (const QString& expected : { u"End-of-day report"_s, u"Café Alma"_s, u"77001"_s, u"77003"_s, u"77900"_s,
                 u"Morning tea"_s, plain(format.money(Money::fromTenge(3750))),
                 plain(format.money(Money::fromTenge(250))), plain(format.money(Money::fromTenge(3500))) }) {
            QVERIFY2(text.contains(expected), qPrintable(u"“%1” is not in the PDF:\n%2"_s.arg(expected, text)));
        }
        dialog->reject();
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
