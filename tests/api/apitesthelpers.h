#pragma once

#include "api/apiclient.h"
#include "fakenam.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace apipay::test {

inline QString testApiKey()
{
    return QStringLiteral("sk_test_Zq81SECRETkey_4f2a");
}

inline QUrl testBaseUrl()
{
    return QUrl(QStringLiteral("https://api.example.test/api/v1"));
}

// A fast configuration: large budget, short window, short timeout, 429 seconds shortened to 10 ms.
inline ApiClient::Config testConfig()
{
    ApiClient::Config config;
    config.baseUrl = testBaseUrl();
    config.apiKey = testApiKey();
    config.requestsPerMinute = 1000;
    config.budgetWindowMs = 1000;
    config.timeoutMs = 5000;
    config.msPerRetryAfterSecond = 10;
    return config;
}

// Collects what a callback received and how often.
template <typename T> struct Received
{
    int calls = 0;
    ApiResult<T> result;
    ApiCallback<T> callback()
    {
        return [this](const ApiResult<T>& r) {
            ++calls;
            result = r;
        };
    }
};

} // namespace apipay::test
