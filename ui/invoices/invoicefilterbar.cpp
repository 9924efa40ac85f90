#include "invoicefilterbar.h"

#include "domain/invoicestatus.h"
#include "format/displayformat.h"
#include "widgets/searchlineedit.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kSearchLimit = 100; // GET /invoices search ≤ 100
} // namespace

InvoiceFilterBar::InvoiceFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_zone(DisplayFormat::almaty())
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_searchEdit = new SearchLineEdit(this);
    m_searchEdit->setObjectName(u"invoiceSearchLineEdit"_s);
    m_searchEdit->setMaxLength(kSearchLimit);
    m_searchEdit->setMinimumWidth(220);
    layout->addWidget(m_searchEdit, 2);

    m_statusButton = new QToolButton(this);
    m_statusButton->setObjectName(u"invoiceStatusFilterToolButton"_s);
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusMenu = new QMenu(m_statusButton);
    for (InvoiceStatus::Value value : InvoiceStatus::allKnown()) {
        QAction* action = m_statusMenu->addAction(InvoiceStatus::label(value));
        action->setCheckable(true);
        action->setData(InvoiceStatus::rawName(value));
        connect(action, &QAction::toggled, this, [this] {
            updateStatusButtonText();
            Q_EMIT filtersChanged();
        });
    }
    m_statusButton->setMenu(m_statusMenu);
    layout->addWidget(m_statusButton);

    m_periodBasisLabel = new QLabel(this);
    m_periodBasisLabel->setObjectName(u"invoicePeriodBasisLabel"_s);
    m_periodBasisLabel->hide();
    layout->addWidget(m_periodBasisLabel);
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(u"invoicePeriodComboBox"_s);
    m_periodBasisLabel->setBuddy(m_periodCombo);
    layout->addWidget(m_periodCombo);
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(u"invoiceDateFromEdit"_s);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(u"invoiceDateToEdit"_s);
    for (QDateEdit* edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(u"\u2014"_s); // "Any time": no day
        edit->setDate(edit->minimumDate());
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_periodCombo->currentData().toInt() == int(Period::Custom)) {
                m_periodOfTakings = false; // the person chose other days: days of creation again
                m_periodBasisLabel->hide();
                Q_EMIT filtersChanged();
            }
        });
        layout->addWidget(edit);
    }

    connect(m_searchEdit, &SearchLineEdit::searchChanged, this, &InvoiceFilterBar::filtersChanged);

    retranslate();
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &InvoiceFilterBar::onPeriodChanged);
}

void InvoiceFilterBar::setSearchesHistory(bool history)
{
    if (m_searchesHistory == history) {
        return;
    }
    m_searchesHistory = history;
    retranslate();
}

void InvoiceFilterBar::retranslate()
{
    // Dates as everywhere else, with the whole year (QLocale::setDefault follows the UI language).
    for (QDateEdit* edit : { m_fromEdit, m_toEdit }) {
        edit->setDisplayFormat(DisplayFormat(QLocale(), DisplayFormat::almaty()).dateFormat());
    }
    const QString searchHint = m_searchesHistory ? tr("Search: number, phone, customer, item, note, order id (Ctrl+F)")
                                                 : tr("Search by id, description or order id (Ctrl+F)");
    m_searchEdit->setPlaceholderText(searchHint);
    // A narrow window cuts the hint short; the tooltip keeps it whole.
    m_searchEdit->setToolTip(searchHint);
    const auto actions = m_statusMenu->actions();
    for (QAction* action : actions) {
        action->setText(InvoiceStatus(action->data().toString()).label());
    }
    updateStatusButtonText();
    const QSignalBlocker blocker(m_periodCombo);
    const int current = qMax(0, m_periodCombo->currentIndex());
    m_periodCombo->clear();
    m_periodCombo->addItem(tr("Any time"), int(Period::AnyTime));
    m_periodCombo->addItem(tr("Today"), int(Period::Today));
    m_periodCombo->addItem(tr("Yesterday"), int(Period::Yesterday));
    m_periodCombo->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_periodCombo->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_periodCombo->addItem(tr("Custom dates"), int(Period::Custom));
    m_periodCombo->setCurrentIndex(current);
    m_periodCombo->setToolTip(tr("Days in the shop's time zone, both ends included"));
    //: Before the period filter of the invoice list when it counts the day the money came in, not the day the invoice
    //: was made.
    m_periodBasisLabel->setText(tr("Paid on:"));
    m_periodBasisLabel->setToolTip(tr("The period counts the day each invoice was paid, as the overview's takings do"));
}

void InvoiceFilterBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

QStringList InvoiceFilterBar::checkedStatuses() const
{
    QStringList raw;
    const auto actions = m_statusMenu->actions();
    for (const QAction* action : actions) {
        if (action->isChecked()) {
            raw.append(action->data().toString());
        }
    }
    return raw;
}

void InvoiceFilterBar::setCheckedStatuses(const QStringList& raw)
{
    const auto actions = m_statusMenu->actions();
    for (QAction* action : actions) {
        const QSignalBlocker blocker(action);
        action->setChecked(raw.contains(action->data().toString()));
    }
    updateStatusButtonText();
    Q_EMIT filtersChanged();
}

