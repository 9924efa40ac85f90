#include "sandboxdemohistory.h"

#include "sandboxprofile.h"
#include "sandboxstore.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace apipay::sandbox {

namespace {

const int kOperators[] = { 701, 702, 705, 707, 708, 747, 771, 775, 776, 777, 778 };

const char* const kNames[] = { "Айгерим С.", "Ерлан Н.", "Динара К.", "Нурлан Б.", "Асель Т.", "Даулет М.", "Сауле А.",
    "Бауыржан Ж.", "Алия Р.", "Тимур О.", "Гульнара Е.", "Arman K.", "Мадина Ж.", "Руслан К.", "Жанна А.", "Олжас Т.",
    "Камила Б.", "Dmitry P." };

// Everyday tickets without a cart.
const char* const kEveryday[] = { "Бизнес-ланч", "Обед: суп и плов", "Кофе и десерт", "Завтрак", "Выпечка с собой",
    "Заказ на вынос", "Оплата за завтраки", "Предзаказ выпечки", "Заказ через Instagram",
    "Доставка по Алмалинскому району", "Кофе с собой", "Ужин на двоих" };
// Larger orders (catering, offices, cakes).
const char* const kLarge[] = { "Обед для офиса", "Кейтеринг, 12 человек", "Кофе-брейк для семинара",
    "Торт на заказ к субботе", "Подарочный набор", "Доставка воды, 2 бутыли", "Оплата долга за прошлую неделю" };

// Busier (or quieter) days of the calendar: month, day, factor.
struct CalendarDay
{
    int month;
    int day;
    double factor;
};
const CalendarDay kCalendar[] = {
    { 12, 16, 1.2 },
    { 12, 29, 1.3 },
    { 12, 30, 1.45 },
    { 12, 31, 1.6 },
    { 1, 1, 0.45 },
    { 1, 2, 0.8 },
    { 1, 7, 1.1 },
    { 3, 6, 1.25 },
    { 3, 7, 1.45 },
    { 3, 8, 1.5 },
    { 3, 21, 1.4 },
    { 3, 22, 1.45 },
    { 3, 23, 1.3 },
    { 5, 1, 1.2 },
    { 5, 7, 1.1 },
    { 5, 9, 1.25 },
    { 7, 6, 1.2 },
    { 8, 30, 1.1 },
    { 10, 25, 1.1 },
};

// A value in [0, 1) bunched towards the middle (sum of two uniforms).
double triangular(QRandomGenerator& rng)
{
    return (rng.generateDouble() + rng.generateDouble()) / 2.0;
}

// The first entries of the catalog are sold most: dishes and drinks by the portion and cheap items.
std::vector<std::pair<qint64, int>> weightedCatalog(SandboxStore& store)
{
    std::vector<std::pair<qint64, int>> weighted;
    for (const auto& [id, item] : store.catalog()) {
        int weight = item.sellingPrice <= Money::fromTenge(2000) ? 4 : 1;
        if (item.unitId == 5) { // portions: coffee, tea, cakes
            weight += 5;
        }
        weighted.emplace_back(id, weight);
    }
    return weighted;
}

qint64 pickWeighted(const std::vector<std::pair<qint64, int>>& weighted, int totalWeight, QRandomGenerator& rng)
{
    int roll = rng.bounded(totalWeight);
    for (const auto& [id, weight] : weighted) {
        if (roll < weight) {
            return id;
        }
        roll -= weight;
    }
    return weighted.back().first;
}

void fillCart(SandboxStore& store,
    SandboxInvoice& inv,
    const std::vector<std::pair<qint64, int>>& weighted,
    int totalWeight,
    QRandomGenerator& rng)
{
    const int roll = rng.bounded(100);
    const int lines = roll < 35 ? 1 : roll < 70 ? 2 : roll < 90 ? 3 : 4;
    for (int l = 0; l < lines; ++l) {
        const qint64 id = pickWeighted(weighted, totalWeight, rng);
        const bool repeated = std::any_of(
            inv.items.cbegin(), inv.items.cend(), [id](const SandboxInvoiceItem& i) { return i.catalogItemId == id; });
        if (repeated) {
            continue; // distinct products per cart
        }
        const SandboxCatalogItem* c = store.catalogItem(id);
        SandboxInvoiceItem item;
        item.catalogItemId = c->id;
        item.name = c->name;
        item.unitId = c->unitId;
        item.price = c->sellingPrice;
        item.count = rng.bounded(100) < 70 ? 1 : 2 + rng.bounded(3);
        inv.subtotal += Money::checkedMul(item.price, item.count).value_or(Money());
        inv.items.append(item);
    }
}

} // namespace

