// The v2.1 internal note and shift totals on the fake network: what ApiClient sends (PATCH body, create body, stats
// and summary queries), that a note PATCH is never re-sent, how an unsupported server is recognised, the decoders of
// /invoices/stats (JSON numbers) and of the list summary (strings) exact in tiyn, and how the overview compares the
// server's figures with the local ones.
#include "api/writereadback.h"
#include "apitesthelpers.h"
#include "counter/counterdraftstore.h"
#include "overview/servertodaytotals.h"
#include "store/historystore.h"
#include "testsupport.h"
#include "json/invoicestatsdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace apipay;
using namespace apipay::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray invoiceJson(qint64 id, const QByteArray& note)
{
    return R"({"id":)" + QByteArray::number(id) + R"(,"amount":"1500.00","status":"paid","internal_comment":)" + note
        + "}";
}

} // namespace

class TestApiClientNoteStats : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeNam> m_nam;
    std::unique_ptr<ApiClient> m_client;

private Q_SLOTS:
    void initTestCase() { initTestEnvironment(); }
    void init()
    {
        m_nam = std::make_unique<FakeNam>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        QVERIFY(m_client->setConfig(testConfig()));
    }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
    }

    void updateNote_patchBody_emptyIsNull()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(200, invoiceJson(7, R"("VIP")")); });
        QObject context;
        Received<Invoice> received;
        m_client->updateInvoiceNote(7, u"VIP"_s, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY(received.result.ok());
        QCOMPARE(received.result.value.internalComment, std::optional<QString>(u"VIP"_s));
        QCOMPARE(m_nam->lastRequest().verb, QByteArray("PATCH"));
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/invoices/7"_s);
        QCOMPARE(m_nam->lastRequest().json(), (QJsonObject { { u"internal_comment"_s, u"VIP"_s } }));

        Received<Invoice> erased;
        m_client->updateInvoiceNote(7, QString(), &context, erased.callback());
        QTRY_COMPARE(erased.calls, 1);
        const QJsonObject body = m_nam->lastRequest().json();
        QVERIFY(body.contains(u"internal_comment"_s)); // the key is required by the server
        QVERIFY(body.value(u"internal_comment"_s).isNull());
    }

    void updateNote_over255_refusedUnsent()
    {
        QObject context;
        Received<Invoice> received;
        m_client->updateInvoiceNote(7, QString(256, u'я'), &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(!received.result.error.messagesFor(u"internal_comment"_s).isEmpty());
        QCOMPARE(m_nam->requestCount(), 0);
    }

    void updateNote_lostAnswer_notResent_readBackSettlesIt()
    {
        m_nam->setRoute([](const FakeRequest& r) {
            if (r.verb == "PATCH") {
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            }
            return FakeResponse::json(200, invoiceJson(7, R"("VIP")"));
        });
        QObject context;
        Received<Invoice> received;
        m_client->updateInvoiceNote(7, u"VIP"_s, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QCOMPARE(received.result.error.kind, ApiError::Kind::OutcomeUnknown);
        int patches = 0;
        for (const FakeRequest& r : m_nam->requests()) {
            patches += r.verb == "PATCH" ? 1 : 0;
        }
        QCOMPARE(patches, 1); // a write is never sent twice

        std::optional<WriteReadBack::Verdict> verdict;
        WriteReadBack::invoiceNote(m_client.get(), 7, u"VIP"_s, &context,
            [&](WriteReadBack::Verdict v, const std::optional<Invoice>&, const ApiError&) { verdict = v; });
        QTRY_VERIFY(verdict.has_value());
        QCOMPARE(*verdict, WriteReadBack::Verdict::Done);
        verdict.reset();
        WriteReadBack::invoiceNote(m_client.get(), 7, u"other"_s, &context,
            [&](WriteReadBack::Verdict v, const std::optional<Invoice>&, const ApiError&) { verdict = v; });
        QTRY_VERIFY(verdict.has_value());
        QCOMPARE(*verdict, WriteReadBack::Verdict::NotDone);
    }

    void noteReadBack_notThereRightAfterTheLoss_readOnceMore_thenBelieved()
    {
        // The server was still writing the note when the answer was lost: the first read shows the old note, the
        // second (after the settle time) the new one. The person hears "saved", never "send again".
        int reads = 0;
        m_nam->setRoute([&reads](const FakeRequest&) {
            ++reads;
            return FakeResponse::json(200, invoiceJson(7, reads == 1 ? R"("old")" : R"("VIP")"));
        });
        QObject context;
        std::optional<WriteReadBack::Verdict> verdict;
        WriteReadBack::invoiceNote(m_client.get(), 7, u"VIP"_s, &context,
            [&](WriteReadBack::Verdict v, const std::optional<Invoice>&, const ApiError&) { verdict = v; });
        QTRY_COMPARE(reads, 1);
        QVERIFY(!verdict.has_value()); // "not there" right after the loss is not passed on
        QTRY_VERIFY(verdict.has_value());
        QCOMPARE(*verdict, WriteReadBack::Verdict::Done);
        QCOMPARE(reads, 2);

        // Still not there on the second read: NotDone, after exactly two reads.
        reads = 0;
        verdict.reset();
        WriteReadBack::invoiceNote(m_client.get(), 7, u"other"_s, &context,
            [&](WriteReadBack::Verdict v, const std::optional<Invoice>&, const ApiError&) { verdict = v; });
        QTRY_VERIFY(verdict.has_value());
        QCOMPARE(*verdict, WriteReadBack::Verdict::NotDone);
        QCOMPARE(reads, 2);
    }

    void noteUnsupported_v20Answers()
    {
        ApiError v20;
        v20.kind = ApiError::Kind::NotFound;
        v20.httpStatus = 404;
        v20.message = u"Not found"_s;
        QVERIFY(ApiClient::noteUnsupported(v20));
        ApiError missing = v20;
        missing.message = u"Invoice not found"_s;
        QVERIFY(!ApiClient::noteUnsupported(missing)); // v2.1: this invoice does not exist
        ApiError notAllowed;
        notAllowed.kind = ApiError::Kind::Server;
        notAllowed.httpStatus = 405;
        QVERIFY(ApiClient::noteUnsupported(notAllowed));
    }

    void createInvoice_sendsNoteOnlyWhenGiven_refusesOver255()
    {
        m_nam->setRoute([](const FakeRequest&) { return FakeResponse::json(201, invoiceJson(9, R"("x")")); });
        QObject context;
        InvoiceDraft draft;
        draft.amount = Money::fromTenge(1500);
        draft.phone = u"87001234567"_s;
        Received<Invoice> plain;
        m_client->createInvoice(draft, &context, plain.callback());
        QTRY_COMPARE(plain.calls, 1);
        QVERIFY(!m_nam->lastRequest().json().contains(u"internal_comment"_s));
        draft.internalComment = u"Айгуль, самовывоз"_s;
        Received<Invoice> noted;
        m_client->createInvoice(draft, &context, noted.callback());
        QTRY_COMPARE(noted.calls, 1);
        QCOMPARE(m_nam->lastRequest().json().value(u"internal_comment"_s).toString(), u"Айгуль, самовывоз"_s);
        const int sent = m_nam->requestCount();
        draft.internalComment = QString(256, u'x');
        Received<Invoice> tooLong;
        m_client->createInvoice(draft, &context, tooLong.callback());
        QTRY_COMPARE(tooLong.calls, 1);
        QCOMPARE(tooLong.result.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(m_nam->requestCount(), sent);
    }

    void stats_queryAndExactNumbers()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200,
                QByteArray(R"({"total_invoices": 100, "paid_invoices": 75, "pending_invoices": 10,)"
                           R"("cancelled_invoices": 10, "expired_invoices": 5, "total_amount": 500000.0,)"
                           R"("paid_amount": 375000.0, "pending_amount": 50000.0, "cancelled_amount": 0.1,)"
                           R"("expired_amount": 199999999.99, "conversion_rate": 75.0,)"
                           R"("period": {"start": "2026-08-03T11:00:00+05:00", "end": "2026-08-04T03:00:00+05:00"}})"));
        });
        QObject context;
        Received<InvoiceStats> received;
        m_client->invoiceStats(InvoiceStatsQuery {}, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY(received.result.ok());
        QCOMPARE(m_nam->lastRequest().path(), u"/api/v1/invoices/stats"_s);
        QCOMPARE(m_nam->lastRequest().queryValue(u"period"_s), u"today"_s);
        const InvoiceStats& s = received.result.value;
        QCOMPARE(s.paidInvoices, std::optional<qint64>(75));
        QCOMPARE(s.paidAmount->tiyn(), qint64(37'500'000));
        QCOMPARE(s.cancelledAmount->tiyn(), qint64(10));
        QCOMPARE(s.expiredAmount->tiyn(), qint64(19'999'999'999));
        QCOMPARE(s.conversionRate, u"75"_s);
        QCOMPARE(s.periodStart, QDateTime(QDate(2026, 8, 3), QTime(6, 0), QTimeZone::utc()));
        QVERIFY(s.unreadableFields.isEmpty());

        InvoiceStatsQuery days;
        days.period = InvoiceStatsQuery::Period::None;
        days.startDate = QDate(2026, 8, 1);
        days.endDate = QDate(2026, 8, 3);
        Received<InvoiceStats> second;
        m_client->invoiceStats(days, &context, second.callback());
        QTRY_COMPARE(second.calls, 1);
        QCOMPARE(m_nam->lastRequest().queryValue(u"start_date"_s), u"2026-08-01"_s);
        QCOMPARE(m_nam->lastRequest().queryValue(u"end_date"_s), u"2026-08-03"_s);
        QVERIFY(!m_nam->lastRequest().query().hasQueryItem(u"period"_s));
    }

    void statsDecoder_unreadableMoneyListed_badRootFails()
    {
        const auto bad = json::invoiceStats(R"({"paid_amount": "12.345", "paid_invoices": "x"})");
        QVERIFY(bad.ok());
        QVERIFY(!bad.value.paidAmount);
        QCOMPARE(bad.value.unreadableFields, (QStringList { u"paid_amount"_s, u"paid_invoices"_s }));
        QCOMPARE(json::invoiceStats("[1]").errorField, u"<root>"_s);
        QCOMPARE(json::invoiceStats("<html>").errorField, u"<body>"_s);
    }

    void summary_queryAndStringAmounts()
    {
        m_nam->setRoute([](const FakeRequest&) {
            return FakeResponse::json(200,
                QByteArray(R"({"current_page":1,"data":[],"total":3,"summary":{"count":3,)"
                           R"("sales":{"count":2,"amount":"145000.50","refunded_later":"100.00"},)"
                           R"("refunds":{"count":1,"amount":"100.00"},"net_amount":"144900.50",)"
                           R"("cancelled":1,"expired":{"count":0,"amount":"0.00"},"pending":{"count":0,"amount":"0"},)"
                           R"("period":{"from":"2026-08-03","to":"2026-08-03","field":"paid_at"}}})"));
        });
        QObject context;
        Received<std::optional<InvoiceListSummary>> received;
        m_client->invoiceSummary(QDate(2026, 8, 3), QDate(2026, 8, 3), true, &context, received.callback());
        QTRY_COMPARE(received.calls, 1);
        QVERIFY(received.result.ok());
        const FakeRequest& r = m_nam->lastRequest();
        QCOMPARE(r.path(), u"/api/v1/invoices"_s);
        QCOMPARE(r.queryValue(u"with_summary"_s), u"1"_s);
        QCOMPARE(r.queryValue(u"date_field"_s), u"paid_at"_s);
        QCOMPARE(r.queryValue(u"date_from"_s), u"2026-08-03"_s);
        QCOMPARE(r.queryValue(u"date_to"_s), u"2026-08-03"_s);
        QCOMPARE(r.queryValue(u"per_page"_s), u"1"_s);
        QVERIFY(received.result.value.has_value());
        const InvoiceListSummary& s = *received.result.value;
        QCOMPARE(s.sales.count, std::optional<qint64>(2));
        QCOMPARE(s.sales.amount->tiyn(), qint64(14'500'050));
        QCOMPARE(s.salesRefundedLater->tiyn(), qint64(10'000));
        QCOMPARE(s.netAmount->tiyn(), qint64(14'490'050));
        QCOMPARE(s.cancelled.count, std::optional<qint64>(1)); // a bare number is a count
        QCOMPARE(s.periodField, u"paid_at"_s);
        QVERIFY(s.unreadableFields.isEmpty());
    }

    void summaryDecoder_absentSummary_isNullopt()
    {
        const auto v20 = json::invoiceListSummary(R"({"data":[],"meta":{"current_page":1,"last_page":1}})");
        QVERIFY(v20.ok());
        QVERIFY(!v20.value.has_value());
        const auto bad = json::invoiceListSummary(R"({"summary":{"sales":{"count":1,"amount":"1,5"}}})");
        QVERIFY(bad.ok());
        QCOMPARE(bad.value->unreadableFields, QStringList { u"summary.sales.amount"_s });
    }

    void serverToday_backgroundAtMostEveryInterval()
    {
        int asked = 0;
        m_nam->setRoute([&asked](const FakeRequest&) {
            ++asked;
            return FakeResponse::json(200,
                QByteArray(R"({"current_page":1,"data":[],"total":1,"summary":{"count":1,)"
                           R"("sales":{"count":12,"amount":"145000.00","refunded_later":"0.00"}}})"));
        });
        overview::ServerTodayTotals totals;
        totals.setApi(m_client.get());
        const QDate day(2026, 8, 3);
        totals.requestRead(day);
        QTRY_COMPARE(totals.today().state, overview::ServerToday::State::Shown);
        QCOMPARE(totals.today().paidCount, qint64(12));
        QCOMPARE(totals.today().paidAmount, Money::fromTenge(145'000));
        QSignalSpy askedAgain(m_nam.get(), &FakeNam::requestStarted);
        totals.requestRead(day); // within five minutes: not asked again
        totals.requestRead(day);
        QVERIFY(!askedAgain.wait(50)); // no second request for the same day may go out
        QCOMPARE(asked, 1);
        totals.requestRead(day.addDays(1)); // a new day is asked at once
        QTRY_COMPARE(asked, 2);

        // The person asks (F5): not within a few seconds of the last reading, but long before five minutes.
        QTRY_COMPARE(totals.today().state, overview::ServerToday::State::Shown);
        totals.requestRead(day.addDays(1), overview::ServerTodayTotals::Asked::ByPerson);
        QCOMPARE(totals.today().state, overview::ServerToday::State::Shown); // just read: nothing asked
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            totals.requestRead(day.addDays(1), overview::ServerTodayTotals::Asked::ByPerson);
            return asked == 3;
        }()),
            overview::ServerTodayTotals::kPersonMinIntervalMs + 3000);
        QTRY_COMPARE(totals.today().state, overview::ServerToday::State::Shown);
        totals.requestRead(day.addDays(1)); // the page shown again: the five minutes count from the person's read
        QVERIFY(!askedAgain.wait(50));
        QCOMPARE(asked, 3);
    }

    void serverToday_v20WithoutSummary_unsupported_notAskedAgainUntilReset()
    {
        int asked = 0;
        m_nam->setRoute([&asked](const FakeRequest&) {
            ++asked;
            return FakeResponse::json(200, QByteArray(R"({"data":[],"meta":{"current_page":1,"last_page":1}})"));
        });
        overview::ServerTodayTotals totals;
        totals.setApi(m_client.get());
        totals.setMinIntervalMs(0);
        totals.requestRead(QDate(2026, 8, 3));
        QTRY_COMPARE(totals.today().state, overview::ServerToday::State::Unsupported);
        QVERIFY(!totals.today().hasFigures);
        QCOMPARE(asked, 1);
        // The next opening of the overview, even on the next day, spends nothing on a server without the summary.
        totals.requestRead(QDate(2026, 8, 3));
        totals.requestRead(QDate(2026, 8, 4));
        QCOMPARE(totals.today().state, overview::ServerToday::State::Unsupported); // no reading started
        // Another shop or server: asked again.
        totals.reset();
        totals.requestRead(QDate(2026, 8, 4));
        QCOMPARE(totals.today().state, overview::ServerToday::State::Reading);
        QTRY_COMPARE(asked, 2);
        QTRY_COMPARE(totals.today().state, overview::ServerToday::State::Unsupported);
    }

    void compare_saysWhyWhenItCan()
    {
        HistoryTotals local;
        local.invoiceCount = 11;
        local.paidTakings = Money::fromTenge(140'000);
        using overview::Agreement;
        QCOMPARE(overview::compare(11, Money::fromTenge(140'000), local, true), Agreement::Same);
        QCOMPARE(overview::compare(12, Money::fromTenge(145'000), local, false), Agreement::Syncing);
        QCOMPARE(overview::compare(12, Money::fromTenge(145'000), local, true), Agreement::LatePayments);
        QCOMPARE(overview::compare(10, Money::fromTenge(130'000), local, true), Agreement::Differs);
    }

    void counterDraft_keepsTheNote_olderDraftsHaveNone()
    {
        CounterDraft draft;
        draft.amountText = u"1500"_s;
        draft.note = u"Айгуль, самовывоз"_s;
        QVERIFY(!draft.isEmpty());
        QString error;
        const auto restored = CounterDraftStore::fromJson(CounterDraftStore::toJson(draft), &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->note, u"Айгуль, самовывоз"_s);
        CounterDraft onlyNote;
        onlyNote.note = u"x"_s;
        QVERIFY(!onlyNote.isEmpty()); // a note alone is worth keeping after a crash
        QJsonObject older = QJsonDocument::fromJson(CounterDraftStore::toJson(draft)).object();
        older.remove(u"note"_s);
        const auto old = CounterDraftStore::fromJson(QJsonDocument(older).toJson(), &error);
        QVERIFY(old);
        QVERIFY(old->note.isEmpty());
    }

    void historyStore_findsAnInvoiceByItsNote()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(u"history.sqlite"_s)).ok());
        Invoice noted;
        noted.id = 41;
        noted.amount = Money::fromTenge(1500);
        noted.status = InvoiceStatus(u"paid"_s);
        noted.createdAt = QDateTime::currentDateTimeUtc();
        noted.internalComment = u"Айгуль самовывоз"_s;
        Invoice other = noted;
        other.id = 42;
        other.internalComment = u"доставка"_s;
        QVERIFY(store.upsertInvoices({ noted, other }).ok());
        HistoryQuery query;
        query.text = u"самов"_s;
        const auto found = store.findInvoices(query);
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().constFirst().id, qint64(41));
        QVERIFY(!overview::ServerTodayTotals::firstSyncDone(&store)); // a new store has not synced
    }
};

QTEST_MAIN(TestApiClientNoteStats)
#include "tst_apiclientnotestats.moc"
