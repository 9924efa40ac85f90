#include "models/cartmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace apipay;
using namespace Qt::StringLiterals;

class TestCartModel : public QObject
{
    Q_OBJECT

private:
    static CatalogItem item(qint64 id, const QString& name, std::optional<qint64> priceTiyn)
    {
        CatalogItem it;
        it.id = id;
        it.name = name;
        if (priceTiyn) {
            it.sellingPrice = Money::fromTiyn(*priceTiyn);
        }
        it.unitId = 1;
        return it;
    }

    CartModel* makeModel()
    {
        auto* model = new CartModel(this);
        model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates), DisplayFormat::almaty()));
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        return model;
    }

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void totals_referenceExample_exact()
    {
        // docs/api-contract.md: 2 × 4500 (custom) + 3 × 500, 10 % → subtotal 10 500, discount 1 050, amount 9 450.
        CartModel* model = makeModel();
        QSignalSpy totals(model, &CartModel::totalsChanged);
        QVERIFY(model->addItem(item(101, u"Coffee Latte"_s, 5000'00), u"pc"_s, 2));
        QVERIFY(model->addItem(item(205, u"Americano"_s, 500'00), u"pc"_s, 3));
        QVERIFY(model->setCustomPrice(0, Money::fromTenge(4500)));
        QVERIFY(model->setDiscountPercent(10));
        QCOMPARE(model->subtotal(), Money::fromTenge(10500));
        QCOMPARE(model->discountSum(), Money::fromTenge(1050));
        QCOMPARE(model->total(), Money::fromTenge(9450));
        QCOMPARE(totals.count(), 4);

        const QList<CartLine> lines = model->toCartLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).catalogItemId, 101);
        QCOMPARE(lines.at(0).count, 2);
        QCOMPARE(lines.at(0).price, std::optional<Money>(Money::fromTenge(4500)));
        QCOMPARE(lines.at(1).catalogItemId, 205);
        QVERIFY(!lines.at(1).price.has_value()); // catalog price: not sent
    }

    void discount_roundsHalfUpInTiyn()
    {
        CartModel* model = makeModel();
        QVERIFY(model->addItem(item(1, u"Tea"_s, 1'05), {}, 1)); // 1.05 ₸ × 10 % = 10.5 tiyn → 11
        QVERIFY(model->setDiscountPercent(10));
        QCOMPARE(model->discountSum(), Money::fromTiyn(11));
        QCOMPARE(model->total(), Money::fromTiyn(94));
        QVERIFY(model->setCount(0, 3)); // 3.15 ₸ × 10 % = 31.5 → 32
        QCOMPARE(model->discountSum(), Money::fromTiyn(32));
        QCOMPARE(model->total(), Money::fromTiyn(283));
        QVERIFY(model->setDiscountPercent(0));
        QCOMPARE(model->discountSum(), Money());
        QCOMPARE(model->total(), Money::fromTiyn(315));
    }

    void discount_outOfRange_refused()
    {
        CartModel* model = makeModel();
        QVERIFY(!model->setDiscountPercent(100));
        QVERIFY(!model->setDiscountPercent(-1));
        QCOMPARE(model->discountPercent(), 0);
        QVERIFY(model->setDiscountPercent(99));
    }

    void addSameItem_increasesCount()
    {
        CartModel* model = makeModel();
        QVERIFY(model->addItem(item(7, u"Bun"_s, 250'00)));
        QVERIFY(model->addItem(item(7, u"Bun"_s, 250'00), {}, 2));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->lineAt(0).count, 3);
        QCOMPARE(model->subtotal(), Money::fromTenge(750));
    }

    void editCount_validValues_accepted_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("int") << QVariant(5) << qint64(5);
        QTest::newRow("longlong") << QVariant(qint64(12)) << qint64(12);
        QTest::newRow("text") << QVariant(u" 7 "_s) << qint64(7);
        QTest::newRow("max") << QVariant(100000) << qint64(100000);
    }

    void editCount_validValues_accepted()
    {
        QFETCH(QVariant, value);
        QFETCH(qint64, expected);
        CartModel* model = makeModel();
        QVERIFY(model->addItem(item(1, u"Tea"_s, 300'00)));
        QVERIFY(model->setData(model->index(0, CartModel::Count), value));
        QCOMPARE(model->lineAt(0).count, expected);
        QCOMPARE(model->subtotal(), Money::fromTiyn(300'00 * expected));
    }

    void editCount_invalidValues_refused_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("zero") << QVariant(0);
        QTest::newRow("negative") << QVariant(-2);
        QTest::newRow("fraction") << QVariant(2.5);
        QTest::newRow("text fraction") << QVariant(u"2.5"_s);
        QTest::newRow("letters") << QVariant(u"two"_s);
        QTest::newRow("empty") << QVariant(QString());
        QTest::newRow("too many") << QVariant(100001);
        QTest::newRow("bool") << QVariant(true);
    }

    void editCount_invalidValues_refused()
    {
        QFETCH(QVariant, value);
        CartModel* model = makeModel();
        QVERIFY(model->addItem(item(1, u"Tea"_s, 300'00), {}, 4));
        QSignalSpy rejected(model, &CartModel::editRejected);
        QVERIFY(!model->setData(model->index(0, CartModel::Count), value));
        QCOMPARE(model->lineAt(0).count, 4);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!rejected.at(0).at(2).toString().isEmpty());
    }

    void editPrice_textAndClear()
    {
        CartModel* model = makeModel();
        QVERIFY(model->addItem(item(1, u"Tea"_s, 300'00), {}, 2));
        const QModelIndex price = model->index(0, CartModel::Price);
        QVERIFY(model->flags(price) & Qt::ItemIsEditable);
        QVERIFY(!(model->flags(model->index(0, CartModel::Name)) & Qt::ItemIsEditable));
        QVERIFY(model->setData(price, u"4 500,50"_s));
        QCOMPARE(model->lineAt(0).customPrice, std::optional<Money>(Money::fromTiyn(4500'50)));
        QCOMPARE(model->subtotal(), Money::fromTiyn(9001'00));
        QVERIFY(model->data(price, CartModel::CustomPriceRole).toBool());
        QCOMPARE(model->data(price, Qt::EditRole).toString(), u"4500.50"_s);
        QVERIFY(model->setData(price, u"1,234.5"_s)); // the locale's grouping
        QCOMPARE(model->lineAt(0).customPrice, std::optional<Money>(Money::fromTiyn(1234'50)));
        QVERIFY(model->setData(price, QString())); // back to the catalog price
        QVERIFY(!model->lineAt(0).customPrice.has_value());
        QCOMPARE(model->subtotal(), Money::fromTenge(600));
    }

    void editPrice_invalid_refused_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("too many decimals") << QVariant(u"10.12345"_s);
        QTest::newRow("zero") << QVariant(u"0"_s);
        QTest::newRow("negative") << QVariant(u"-5"_s);
        QTest::newRow("too large") << QVariant(u"100000000"_s);
        QTest::newRow("letters") << QVariant(u"abc"_s);
        QTest::newRow("double") << QVariant(12.5);
    }

    void editPrice_invalid_refused()
    {
        QFETCH(QVariant, value);
        CartModel* model = makeModel();
        QVERIFY(model->addItem(item(1, u"Tea"_s, 300'00)));
        QSignalSpy rejected(model, &CartModel::editRejected);
        QVERIFY(!model->setData(model->index(0, CartModel::Price), value));
        QVERIFY(!model->lineAt(0).customPrice.has_value());
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(model->subtotal(), Money::fromTenge(300));
    }

    void unpricedItem_excludedFromTotalsUntilPriced()
    {
        CartModel* model = makeModel();
        QVERIFY(model->addItem(item(1, u"Tea"_s, 300'00)));
        QVERIFY(model->addItem(item(2, u"Mystery"_s, std::nullopt), {}, 2));
        QCOMPARE(model->unpricedLineCount(), 1);
        QCOMPARE(model->subtotal(), Money::fromTenge(300));
        QVERIFY(!model->data(model->index(1, CartModel::LineTotal), CartModel::LineTotalTiynRole).isValid());
        QVERIFY(model->setCustomPrice(1, Money::fromTenge(50)));
        QCOMPARE(model->unpricedLineCount(), 0);
        QCOMPARE(model->subtotal(), Money::fromTenge(400));
    }

    void hugeCatalogPrice_treatedAsUnpriced_noOverflow()
    {
        // A server price far above the invoice maximum would overflow price × count × lines in the subtotal.
        CartModel* model = makeModel();
        for (qint64 id = 1; id <= 3; ++id) {
            QVERIFY(model->addItem(item(id, u"Gold"_s, qint64(9'000'000'000'000'000'000)), {}, CartModel::kMaxCount));
        }
        QCOMPARE(model->unpricedLineCount(), 3);
        QCOMPARE(model->subtotal(), Money());
        // Shown as unreadable, with the reason — not as an item that simply has no price.
        const QModelIndex price = model->index(1, CartModel::Price);
        QCOMPARE(price.data().toString(), u"—"_s);
        QCOMPARE(model->index(1, CartModel::LineTotal).data().toString(), u"—"_s);
        QVERIFY2(price.data(Qt::ToolTipRole).toString().contains(u"unreadable"_s),
            qPrintable(price.data(Qt::ToolTipRole).toString()));
        // Near INT64_MAX too.
        QVERIFY(model->addItem(item(4, u"Platinum"_s, std::numeric_limits<qint64>::max()), {}, 2));
        QCOMPARE(model->subtotal(), Money());
        QVERIFY(model->index(3, CartModel::Price).data(Qt::ToolTipRole).toString().contains(u"unreadable"_s));
        model->removeLine(3);
        QVERIFY(model->setCustomPrice(0, Money::invoiceMaximum()));
        QCOMPARE(model->subtotal().tiyn(), Money::invoiceMaximum().tiyn() * CartModel::kMaxCount);
    }

    void displayRole_localisedMoney()
    {
        CartModel* model = makeModel();
        QVERIFY(model->addItem(item(1, u"Tea"_s, 1500'00), u"cup"_s, 2));
        QCOMPARE(model->data(model->index(0, CartModel::Unit)).toString(), u"cup"_s);
        QCOMPARE(model->data(model->index(0, CartModel::LineTotal)).toString(), u"3,000.00\u00a0\u20b8"_s);
        QCOMPARE(model->data(model->index(0, CartModel::LineTotal), CartModel::SortRole).toLongLong(), 3000'00);
        model->setDisplayFormat(DisplayFormat(QLocale(QLocale::Russian, QLocale::Russia), DisplayFormat::almaty()));
        QCOMPARE(model->data(model->index(0, CartModel::Price)).toString(), u"1\u00a0500,00\u00a0\u20b8"_s);
        QCOMPARE(model->headerData(CartModel::Count, Qt::Horizontal).toString(), u"Quantity"_s);
    }

    void removeAndClear_updateTotals()
    {
        CartModel* model = makeModel();
        QVERIFY(model->addItem(item(1, u"Tea"_s, 300'00)));
        QVERIFY(model->addItem(item(2, u"Cake"_s, 900'00)));
        QVERIFY(model->setDiscountPercent(5));
        QSignalSpy totals(model, &CartModel::totalsChanged);
        model->removeLine(0);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->subtotal(), Money::fromTenge(900));
        QCOMPARE(totals.count(), 1);
        model->clear();
        QVERIFY(model->isEmpty());
        QCOMPARE(model->discountPercent(), 0);
        QCOMPARE(model->total(), Money());
        QCOMPARE(totals.count(), 2);
    }

    void cartFull_refusesMoreLines()
    {
        CartModel* model = makeModel();
        for (int i = 0; i < CartModel::kMaxLines; ++i) {
            QVERIFY(model->addItem(item(i + 1, u"Item"_s, 100)));
        }
        QSignalSpy rejected(model, &CartModel::editRejected);
        QVERIFY(!model->addItem(item(1000, u"One too many"_s, 100)));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(model->rowCount(), CartModel::kMaxLines);
    }
};

QTEST_GUILESS_MAIN(TestCartModel)
#include "tst_cartmodel.moc"
