#include "sandboxdemodata.h"

#include "sandboxdemohistory.h"

#include "sandboxpictograms.h"
#include "sandboxprofile.h"
#include "sandboxstore.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace apipay::sandbox {

namespace {

using Shape = SandboxPictograms::Shape;

struct DemoProduct
{
    const char* name;
    qint64 priceTenge;
    qint64 unitId;
    Shape shape;
    QRgb colour;
    const char* barcode;
};

const DemoProduct kProducts[] = {
    { "Нан / Нан", 250, 1, Shape::Loaf, 0xd9a35b, "4870001000011" },
    { "Сүт 1 л", 520, 1, Shape::Carton, 0x6fa8dc, "4870001000028" },
    { "Қымыз 0,5 л", 1200, 1, Shape::Bottle, 0xe8e2d0, "4870001000035" },
    { "Кофе латте", 1500, 5, Shape::Cup, 0xb07a4f, nullptr },
    { "Американо", 1100, 5, Shape::Cup, 0x5b3a24, nullptr },
    { "Капучино", 1400, 5, Shape::Cup, 0xc69c6d, nullptr },
    { "Шай қара / Чай чёрный", 500, 5, Shape::Cup, 0xa0412d, nullptr },
    { "Бауырсақ, 10 шт", 900, 4, Shape::Balls, 0xe0a93b, nullptr },
    { "Самса с говядиной", 650, 1, Shape::Triangle, 0xd88c3a, nullptr },
    { "Айран 0,5 л", 450, 1, Shape::Bottle, 0xd6e6f2, "4870001000042" },
    { "Шұбат 0,5 л", 1300, 1, Shape::Bottle, 0xf3ead8, "4870001000059" },
    { "Алма Апорт / Яблоки Апорт", 1100, 2, Shape::Apple, 0xc8302c, nullptr },
    { "Бананы", 990, 2, Shape::Banana, 0xf2cf3a, nullptr },
    { "Вода Tassay 0,5 л", 250, 1, Shape::Bottle, 0x3d85c6, "4870204390016" },
    { "Сок яблочный 1 л", 890, 1, Shape::Carton, 0x8bc34a, "4870001000066" },
    { "Шоколад «Рахат»", 750, 1, Shape::Bar, 0x6b3e26, "4870001000073" },
    { "Құрт / Курт", 300, 4, Shape::Balls, 0xf4f1e6, nullptr },
    { "Қазы / Казы", 8900, 2, Shape::Sausage, 0x8e2b2b, nullptr },
    { "Брынза", 4200, 2, Shape::Wedge, 0xf1d36b, nullptr },
    { "Жұмыртқа / Яйца С1, 10 шт", 1100, 4, Shape::Eggs, 0xf0e0c8, "4870001000080" },
    { "Чак-чак", 1800, 5, Shape::Balls, 0xd9962b, nullptr },
    { "Торт «Медовик»", 950, 5, Shape::Cake, 0xe5b567, nullptr },
    { "Қант / Сахар 1 кг", 650, 4, Shape::Bag, 0xdfe7ee, "4870001000097" },
    { "Күріш / Рис 1 кг", 780, 4, Shape::Bag, 0xe9dcc0, "4870001000103" },
};

const char* const kDescriptions[] = { "Заказ на вынос", "Доставка воды, 2 бутыли", "Торт на заказ к субботе",
    "Обед для офиса", "Кейтеринг, 12 человек", "Оплата за завтраки", "Предзаказ выпечки", "Заказ через Instagram",
    "Доставка по Алмалинскому району", "Кофе-брейк для семинара", "Подарочный набор",
    "Оплата долга за прошлую неделю" };

QDateTime almatyTime(const QDate& day, int minuteOfDay)
{
    return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60, 0), SandboxProfile::almatyZone()).toUTC();
}

} // namespace

void SandboxDemoData::load(SandboxStore& store)
{
    loadCatalog(store);
    // Six months of trade first (oldest ids), the hand-made showcase of the last days on top, then the refunds
    // spread over the months and the subscriptions with their billing history.
    SandboxDemoHistory::loadInvoices(store);
    loadShowcase(store);
    SandboxDemoHistory::loadRefunds(store);
    loadSubscriptions(store);
}

