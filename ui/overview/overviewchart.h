#pragma once

#include "format/displayformat.h"
#include "overview/overviewfigures.h"

#include <QWidget>

class QAbstractBarSeries;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
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
    // Bars drawn grey because the first sync has not read back to their start; the line under the chart that says so
    // (shown only then).
    int incompleteBarCount() const { return m_incompleteBars; }
    QLabel* loadingNote() const { return m_loadingNote; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();

    QToolButton* m_daysButton;
    QToolButton* m_monthsButton;
    QChartView* m_view;
    QChart* m_chart;
    QLabel* m_loadingNote;
    QAbstractBarSeries* m_series = nullptr;
    QCategoryAxis* m_barAxis = nullptr;
    QCategoryAxis* m_valueAxis = nullptr;
    int m_incompleteBars = 0;
    overview::OverviewFigures m_figures;
    DisplayFormat m_format;
};

} // namespace apipay
