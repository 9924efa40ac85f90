// Shared widgets: exact money input, phone normalisation, the message banner, cut values, fitted columns.
#include "columnheadertesting.h"
#include "testsupport.h"
#include "widgets/elidedvaluelabel.h"
#include "widgets/emptystatelabel.h"
#include "widgets/headercolumnmenu.h"
#include "widgets/messagebanner.h"
#include "widgets/moneylineedit.h"
#include "widgets/phonelineedit.h"
#include "widgets/tablecolumnfit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace apipay;
using namespace Qt::StringLiterals;

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { apipay::test::initTestEnvironment(); }

    void money_typedText_exactTiyn_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("tiyn");
        QTest::newRow("whole") << u"15000"_s << qint64(1'500'000);
        QTest::newRow("comma") << u"15000,5"_s << qint64(1'500'050);
        QTest::newRow("dot two decimals") << u"0.01"_s << qint64(1);
        QTest::newRow("grouped") << u"1 234 567,89"_s << qint64(123'456'789);
        QTest::newRow("max") << u"99999999.99"_s << qint64(9'999'999'999);
    }
    void money_typedText_exactTiyn()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, tiyn);
        MoneyLineEdit edit;
        QTest::keyClicks(&edit, typed);
        QVERIFY2(edit.isValid(), qPrintable(edit.errorText()));
        QVERIFY(edit.value().has_value());
        QCOMPARE(edit.value()->tiyn(), tiyn);
    }

    // A letter typed among the digits stays in the field and makes the entry an error with its reason: dropping it
    // would make another amount ("1500ю50", the '.' key on a Russian layout, would read 150 050 ₸).
    void money_lettersAndSigns_keptAndRefusedWithReason_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("letter among digits") << u"12a,3x4"_s;
        QTest::newRow("ru layout dot key") << u"1500ю50"_s;
        QTest::newRow("ru layout comma key") << u"1500б50"_s;
        QTest::newRow("exponent") << u"1e9"_s;
        QTest::newRow("minus") << u"-500"_s;
        QTest::newRow("only letters") << u"abc"_s;
    }
    void money_lettersAndSigns_keptAndRefusedWithReason()
    {
        QFETCH(QString, typed);
        MoneyLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        for (const QChar ch : typed) { // key by key with its text (keyClicks types Latin-1 only)
            QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
        QCOMPARE(edit.text(), typed); // every key stayed
        QVERIFY(!edit.isValid());
        QVERIFY(!edit.value().has_value());
        QVERIFY(!edit.errorText().isEmpty());
    }

    // Every digit and separator typed stays in the field: the amount is what was typed or an error, never a
    // shortened amount (a dropped key once turned "12,345" into 12,34 ₸).
    void money_noKeyDropped_amountOrError_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("tiyn"); // -1: refused with a reason
        QTest::newRow("en grouping, dot decimal") << u"1,500.50"_s << qint64(150'050);
        QTest::newRow("dot grouping, comma decimal") << u"1.500,50"_s << qint64(150'050);
        QTest::newRow("comma thousands") << u"12,345"_s << qint64(1'234'500);
        QTest::newRow("three decimals") << u"0,001"_s << qint64(-1);
        QTest::newRow("two decimal separators") << u"1.5.0,5.0"_s << qint64(-1);
    }
    void money_noKeyDropped_amountOrError()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, tiyn);
        MoneyLineEdit edit;
        QTest::keyClicks(&edit, typed);
        QCOMPARE(edit.text(), typed);
        if (tiyn < 0) {
            QVERIFY(!edit.isValid());
            QVERIFY(!edit.value());
            QVERIFY(!edit.errorText().isEmpty());
        } else {
            QVERIFY2(edit.isValid(), qPrintable(edit.errorText()));
            QCOMPARE(edit.value()->tiyn(), tiyn);
        }
    }

    void money_outOfRange_invalidWithReason()
    {
        MoneyLineEdit edit;
        QSignalSpy validity(&edit, &MoneyLineEdit::validityChanged);
        QTest::keyClicks(&edit, u"100000000"_s);
        QVERIFY(!edit.isValid());
        QVERIFY(!edit.value().has_value());
        QVERIFY(!edit.errorText().isEmpty());
        edit.clear();
        QVERIFY(!edit.isValid()); // required by default
        edit.setOptional(true);
        QVERIFY(edit.isValid());
        edit.setRange(Money::subscriptionMinimum(), Money::subscriptionMaximum());
        edit.setText(u"99.99"_s);
        QVERIFY(!edit.isValid());
        edit.setText(u"100"_s);
        QVERIFY(edit.isValid());
        QVERIFY(validity.count() >= 2);
    }

    void money_editingFinished_reformattedInLocale()
    {
        MoneyLineEdit edit;
        edit.setDisplayLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        edit.setText(u"15000.5"_s);
        Q_EMIT edit.editingFinished();
        QCOMPARE(edit.value()->tiyn(), qint64(1'500'050));
        QVERIFY2(edit.text() != u"15000.5"_s, qPrintable(edit.text())); // grouped now
        QCOMPARE(Money::parse(edit.text()).value->tiyn(), qint64(1'500'050));
    }

    void phone_forms_normalisedLive_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("plus seven") << u"+7 700 123 45 67"_s;
        QTest::newRow("eight brackets") << u"8 (700) 123-45-67"_s;
        QTest::newRow("ten digits") << u"7001234567"_s;
        QTest::newRow("eleven digits") << u"77001234567"_s;
    }
    void phone_forms_normalisedLive()
    {
        QFETCH(QString, typed);
        PhoneLineEdit edit;
        QSignalSpy changed(&edit, &PhoneLineEdit::phoneChanged);
        QTest::keyClicks(&edit, typed);
        QVERIFY(edit.isValid());
        QCOMPARE(edit.normalized(), u"87001234567"_s);
        QVERIFY(changed.count() >= 1);
        Q_EMIT edit.editingFinished();
        QCOMPARE(edit.text(), u"+7 700 123 45 67"_s);
        QVERIFY(edit.hintText().isEmpty());
    }

    void phone_lettersRefused_shortNumberInvalid()
    {
        PhoneLineEdit edit;
        QTest::keyClicks(&edit, u"8abc700"_s);
        QCOMPARE(edit.text(), u"8700"_s);
        QVERIFY(!edit.isValid());
        QVERIFY(!edit.hintText().isEmpty());
        QVERIFY(edit.normalized().isEmpty());
    }

    void phone_landline_validWithWarning()
    {
        PhoneLineEdit edit;
        edit.setText(u"+7 612 345 67 89"_s);
        QVERIFY(edit.isValid());
        QVERIFY(edit.hasWarning());
        QCOMPARE(edit.hintText(), PhoneNumber::notMobileWarning());
    }

    void banner_retry_runsActionAndHides()
    {
        QWidget parent;
        auto* banner = new MessageBanner(&parent);
        parent.show();
        int retried = 0;
        banner->showMessage(
            MessageBanner::Kind::Error, u"No connection"_s, u"Check the network."_s, [&retried] { ++retried; });
        QVERIFY(banner->isVisible());
        QVERIFY(banner->retryButton()->isVisible());
        QSignalSpy dismissed(banner, &MessageBanner::dismissed);
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QCOMPARE(retried, 1);
        QVERIFY(!banner->isVisible());
        QCOMPARE(dismissed.count(), 1);
    }

    void banner_withoutRetry_onlyDismiss()
    {
        QWidget parent;
        auto* banner = new MessageBanner(&parent);
        parent.show();
        banner->showMessage(MessageBanner::Kind::Warning, QString(), u"Keychain unavailable."_s);
        QVERIFY(!banner->retryButton()->isVisible());
        QVERIFY(banner->dismissButton()->isVisible());
        QCOMPARE(banner->text(), u"Keychain unavailable."_s);
        QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
    }

    void emptyState_usesPlaceholderColour()
    {
        EmptyStateLabel label(u"No invoices yet."_s);
        QCOMPARE(label.palette().color(QPalette::WindowText), label.palette().color(QPalette::PlaceholderText));
        QVERIFY(label.wordWrap());
    }

    // A value wider than the label is shortened in the middle ("ORDER-…-0042"), whole in the tooltip; with room it is
    // shown whole without a tooltip; it never asks its form for the width of the whole value.
    void elidedValue_narrowShortened_wideWhole_copiesWhole()
    {
        const QString id = u"ORDER-"_s + QString(120, u'7') + u"-0042"_s;
        apipay::ElidedValueLabel label;
        label.setFullText(id);
        QVERIFY(label.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(id) / 4);
        label.resize(200, label.sizeHint().height());
        label.show();
        QTRY_VERIFY(label.isElided());
        QVERIFY(label.text().startsWith(u"ORDER-"_s));
        QVERIFY(label.text().endsWith(u"-0042"_s));
        QVERIFY(label.text().contains(u'…'));
        QVERIFY(label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width());
        QCOMPARE(label.toolTip().remove(u'\n'), id);
        label.setFocus();
        QTest::keySequence(&label, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), id);

        label.resize(label.fontMetrics().horizontalAdvance(id) + 20, label.height());
        QTRY_VERIFY(!label.isElided());
        QCOMPARE(label.text(), id);
        QVERIFY(label.toolTip().isEmpty());

        // Word wrap: short words wrap as usual, only the one too wide for a line is shortened.
        apipay::ElidedValueLabel wrapped;
        wrapped.setWordWrap(true);
        wrapped.setFullText(u"Delivery to "_s + id);
        wrapped.resize(200, 100);
        wrapped.show();
        QTRY_VERIFY(wrapped.isElided());
        QVERIFY(wrapped.text().startsWith(u"Delivery to ORDER-"_s));
        QCOMPARE(wrapped.toolTip().remove(u'\n').remove(u' '), (u"Deliveryto"_s + id));
    }

    void columnMenu_showsAndHidesColumns_keepsTheLastOne()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({ u"Amount"_s, u"Status"_s, u"Reason"_s });
        QTableView table;
        table.setModel(&model);
        apipay::HeaderColumnMenu columns(&table);
        QSignalSpy changed(&columns, &apipay::HeaderColumnMenu::columnsShownChanged);

        // The table's own context menu (Menu key, right-click on a row) offers the same list.
        QVERIFY(table.actions().contains(columns.columnsAction()));
        QCOMPARE(table.contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(columns.columnsAction()->menu());

        QMenu menu;
        columns.fill(&menu);
        QList<QAction*> actions = menu.actions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(2)->text(), u"Reason"_s);
        QVERIFY(actions.at(2)->isChecked());
        actions.at(2)->trigger(); // hide "Reason"
        QVERIFY(table.horizontalHeader()->isSectionHidden(2));
        QCOMPARE(changed.count(), 1);

        columns.fill(&menu);
        actions = menu.actions();
        QVERIFY(!actions.at(2)->isChecked());
        actions.at(1)->trigger(); // hide "Status": "Amount" is the last one shown
        columns.fill(&menu);
        actions = menu.actions();
        QVERIFY(actions.at(0)->isChecked());
        QVERIFY(!actions.at(0)->isEnabled());
        QVERIFY(actions.at(2)->isEnabled());
        actions.at(2)->trigger(); // "Reason" back
        QVERIFY(!table.horizontalHeader()->isSectionHidden(2));
        QCOMPARE(changed.count(), 3);
    }

    void columnFit_aColumnDraggedByHand_keepsItsWidth()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({ u"Amount"_s, u"Order"_s, u"Reason"_s });
        model.setItem(0, 1, new QStandardItem(u"apd-5e1a9c3b-20261124T082037-84c3"_s));
        QTableView table;
        table.setModel(&model);
        table.resize(600, 300);
        apipay::TableColumnFit fit(&table);
        fit.setElidableColumns({ 1, 2 });
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        fit.fit();
        QVERIFY(!fit.isCustomized());

        // The person drags the right edge of "Amount" 60 pixels to the right.
        QHeaderView* header = table.horizontalHeader();
        const int before = header->sectionSize(0);
        apipay::test::dragColumnEdge(header, 0, 60);
        QTRY_VERIFY(header->sectionSize(0) > before + 30);
        QVERIFY(fit.isCustomized());
        const int dragged = header->sectionSize(0);

        // The list is read again with other rows, the window gets narrower: the dragged width stays.
        model.setItem(1, 0, new QStandardItem(u"1 000 000 000,00 \u20b8"_s));
        fit.fit();
        const int wide = table.viewport()->width();
        table.resize(500, 300);
        QTRY_VERIFY(table.viewport()->width() < wide);
        QCOMPARE(header->sectionSize(0), dragged);
    }

    void columnFit_draggedByHand_stillTheirsAfterARestart()
    {
        const QString key = u"test/columnsResizedByHand/orders"_s;
        QSettings().remove(key);
        const auto forget = qScopeGuard([&key] { QSettings().remove(key); });
        QStandardItemModel model(1, 3);
        model.setHorizontalHeaderLabels({ u"Amount"_s, u"Order"_s, u"Reason"_s });
        model.setItem(0, 1, new QStandardItem(u"apd-5e1a9c3b-20261124T082037-84c3"_s));
        QByteArray state;
        {
            QTableView table;
            table.setModel(&model);
            table.resize(600, 300);
            apipay::TableColumnFit fit(&table);
            fit.rememberIn(key);
            table.show();
            QVERIFY(QTest::qWaitForWindowExposed(&table));
            fit.fit();
            QVERIFY(!fit.isCustomized());
            QHeaderView* header = table.horizontalHeader();
            apipay::test::dragColumnEdge(header, 0, 60);
            QTRY_VERIFY(fit.isCustomized());
            state = header->saveState(); // what the main window keeps at quitting
        }
        // The next start: the main window restores the header, and the first rows do not fit it again.
        QTableView table;
        table.setModel(&model);
        table.resize(600, 300);
        apipay::TableColumnFit fit(&table);
        fit.rememberIn(key);
        QVERIFY(fit.isCustomized());
        QVERIFY(table.horizontalHeader()->restoreState(state));
        const int restored = table.horizontalHeader()->sectionSize(0);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        fit.fit();
        QCOMPARE(table.horizontalHeader()->sectionSize(0), restored);
    }

    void columnFit_widestGiveWayFirst_neverBelowTheirFloor()
    {
        using Fit = apipay::TableColumnFit;
        // Room for all: each column keeps the width of its content.
        QCOMPARE(Fit::fitWidths({ 40, 200, 100 }, { 40, 60, 60 }, 400), QList<int>({ 40, 200, 100 }));
        // 60 pixels short: only the widest column (a long order id) is cut, the others stay whole.
        QCOMPARE(Fit::fitWidths({ 40, 200, 100 }, { 40, 60, 60 }, 280), QList<int>({ 40, 140, 100 }));
        // Short by more than the widest can give: the two widest end up equally wide, the narrow one untouched.
        QCOMPARE(Fit::fitWidths({ 40, 300, 250 }, { 40, 60, 60 }, 240), QList<int>({ 40, 100, 100 }));
        // Not even the floors fit: each stops at its floor (the table scrolls sideways then).
        QCOMPARE(Fit::fitWidths({ 300, 300 }, { 120, 80 }, 100), QList<int>({ 120, 80 }));
        // A column narrower than the common width is never widened.
        QCOMPARE(Fit::fitWidths({ 30, 500 }, { 30, 60 }, 200), QList<int>({ 30, 170 }));
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