void SandboxDemoData::loadCatalog(SandboxStore& store)
{
    const QDateTime created = store.now().addDays(-90);
    for (const DemoProduct& product : kProducts) {
        SandboxCatalogItem item;
        item.name = QString::fromUtf8(product.name);
        item.sellingPrice = Money::fromTenge(product.priceTenge);
        item.unitId = product.unitId;
        item.barcode = product.barcode ? QString::fromLatin1(product.barcode) : QString();
        item.imageId
            = store.addImage(SandboxPictograms::png(product.shape, QColor::fromRgb(product.colour)), "image/png");
        item.createdAt = created;
        store.addCatalogItem(std::move(item), false);
    }
}

void SandboxDemoData::loadShowcase(SandboxStore& store)
{
    QRandomGenerator rng(42);
    const QDateTime now = store.now();
    const QDate today = now.toTimeZone(SandboxProfile::almatyZone()).date();
    std::vector<qint64> catalogIds;
    for (const auto& [id, item] : store.catalog()) {
        catalogIds.push_back(id);
    }
    int orderNumber = 1000;
    for (int back = 2; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        const int perDay = back == 0 ? 8 : 3 + rng.bounded(3);
        const int nowMinute = now.toTimeZone(SandboxProfile::almatyZone()).time().msecsSinceStartOfDay() / 60000;
        for (int n = 0; n < perDay; ++n) {
            int minute = 9 * 60 + rng.bounded(12 * 60);
            if (back == 0) {
                minute = qMax(0, nowMinute - (perDay - n) * 35 - rng.bounded(10)); // today: spread before now
            }
            SandboxInvoice inv;
            inv.createdAt = qMin(almatyTime(day, minute), now.addSecs(-60));
            inv.phone = SandboxDemoHistory::phone(rng);
            ++orderNumber;
            if (rng.bounded(100) < 45) { // cart invoice
                const int lines = 1 + rng.bounded(4);
                const int first = rng.bounded(int(catalogIds.size()));
                const int step = 1 + rng.bounded(5);
                for (int l = 0; l < lines; ++l) { // distinct products per cart
                    const SandboxCatalogItem* c
                        = store.catalogItem(catalogIds[size_t(first + l * step) % catalogIds.size()]);
                    SandboxInvoiceItem item;
                    item.catalogItemId = c->id;
                    item.name = c->name;
                    item.unitId = c->unitId;
                    item.price = c->sellingPrice;
                    item.count = 1 + rng.bounded(3);
                    inv.subtotal += Money::checkedMul(item.price, item.count).value_or(Money());
                    inv.items.append(item);
                }
                inv.description = QStringLiteral("Заказ №%1").arg(orderNumber);
            } else {
                inv.subtotal = Money::fromTenge(500 + rng.bounded(60) * 250);
                inv.description = QString::fromUtf8(kDescriptions[rng.bounded(int(std::size(kDescriptions)))]);
            }
            SandboxDemoHistory::finishTicket(inv, 18, orderNumber, rng);
            inv.expiresAt = inv.createdAt.addSecs(store.settings().invoiceLifetimeSeconds);
            inv.updatedAt = inv.createdAt.addSecs(60 + rng.bounded(1800));
            const int roll = rng.bounded(100);
            const qint64 ageSecs = inv.createdAt.secsTo(now);
            if (back == 0 && n >= perDay - 3) {
                inv.status = n == perDay - 1 ? QStringLiteral("processing") : QStringLiteral("pending");
                inv.updatedAt = inv.createdAt;
                inv.dueAt = n == perDay - 1 ? now.addMSecs(store.settings().processingDelayMs) : QDateTime();
            } else if (back == 0 && n == perDay - 4) {
                inv.status = QStringLiteral("cancelling");
                inv.dueAt = now.addSecs(30);
            } else if (roll < 72 || ageSecs < 3600) {
                inv.status = QStringLiteral("paid");
                inv.paidAt = inv.updatedAt;
                inv.clientName = SandboxDemoHistory::clientName(rng);
            } else if (roll < 80) {
                inv.status = QStringLiteral("cancelled");
            } else if (roll < 92) {
                inv.status = ageSecs > store.settings().invoiceLifetimeSeconds ? QStringLiteral("expired")
                                                                               : QStringLiteral("pending");
                inv.updatedAt = inv.status == u"expired" ? inv.expiresAt : inv.createdAt;
            } else {
                inv.status = QStringLiteral("error");
                inv.errorMessage = QStringLiteral("Client not found in Kaspi");
                inv.errorCode = QStringLiteral("client_not_found");
            }
            if (inv.status != u"processing" && inv.status != u"error") {
                inv.kaspiInvoiceId = store.newKaspiInvoiceId();
            }
            store.appendHistoricalInvoice(std::move(inv));
        }
    }
}

