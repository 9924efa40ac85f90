#pragma once

#include "format/displayformat.h"
#include "overview/overviewfigures.h"

#include <QWidget>

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QToolButton;

namespace apipay {

// The overview's bar chart (Qt Charts): net takings per day over the last 30 days, or per month over the last 12
// (two toggle buttons). Day and month labels follow the locale; the value axis shows whole tenge with the ₸ sign.
class OverviewChart : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewChart(QWidget* parent = nullptr);

    void setFigures(const overview::OverviewFigures& figures, const DisplayFormat& format);
    bool showsMonths() const;
    void setShowsMonths(bool months);

    QChartView* view() const { return m_view; }
    // The labels under the bars (days: Mondays and today; months: every month) and of the value axis (tests).
    QStringList barLabels() const;
    QStringList valueLabels() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();

    QToolButton* m_daysButton;
    QToolButton* m_monthsButton;
    QChartView* m_view;
    QChart* m_chart;
    QBarSeries* m_series = nullptr;
    QCategoryAxis* m_barAxis = nullptr;
    QCategoryAxis* m_valueAxis = nullptr;
    overview::OverviewFigures m_figures;
    DisplayFormat m_format;
};

} // namespace apipay
