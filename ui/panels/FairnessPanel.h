#pragma once

#include "core/scoring/Decision.h"
#include "core/train/ModelEvaluation.h"

#include "core/fairness/FairnessAnalysis.h"
#include "core/fairness/FairnessSettings.h"
#include "core/train/ModelReport.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

class JobTracker;

// The Fairness tab: how the chosen model treats the groups of a sensitive column on its test
// rows. The analyst picks the column (numbers are binned: quartiles, or the edges typed in);
// the table shows each group's size, churn rate, selection rate, TPR, FPR, precision, AUC and
// calibration at its threshold, which can be edited per group (or set for equal opportunity)
// to see the trade-off between the disparities and the expected cost. The disparities are
// shown against their bands, and the model's inputs that stand in for the column are named.
class FairnessPanel final : public QWidget
{
    Q_OBJECT

public:
    enum GroupColumn {
        GroupName,
        SizeColumn,
        ChurnRateColumn,
        SelectionColumn,
        TprColumn,
        FprColumn,
        PrecisionColumn,
        AucColumn,
        CalibrationColumn,
        ThresholdColumn,
        GroupColumnCount
    };

    explicit FairnessPanel(JobTracker *jobs, QWidget *parent = nullptr);
    ~FairnessPanel() override;

    void setModel(std::shared_ptr<const churnlab::ModelReport> report,
                  std::shared_ptr<const churnlab::Dataset> data, std::vector<quint32> rows,
                  std::vector<qint8> labels);
    // The model judged on the rows it was judged on, deciding with the analysis' threshold and
    // costs (the same model at another decision is judged again without scoring again).
    void setModel(std::shared_ptr<const churnlab::ModelReport> report, churnlab::ModelEvaluation on,
                  const churnlab::Decision &decision);
    // Columns marked Sensitive on the Features tab come first in the picker.
    void setSensitiveColumns(const QStringList &columns);
    void setColumn(const QString &column);
    // The choices on the tab as the document keeps them, and back (a reopened project).
    churnlab::FairnessSettings settings() const;
    void setSettings(const churnlab::FairnessSettings &settings);
    void setEdges(const QString &edges);
    void setGroupThreshold(const QString &group, double threshold);
    void equaliseOpportunity();
    void resetThresholds();
    const std::optional<churnlab::FairnessAnalysis::Result> &result() const { return m_result; }
    QTableWidget *groups() const { return m_table; }
    QString disparityText() const;
    bool isBusy() const;

signals:
    void analysed();
    // The analyst changed the column, the bins or a group's threshold.
    void settingsChanged(const churnlab::FairnessSettings &settings);

private:
    void scored(const churnlab::Result<churnlab::Scorer::Scores> &scores);
    void analyse(bool equalOpportunity = false);
    void changedByAnalyst();
    void showResult();
    void fillColumns();
    void drawChart();
    void showCostAndProxies(const churnlab::FairnessReport &report);

    std::shared_ptr<const churnlab::ModelReport> m_report;
    std::shared_ptr<const churnlab::Scorer> m_scorer; // the report's, at the analysis' decision
    QString m_rowsText; // which rows, e.g. "1,409 holdout rows"
    std::shared_ptr<const churnlab::Dataset> m_data;
    std::vector<quint32> m_rows;
    std::vector<qint8> m_labels;
    std::vector<double> m_scores;
    QStringList m_sensitive;
    QString m_preferredColumn; // the settings' column, chosen once the data has it
    QHash<QString, double> m_thresholds;
    std::optional<churnlab::FairnessAnalysis::Result> m_result;
    JobTracker *m_jobs;
    bool m_filling = false;
    QComboBox *m_column = nullptr;
    QSpinBox *m_bins = nullptr;
    QLineEdit *m_edges = nullptr;
    QPushButton *m_equal = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    class QChartView *m_chart = nullptr;
    QLabel *m_disparities = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_proxies = nullptr;
};
