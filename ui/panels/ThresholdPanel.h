#pragma once

#include "core/scoring/Scorer.h"

#include "core/train/ModelReport.h"

#include <QWidget>

#include <memory>

class QChartView;
class QDoubleSpinBox;
class QLabel;
class QSlider;

// Picks the decision threshold for one model: a slider, the confusion matrix it gives on the
// test set, the cost of a false positive (an offer to a customer who would have stayed) and
// of a false negative (a churner missed), the expected cost per customer across thresholds,
// and the threshold that minimises it.
class ThresholdPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ThresholdPanel(QWidget *parent = nullptr);

    void setReport(std::shared_ptr<const churnlab::ModelReport> report);
    double threshold() const;
    churnlab::CostMatrix costs() const;
    void setThreshold(double threshold);
    void setCosts(double falsePositive, double falseNegative);
    // Moves the threshold to the one of least expected cost for the current model.
    void useMinimumCost();
    QString confusionText() const; // for tests: "tp fp fn tn"
    QString leastCostText() const; // "Least expected cost: … at threshold …"
    QChartView *costChart() const { return m_chart; }

signals:
    void thresholdChanged(double threshold);
    void costsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh(); // what follows the threshold: counts, summary, the chart's marker
    void rebuild(); // what follows the model and the costs, then refresh()

    std::shared_ptr<const churnlab::ModelReport> m_report;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QDoubleSpinBox *m_fpCost = nullptr;
    QDoubleSpinBox *m_fnCost = nullptr;
    QLabel *m_cells[4] = {};
    QLabel *m_summary = nullptr;
    QLabel *m_best = nullptr;
    QChartView *m_chart = nullptr;
    bool m_updating = false;
};