void InvoiceFilterBar::updateStatusButtonText()
{
    const QStringList raw = checkedStatuses();
    if (raw.isEmpty()) {
        m_statusButton->setText(tr("All statuses"));
    } else if (raw.size() == 1) {
        m_statusButton->setText(InvoiceStatus(raw.constFirst()).label());
    } else {
        m_statusButton->setText(tr("%n status(es)", nullptr, int(raw.size())));
    }
    QStringList labels;
    for (const QString& status : raw) {
        labels.append(InvoiceStatus(status).label());
    }
    m_statusButton->setToolTip(raw.isEmpty() ? tr("Filter by status") : labels.join(u", "_s));
    // A tool button with an instant menu draws its arrow in the corner without making room for it ("All statuse⌄"):
    // the room is added here, on both sides as the text is centred, so the arrow never covers the last letters.
    const int arrow = m_statusButton->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_statusButton);
    m_statusButton->setMinimumWidth(0);
    m_statusButton->setMinimumWidth(m_statusButton->sizeHint().width() + 2 * arrow);
}

void InvoiceFilterBar::onPeriodChanged()
{
    m_periodOfTakings = false; // another period: days of creation again (setPeriodOfTakings() may follow)
    m_periodBasisLabel->hide();
    const bool custom = m_periodCombo->currentData().toInt() == int(Period::Custom);
    m_fromEdit->setEnabled(custom);
    m_toEdit->setEnabled(custom);
    showPeriodDates();
    Q_EMIT filtersChanged();
}

void InvoiceFilterBar::setZone(const QTimeZone& zone)
{
    m_zone = zone;
    showPeriodDates();
}

std::pair<QDate, QDate> InvoiceFilterBar::presetRange(Period period) const
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    switch (period) {
    case Period::Today:
        return { today, today };
    case Period::Yesterday:
        return { today.addDays(-1), today.addDays(-1) };
    case Period::Last7Days:
        return { today.addDays(-6), today };
    case Period::Last30Days:
        return { today.addDays(-29), today };
    case Period::AnyTime:
    case Period::Custom:
        break;
    }
    return {};
}

void InvoiceFilterBar::showPeriodDates()
{
    // The disabled date boxes show the days a preset applies (in the shop's zone), so that what is read there is
    // what is listed; "Any time" shows no days. Custom dates are the person's own and stay as typed.
    const Period period = Period(m_periodCombo->currentData().toInt());
    if (period == Period::Custom) {
        if (m_fromEdit->date() == m_fromEdit->minimumDate() || m_toEdit->date() == m_toEdit->minimumDate()) {
            const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
            const QSignalBlocker b1(m_fromEdit);
            const QSignalBlocker b2(m_toEdit);
            m_fromEdit->setDate(today);
            m_toEdit->setDate(today);
        }
        return;
    }
    const auto [from, to] = presetRange(period);
    const QSignalBlocker b1(m_fromEdit);
    const QSignalBlocker b2(m_toEdit);
    m_fromEdit->setDate(from.isValid() ? from : m_fromEdit->minimumDate()); // the minimum shows "—"
    m_toEdit->setDate(to.isValid() ? to : m_toEdit->minimumDate());
}

void InvoiceFilterBar::setPeriod(Period period)
{
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(period)));
}

void InvoiceFilterBar::setCustomRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker b1(m_fromEdit);
        const QSignalBlocker b2(m_toEdit);
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    if (m_periodCombo->currentData().toInt() == int(Period::Custom)) {
        Q_EMIT filtersChanged();
    } else {
        setPeriod(Period::Custom);
    }
}

void InvoiceFilterBar::applyTo(InvoiceQuery& query) const
{
    query.statuses = checkedStatuses();
    query.search = m_searchEdit->text().trimmed();
    const Period period = Period(m_periodCombo->currentData().toInt());
    if (period == Period::Custom) {
        // date_to ≥ date_from: a reversed range is read the way the person meant it.
        query.dateFrom = qMin(m_fromEdit->date(), m_toEdit->date());
        query.dateTo = qMax(m_fromEdit->date(), m_toEdit->date());
        return;
    }
    const auto [from, to] = presetRange(period);
    query.dateFrom = from;
    query.dateTo = to;
}

void InvoiceFilterBar::setPeriodOfTakings(bool paidDays)
{
    if (paidDays == m_periodOfTakings) {
        return;
    }
    m_periodOfTakings = paidDays;
    m_periodBasisLabel->setVisible(paidDays);
    Q_EMIT filtersChanged();
}

bool InvoiceFilterBar::hasActiveFilters() const
{
    return !checkedStatuses().isEmpty() || !m_searchEdit->text().trimmed().isEmpty()
        || m_periodCombo->currentData().toInt() != int(Period::AnyTime);
}

void InvoiceFilterBar::clearFilters()
{
    const QSignalBlocker b2(m_periodCombo);
    m_searchEdit->clearSilently();
    m_periodCombo->setCurrentIndex(0);
    m_fromEdit->setEnabled(false);
    m_toEdit->setEnabled(false);
    m_periodOfTakings = false;
    m_periodBasisLabel->hide();
    showPeriodDates();
    setCheckedStatuses({}); // emits filtersChanged once
}

void InvoiceFilterBar::setSearchDelayMs(int ms)
{
    m_searchEdit->setDelayMs(ms);
}

int InvoiceFilterBar::searchDelayMs() const
{
    return m_searchEdit->delayMs();
}

void InvoiceFilterBar::focusSearch()
{
    m_searchEdit->focusAndSelect();
}

} // namespace apipay
