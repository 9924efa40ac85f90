#include "catalog/catalogbatchdialog.h"
#include "catalog/catalogeditdialog.h"
#include "catalog/catalogimagepicker.h"
#include "catalog/catalogitemroweditor.h"
#include "catalog/catalogpage.h"
#include "catalog/catalogunitcombobox.h"

#include "api/apiclient.h"
#include "images/imagecache.h"
#include "models/catalogtablemodel.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "secrets/inmemorysecretstore.h"
#include "shell/pagecontext.h"
#include "testpagecontext.h"
#include "widgets/moneylineedit.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace apipay;

class TestCatalogPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void batchWithUploadedImage_appearsWithThumbnail();
    void edit_sendsOnlyChangedFields_andRemovesImage();
    void delete_confirmed_removesTheItem();
    void delete_connectionDroppedAfterDeleting_readBackSaysDeleted();
    void delete_connectionDroppedBeforeDeleting_readBackSaysNotDeleted();
    void upload_connectionDropped_saidPlainly_retriedOnlyBySave();
    void badPicture_refusedBeforeSending();
    void stopWhileCreating_waitsForTheAnswer();
    void create_answerLostReadBackFails_saveChecksAgain_neverTwice();
    void pendingItems_readAgainByThemselves();
    void escWhileUploadingAPicture_stopsAndStaysOpen();
    void unitPicker_showsKazakhNamesInKazakh();

