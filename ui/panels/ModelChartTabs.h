#pragma once

#include <QList>
#include <QTabWidget>

#include <memory>

namespace churnlab {
struct ModelReport;
}
class QChart;
class QChartView;
class QComboBox;
class RoiPanel;
class ThresholdPanel;

// The Model tab's lower half: the selected models' ROC, precision-recall, gains and
// calibration curves overlaid, the current model's importance (three measures), and the
// threshold-and-cost and ROI panels. Only the visible tab is drawn; redrawWanted asks the
// owner for the models again when another tab or importance measure is shown.
class ModelChartTabs final : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { RocTab, PrTab, GainsTab, CalibrationTab, ImportanceTab, ThresholdTab, RoiTab };

    explicit ModelChartTabs(QWidget *parent = nullptr);

    // Draws the visible tab for these models; the threshold and ROI panels follow current.
    void draw(const std::shared_ptr<const churnlab::ModelReport> &current,
              const QList<std::shared_ptr<const churnlab::ModelReport>> &selected,
              double threshold);
    ThresholdPanel *thresholdPanel() const { return m_threshold; }
    RoiPanel *roiPanel() const { return m_roi; }
    QChartView *chartView(int tab) const;
    // The chart on the visible tab (the cost chart on the threshold tab); null on ROI.
    QWidget *currentChart() const;

signals:
    void redrawWanted();

private:
    void setChart(int tab, QChart *chart);

    QList<QChartView *> m_views;
    QComboBox *m_importanceKind = nullptr;
    ThresholdPanel *m_threshold = nullptr;
    RoiPanel *m_roi = nullptr;
};
