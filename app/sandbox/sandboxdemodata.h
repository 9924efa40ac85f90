#pragma once

namespace apipay::sandbox {

class SandboxStore;

// The demo organisation: a small shop-café in Almaty. Deterministic (seeded) so screenshots are stable; dates are
// relative to the store's clock.
//  - 24 catalog items with Russian/Kazakh names and painted PNG pictures,
//  - ~270 invoices over the last 60 days in every status (cart invoices with discounts, Russian descriptions),
//  - partial and full refunds (by amount and by items),
//  - 6 subscriptions (active, paused, cancelled) with billing history.
class SandboxDemoData
{
public:
    static void load(SandboxStore& store);
    // Appends count plain invoices spread over the last 60 days (scale tests); returns count.
    static int seedInvoices(SandboxStore& store, int count);

private:
    static void loadCatalog(SandboxStore& store);
    static void loadInvoices(SandboxStore& store);
    static void loadRefunds(SandboxStore& store);
    static void loadSubscriptions(SandboxStore& store);
};

} // namespace apipay::sandbox