void SandboxDemoData::loadSubscriptions(SandboxStore& store)
{
    struct DemoSubscription
    {
        const char* description;
        const char* name;
        const char* phone;
        qint64 tenge;
        const char* period;
        int periods; // billing periods so far
        const char* status;
    };
    const DemoSubscription subs[] = {
        { "Доставка воды 19 л, еженедельно", "Айгерим Сапарова", "87017778899", 2400, "weekly", 26, "active" },
        { "Кофе-абонемент, 20 чашек", "Ерлан Нурланов", "87054441122", 18000, "monthly", 6, "active" },
        { "Хлеб к завтраку, раз в две недели", "Динара Касымова", "87473336655", 3500, "biweekly", 13, "active" },
        { "Обеды для офиса ТОО «Алатау»", "ТОО «Алатау Сервис»", "87772223344", 95000, "monthly", 5, "paused" },
        { "Кымыз по выходным", "Бауыржан Жумабаев", "87079990011", 4800, "weekly", 10, "cancelled" },
        { "Фермерский набор, ежеквартально", "Алия Рахимова", "87015556677", 24000, "quarterly", 2, "active" },
    };
    QRandomGenerator rng(7);
    const QDateTime now = store.now();
    for (const DemoSubscription& d : subs) {
        SandboxSubscription sub;
        sub.description = QString::fromUtf8(d.description);
        sub.subscriberName = QString::fromUtf8(d.name);
        sub.phone = QString::fromLatin1(d.phone);
        sub.amount = Money::fromTenge(d.tenge);
        sub.billingPeriod = QString::fromLatin1(d.period);
        sub.status = QStringLiteral("active");
        sub.externalSubscriberId = QStringLiteral("cust-%1").arg(store.subscriptions().size() + 101);
        // Walk back `periods` billing periods from about now to find the start.
        QDateTime start = now.addDays(-2);
        for (int i = 0; i < d.periods - 1; ++i) {
            SandboxSubscription probe = sub;
            const QDateTime next = SandboxStore::nextBillingAfter(probe, start);
            start = start.addSecs(-start.secsTo(next));
        }
        start = almatyTime(start.toTimeZone(SandboxProfile::almatyZone()).date(), 9 * 60);
        sub.startedAt = start.toTimeZone(SandboxProfile::almatyZone()).date();
        sub.createdAt = start.addSecs(-600);
        SandboxSubscription& stored = store.addSubscription(std::move(sub));
        QDateTime at = start;
        for (int i = 0; i < d.periods && at <= now; ++i) {
            store.billSubscription(stored, at);
            SandboxInvoice* inv = store.invoice(stored.history.last().invoiceId);
            // Historical periods: paid (one expired for the water delivery); the latest may still be pending.
            inv->kaspiInvoiceId = store.newKaspiInvoiceId();
            const bool latest = i == d.periods - 1;
            if (latest && now.secsTo(inv->createdAt.addSecs(store.settings().invoiceLifetimeSeconds)) > 0) {
                store.setInvoiceStatus(*inv, QStringLiteral("pending"));
            } else if (stored.id == 1 && i == 2) {
                store.setInvoiceStatus(*inv, QStringLiteral("expired"));
                stored.failedAttempts = 0;
            } else {
                store.setInvoiceStatus(*inv, QStringLiteral("paid"));
                inv->paidAt = inv->createdAt.addSecs(1200 + rng.bounded(7200));
                inv->clientName = stored.subscriberName;
            }
            inv->updatedAt = inv->paidAt.isValid() ? inv->paidAt : inv->createdAt;
            at = stored.nextBillingAt;
        }
        if (QString::fromLatin1(d.status) == u"paused") {
            stored.status = QStringLiteral("paused");
            stored.pausedAt = now.addDays(-3);
        } else if (QString::fromLatin1(d.status) == u"cancelled") {
            stored.status = QStringLiteral("cancelled");
            stored.cancelledAt = now.addDays(-1);
            stored.nextBillingAt = QDateTime();
        }
    }
}

int SandboxDemoData::seedInvoices(SandboxStore& store, int count)
{
    return SandboxDemoHistory::seedInvoices(store, count);
}

} // namespace apipay::sandbox
