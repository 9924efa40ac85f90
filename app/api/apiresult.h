#pragma once

#include "api/apierror.h"

#include <functional>

class QObject;

namespace apipay {

// The outcome of one API call: a value, or an error.
template <typename T> struct ApiResult
{
    T value {};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

// Nothing to return (delete, pause without body we care about, …).
struct Empty
{
};

template <typename T> using ApiCallback = std::function<void(const ApiResult<T>&)>;

// Identifies a queued or running request so that it can be cancelled.
using RequestId = quint64;

// User actions go ahead of background refresh and polling (docs/api-contract.md D3).
enum class Priority { User, Background };

} // namespace apipay
