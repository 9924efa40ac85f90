// Decoders never crash and report precise error fields: broken fixtures, invalid UTF-8, random byte mutations of every
// fixture ("<body>" exactly when QJsonDocument refuses the bytes, a scalar root being "<root>") and random type swaps
// inside valid documents.
#include "testsupport.h"
#include "json/jsondecoder.h"
#include "json/staticqrdecoder.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace apipay;

namespace {

// Every document decoder; each returns the errorField of its result.
const QList<std::function<QString(const QByteArray&)>>& allDecoders()
{
    static const QList<std::function<QString(const QByteArray&)>> decoders = {
        [](const QByteArray& b) { return json::invoice(b).errorField; },
        [](const QByteArray& b) { return json::invoicePage(b, 10).errorField; },
        [](const QByteArray& b) { return json::statusCheck(b).errorField; },
        [](const QByteArray& b) { return json::cancelResult(b, 200).errorField; },
        [](const QByteArray& b) { return json::cancelResult(b, 202).errorField; },
        [](const QByteArray& b) { return json::refundResult(b).errorField; },
        [](const QByteArray& b) { return json::invoiceRefunds(b).errorField; },
        [](const QByteArray& b) { return json::refundPage(b, 10).errorField; },
        [](const QByteArray& b) { return json::catalogUnits(b).errorField; },
        [](const QByteArray& b) { return json::catalogPage(b, 50).errorField; },
        [](const QByteArray& b) { return json::uploadedImageId(b).errorField; },
        [](const QByteArray& b) { return json::catalogCreateResult(b).errorField; },
        [](const QByteArray& b) { return json::catalogWriteResult(b, 202, 5).errorField; },
        [](const QByteArray& b) { return json::subscription(b).errorField; },
        [](const QByteArray& b) { return json::subscriptionPage(b, 10).errorField; },
        [](const QByteArray& b) { return json::subscriptionInvoicePage(b, 20).errorField; },
        [](const QByteArray& b) { return json::healthStatus(b).errorField; },
        [](const QByteArray& b) { return json::staticQrSheet(b).errorField; },
        [](const QByteArray& b) { return json::staticQrPage(b, 25).errorField; },
    };
    return decoders;
}

QStringList fixtureFiles()
{
    QStringList files;
    QDirIterator it(
        QStringLiteral(APIPAY_TEST_DATA), { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    return files;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The reference parser's verdict. QJsonDocument only holds objects and arrays; a scalar root is valid JSON too.
bool referenceAccepts(const QByteArray& bytes, QJsonParseError* error)
{
    if (!QJsonDocument::fromJson(bytes, error).isNull()) {
        return true;
    }
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('{') || trimmed.startsWith('[')) {
        return false;
    }
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + bytes + ']');
    return wrapped.isArray() && wrapped.array().size() == 1;
}

QByteArray mutate(QByteArray bytes, QRandomGenerator& rng)
{
    static const QByteArray alphabet = QByteArrayLiteral("{}[]\":,.-+eE0123456789 tfnul\\\x01\xd0\xff");
    const int operations = 1 + static_cast<int>(rng.bounded(3));
    for (int op = 0; op < operations; ++op) {
        const qsizetype size = bytes.size();
        const qsizetype at = size > 0 ? rng.bounded(size) : 0;
        switch (rng.bounded(6)) {
        case 0: // replace a byte
            if (size > 0) {
                bytes[at] = alphabet.at(rng.bounded(alphabet.size()));
            }
            break;
        case 1: // insert a byte
            bytes.insert(at, alphabet.at(rng.bounded(alphabet.size())));
            break;
        case 2: // delete a range
            bytes.remove(at, 1 + rng.bounded(8));
            break;
        case 3: // truncate
            bytes.truncate(at);
            break;
        case 4: // duplicate a range
            bytes.insert(at, bytes.mid(at, 1 + rng.bounded(16)));
            break;
        default: // flip a bit
            if (size > 0) {
                bytes[at] = static_cast<char>(bytes.at(at) ^ (1 << rng.bounded(8)));
            }
            break;
        }
    }
    return bytes;
}

QJsonValue randomValue(QRandomGenerator& rng)
{
    switch (rng.bounded(8)) {
    case 0:
        return QJsonValue();
    case 1:
        return QJsonValue(rng.bounded(2) == 1);
    case 2:
        return QJsonValue(static_cast<double>(rng.bounded(1000000)) / 7.0);
    case 3:
        return QJsonValue(-1);
    case 4:
        return QJsonValue(QStringLiteral("garbage ₸ \"quoted\""));
    case 5:
        return QJsonValue(QStringLiteral("1e400"));
    case 6:
        return QJsonArray { 1, QStringLiteral("x"), QJsonObject {} };
    default:
        return QJsonObject { { QStringLiteral("id"), QStringLiteral("nested") } };
    }
}

// Replaces one randomly chosen value somewhere in the tree with a value of a random type.
QJsonValue swapOne(const QJsonValue& value, QRandomGenerator& rng, int& countdown)
{
    if (--countdown == 0) {
        return randomValue(rng);
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            it.value() = swapOne(it.value(), rng, countdown);
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            a[i] = swapOne(a.at(i), rng, countdown);
        }
        return a;
    }
    return value;
}

} // namespace

class TestDecoderRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        // Mutated documents are full of unreadable values; their log lines would only drown the output.
        QLoggingCategory::setFilterRules(QStringLiteral("apipay.json.warning=false"));
    }

    void brokenBodies_errorFieldNamesTheProblem_data()
    {
        using Decoder = std::function<QString(const QByteArray&)>;
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("decoder"); // index into allDecoders()
        QTest::addColumn<QString>("errorField");
        const auto row = [](const char* name, const char* file, int decoder, const char* field) {
            QTest::newRow(name) << QString::fromLatin1(file) << decoder << QString::fromUtf8(field);
        };
        row("not_json/invoice", "broken/not_json.json", 0, "<body>");
        row("truncated/page", "broken/truncated.json", 1, "<body>");
        row("empty/invoice", "broken/empty.json", 0, "<body>");
        row("empty/page", "broken/empty.json", 1, "<body>");
        row("trailing_comma", "broken/trailing_comma.json", 0, "<body>");
        row("array_root/invoice", "broken/array_root.json", 0, "<root>");
        row("string_root/invoice", "broken/string_root.json", 0, "<root>");
        row("string_root/page", "broken/string_root.json", 1, "<root>");
        row("string_root/status", "broken/string_root.json", 2, "<root>");
        row("data_not_array", "broken/data_not_array.json", 1, "data");
        row("item_not_object", "broken/item_not_object.json", 1, "data.3");
        row("item_missing_id", "broken/item_missing_id.json", 1, "data.3.id");
        row("id_wrong_type", "broken/id_wrong_type.json", 1, "data.3.id");
        row("id_wrong_type/refunds", "broken/id_wrong_type.json", 7, "data.3.id");
        row("id_wrong_type/catalog", "broken/id_wrong_type.json", 9, "data.3.id");
        row("id_wrong_type/subscriptions", "broken/id_wrong_type.json", 14, "data.3.id");
        row("id_wrong_type/subscription_invoices", "broken/id_wrong_type.json", 15, "data.3.id");
        row("id_string_garbage", "broken/id_string_garbage.json", 0, "id");
        row("object_missing_id/invoice", "broken/object_missing_id.json", 0, "id");
        row("object_missing_id/subscription", "broken/object_missing_id.json", 13, "id");
        row("invoices_not_array", "broken/invoices_not_array.json", 2, "invoices");
        row("deep_nesting", "broken/deep_nesting.json", 1, "<body>");
        row("bad_escape", "broken/bad_escape.json", 0, "<body>");
        row("two_values", "broken/two_values.json", 0, "<body>");
        row("leading_zero", "broken/leading_zero.json", 0, "<body>");
        row("html/status_check", "broken/not_json.json", 2, "<body>");
        row("html/subscription", "broken/not_json.json", 13, "<body>");
        Q_UNUSED(Decoder {});
    }
    void brokenBodies_errorFieldNamesTheProblem()
    {
        QFETCH(QString, file);
        QFETCH(int, decoder);
        QFETCH(QString, errorField);
        QCOMPARE(allDecoders().at(decoder)(test::readTestData(file)), errorField);
    }

    void validFixtures_neverBodyErrors()
    {
        const QStringList files = fixtureFiles();
        QVERIFY(files.size() > 60);
        for (const QString& path : files) {
            const QByteArray bytes = readFile(path);
            QJsonParseError error {};
            const bool valid = referenceAccepts(bytes, &error);
            for (const auto& decode : allDecoders()) {
                const QString field = decode(bytes);
                QVERIFY2((field == u"<body>") == !valid || (bytes.trimmed().isEmpty() && field.isNull()),
                    qPrintable(path + QStringLiteral(": ") + field));
            }
        }
    }

    // Property: on any byte mutation of any fixture, no decoder crashes, and "<body>" is reported exactly when
    // QJsonDocument (the reference parser) rejects the bytes.
    void randomByteMutations_neverCrash_bodyErrorMatchesQJsonDocument()
    {
        // APIPAY_FUZZ_ITERATIONS / APIPAY_FUZZ_SEED allow long runs by hand (e.g. under the asan preset).
        const int perFile = qEnvironmentVariableIsSet("APIPAY_FUZZ_ITERATIONS")
            ? qEnvironmentVariableIntValue("APIPAY_FUZZ_ITERATIONS")
            : 60;
        const quint32 seed = qEnvironmentVariableIsSet("APIPAY_FUZZ_SEED")
            ? static_cast<quint32>(qEnvironmentVariableIntValue("APIPAY_FUZZ_SEED"))
            : 20260408u;
        QRandomGenerator rng(seed);
        const QStringList files = fixtureFiles();
        int mutations = 0;
        for (const QString& path : files) {
            const QByteArray original = readFile(path);
            for (int i = 0; i < perFile; ++i) {
                const QByteArray bytes = mutate(original, rng);
                QJsonParseError error {};
                const bool valid = referenceAccepts(bytes, &error);
                for (const auto& decode : allDecoders()) {
                    const QString field = decode(bytes);
                    if (bytes.trimmed().isEmpty() && field.isNull()) {
                        continue; // catalogWriteResult accepts an empty body
                    }
                    if ((field == u"<body>") != !valid) {
                        QFile dump(QDir::temp().filePath(QStringLiteral("decoder-mismatch.json")));
                        if (dump.open(QIODevice::WriteOnly)) {
                            dump.write(bytes);
                        }
                        QFAIL(qPrintable(
                            QStringLiteral("%1 mutation %2: decoder said '%3', QJsonDocument '%4'; bytes: %5")
                                .arg(path)
                                .arg(i)
                                .arg(field, error.errorString(),
                                    QString::fromUtf8(bytes.left(300).toPercentEncoding(" {}[]\":,")))));
                    }
                }
                ++mutations;
            }
        }
        QVERIFY(mutations >= 50 * perFile);
    }

    // Property: a value of the wrong type anywhere in a valid document never crashes a decoder and never gives a
    // body error; a failure always names a field.
    void randomTypeSwaps_neverCrash_failuresNameAField()
    {
        QRandomGenerator rng(42);
        for (const QString& path : fixtureFiles()) {
            const QJsonDocument doc = QJsonDocument::fromJson(readFile(path));
            if (doc.isNull()) {
                continue;
            }
            const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
            for (int i = 0; i < 40; ++i) {
                int countdown = 1 + static_cast<int>(rng.bounded(40));
                const QJsonValue swapped = swapOne(root, rng, countdown);
                const QByteArray bytes = swapped.isObject() ? QJsonDocument(swapped.toObject()).toJson()
                                                            : QJsonDocument(swapped.toArray()).toJson();
                for (const auto& decode : allDecoders()) {
                    const QString field = decode(bytes);
                    QVERIFY2(field.isNull() || (!field.isEmpty() && field != u"<body>"), qPrintable(path));
                }
            }
        }
    }

    // Invalid UTF-8 anywhere (in a string, in a key, a truncated sequence, an overlong form, a UTF-16 surrogate
    // encoded in UTF-8) is a broken body for every decoder, never a crash or a half-read document.
    void invalidUtf8_bodyErrorForEveryDecoder_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0xff in a value") << QByteArray("{\"id\": 1, \"description\": \"caf\xff\"}");
        QTest::newRow("0xfe in a key") << QByteArray("{\"id\": 1, \"desc\xfe\": \"x\"}");
        QTest::newRow("truncated sequence") << QByteArray("{\"id\": 1, \"description\": \"\xd0\"}");
        QTest::newRow("overlong slash") << QByteArray("{\"id\": 1, \"description\": \"\xc0\xaf\"}");
        QTest::newRow("surrogate D800") << QByteArray("{\"id\": 1, \"description\": \"\xed\xa0\x80\"}");
        QTest::newRow("page") << QByteArray("{\"data\": [{\"id\": 1, \"status\": \"p\xe1id\"}]}");
    }
    void invalidUtf8_bodyErrorForEveryDecoder()
    {
        QFETCH(QByteArray, bytes);
        for (const auto& decode : allDecoders()) {
            QCOMPARE(decode(bytes), QStringLiteral("<body>"));
        }
    }

    void rawControlCharacters_acceptedLikeQJsonDocument()
    {
        const auto d = json::invoice(QByteArray("{\"id\": 1, \"description\": \"tab\there\"}"));
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.description, QStringLiteral("tab\there"));
    }

    void escapes_resolvedInKeysAndValues()
    {
        // {"\u0069d": 5, "description": "Caf\u00e9 \"Latte\" \ud83d\ude00 \/ \\ \n", "st\u0061tus": "p\u0061id"}
        const auto d = json::invoice("{\"\\u0069d\": 5, \"description\": \"Caf\\u00e9 \\\"Latte\\\" \\ud83d\\ude00 "
                                     "\\/ \\\\ \\n\", \"st\\u0061tus\": \"p\\u0061id\"}");
        QVERIFY2(d.ok(), qPrintable(d.errorField));
        QCOMPARE(d.value.id, 5);
        QCOMPARE(d.value.description, QStringLiteral(u"Café \"Latte\" 😀 / \\ \n"));
        QCOMPARE(d.value.status.value(), InvoiceStatus::Paid);
    }
};

QTEST_GUILESS_MAIN(TestDecoderRobustness)
#include "tst_decoderrobustness.moc"
