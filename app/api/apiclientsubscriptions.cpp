// ApiClient, part 2: subscriptions, health and the order-ID helpers (part 1 is apiclient.cpp).
#include "api/apiclient.h"

#include "api/apicallfactory.h"
#include "api/apirequestbuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

namespace apipay {

using namespace detail;

namespace {

Decoded<Subscription> decodeSubscription(const RawResponse& response)
{
    return json::subscription(response.body);
}

} // namespace

RequestId ApiClient::createSubscription(
    const SubscriptionDraft& draft, QObject* context, ApiCallback<Subscription> done)
{
    auto call = makeCall<Subscription>(
        "POST", QStringLiteral("/subscriptions"), Priority::User, context, std::move(done), decodeSubscription);
    const auto fieldErrors = ApiRequestBuilder::validateSubscriptionDraft(draft);
    if (!fieldErrors.isEmpty()) {
        return refuse(call, invalidInput(QString(), fieldErrors));
    }
    setJsonBody(*call, ApiRequestBuilder::subscriptionBody(draft));
    return submit(call);
}

RequestId ApiClient::listSubscriptions(
    const SubscriptionQuery& query, QObject* context, ApiCallback<Page<Subscription>> done, Priority priority)
{
    const int perPage = std::clamp(query.perPage, 1, ApiRequestBuilder::kMaxPerPage);
    auto call = makeCall<Page<Subscription>>("GET", QStringLiteral("/subscriptions"), priority, context,
        std::move(done), [perPage](const RawResponse& r) { return json::subscriptionPage(r.body, perPage); });
    call->query = ApiRequestBuilder::subscriptionQuery(query);
    return submit(call);
}

RequestId ApiClient::subscription(qint64 id, QObject* context, ApiCallback<Subscription> done, Priority priority)
{
    return submit(makeCall<Subscription>(
        "GET", idPath("/subscriptions/", id), priority, context, std::move(done), decodeSubscription));
}

RequestId ApiClient::updateSubscription(
    qint64 id, const SubscriptionPatch& patch, QObject* context, ApiCallback<Subscription> done)
{
    auto call = makeCall<Subscription>(
        "PUT", idPath("/subscriptions/", id), Priority::User, context, std::move(done), decodeSubscription);
    setJsonBody(*call, ApiRequestBuilder::subscriptionPatchBody(patch));
    return submit(call);
}

RequestId ApiClient::pauseSubscription(qint64 id, QObject* context, ApiCallback<Subscription> done)
{
    return submit(makeCall<Subscription>(
        "POST", idPath("/subscriptions/", id, "/pause"), Priority::User, context, std::move(done), decodeSubscription));
}

RequestId ApiClient::resumeSubscription(qint64 id, QObject* context, ApiCallback<Subscription> done)
{
    return submit(makeCall<Subscription>("POST", idPath("/subscriptions/", id, "/resume"), Priority::User, context,
        std::move(done), decodeSubscription));
}

RequestId ApiClient::cancelSubscription(qint64 id, QObject* context, ApiCallback<Subscription> done)
{
    return submit(makeCall<Subscription>("POST", idPath("/subscriptions/", id, "/cancel"), Priority::User, context,
        std::move(done), decodeSubscription));
}

RequestId ApiClient::subscriptionInvoices(
    qint64 id, int page, int perPage, QObject* context, ApiCallback<Page<SubscriptionInvoice>> done, Priority priority)
{
    const int clamped = std::clamp(perPage, 1, ApiRequestBuilder::kMaxPerPage);
    auto call = makeCall<Page<SubscriptionInvoice>>("GET", idPath("/subscriptions/", id, "/invoices"), priority,
        context, std::move(done),
        [clamped](const RawResponse& r) { return json::subscriptionInvoicePage(r.body, clamped); });
    call->query = ApiRequestBuilder::pageQuery(page, clamped);
    return submit(call);
}

// ---- Health --------------------------------------------------------------------------------------------------

RequestId ApiClient::status(QObject* context, ApiCallback<QString> done, Priority priority)
{
    auto call = makeCall<QString>("GET", QStringLiteral("/status"), priority, context, std::move(done),
        [](const RawResponse& r) { return json::healthStatus(r.body); });
    call->authenticated = false;
    return submit(call);
}

// ---- Order IDs -----------------------------------------------------------------------------------------------

QString ApiClient::generateExternalOrderId(const QString& installId)
{
    static const QRegularExpression eightHex(QStringLiteral("^[0-9a-f]{8}$"));
    QString install = installId.trimmed().toLower();
    if (!eightHex.match(install).hasMatch()) {
        install = QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    const QString random
        = QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
    return QStringLiteral("apd-") + install + u'-' + stamp + u'-' + random;
}

QString ApiClient::installId()
{
    static const QRegularExpression eightHex(QStringLiteral("^[0-9a-f]{8}$"));
    QSettings settings;
    const QString key = QStringLiteral("api/installId");
    QString id = settings.value(key).toString();
    if (!eightHex.match(id).hasMatch()) {
        id = QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        settings.setValue(key, id);
    }
    return id;
}

} // namespace apipay
