#include "overviewchart.h"

#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

// A round step (1, 2 or 5 × 10ⁿ whole tenge) that splits `span` into about four parts.
qint64 niceStep(qint64 span)
{
    const qint64 rough = std::max<qint64>(1, span / 4);
    qint64 magnitude = 1;
    while (magnitude <= rough / 10) {
        magnitude *= 10;
    }
    for (const qint64 factor : { 1, 2, 5, 10 }) {
        if (magnitude * factor >= rough) {
            return magnitude * factor;
        }
    }
    return magnitude * 10;
}

constexpr QRgb kLoadingColor = 0xffb0b0b0; // the bars not complete yet, and the square that explains them

// Whole tenge of a bar, rounded towards the nearest (the axis shows no decimals).
qint64 wholeTenge(Money amount)
{
    const qint64 tiyn = amount.tiyn();
    return tiyn >= 0 ? (tiyn + 50) / 100 : -((-tiyn + 50) / 100);
}

} // namespace

OverviewChart::OverviewChart(QWidget* parent)
    : QWidget(parent)
    , m_daysButton(new QToolButton(this))
    , m_monthsButton(new QToolButton(this))
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_loadingNote(new QLabel(this))
{
    m_loadingNote->setObjectName(u"chartLoadingNote"_s);
    m_loadingNote->setWordWrap(true);
    m_loadingNote->hide();
    m_daysButton->setObjectName(u"chartDaysButton"_s);
    m_monthsButton->setObjectName(u"chartMonthsButton"_s);
    m_view->setObjectName(u"overviewChartView"_s);
    for (QToolButton* button : { m_daysButton, m_monthsButton }) {
        button->setCheckable(true);
        button->setAutoRaise(true);
    }
    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    group->addButton(m_daysButton);
    group->addButton(m_monthsButton);
    m_daysButton->setChecked(true);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked) {
            rebuild();
        }
    });

    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // The view owns the chart it shows, but gives up (without deleting) the one it made for itself in its constructor.
    QChart* madeByTheView = m_view->chart();
    m_view->setChart(m_chart);
    delete madeByTheView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_daysButton);
    buttons->addWidget(m_monthsButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_loadingNote);
    retranslate();
}

bool OverviewChart::showsMonths() const
{
    return m_monthsButton->isChecked();
}

void OverviewChart::setShowsMonths(bool months)
{
    (months ? m_monthsButton : m_daysButton)->setChecked(true);
}

void OverviewChart::setFigures(const overview::OverviewFigures& figures, const DisplayFormat& format)
{
    m_figures = figures;
    m_format = format;
    rebuild();
}

void OverviewChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void OverviewChart::retranslate()
{
    m_daysButton->setText(tr("30 days"));
    m_daysButton->setToolTip(tr("Net takings per day over the last 30 days"));
    m_monthsButton->setText(tr("12 months"));
    m_monthsButton->setToolTip(tr("Net takings per month over the last 12 months"));
    m_view->setAccessibleName(tr("Net takings chart"));
    // The grey square is the colour of the bars it explains.
    m_loadingNote->setText(u"<span style=\"color:%1\">■</span> %2"_s.arg(QColor::fromRgb(kLoadingColor).name(),
        tr("Grey bars are not complete yet: the history is still loading").toHtmlEscaped()));
    const QList<overview::ChartBar>& bars = showsMonths() ? m_figures.months : m_figures.days;
    const QLocale locale = m_format.locale();
    const QString span = bars.isEmpty()
        ? QString()
        : tr("%1 – %2").arg(locale.toString(bars.constFirst().period.firstDay, u"d MMM yyyy"_s),
            locale.toString(bars.constLast().period.lastDay, u"d MMM yyyy"_s));
    m_chart->setTitle(
        showsMonths() ? tr("Net takings per month, %1").arg(span) : tr("Net takings per day, %1").arg(span));
}

void OverviewChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    // Two sets stacked: a bar is in one of them only. Grey, with the line under the chart saying why, while the first
    // sync has not read back to the start of its day or month (the figure is "so far").
    m_series = new QStackedBarSeries;
    auto* set = new QBarSet(tr("Net takings"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    auto* loading = new QBarSet(tr("Not complete yet"));
    loading->setColor(QColor::fromRgb(kLoadingColor));
    m_incompleteBars = 0;
    m_barAxis = new QCategoryAxis;
    m_valueAxis = new QCategoryAxis;

    const QLocale locale = m_format.locale();
    const bool months = showsMonths();
    const QList<overview::ChartBar>& bars = months ? m_figures.months : m_figures.days;
    qint64 low = 0;
    qint64 high = 0;
    // Labels under chosen bars only (a bar is too narrow for a date): each month, or each Monday and today.
    m_barAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_barAxis->setStartValue(-0.5);
    for (int n = 0; n < bars.size(); ++n) {
        const overview::ChartBar& bar = bars.at(n);
        const qint64 tenge = wholeTenge(bar.net);
        low = std::min(low, tenge);
        high = std::max(high, tenge);
        // Drawing only: the bar's height in whole tenge (the figures themselves stay exact in tiyn).
        set->append(bar.complete ? qreal(tenge) : 0.0);
        loading->append(bar.complete ? 0.0 : qreal(tenge));
        m_incompleteBars += bar.complete ? 0 : 1;
        const QDate first = bar.period.firstDay;
        if (months) {
            QString label = locale.standaloneMonthName(first.month(), QLocale::ShortFormat);
            if (n == 0 || first.month() == 1) {
                label += u' ' + locale.toString(first, u"yyyy"_s);
            }
            m_barAxis->append(label, qreal(n));
        } else if (first.dayOfWeek() == 1 || n == bars.size() - 1) {
            m_barAxis->append(locale.toString(first, u"d MMM"_s), qreal(n));
        }
    }
    m_series->append(set);
    m_series->append(loading);
    m_chart->addSeries(m_series);
    // A line under the chart explains the grey bars (a label, so a screen reader reads it too).
    m_loadingNote->setVisible(m_incompleteBars > 0);
    m_barAxis->setRange(-0.5, qreal(bars.size()) - 0.5);
    m_chart->addAxis(m_barAxis, Qt::AlignBottom);
    m_series->attachAxis(m_barAxis);

    // The value axis: round steps labelled in whole tenge, localised ("120 000 ₸").
    const qint64 step = niceStep(std::max<qint64>(high - low, 1));
    const qint64 bottom = low < 0 ? -((-low + step - 1) / step) * step : 0;
    const qint64 top = std::max<qint64>(step, ((high + step - 1) / step) * step);
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis->setStartValue(qreal(bottom));
    for (qint64 value = bottom; value <= top; value += step) {
        m_valueAxis->append(locale.toString(value) + u" ₸"_s, qreal(value));
    }
    m_valueAxis->setRange(qreal(bottom), qreal(top));
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);
    retranslate();
}

QStringList OverviewChart::barLabels() const
{
    return m_barAxis ? m_barAxis->categoriesLabels() : QStringList();
}

QStringList OverviewChart::valueLabels() const
{
    return m_valueAxis ? m_valueAxis->categoriesLabels() : QStringList();
}

} // namespace apipay
