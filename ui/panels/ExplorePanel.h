#pragma once

#include "core/data/ColumnProfile.h"
#include "ui/charts/PlotJob.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class TargetPicker;
class QVBoxLayout;

// The exploration workspace: pick a chart (distribution, box plot, scatter, correlation
// heat map, association with the target), its columns and the target; the numbers are
// computed off the UI thread and only drawn here. Every chart exports to PNG or SVG and
// copies to the clipboard.
class JobTracker;
class ExplorePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplorePanel(JobTracker *jobs, QWidget *parent = nullptr);
    ~ExplorePanel() override;

    void setDataset(std::shared_ptr<const churnlab::Dataset> dataset,
                    const QList<churnlab::ColumnProfile> &profiles);
    void showChart(PlotSpec::Kind kind, const QString &column, const QString &second = {});
    void setTarget(const QString &column, const QString &positive = {});
    QString targetColumn() const;
    QString positiveClass() const;
    // The widget drawing the current chart (QChartView or CorrelationHeatmap), if any.
    QWidget *chartWidget() const { return m_chart; }
    QString message() const;

    void exportChart(const QString &path);
    // The chart shown ({"kind", "column", "second"}), as a project keeps it, and back.
    QJsonObject chartState() const;
    void restoreChart(const QJsonObject &state);

signals:
    void chartShown();
    void targetChanged(const QString &column, const QString &positive);

private:
    PlotSpec currentSpec() const;
    void refresh();
    void updateControls();
    void exportWithDialog(const QString &suffix);

    std::shared_ptr<const churnlab::Dataset> m_dataset;
    QList<churnlab::ColumnProfile> m_profiles;
    QComboBox *m_kind = nullptr;
    QComboBox *m_column = nullptr;
    QComboBox *m_second = nullptr;
    QComboBox *m_method = nullptr;
    TargetPicker *m_target = nullptr;
    QLabel *m_secondLabel = nullptr;
    QLabel *m_methodLabel = nullptr;
    QLabel *m_message = nullptr;
    QVBoxLayout *m_chartLayout = nullptr;
    QWidget *m_placeholder = nullptr; // keeps the chart's room when there is no chart
    QWidget *m_chart = nullptr;
    JobTracker *m_jobs;
    void showPayload(const std::shared_ptr<PlotPayload> &payload);
    bool m_updating = false;
};
