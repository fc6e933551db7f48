#pragma once

#include "core/eval/RetentionRoi.h"

#include <QWidget>

#include <memory>

namespace churnlab {
struct ModelReport;
}

class QChartView;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

// What acting on a model is worth: the analyst enters how many customers are scored a month,
// what a retention offer costs, how often it keeps a churner, and what a kept customer is
// worth; the panel shows the monthly value at the chosen threshold beside contacting nobody
// and everyone, the threshold of the highest value, and the value across thresholds. The
// numbers come from core (RetentionRoi) on the model's test set.
class RoiPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit RoiPanel(QWidget *parent = nullptr);

    void setReport(std::shared_ptr<const churnlab::ModelReport> report);
    void setThreshold(double threshold);
    churnlab::RetentionRoi::Inputs inputs() const;
    void setInputs(const churnlab::RetentionRoi::Inputs &inputs);
    const churnlab::RetentionRoi &result() const { return m_roi; }
    QChartView *chartView() const { return m_chart; }

signals:
    void inputsChanged();
    // The analyst asked for the threshold of the highest value.
    void thresholdRequested(double threshold);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void recompute();

    std::shared_ptr<const churnlab::ModelReport> m_report;
    double m_threshold = 0.5;
    churnlab::RetentionRoi m_roi;
    QDoubleSpinBox *m_customers = nullptr;
    QDoubleSpinBox *m_offerCost = nullptr;
    QDoubleSpinBox *m_success = nullptr;
    QDoubleSpinBox *m_value = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_useBest = nullptr;
    QChartView *m_chart = nullptr;
    bool m_updating = false;
};
