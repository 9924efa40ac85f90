// CounterDraftStore: the counter form survives a crash. The file is private to the user (0600 in a 0700 folder),
// holds the order id and the "submission started" mark, and a draft that cannot be saved is reported, never half
// written.
#include "testsupport.h"

#include "counter/counterdraftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

CounterDraft cartDraft()
{
    CounterDraft draft;
    draft.cartMode = true;
    draft.phoneText = u"+7 700 123 45 67"_s;
    draft.description = u"Столик 4"_s;
    draft.externalOrderId = u"apd-3f9a1c2e-20260408T101500-7b2d"_s;
    draft.discountPercent = 10;
    CounterDraft::Line latte;
    latte.catalogItemId = 101;
    latte.name = u"Латте"_s;
    latte.unitName = u"шт"_s;
    latte.catalogPrice = Money::fromTenge(1800);
    latte.customPrice = Money::parse(u"1650.50"_s).value;
    latte.count = 2;
    latte.unitId = 1;
    draft.lines.append(latte);
    return draft;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCounterDraftStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    // A path under a regular file: nothing can be written there, even as root.
    QString blockedPath()
    {
        const QString blocker = m_dir->filePath(u"not-a-folder"_s);
        if (!QFile::exists(blocker)) {
            writeFile(blocker, "x");
        }
        return blocker + u"/counter-draft.json"_s;
    }

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void startedDraft_privateFile_holdsOrderIdAndMark()
    {
        const QString folder = m_dir->filePath(u"new-folder"_s);
        CounterDraftStore store;
        store.setFilePath(folder + u"/counter-draft.json"_s);
        CounterDraft draft = cartDraft();
        draft.submissionStarted = true;
        QString error;
        QVERIFY2(store.saveNow(draft, &error), qPrintable(error));

        const QFileInfo file(store.filePath());
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & kGroupOrOther, QFileDevice::Permissions());
        QVERIFY(file.permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(file.permissions().testFlag(QFileDevice::WriteOwner));
        QCOMPARE(QFileInfo(folder).permissions() & kGroupOrOther, QFileDevice::Permissions());

        // What is on disk after a crash: the order id (to look the invoice up) and the mark that it may exist.
        const QJsonObject json = readJson(store.filePath());
        QCOMPARE(json.value(u"external_order_id"_s).toString(), u"apd-3f9a1c2e-20260408T101500-7b2d"_s);
        QCOMPARE(json.value(u"submission_started"_s).toBool(), true);
        QCOMPARE(json.value(u"phone_text"_s).toString(), u"+7 700 123 45 67"_s);
        QCOMPARE(json.value(u"lines"_s).toArray().size(), 1);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { u"counter-draft.json"_s }); // no temporary left
    }

    void restoredAfterRestart_sameForm()
    {
        const QString path = m_dir->filePath(u"counter-draft.json"_s);
        CounterDraft draft = cartDraft();
        draft.submissionStarted = true;
        {
            CounterDraftStore store;
            store.setFilePath(path);
            QVERIFY(store.saveNow(draft));
        }
        CounterDraftStore restarted;
        restarted.setFilePath(path);
        QString error;
        const std::optional<CounterDraft> restored = restarted.load(&error);
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(restored->cartMode, true);
        QCOMPARE(restored->submissionStarted, true);
        QCOMPARE(restored->externalOrderId, draft.externalOrderId);
        QCOMPARE(restored->phoneText, draft.phoneText);
        QCOMPARE(restored->description, u"Столик 4"_s);
        QCOMPARE(restored->discountPercent, 10);
        QCOMPARE(restored->lines.size(), 1);
        const CounterDraft::Line& line = restored->lines.first();
        QCOMPARE(line.catalogItemId, 101);
        QCOMPARE(line.name, u"Латте"_s);
        QCOMPARE(line.count, 2);
        QCOMPARE(line.catalogPrice, std::optional<Money>(Money::fromTenge(1800)));
        QCOMPARE(line.customPrice->toPlainString(), u"1650.50"_s);
        QCOMPARE(line.unitId, std::optional<qint64>(1));
    }

    void looserOldFile_replacedByAPrivateOne()
    {
        const QString path = m_dir->filePath(u"counter-draft.json"_s);
        QVERIFY(writeFile(path, "{}"));
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        CounterDraftStore store;
        store.setFilePath(path);
        QVERIFY(store.saveNow(cartDraft()));
        QCOMPARE(QFileInfo(path).permissions() & kGroupOrOther, QFileDevice::Permissions());
        QCOMPARE(readJson(path).value(u"external_order_id"_s).toString(), cartDraft().externalOrderId);
    }

    void startedDraftCannotBeSaved_refusedWithTheReason_nothingWritten()
    {
        CounterDraftStore store;
        store.setFilePath(blockedPath());
        CounterDraft draft = cartDraft();
        draft.submissionStarted = true;
        QString error;
        QVERIFY(!store.saveNow(draft, &error)); // the counter then does not send the invoice
        QVERIFY2(error.startsWith(u"The draft could not be saved to "_s + store.filePath()), qPrintable(error));
        QVERIFY(!QFile::exists(store.filePath()));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { u"not-a-folder"_s });
    }

    void typing_savedAfterAPause_lastTextWins()
    {
        CounterDraftStore store;
        store.setFilePath(m_dir->filePath(u"counter-draft.json"_s));
        store.setDelayMs(20);
        CounterDraft draft;
        draft.amountText = u"4"_s;
        store.scheduleSave(draft);
        draft.amountText = u"4200"_s;
        store.scheduleSave(draft);
        QVERIFY(store.hasPendingSave());
        QVERIFY(!QFile::exists(store.filePath())); // not on every key press
        QTRY_VERIFY(!store.hasPendingSave());
        QCOMPARE(readJson(store.filePath()).value(u"amount_text"_s).toString(), u"4200"_s);
        QCOMPARE(QFileInfo(store.filePath()).permissions() & kGroupOrOther, QFileDevice::Permissions());
    }

    void typing_cannotBeSaved_reported()
    {
        CounterDraftStore store;
        store.setFilePath(blockedPath());
        store.setDelayMs(10);
        QSignalSpy saveFailed(&store, &CounterDraftStore::saveFailed);
        CounterDraft draft;
        draft.phoneText = u"87001234567"_s;
        store.scheduleSave(draft);
        QVERIFY(saveFailed.wait(5000));
        QVERIFY(saveFailed.first().first().toString().contains(store.filePath()));
    }

    void closedWhileAPauseRuns_savedAnyway()
    {
        const QString path = m_dir->filePath(u"counter-draft.json"_s);
        {
            CounterDraftStore store;
            store.setFilePath(path);
            store.setDelayMs(60'000);
            CounterDraft draft;
            draft.description = u"unsaved yet"_s;
            store.scheduleSave(draft);
        }
        QCOMPARE(readJson(path).value(u"description"_s).toString(), u"unsaved yet"_s);
    }

    void emptyForm_orClear_removesTheFile()
    {
        CounterDraftStore store;
        store.setFilePath(m_dir->filePath(u"counter-draft.json"_s));
        QVERIFY(store.saveNow(cartDraft()));
        QVERIFY(store.saveNow(CounterDraft()));
        QVERIFY(!QFile::exists(store.filePath()));
        QVERIFY(!store.load().has_value());

        QVERIFY(store.saveNow(cartDraft()));
        store.clear();
        QVERIFY(!QFile::exists(store.filePath()));
        QVERIFY(!store.load().has_value());
    }

    void brokenFile_notRestored_saysWhy_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("damaged") << QByteArray("{\"version\":1,\"amount_text\":") << u"The saved draft is damaged"_s;
        QTest::newRow("unknown format") << QByteArray(R"({"version":7,"amount_text":"5000"})")
                                        << u"The saved draft has an unknown format"_s;
        QTest::newRow("too large") << QByteArray(2 * 1024 * 1024, ' ') << u"The saved draft could not be read"_s;
    }
    void brokenFile_notRestored_saysWhy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        CounterDraftStore store;
        store.setFilePath(m_dir->filePath(u"counter-draft.json"_s));
        QVERIFY(writeFile(store.filePath(), content));
        QString error;
        QVERIFY(!store.load(&error).has_value());
        QVERIFY2(error.startsWith(reason), qPrintable(error));
    }

    void unsendableLines_dropped_notGuessed()
    {
        const QByteArray json = R"({"version":1,"cart_mode":true,"lines":[
            {"catalog_item_id":101,"name":"Латте","count":2},
            {"catalog_item_id":0,"name":"no id","count":1},
            {"catalog_item_id":102,"name":"no count","count":0}]})";
        QString error;
        const std::optional<CounterDraft> draft = CounterDraftStore::fromJson(json, &error);
        QVERIFY2(draft, qPrintable(error));
        QCOMPARE(draft->lines.size(), 1);
        QCOMPARE(draft->lines.first().name, u"Латте"_s);
    }

    void noFile_nothingToRestore_noError()
    {
        CounterDraftStore store;
        store.setFilePath(m_dir->filePath(u"missing.json"_s));
        QString error;
        QVERIFY(!store.load(&error).has_value());
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCounterDraftStore)
#include "tst_counterdraftstore.moc"
