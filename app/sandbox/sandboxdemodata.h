#pragma once

namespace apipay::sandbox {

class SandboxStore;

// The demo organisation: a small shop-café in Almaty. Deterministic (seeded) so screenshots are stable; dates are
// relative to the store's clock.
//  - 24 catalog items with Russian/Kazakh names and painted PNG pictures,
//  - six months of everyday trade (SandboxDemoHistory: about 7,500 invoices, refunds a few times a week),
//  - on top, a showcase of the last three days in every status, today's last hours with processing, pending and
//    cancelling invoices (cart invoices with discounts, Russian descriptions),
//  - 6 subscriptions (active, paused, cancelled) billed over the six months.
class SandboxDemoData
{
public:
    static void load(SandboxStore& store);
    // Appends count plain invoices spread over the last six months like the demo trade (scale tests, up to
    // 200,000); returns count.
    static int seedInvoices(SandboxStore& store, int count);

private:
    static void loadCatalog(SandboxStore& store);
    static void loadShowcase(SandboxStore& store);
    static void loadSubscriptions(SandboxStore& store);
};

} // namespace apipay::sandbox
