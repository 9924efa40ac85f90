// Decoding speed of GET /invoices bodies: one 100-invoice page and a 100 000-invoice data set, each compared with
// QJsonDocument::fromJson alone on the same bytes. json::invoicePage itself calls fromJson and then walks the document
// once, so the ratio is 1 + the cost of the walk (goal ≤ 1.5×; bench_models adds the model ingest and fails the run
// when the ingest misses it). Figures are printed; meaningful only in a Release build. Label "benchmark" (not part
// of the default test run).
#include "testsupport.h"
#include "json/jsondecoder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace apipay;

namespace {

// A GET /invoices body in the v2.0 shape (docs/api-contract.md) with `count` realistic, varied invoices.
QByteArray makeInvoiceList(int count, quint32 seed)
{
    static const char* const statuses[] = { "paid", "paid", "paid", "pending", "expired", "cancelled", "processing",
        "partially_refunded", "error", "cancelling" };
    static const char* const descriptions[] = { "Заказ №%d, кофе и выпечка", "Order #%d", "Тапсырыс %d — шай",
        "Delivery %d, Abay ave. \\\"Dostyk\\\"", "" };
    QRandomGenerator rng(seed);
    QByteArray out;
    out.reserve(static_cast<qsizetype>(count) * 520 + 128);
    out += "{\"data\": [";
    char buffer[1024];
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const qint64 created = start + static_cast<qint64>(i) * 37;
        const QByteArray createdText
            = QDateTime::fromSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODate).toLatin1().replace("Z", "+00:00");
        const QByteArray expiresText = QDateTime::fromSecsSinceEpoch(created + 86400, Qt::UTC)
                                           .toString(Qt::ISODate)
                                           .toLatin1()
                                           .replace("Z", "+00:00");
        const char* status = statuses[rng.bounded(10)];
        const bool paid = qstrcmp(status, "paid") == 0 || qstrcmp(status, "partially_refunded") == 0;
        char description[128];
        std::snprintf(description, sizeof description, descriptions[rng.bounded(5)], 1000 + i);
        const qint64 tiyn = 100 + static_cast<qint64>(rng.bounded(5'000'000)) * (rng.bounded(4) == 0 ? 1 : 100);
        std::snprintf(buffer, sizeof buffer,
            "%s{\"id\": %d, \"amount\": \"%lld.%02lld\", \"phone\": \"7700%07u\", \"description\": \"%s\", "
            "\"external_order_id\": \"apd-3f9a1c2e-%08d\", \"status\": \"%s\", "
            "\"kaspi_invoice_id\": \"%011u\", \"expires_at\": \"%s\", \"paid_at\": %s%s%s, "
            "\"is_sandbox\": %s, \"is_recurring\": %s, \"client_name\": %s, \"error_message\": null, "
            "\"items\": [], \"created_at\": \"%s\"}",
            i > 0 ? ", " : "", 100000 + i, tiyn / 100, tiyn % 100, rng.bounded(10'000'000u), description, i, status,
            rng.bounded(2'000'000'000u), expiresText.constData(), paid ? "\"" : "",
            paid ? createdText.constData() : "null", paid ? "\"" : "", i % 7 == 0 ? "true" : "false",
            i % 11 == 0 ? "true" : "false", paid ? "\"Aigerim S.\"" : "null", createdText.constData());
        out += buffer;
    }
    out += "], \"meta\": {\"current_page\": 1, \"last_page\": 1, \"per_page\": " + QByteArray::number(count)
        + ", \"total\": " + QByteArray::number(count) + "}}";
    return out;
}

// Best wall time of `repeats` runs of `iterations` calls, in microseconds per call.
template <typename F> double bestMicroseconds(int repeats, int iterations, F&& call)
{
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i) {
            call();
        }
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1000.0 / iterations);
    }
    return best;
}

void report(const char* what, qsizetype bytes, double qtMicros, double ourMicros)
{
    const double ratio = ourMicros / qtMicros;
    std::printf("%-28s %9.2f MB  QJsonDocument::fromJson %10.1f µs   json::invoicePage %10.1f µs   ratio %.2f×  (%s)\n",
        what, static_cast<double>(bytes) / 1e6, qtMicros, ourMicros, ratio,
        ratio <= 1.5 ? "goal ≤ 1.5× met" : "goal ≤ 1.5× MISSED");
    std::fflush(stdout);
}

} // namespace

class BenchDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
#ifndef NDEBUG
        std::printf("note: Debug build — figures are not representative; use CMAKE_BUILD_TYPE=Release\n");
#endif
    }

    void page100_decode()
    {
        const QByteArray body = makeInvoiceList(100, 1);
        const auto check = json::invoicePage(body, 100);
        QVERIFY2(check.ok(), qPrintable(check.errorField));
        QCOMPARE(check.value.items.size(), 100);
        int sink = 0;
        const double qt = bestMicroseconds(5, 300, [&] { sink += QJsonDocument::fromJson(body).isNull() ? 0 : 1; });
        const double ours = bestMicroseconds(5, 300, [&] { sink += json::invoicePage(body, 100).ok() ? 1 : 0; });
        QVERIFY(sink > 0);
        report("100-invoice page", body.size(), qt, ours);
    }

    void dataset100k_decode()
    {
        const QByteArray body = makeInvoiceList(100'000, 2);
        const auto check = json::invoicePage(body, 100);
        QVERIFY2(check.ok(), qPrintable(check.errorField));
        QCOMPARE(check.value.items.size(), 100'000);
        QCOMPARE(check.value.items.last().phone.size(), 11);
        QVERIFY(check.value.items.first().createdAt.isValid());
        QVERIFY(check.value.items.first().unreadableFields.isEmpty());
        int sink = 0;
        const double qt = bestMicroseconds(3, 1, [&] { sink += QJsonDocument::fromJson(body).isNull() ? 0 : 1; });
        const double ours = bestMicroseconds(3, 1, [&] { sink += json::invoicePage(body, 100).ok() ? 1 : 0; });
        QVERIFY(sink > 0);
        report("100 000-invoice data set", body.size(), qt, ours);
        // For scale: what walking Qt's DOM costs on top of fromJson (object lookups + string copies only).
        const double qtWalk = bestMicroseconds(3, 1, [&] {
            const QJsonArray data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toArray();
            for (const QJsonValue& v : data) {
                const QJsonObject o = v.toObject();
                sink += o.value(QStringLiteral("id")).toInteger() > 0 ? 1 : 0;
                sink += o.value(QStringLiteral("description")).toString().size() > 1000 ? 1 : 0;
                sink += o.value(QStringLiteral("status")).toString().isEmpty() ? 0 : 1;
            }
        });
        std::printf("%-28s QJsonDocument::fromJson + reading 3 keys per object: %10.1f µs (%.2f× fromJson)\n", "",
            qtWalk, qtWalk / qt);
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchDecode)
#include "bench_decode.moc"
