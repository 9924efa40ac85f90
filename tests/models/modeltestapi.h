#pragma once

#include "api/apiclient.h"
#include "fakenam.h"

#include <QJsonArray>
#include <QJsonObject>

namespace apipay::test {

// An ApiClient on a FakeNam with a generous budget, for the model tests.
inline ApiClient* makeTestApi(FakeNam* nam, QObject* parent)
{
    auto* api = new ApiClient(nam, parent);
    ApiClient::Config config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/v1"));
    config.apiKey = QStringLiteral("test-key");
    config.requestsPerMinute = 1000;
    api->setConfig(config);
    return api;
}

// {"data": [...], "meta": {current_page, last_page, per_page, total}} (v2.0 envelope).
inline FakeResponse metaPage(const QJsonArray& data, int page, int lastPage, int perPage)
{
    const QJsonObject meta { { QStringLiteral("current_page"), page }, { QStringLiteral("last_page"), lastPage },
        { QStringLiteral("per_page"), perPage }, { QStringLiteral("total"), (lastPage - 1) * perPage + data.size() } };
    return FakeResponse::json(200, QJsonObject { { QStringLiteral("data"), data }, { QStringLiteral("meta"), meta } });
}

} // namespace apipay::test
