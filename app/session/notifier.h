#pragma once

#include "api/apierror.h"

#include <QString>

#include <functional>

namespace apipay {

// Tells the person how a request went. Pages and dialogs report here; the main window implements it (a non-modal
// banner for errors, the status bar for information). Tests implement it to record the messages. QtCore types only.
class Notifier
{
public:
    virtual ~Notifier() = default;

    // A failed request; the banner offers "Retry" when `retry` is set. Implementations show only what
    // Session::isWorthReporting() lets through (no banner for cancelled requests, nor for requests made before a
    // shop is connected).
    virtual void reportError(const ApiError& error, std::function<void()> retry = {}) = 0;
    // A successful action ("Invoice 124 created").
    virtual void reportInfo(const QString& text) = 0;
};

} // namespace apipay