QString SandboxDemoHistory::phone(QRandomGenerator& rng)
{
    const int op = kOperators[rng.bounded(int(std::size(kOperators)))];
    return QStringLiteral("8%1%2").arg(op).arg(rng.bounded(1'000'000, 10'000'000));
}

QString SandboxDemoHistory::clientName(QRandomGenerator& rng)
{
    return QString::fromUtf8(kNames[rng.bounded(int(std::size(kNames)))]);
}

double SandboxDemoHistory::dayWeight(const QDate& date, int index)
{
    double weight = 0.82 + 0.33 * double(index) / double(kDays); // slow growth over the half-year
    switch (date.dayOfWeek()) {
    case Qt::Sunday:
        weight *= 0.62;
        break;
    case Qt::Saturday:
        weight *= 1.08;
        break;
    case Qt::Friday:
        weight *= 1.12;
        break;
    default:
        break;
    }
    for (const CalendarDay& c : kCalendar) {
        if (date.month() == c.month && date.day() == c.day) {
            weight *= c.factor;
        }
    }
    return weight;
}

std::vector<SandboxDemoHistory::Day> SandboxDemoHistory::days(const SandboxStore& store)
{
    const QTimeZone zone = SandboxProfile::almatyZone();
    const QDate today = store.now().toTimeZone(zone).date();
    std::vector<Day> result;
    result.reserve(size_t(kDays) + 1);
    for (int back = kDays; back >= 0; --back) {
        Day d;
        d.date = today.addDays(-back);
        d.startMs = QDateTime(d.date, QTime(0, 0), zone).toMSecsSinceEpoch();
        d.weight = dayWeight(d.date, kDays - back);
        result.push_back(d);
    }
    return result;
}

int SandboxDemoHistory::saleMinute(QRandomGenerator& rng)
{
    const int roll = rng.bounded(100);
    if (roll < 16) { // morning coffee 08:00–10:00
        return 8 * 60 + int(triangular(rng) * 120);
    }
    if (roll < 50) { // lunch 12:00–14:30
        return 12 * 60 + int(triangular(rng) * 150);
    }
    if (roll < 80) { // evening 17:30–20:00
        return 17 * 60 + 30 + int(triangular(rng) * 150);
    }
    return 8 * 60 + rng.bounded(13 * 60); // any time while open
}

