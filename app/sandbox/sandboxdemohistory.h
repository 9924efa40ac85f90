#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QString>

#include <vector>

namespace apipay::sandbox {

class SandboxStore;
struct SandboxInvoice;

// Six months of everyday trade of the demo shop-café in Almaty, deterministic (seeded), relative to the store's
// clock. The shape of a day and of the half-year:
//  - open about 08:00–21:00 Almaty time, a morning coffee hour, a lunch peak (12:00–14:30) and an evening peak
//    (17:30–20:00);
//  - Sunday quieter, Friday and Saturday busier; a slow upward trend over the months;
//  - busier days before New Year, around 8 March, Nauryz (21–23 March) and other public holidays in the window,
//    a quiet 1 January;
//  - about 25–60 invoices a day (about 7,500 over the 183 days), mostly paid, some expired, cancelled, a few errors;
//  - refunds a few times a week, full, partial by amount and by items; never more than the invoice.
class SandboxDemoHistory
{
public:
    static constexpr int kDays = 183;

    // Appends the café's invoices from kDays days ago up to a little before now (final statuses only), oldest first.
    static void loadInvoices(SandboxStore& store);
    // Appends completed refunds spread over the months to paid invoices at least two days old.
    static void loadRefunds(SandboxStore& store);
    // Appends count plain invoices (no carts) spread over the same kDays days with the same daily shape, oldest
    // first (scale tests); returns count.
    static int seedInvoices(SandboxStore& store, int count);

    // Shared with the hand-made showcase invoices.
    static QString phone(QRandomGenerator& rng);
    static QString clientName(QRandomGenerator& rng);
    // The discount (5, 10 or 15 % for `discountChance` in 100 tickets) and the order id (the shop's own, one made by
    // ApiPay Desk, or none) of a generated ticket whose subtotal and creation time are set. Sets amount too.
    static void finishTicket(SandboxInvoice& inv, int discountChance, int orderNumber, QRandomGenerator& rng);

private:
    struct Day
    {
        QDate date;
        qint64 startMs = 0; // local midnight as UTC milliseconds
        double weight = 1.0; // relative trade of the day
    };
    // The days of the window, oldest first, ending with today.
    static std::vector<Day> days(const SandboxStore& store);
    static double dayWeight(const QDate& date, int index);
    // Minute of the day (local time) of one sale, from the opening-hours shape.
    static int saleMinute(QRandomGenerator& rng);
};

} // namespace apipay::sandbox