private:
    void openPage(CatalogPage& page);
    // The add dialog with one row filled (and a picture when `imageFile` is set), Save pressed: the dialog, sending.
    QPointer<CatalogBatchDialog> saveOneRow(
        CatalogPage& page, const QString& name, const QString& price, const QString& imageFile);
    // Adds items through the batch dialog; returns the ids in order.
    QList<qint64> addThroughDialog(
        CatalogPage& page, const QList<std::pair<QString, QString>>& rows, const QString& imageFile);
    QString writePng(const QColor& colour, int side);
    // The sandbox's processing delay of these new items has run out: the next read shows them active.
    bool processedByServer(const QList<qint64>& ids)
    {
        return std::all_of(ids.cbegin(), ids.cend(), [this](qint64 id) {
            const sandbox::SandboxCatalogItem* item = m_server->store().catalogItem(id);
            return item && item->dueAt <= m_server->now();
        });
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_context;
    TestNavigator m_navigator;
    TestNotifier m_notifier;
    PageContext pageContext() { return PageContext { m_context.get(), &m_navigator, &m_notifier }; }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalogPage::initTestCase()
{
    test::initTestEnvironment();
}

void TestCatalogPage::init()
{
    sandbox::SandboxServer::Options options;
    options.demoData = false;
    options.processingDelayMs = 50;
    options.rateLimit = 10'000;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start(0));
    m_context = std::make_unique<Session>(new InMemorySecretStore);
    m_notifier.setSession(m_context.get());
    QVERIFY(m_context->useServer(
        m_server->baseUrl(), sandbox::SandboxServer::demoKey(), Session::Mode::Sandbox, u"Test shop"_s));
    ApiClient::Config config = m_context->api()->config();
    config.requestsPerMinute = 10'000;
    QVERIFY(m_context->api()->setConfig(config));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCatalogPage::cleanup()
{
    m_context.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestCatalogPage::writePng(const QColor& colour, int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = m_dir->filePath(u"item-%1.png"_s.arg(colour.name().mid(1)));
    image.save(path, "PNG");
    return path;
}

void TestCatalogPage::openPage(CatalogPage& page)
{
    page.resize(1100, 600);
    page.show();
    page.activated();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && !page.model()->units().isEmpty(), 10'000);
}

QPointer<CatalogBatchDialog> TestCatalogPage::saveOneRow(
    CatalogPage& page, const QString& name, const QString& price, const QString& imageFile)
{
    QPointer<CatalogBatchDialog> dialog = page.openAddDialog();
    if (!dialog) {
        return {};
    }
    CatalogItemRowEditor* row = dialog->rows().first();
    row->nameEdit()->setText(name);
    row->priceEdit()->setText(price);
    if (!imageFile.isEmpty() && !row->imagePicker()->setFile(imageFile)) {
        return {};
    }
    dialog->findChild<QPushButton*>(u"savePushButton"_s)->click();
    return dialog;
}

QList<qint64> TestCatalogPage::addThroughDialog(
    CatalogPage& page, const QList<std::pair<QString, QString>>& rows, const QString& imageFile)
{
    QPointer<CatalogBatchDialog> dialog = page.openAddDialog();
    if (!dialog) {
        return {};
    }
    for (int i = 0; i < rows.size(); ++i) {
        CatalogItemRowEditor* row = i == 0 ? dialog->rows().first() : dialog->addRow();
        row->nameEdit()->setText(rows.at(i).first);
        row->priceEdit()->setText(rows.at(i).second);
        if (i == 0 && !imageFile.isEmpty() && !row->imagePicker()->setFile(imageFile)) {
            return {};
        }
    }
    const int before = page.model()->rowCount();
    dialog->findChild<QPushButton*>(u"savePushButton"_s)->click();
    if (!QTest::qWaitFor([&] { return dialog.isNull(); }, 10'000)) {
        return {};
    }
    (void)QTest::qWaitFor([&] { return page.model()->rowCount() == before + rows.size(); }, 5000);
    QList<qint64> ids;
    for (const auto& row : rows) {
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->itemAt(r).name == row.first) {
                ids.append(page.model()->itemAt(r).id);
            }
        }
    }
    return ids;
}

void TestCatalogPage::batchWithUploadedImage_appearsWithThumbnail()
{
    CatalogPage page(pageContext());
    new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
    openPage(page);
    QCOMPARE(page.model()->rowCount(), 0);

    const QString png = writePng(QColor(220, 20, 20), 128);
    const QList<qint64> ids
        = addThroughDialog(page, { { u"Raspberry tart"_s, u"1 500"_s }, { u"Americano"_s, u"1200,50"_s } }, png);
    QCOMPARE(ids.size(), 2);
    QCOMPARE(m_server->catalogItemCount(), 2);
    // New items are pending until the service activates them.
    QCOMPARE(page.model()->itemAt(page.model()->rowOfId(ids.at(0))).status, u"pending"_s);
    QVERIFY(page.pendingLabel()->isVisibleTo(&page));

    // Refresh after the processing delay: both active, the tart with its picture.
    QTRY_VERIFY(processedByServer(ids));
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() == 2, 10'000);
    const CatalogItem tart = page.model()->itemAt(page.model()->rowOfId(ids.at(0)));
    const CatalogItem americano = page.model()->itemAt(page.model()->rowOfId(ids.at(1)));
    QCOMPARE(tart.status, u"active"_s);
    QCOMPARE(tart.sellingPrice, std::optional<Money>(Money::fromTenge(1500)));
    QCOMPARE(americano.sellingPrice, std::optional<Money>(Money::fromTiyn(120050)));
    QVERIFY(!tart.imageUrl.isEmpty());
    QVERIFY(americano.imageUrl.isEmpty());
    QVERIFY(!page.pendingLabel()->isVisibleTo(&page));
    // The names take the width the other columns leave: the table reaches the page's right edge, no empty strip.
    QTRY_COMPARE(page.tableView()->horizontalHeader()->length(), page.tableView()->viewport()->width());

    // The picture is in the cache and painted by the delegate next to the name.
    QTRY_VERIFY_WITH_TIMEOUT(!m_context->imageCache()->thumbnail(QUrl(tart.imageUrl), 40).isNull(), 10'000);
    const QModelIndex nameIndex = page.model()->index(page.model()->rowOfId(tart.id), CatalogTableModel::Name);
    const QRect cell = page.tableView()->visualRect(nameIndex);
    QVERIFY(cell.isValid());
    const QImage shot = page.tableView()->viewport()->grab().toImage();
    const QPoint centre(cell.left() + 4 + 20, cell.center().y());
    const QColor painted = shot.pixelColor(centre * shot.devicePixelRatio());
    QVERIFY2(painted.red() > 180 && painted.green() < 80 && painted.blue() < 80, qPrintable(painted.name()));
    // The row without a picture paints no red there.
    const QRect other = page.tableView()->visualRect(
        page.model()->index(page.model()->rowOfId(americano.id), CatalogTableModel::Name));
    const QColor empty = shot.pixelColor(QPoint(other.left() + 24, other.center().y()) * shot.devicePixelRatio());
    QVERIFY(!(empty.red() > 180 && empty.green() < 80));
}

void TestCatalogPage::edit_sendsOnlyChangedFields_andRemovesImage()
{
    CatalogPage page(pageContext());
    openPage(page);
    const QList<qint64> ids = addThroughDialog(page, { { u"Latte"_s, u"1500"_s } }, writePng(Qt::blue, 96));
    QCOMPARE(ids.size(), 1);
    QTRY_VERIFY(processedByServer(ids));
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() == 1, 10'000);
    QVERIFY(!page.model()->itemAt(0).imageUrl.isEmpty());

    QVERIFY(page.selectItem(ids.first()));
    QPointer<CatalogEditDialog> dialog = page.openEditDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), u"Latte"_s);
    dialog->priceEdit()->setText(u"1800"_s);
    const std::optional<CatalogItemPatch> patch = dialog->patch();
    QVERIFY(patch.has_value());
    QCOMPARE(patch->sellingPrice, std::optional<Money>(Money::fromTenge(1800)));
    QVERIFY(!patch->name);
    QVERIFY(!patch->unitId);
    QVERIFY(!patch->barcode);
    QVERIFY(!patch->imageId);
    QVERIFY(!patch->deleteImage);
    dialog->findChild<QPushButton*>(u"savePushButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        page.model()->rowCount() == 1 ? page.model()->itemAt(0).sellingPrice : std::optional<Money>(),
        std::optional<Money>(Money::fromTenge(1800)), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
    QCOMPARE(page.model()->itemAt(0).name, u"Latte"_s);

    // Remove the picture.
    QVERIFY(page.selectItem(ids.first()));
    dialog = page.openEditDialog();
    QVERIFY(dialog);
    dialog->imagePicker()->removeButton()->click();
    QVERIFY(dialog->patch()->deleteImage);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10'000);
    // The server has dropped the picture, and the page's own reload after the save is done.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->store().catalogItem(ids.first())
            && m_server->store().catalogItem(ids.first())->imageId.isEmpty() && !page.model()->isLoading(),
        10'000);
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        !page.model()->isLoading() && page.model()->rowCount() == 1 && page.model()->itemAt(0).imageUrl.isEmpty(),
        10'000);
}

void TestCatalogPage::delete_confirmed_removesTheItem()
{
    CatalogPage page(pageContext());
    openPage(page);
    const QList<qint64> ids = addThroughDialog(page, { { u"Tea"_s, u"500"_s }, { u"Cake"_s, u"900"_s } }, QString());
    QCOMPARE(ids.size(), 2);

    QVERIFY(page.selectItem(ids.at(0)));
    QSignalSpy deleted(&page, &CatalogPage::itemDeleted);
    QMessageBox* box = page.requestDelete();
    QVERIFY(box);
    box->findChild<QPushButton*>(u"confirmPushButton"_s)->click();
    QVERIFY(deleted.wait(10'000));
    QCOMPARE(deleted.first().at(1).toBool(), true);
    QCOMPARE(page.model()->rowOfId(ids.at(0)), -1);
    QVERIFY(page.model()->rowOfId(ids.at(1)) >= 0);
    QCOMPARE(m_server->catalogItemCount(), 1);
}

void TestCatalogPage::delete_connectionDroppedAfterDeleting_readBackSaysDeleted()
{
    CatalogPage page(pageContext());
    openPage(page);
    const QList<qint64> ids = addThroughDialog(page, { { u"Tea"_s, u"500"_s }, { u"Cake"_s, u"900"_s } }, QString());
    QCOMPARE(ids.size(), 2);
    QVERIFY(page.selectItem(ids.at(0)));
    QSignalSpy deleted(&page, &CatalogPage::itemDeleted);
    QSignalSpy infos(&m_notifier, &TestNotifier::infoReported);
    QSignalSpy errors(&m_notifier, &TestNotifier::errorReported);
    QList<QString> handled;
    connect(m_server.get(), &sandbox::SandboxServer::requestHandled, &page,
        [&handled](const QString& method, const QString& path, int) { handled.append(method + u' ' + path); });
    m_server->dropNext("DELETE", u"/catalog/*"_s);
    QMessageBox* box = page.requestDelete();
    QVERIFY(box);
    box->findChild<QPushButton*>(u"confirmPushButton"_s)->click();
    QVERIFY(deleted.wait(10'000));
    // Sent once (no "404 not found" from a second DELETE), then settled by reading the catalog back.
    QCOMPARE(handled.filter(u"DELETE"_s).size(), 1);
    QCOMPARE(deleted.first().at(1).toBool(), true);
    QCOMPARE(errors.count(), 0);
    QVERIFY(infos.count() >= 2);
    QVERIFY2(infos.first().first().toString().contains(u"Checking whether it was deleted"_s),
        qPrintable(infos.first().first().toString()));
    QCOMPARE(infos.last().first().toString(), u"Item %1 was deleted."_s.arg(ids.at(0)));
    QCOMPARE(page.model()->rowOfId(ids.at(0)), -1);
    QVERIFY(page.model()->rowOfId(ids.at(1)) >= 0);
    QVERIFY(!page.isDeleting());
}

void TestCatalogPage::delete_connectionDroppedBeforeDeleting_readBackSaysNotDeleted()
{
    CatalogPage page(pageContext());
    openPage(page);
    const QList<qint64> ids = addThroughDialog(page, { { u"Tea"_s, u"500"_s } }, QString());
    QCOMPARE(ids.size(), 1);
    QVERIFY(page.selectItem(ids.at(0)));
    QSignalSpy deleted(&page, &CatalogPage::itemDeleted);
    QSignalSpy infos(&m_notifier, &TestNotifier::infoReported);
    using Fault = sandbox::SandboxFault;
    m_server->addFault(Fault::make(Fault::Kind::DropBeforeHandling, "DELETE", u"/catalog/*"_s, 1));
    QMessageBox* box = page.requestDelete();
    QVERIFY(box);
    box->findChild<QPushButton*>(u"confirmPushButton"_s)->click();
    QVERIFY(deleted.wait(10'000));
    QCOMPARE(deleted.first().at(1).toBool(), false);
    QVERIFY(!infos.isEmpty());
    QVERIFY2(infos.last().first().toString().startsWith(u"Item %1 was not deleted"_s.arg(ids.at(0))),
        qPrintable(infos.last().first().toString()));
    QVERIFY(page.model()->rowOfId(ids.at(0)) >= 0);
    QCOMPARE(m_server->catalogItemCount(), 1);
    QVERIFY(!page.isDeleting());
}

void TestCatalogPage::upload_connectionDropped_saidPlainly_retriedOnlyBySave()
{
    CatalogPage page(pageContext());
    openPage(page);
    int uploads = 0;
    connect(m_server.get(), &sandbox::SandboxServer::requestHandled, &page,
        [&uploads](const QString&, const QString& path, int) {
            uploads += path.endsWith(u"/catalog/upload-image"_s) ? 1 : 0;
        });
    m_server->dropNext("POST", u"/catalog/upload-image"_s);
    QPointer<CatalogBatchDialog> dialog = page.openAddDialog();
    QVERIFY(dialog);
    CatalogItemRowEditor* row = dialog->rows().first();
    row->nameEdit()->setText(u"Latte"_s);
    row->priceEdit()->setText(u"1500"_s);
    QVERIFY(row->imagePicker()->setFile(writePng(QColor(200, 120, 40), 200)));
    QPushButton* save = dialog->findChild<QPushButton*>(u"savePushButton"_s);
    save->click();
    const auto rowSays = [row](const QString& text) {
        const QList<QLabel*> labels = row->findChildren<QLabel*>();
        return std::any_of(labels.cbegin(), labels.cend(), [&text](const QLabel* label) {
            return label->isVisibleTo(label->window()) && label->text().contains(text);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled() && rowSays(u"may or may not have reached ApiPay"_s), 10'000);
    QVERIFY(rowSays(u"It was not sent again. Press Save to upload it again."_s));
    QCOMPARE(uploads, 1); // not re-sent by Qt behind the person's back
    QCOMPARE(m_server->catalogItemCount(), 0);
    QVERIFY(dialog);

    save->click(); // the explicit retry
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10'000);
    QCOMPARE(uploads, 2);
    QCOMPARE(m_server->catalogItemCount(), 1);
}

void TestCatalogPage::create_answerLostReadBackFails_saveChecksAgain_neverTwice()
{
    CatalogPage page(pageContext());
    openPage(page);
    // The server creates both items, the answer is lost, and the catalog cannot be read at first.
    m_server->dropNext("POST", u"/catalog"_s);
    m_server->failNext("GET", u"/catalog"_s, 503, R"({"message":"Service Unavailable"})", 100);
    QPointer<CatalogBatchDialog> dialog = page.openAddDialog();
    QVERIFY(dialog);
    CatalogItemRowEditor* first = dialog->rows().first();
    first->nameEdit()->setText(u"Latte"_s);
    first->priceEdit()->setText(u"1500"_s);
    dialog->findChild<QPushButton*>(u"addRowPushButton"_s)->click();
    QCOMPARE(dialog->rows().size(), 2);
    dialog->rows().at(1)->nameEdit()->setText(u"Cappuccino"_s);
    dialog->rows().at(1)->priceEdit()->setText(u"1400"_s);
    QPushButton* save = dialog->findChild<QPushButton*>(u"savePushButton"_s);
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled()
            && dialog->generalErrorLabel()->text().startsWith(u"Could not check whether the items were created"_s),
        10'000);
    QCOMPARE(m_server->catalogItemCount(), 2);
    QCOMPARE(m_server->loggedRequests("POST", u"/catalog"_s), 1);

    // The catalog can be read again: Save finds both items instead of creating them twice; the dialog closes.
    m_server->clearFaults();
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10'000);
    QCOMPARE(m_server->loggedRequests("POST", u"/catalog"_s), 1);
    QCOMPARE(m_server->catalogItemCount(), 2);
}

void TestCatalogPage::stopWhileCreating_waitsForTheAnswer()
{
    CatalogPage page(pageContext());
    openPage(page);
    QPointer<CatalogBatchDialog> dialog = saveOneRow(page, u"Latte"_s, u"1500"_s, {});
    QVERIFY(dialog && dialog->isBusy());
    // "Stop" while the items are on their way: they may exist already, so the answer is awaited, not cut off.
    dialog->cancelSendingButton()->click();
    QVERIFY(!dialog->cancelSendingButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10'000); // the answer came: created, the dialog closed as saved
    QCOMPARE(m_server->catalogItemCount(), 1);
    QTRY_COMPARE(page.model()->rowCount(), 1);
}

void TestCatalogPage::pendingItems_readAgainByThemselves()
{
    CatalogPage page(pageContext());
    openPage(page);
    const QList<qint64> ids = addThroughDialog(page, { { u"Green tea"_s, u"700"_s } }, {});
    QCOMPARE(ids.size(), 1);
    QCOMPARE(page.model()->itemAt(page.model()->rowOfId(ids.first())).status, u"pending"_s);
    QVERIFY(page.pendingLabel()->isVisibleTo(&page));
    QVERIFY(page.pendingLabel()->text().contains(u"read again by itself"_s));
    const int listsBefore = m_server->loggedRequests("GET", u"/catalog"_s);
    // Nobody presses F5: the page reads the catalog again by itself and the item turns active.
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->itemAt(page.model()->rowOfId(ids.first())).status, u"active"_s, 15'000);
    QVERIFY(!page.pendingLabel()->isVisibleTo(&page));
    const int lists = m_server->loggedRequests("GET", u"/catalog"_s) - listsBefore;
    QVERIFY2(lists >= 1 && lists <= 2, qPrintable(QString::number(lists)));
}

void TestCatalogPage::escWhileUploadingAPicture_stopsAndStaysOpen()
{
    CatalogPage page(pageContext());
    openPage(page);
    QPointer<CatalogBatchDialog> dialog = saveOneRow(page, u"Latte"_s, u"1500"_s, writePng(QColor(200, 120, 40), 200));
    QVERIFY(dialog && dialog->isBusy());
    QTest::keyClick(dialog, Qt::Key_Escape); // Esc while sending means "stop", not "close"
    QVERIFY(dialog);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->generalErrorLabel()->isVisibleTo(dialog));
    QCOMPARE(dialog->generalErrorLabel()->text(), u"Sending stopped. Nothing was created; press Save to try again."_s);
    QCOMPARE(dialog->rows().first()->nameEdit()->text(), u"Latte"_s); // the form is as it was
    QCOMPARE(m_server->catalogItemCount(), 0);
    // The picture was chosen by the person: closing now asks first.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog);
    auto* question = dialog->findChild<QMessageBox*>(u"discardInputMessageBox"_s);
    QVERIFY(question);
    question->findChild<QPushButton*>(u"discardPushButton"_s)->click();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_server->catalogItemCount(), 0);
}

void TestCatalogPage::badPicture_refusedBeforeSending()
{
    CatalogPage page(pageContext());
    openPage(page);
    QPointer<CatalogBatchDialog> dialog = page.openAddDialog();
    CatalogItemRowEditor* row = dialog->rows().first();
    row->nameEdit()->setText(u"Bad"_s);
    row->priceEdit()->setText(u"100"_s);
    QVERIFY(!row->imagePicker()->setBytes(QByteArrayLiteral("GIF89a but not really"), u"x.gif"_s));
    QVERIFY(!row->imagePicker()->errorText().isEmpty());
    const qint64 requestsBefore = m_server->requestCount();
    dialog->submit();
    QVERIFY(!dialog->isBusy());
    QCOMPARE(m_server->requestCount(), requestsBefore);

    // An empty price is refused too.
    row->imagePicker()->clearChoice();
    row->priceEdit()->clear();
    QVERIFY(!row->draft().has_value());
    dialog->reject();
    QCOMPARE(m_server->catalogItemCount(), 0);
}

void TestCatalogPage::unitPicker_showsKazakhNamesInKazakh()
{
    CatalogUnitComboBox combo;
    const QList<CatalogUnit> units = { { 1, u"шт"_s, u"дана"_s }, { 2, u"кг"_s, QString() } };
    combo.setUnits(units, QLocale(QLocale::Kazakh));
    QCOMPARE(combo.itemText(0), u"дана"_s);
    QCOMPARE(combo.itemText(1), u"кг"_s); // no Kazakh name: the name
    combo.setCurrentUnitId(2);
    combo.setUnits(units, QLocale(QLocale::Russian));
    QCOMPARE(combo.itemText(0), u"шт"_s);
    QCOMPARE(combo.currentUnitId(), 2);
}

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
