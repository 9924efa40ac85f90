#pragma once

#include "sandboxroutecontext.h"

namespace apipay::sandbox {

// POST/GET /subscriptions, GET/PUT /subscriptions/{id}, POST …/pause, …/resume, …/cancel,
// GET …/invoices (docs/api-contract.md).
class SandboxSubscriptionRoutes
{
public:
    static std::optional<SandboxResponse> handle(const SandboxRequest& request, RouteContext& context);

private:
    static SandboxResponse create(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse list(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse detail(SandboxSubscription& subscription, RouteContext& context);
    static SandboxResponse update(
        SandboxSubscription& subscription, const SandboxRequest& request, RouteContext& context);
    static SandboxResponse transition(SandboxSubscription& subscription, const QString& action, RouteContext& context);
    static SandboxResponse history(
        const SandboxSubscription& subscription, const SandboxRequest& request, RouteContext& context);
    // The shared field rules of create and update; returns false when errors were added.
    static void readFields(const QJsonObject& body,
        SandboxSubscription& subscription,
        bool creating,
        RouteContext& context,
        FieldErrors& errors);
    static SandboxResponse answer(
        int status, const QString& message, const SandboxSubscription& subscription, RouteContext& context);
};

} // namespace apipay::sandbox
