// What the overview says while no invoice is stored: "being read" only while the server answers; otherwise that the
// server cannot be reached (the history loads when it is back) or why the history cannot be read now.
#include "overview/historyemptystate.h"

#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

namespace {

ApiError failure(ApiError::Kind kind, int httpStatus = 0, const QString& message = {})
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.message = message;
    return error;
}

} // namespace

class TestHistoryEmptyState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void store_serverAnswers_isBeingRead()
    {
        QCOMPARE(overview::historyEmptyText(overview::HistoryKept::Here, false, ApiError()),
            u"History is being read from the server…"_s);
    }

    void store_syncOffline_orNoConnection_cannotReach()
    {
        const QString expected = u"Cannot reach the server — the history will load when the connection is back."_s;
        QCOMPARE(overview::historyEmptyText(overview::HistoryKept::Here, true, ApiError()), expected);
        QCOMPARE(
            overview::historyEmptyText(overview::HistoryKept::Here, false, failure(ApiError::Kind::Offline)), expected);
        QCOMPARE(
            overview::historyEmptyText(overview::HistoryKept::Here, false, failure(ApiError::Kind::Timeout)), expected);
    }

    void store_serverBroken_saysWhy_notLoading()
    {
        const QString text = overview::historyEmptyText(
            overview::HistoryKept::Here, false, failure(ApiError::Kind::Server, 500, u"Database is down"_s));
        QVERIFY2(text.startsWith(u"The history cannot be read from the server right now"_s), qPrintable(text));
        QVERIFY(text.contains(u"ApiPay says: Database is down."_s));
        QVERIFY(!text.contains(u"being read"_s));
    }

    void noStore_saysSo_andWhyTheServerFailed()
    {
        QCOMPARE(overview::historyEmptyText(overview::HistoryKept::NotYet, false, ApiError()),
            u"No history on this computer yet"_s);
        const QString text
            = overview::historyEmptyText(overview::HistoryKept::NotYet, false, failure(ApiError::Kind::Offline));
        QCOMPARE(text,
            u"No history on this computer yet, and the server did not answer: ApiPay cannot be reached. Check the "
            "internet connection and try again."_s);
    }

    // --base-url with APIPAY_API_KEY: no history will ever come, whatever the server does; the text says where it
    // is kept instead of "not yet".
    void keyForThisRunOnly_saysNoHistoryIsKept()
    {
        const QString none = u"This run keeps no history on this computer: its API key was given for this run only "
                             "(APIPAY_API_KEY). Shops added in Settings keep their history here."_s;
        QCOMPARE(overview::historyEmptyText(overview::HistoryKept::NotForThisRun, false, ApiError()), none);
        // And why the server is silent, when it is.
        QCOMPARE(
            overview::historyEmptyText(overview::HistoryKept::NotForThisRun, true, failure(ApiError::Kind::Offline)),
            none
                + u"\nThe server did not answer: ApiPay cannot be reached. Check the internet connection and try again."_s);
    }
};

QTEST_GUILESS_MAIN(TestHistoryEmptyState)
#include "tst_historyemptystate.moc"