void SandboxDemoHistory::loadInvoices(SandboxStore& store)
{
    QRandomGenerator rng(2026);
    const QDateTime now = store.now();
    const qint64 lifetime = store.settings().invoiceLifetimeSeconds;
    // The live showcase of the last hours comes on top; the history stops a while before now (whole quarter hours,
    // so two sandboxes started together agree).
    const qint64 cutoffMs = (now.toMSecsSinceEpoch() - 90 * 60'000) / (15 * 60'000) * (15 * 60'000);
    const auto weighted = weightedCatalog(store);
    int totalWeight = 0;
    for (const auto& w : weighted) {
        totalWeight += w.second;
    }
    // Regular customers pay most of the tickets.
    std::vector<QString> regulars;
    for (int i = 0; i < 300; ++i) {
        regulars.push_back(phone(rng));
    }
    int orderNumber = 20000;
    for (const Day& day : days(store)) {
        const int count = qBound(20, int(std::lround(day.weight * 43.0 * (0.88 + 0.24 * rng.generateDouble()))), 65);
        std::vector<int> seconds;
        seconds.reserve(size_t(count));
        for (int n = 0; n < count; ++n) {
            seconds.push_back(saleMinute(rng) * 60 + rng.bounded(60));
        }
        std::sort(seconds.begin(), seconds.end());
        for (int second : seconds) {
            SandboxInvoice inv;
            inv.createdAt = QDateTime::fromMSecsSinceEpoch(day.startMs + qint64(second) * 1000, Qt::UTC);
            ++orderNumber;
            inv.phone = rng.bounded(100) < 65 ? regulars[size_t(rng.bounded(int(regulars.size())))] : phone(rng);
            const int kind = rng.bounded(100);
            if (kind < 55 && totalWeight > 0) {
                fillCart(store, inv, weighted, totalWeight, rng);
                inv.description = QStringLiteral("Заказ №%1").arg(orderNumber);
            } else if (kind < 93) { // most tickets 800–6,000 ₸, the cheap ones more often
                const double skew = rng.generateDouble() * rng.generateDouble();
                inv.subtotal = Money::fromTenge(800 + qint64(skew * 104) * 50);
                inv.description = QString::fromUtf8(kEveryday[rng.bounded(int(std::size(kEveryday)))]);
            } else {
                inv.subtotal = Money::fromTenge(6000 + qint64(rng.bounded(390)) * 100);
                inv.description = QString::fromUtf8(kLarge[rng.bounded(int(std::size(kLarge)))]);
            }
            finishTicket(inv, 8, orderNumber, rng);
            inv.expiresAt = inv.createdAt.addSecs(lifetime);
            const int roll = rng.bounded(100);
            const qint64 ageSecs = inv.createdAt.secsTo(now);
            if (roll < 87) {
                inv.status = QStringLiteral("paid");
                inv.paidAt = inv.createdAt.addSecs(20 + rng.bounded(600));
                inv.updatedAt = inv.paidAt;
                inv.clientName = clientName(rng);
            } else if (roll < 92 && ageSecs > lifetime) {
                inv.status = QStringLiteral("expired");
                inv.updatedAt = inv.expiresAt;
            } else if (roll < 97) {
                inv.status = QStringLiteral("cancelled");
                inv.updatedAt = inv.createdAt.addSecs(60 + rng.bounded(900));
            } else {
                inv.status = QStringLiteral("error");
                inv.errorMessage = QStringLiteral("Client not found in Kaspi");
                inv.errorCode = QStringLiteral("client_not_found");
                inv.updatedAt = inv.createdAt.addSecs(2);
            }
            // Today's sales after the cutoff are left to the showcase (the draws above keep later days stable).
            if (inv.createdAt.toMSecsSinceEpoch() > cutoffMs || inv.updatedAt > now) {
                continue;
            }
            if (inv.status != u"error") {
                inv.kaspiInvoiceId = store.newKaspiInvoiceId();
            }
            store.appendHistoricalInvoice(std::move(inv));
        }
    }
}

void SandboxDemoHistory::finishTicket(SandboxInvoice& inv, int discountChance, int orderNumber, QRandomGenerator& rng)
{
    inv.amount = inv.subtotal;
    if (rng.bounded(100) < discountChance) {
        inv.discountPercent = (1 + rng.bounded(3)) * 5;
        inv.discountSum = inv.subtotal.percentRoundedHalfUp(inv.discountPercent);
        inv.amount = inv.subtotal - inv.discountSum;
    }
    const int kind = rng.bounded(3);
    if (kind == 0) {
        inv.externalOrderId = QStringLiteral("order-%1").arg(orderNumber);
    } else if (kind == 1) {
        inv.externalOrderId = QStringLiteral("apd-5e1a9c3b-%1-%2")
                                  .arg(inv.createdAt.toString(QStringLiteral("yyyyMMddTHHmmss")))
                                  .arg(rng.bounded(0x10000), 4, 16, QLatin1Char('0'));
    }
}

void SandboxDemoHistory::loadRefunds(SandboxStore& store)
{
    const char* const reasons[] = { "Возврат товара", "Ошибка в заказе", "Клиент отказался", "Товар закончился",
        "Остывший заказ", "Двойная оплата" };
    QRandomGenerator rng(77);
    const QDateTime now = store.now();
    const QDateTime latest = now.addSecs(-2 * 3600);
    const QTimeZone zone = SandboxProfile::almatyZone();
    // Paid invoices at least two days old, by week.
    QHash<qint64, std::vector<qint64>> byWeek;
    std::vector<qint64> weeks;
    for (const SandboxInvoice& inv : store.invoices()) {
        if (inv.status != u"paid" || inv.isRecurring || inv.createdAt.daysTo(now) < 2) {
            continue;
        }
        const qint64 week = inv.createdAt.daysTo(now) / 7;
        if (!byWeek.contains(week)) {
            weeks.push_back(week);
        }
        byWeek[week].push_back(inv.id);
    }
    std::vector<SandboxRefund> planned;
    QHash<qint64, Money> refunded; // planned so far, per invoice
    for (qint64 week : weeks) {
        const std::vector<qint64>& ids = byWeek[week];
        const int perWeek = 2 + rng.bounded(3);
        for (int n = 0; n < perWeek; ++n) {
            SandboxInvoice* inv = store.invoice(ids[size_t(rng.bounded(int(ids.size())))]);
            const Money available = inv->amount - refunded.value(inv->id);
            if (available.isZero()) {
                continue;
            }
            SandboxRefund refund;
            refund.invoiceId = inv->id;
            refund.reason = QString::fromUtf8(reasons[rng.bounded(int(std::size(reasons)))]);
            refund.initiatedBy = rng.bounded(3) == 0 ? QStringLiteral("dashboard") : QStringLiteral("api");
            refund.status = QStringLiteral("completed");
            // A refund is made while the café is open (09:00–21:00 Almaty), on the day of payment or up to three
            // days later, never sooner than half an hour after it.
            const QDateTime opening(inv->paidAt.toTimeZone(zone).date().addDays(rng.bounded(4)), QTime(9, 0), zone);
            const QDateTime during = opening.addSecs(qint64(rng.bounded(12 * 60)) * 60);
            refund.createdAt = qMin(qMax(during, inv->paidAt.addSecs(1800)), latest);
            const int kind = rng.bounded(100);
            const bool fresh = refunded.value(inv->id).isZero();
            if (kind < 30 && fresh) { // full
                refund.amount = inv->amount;
            } else if (kind < 65 && !inv->items.isEmpty()) { // by items: one unit of a line not yet returned
                SandboxInvoiceItem* line = nullptr;
                for (SandboxInvoiceItem& candidate : inv->items) {
                    if (candidate.returnedCount < candidate.count) {
                        line = &candidate;
                        break;
                    }
                }
                const Money unit
                    = line ? line->price - line->price.percentRoundedHalfUp(inv->discountPercent) : Money();
                if (!line || unit > available || unit.isZero()) {
                    continue;
                }
                SandboxRefundItem item;
                item.invoiceItemId = line->id;
                item.catalogItemId = line->catalogItemId;
                item.name = line->name;
                item.price = line->price;
                item.count = 1;
                item.amount = unit;
                line->returnedCount += 1;
                refund.items.append(item);
                refund.amount = unit;
            } else { // partial by amount: 10–60 %, whole tenge, never more than what is left
                const qint64 tenge = inv->amount.tiyn() * (10 + rng.bounded(51)) / 10000;
                refund.amount = qMin(Money::fromTenge(qMax<qint64>(1, tenge)), available);
            }
            refunded[inv->id] += refund.amount;
            planned.push_back(std::move(refund));
        }
    }
    std::stable_sort(planned.begin(), planned.end(),
        [](const SandboxRefund& a, const SandboxRefund& b) { return a.createdAt < b.createdAt; });
    for (SandboxRefund& refund : planned) {
        refund.kaspiRefundId = QStringLiteral("REF-%1").arg(600000 + store.refunds().size() + 1);
        store.appendHistoricalRefund(std::move(refund));
    }
    for (auto it = refunded.cbegin(); it != refunded.cend(); ++it) {
        SandboxInvoice* inv = store.invoice(it.key());
        inv->status
            = inv->availableForRefund().isZero() ? QStringLiteral("refunded") : QStringLiteral("partially_refunded");
    }
}

int SandboxDemoHistory::seedInvoices(SandboxStore& store, int count)
{
    QRandomGenerator rng(1234567u + quint32(store.invoices().size()));
    const QDateTime now = store.now();
    const qint64 latestMs = now.toMSecsSinceEpoch() - 7200 * 1000;
    const qint64 lifetime = store.settings().invoiceLifetimeSeconds;
    const std::vector<Day> window = days(store);
    std::vector<double> cumulative;
    double sum = 0;
    for (const Day& d : window) {
        sum += d.weight;
        cumulative.push_back(sum);
    }
    std::vector<qint64> times;
    times.reserve(size_t(count));
    while (int(times.size()) < count) {
        const double at = rng.generateDouble() * sum;
        const size_t day = size_t(std::upper_bound(cumulative.begin(), cumulative.end(), at) - cumulative.begin());
        const qint64 ms
            = window[qMin(day, window.size() - 1)].startMs + (qint64(saleMinute(rng)) * 60 + rng.bounded(60)) * 1000;
        if (ms <= latestMs) { // today only up to two hours ago
            times.push_back(ms);
        }
    }
    std::sort(times.begin(), times.end());
    for (int i = 0; i < count; ++i) {
        SandboxInvoice inv;
        inv.createdAt = QDateTime::fromMSecsSinceEpoch(times[size_t(i)], Qt::UTC);
        inv.expiresAt = inv.createdAt.addSecs(lifetime);
        inv.phone = phone(rng);
        const double skew = rng.generateDouble() * rng.generateDouble();
        inv.amount = Money::fromTenge(
            rng.bounded(100) < 94 ? 800 + qint64(skew * 104) * 50 : 6000 + qint64(rng.bounded(390)) * 100);
        inv.subtotal = inv.amount;
        inv.description = QStringLiteral("Нагрузочный счёт №%1").arg(i + 1);
        inv.externalOrderId = QStringLiteral("seed-%1").arg(i + 1);
        const int roll = rng.bounded(100);
        if (roll < 87) {
            inv.status = QStringLiteral("paid");
            inv.paidAt = inv.createdAt.addSecs(20 + rng.bounded(600));
            inv.updatedAt = inv.paidAt;
        } else if (roll < 92 && inv.createdAt.secsTo(now) > lifetime) {
            inv.status = QStringLiteral("expired");
            inv.updatedAt = inv.expiresAt;
        } else if (roll < 97) {
            inv.status = QStringLiteral("cancelled");
            inv.updatedAt = inv.createdAt.addSecs(300);
        } else {
            inv.status = QStringLiteral("error");
            inv.errorMessage = QStringLiteral("Client not found in Kaspi");
            inv.errorCode = QStringLiteral("client_not_found");
            inv.updatedAt = inv.createdAt.addSecs(2);
        }
        if (inv.status != u"error") {
            inv.kaspiInvoiceId = store.newKaspiInvoiceId();
        }
        store.appendHistoricalInvoice(std::move(inv));
    }
    return count;
}

} // namespace apipay::sandbox
