#pragma once

#include "sandboxroutecontext.h"

namespace apipay::sandbox {

// GET /catalog/units, GET /catalog, POST /catalog/upload-image, POST /catalog, PATCH and DELETE /catalog/{id}
// (docs/api-contract.md).
class SandboxCatalogRoutes
{
public:
    static std::optional<SandboxResponse> handle(const SandboxRequest& request, RouteContext& context);
    // GET /images/<id>.<ext> outside /api/v1: the uploaded bytes unchanged (docs/api-contract.md).
    static SandboxResponse image(const SandboxRequest& request, SandboxStore& store);
    // Sniffs the image type from its bytes: "image/png", "image/jpeg", "image/gif", "image/webp" or empty.
    static QByteArray sniffImageType(const QByteArray& bytes);

private:
    static SandboxResponse units(RouteContext& context);
    static SandboxResponse list(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse uploadImage(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse create(const SandboxRequest& request, RouteContext& context);
    static SandboxResponse update(qint64 id, const SandboxRequest& request, RouteContext& context);
    static SandboxResponse remove(qint64 id, RouteContext& context);
};

} // namespace apipay::sandbox
