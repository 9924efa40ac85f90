// Static QR sheets on the real main window, in the v2.0 and the v2.1 profile. v2.1: a sheet for a fixed amount is
// created from the "QR sheets" page, printed to PDF (pdftotext reads back the short code and the amount; the printed
// page, rasterised by pdftoppm, decodes with ZXing back to print_url), scanned by the simulated customer (a QR
// invoice that the invoices page shows after F5), paid (the sheet turns "Paid" with a time), and disabled after a
// confirmation. v2.0: the page says in one line that the server has no static QR sheets.
#include "journeydriver.h"
#include "journeyfixture.h"
#include "journeyqr.h"

#include "models/staticqrtablemodel.h"
#include "sandbox/sandboxserver.h"
#include "session/democontrol.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "staticqr/staticqrpage.h"
#include "staticqr/staticqrprinting.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;
using apipay::test::JourneyDriver;
using apipay::test::JourneyFixture;
using PageId = MainWindow::PageId;

namespace {

// pdftotext folds spaces differently from the app (narrow no-break spaces in amounts): compare without any.
QString plain(QString text)
{
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

QString cell(const QAbstractItemView* view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

} // namespace

class TestJourneyStaticQr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void init() { JOURNEY_START(m_f); }
    void cleanup() { m_f.reset(); }

    void sheet_created_printed_scanned_paid_disabled_data() { JourneyFixture::addProfileRows(); }
    void sheet_created_printed_scanned_paid_disabled();

private:
    std::unique_ptr<JourneyFixture> m_f;
};

void TestJourneyStaticQr::sheet_created_printed_scanned_paid_disabled()
{
    JourneyDriver& d = m_f->driver();
    d.key(Qt::Key_8, Qt::ControlModifier);
    auto* page = qobject_cast<StaticQrPage*>(m_f->window()->page(PageId::StaticQr));
    QVERIFY(page);
    QCOMPARE(m_f->window()->currentPage(), page);
    if (m_f->profile() == sandbox::Profile::V20) {
        JWAIT(d, u"This server (API v2.0) has no static QR sheets"_s);
        QVERIFY(!page->newButton()->isVisible());
        QVERIFY(!page->scanButton()->isVisible());
        QCOMPARE(page->model()->rowCount(), 0);
        // Not an error: no banner.
        auto* banner = m_f->window()->findChild<QWidget*>(u"errorBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        return;
    }
    const QString noSheets
        = u"No QR sheets yet. Choose \"New sheet…\" to print a QR code that customers scan to pay a fixed amount."_s;
    JWAIT(d, noSheets);
    // Nothing to preview yet: no empty pane beside the text, which stands in the middle of the page.
    auto* qr = page->findChild<QWidget*>(u"sheetQrWidget"_s);
    QVERIFY(qr);
    QVERIFY(!qr->isVisible());
    const QLabel* noSheetsLabel = nullptr;
    for (const QLabel* label : page->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text() == noSheets) {
            noSheetsLabel = label;
        }
    }
    QVERIFY(noSheetsLabel);
    const int textMiddle = noSheetsLabel->mapTo(page, noSheetsLabel->rect().center()).x();
    QVERIFY2(qAbs(textMiddle - page->width() / 2) < page->width() / 10,
        qPrintable(u"text centred at x=%1 on a page %2 px wide"_s.arg(textMiddle).arg(page->width())));

    // New sheet: 2 500 ₸, a description, single use (the default).
    JCLICK(d, u"New sheet…"_s);
    JWAIT(d, u"New QR sheet"_s);
    JTYPE(d, u"Amount"_s, u"2500"_s);
    JTYPE(d, u"Description:"_s, u"Coffee to go"_s);
    QSignalSpy created(page, &StaticQrPage::sheetCreated);
    JCLICK(d, u"Create sheet"_s);
    QTRY_COMPARE(created.size(), 1);
    const auto sheet = created.first().first().value<StaticQrSheet>();
    QVERIFY(sheet.singleUse);
    QVERIFY(sheet.printUrl.startsWith(u"https://qr.apipay.kz/"_s));
    QCOMPARE(sheet.shortCode.size(), 8);
    QAbstractItemView* table = m_f->table(u"QR sheets"_s);
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QString amountText = m_f->context()->displayFormat().money(Money::fromTenge(2500));
    QCOMPARE(cell(table, 0, StaticQrTableModel::ShortCode), sheet.shortCode);
    QCOMPARE(cell(table, 0, StaticQrTableModel::Amount), amountText);
    QCOMPARE(cell(table, 0, StaticQrTableModel::Status), u"Active"_s);
    QCOMPARE(cell(table, 0, StaticQrTableModel::SingleUse), u"Yes"_s);
    QCOMPARE(page->codeLabel()->text(), sheet.shortCode);
    QTRY_VERIFY(qr->isVisible());
    // The first sheet of an empty list is shown whole: the code, the amount and the state are not cut to "M…", "2 5…".
    auto* tableView = qobject_cast<QTableView*>(table);
    QVERIFY(tableView);
    for (const int column :
        { int(StaticQrTableModel::ShortCode), int(StaticQrTableModel::Amount), int(StaticQrTableModel::Status) }) {
        QTRY_VERIFY2(tableView->columnWidth(column) >= table->sizeHintForColumn(column),
            qPrintable(u"column %1: %2 px for %3"_s.arg(column)
                           .arg(tableView->columnWidth(column))
                           .arg(table->sizeHintForColumn(column))));
    }

    // Printed (as PDF): the code and the amount are text on the page, and the printed QR reads back to print_url.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(u"sheet.pdf"_s);
    QVERIFY(page->savePdf(pdf));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
        QVERIFY(process.waitForFinished(20'000));
        const QString text = plain(QString::fromUtf8(process.readAllStandardOutput()));
        QVERIFY2(text.contains(sheet.shortCode), qPrintable(text));
        QVERIFY2(text.contains(plain(amountText)), qPrintable(text));
        QVERIFY2(text.contains(plain(m_f->context()->shopName())), qPrintable(text));
    } else {
        qWarning("pdftotext (poppler-utils) is not installed: the PDF's text is not read back");
    }
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (!pdftoppm.isEmpty()) {
        QProcess raster;
        raster.start(pdftoppm, { u"-r"_s, u"150"_s, u"-png"_s, u"-singlefile"_s, pdf, dir.filePath(u"page"_s) });
        QVERIFY(raster.waitForFinished(20'000));
        const QImage printed(dir.filePath(u"page.png"_s));
        QVERIFY(!printed.isNull());
        QCOMPARE(test::decodeQr(printed), sheet.printUrl);
    } else {
        qWarning("pdftoppm (poppler-utils) is not installed: the printed page is not decoded");
    }
    // The A5 preview image decodes too.
    const auto content = staticqrprint::contentOf(sheet, m_f->context()->shopName(), m_f->context()->displayFormat());
    QCOMPARE(test::decodeQr(staticqrprint::render(content, 900)), sheet.printUrl);
    // Print… opens the A5 preview.
    JCLICK(d, u"Print…"_s);
    QWidget* preview = nullptr;
    QTRY_VERIFY((preview = page->findChild<QWidget*>(u"sheetPreviewDialog"_s)) && preview->isVisible());
    preview->close();

    // The simulated customer scans: a QR invoice waits for payment; the sheet counts the scan.
    QSignalSpy scanned(page, &StaticQrPage::scanned);
    JCLICK(d, u"Simulate a scan"_s);
    QCOMPARE(scanned.size(), 1);
    const qint64 invoiceId = scanned.first().first().toLongLong();
    QVERIFY(invoiceId > 0);
    QTRY_COMPARE(cell(table, 0, StaticQrTableModel::Scans), u"1"_s);
    QTRY_COMPARE(m_f->server()->invoiceStatus(invoiceId).value_or(QString()), u"pending"_s);

    // The customer pays; F5 on the page shows the sheet paid.
    QString reason;
    QVERIFY2(m_f->context()->demoControl()->simulateInvoicePaid(invoiceId, &reason), qPrintable(reason));
    d.key(Qt::Key_F5);
    QTRY_COMPARE(cell(table, 0, StaticQrTableModel::Status), u"Paid"_s);
    QVERIFY(cell(table, 0, StaticQrTableModel::PaidAt) != u"—"_s); // the time it was paid

    // The invoice the scan created is in the history (invoices page, F5).
    d.key(Qt::Key_2, Qt::ControlModifier);
    d.key(Qt::Key_F5);
    QVERIFY(m_f->openInvoiceInList(invoiceId) >= 0);

    // Disable, after the confirmation.
    d.key(Qt::Key_8, Qt::ControlModifier);
    QTRY_VERIFY(page->disableButton()->isEnabled());
    JCLICK(d, u"Disable"_s);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox*>(u"disableSheetMessageBox"_s)) && box->isVisible());
    QSignalSpy disabled(page, &StaticQrPage::sheetDisabled);
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole) {
            button->click();
        }
    }
    QTRY_COMPARE(disabled.size(), 1);
    QTRY_COMPARE(cell(table, 0, StaticQrTableModel::Status), u"Disabled"_s);
    QVERIFY(!page->disableButton()->isEnabled());
    QVERIFY(!page->scanButton()->isEnabled());
    QString refused;
    QVERIFY(!m_f->context()->demoControl()->simulateStaticQrScan(sheet.id, &refused));
}

QTEST_MAIN(TestJourneyStaticQr)
#include "tst_journey_staticqr.moc"
