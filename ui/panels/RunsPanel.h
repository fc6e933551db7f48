#pragma once

#include "core/tracking/RunRecord.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;

// The Runs tab: every training run the run store holds (the app's and the CLI's alike), as a
// sortable, filterable table. Select two runs to see their settings and metrics side by side;
// plot a metric over time or against a hyperparameter; tag a run as champion; reopen a run's
// settings into the Features and Model tabs.
class RunsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit RunsPanel(QWidget *parent = nullptr);

    // Reads the store again (TrackingStore::defaultLocation()).
    void refresh();
    QTableView *table() const { return m_table; }
    QTableWidget *diffTable() const { return m_diff; }
    QChartView *plot() const { return m_plot; }
    QList<churnlab::RunRecord> runs() const { return m_runs; }
    void selectRuns(const QList<qint64> &ids);
    // The open project's experiment: the tab shows its runs by default, with an "All runs"
    // choice; empty (no project saved), every run.
    void setExperiment(const QString &experiment);
    void setShowAllRuns(bool all);
    void tagChampion();
    QString message() const;

signals:
    // The analyst asked to bring a run's settings back (TrainSpec JSON).
    void reopenRequested(const QJsonObject &spec);

private:
    QList<churnlab::RunRecord> selected() const;
    void showSelection();
    void showPlot();

    QLabel *m_store = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_scope = nullptr;
    QString m_experiment;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPushButton *m_champion = nullptr;
    QPushButton *m_reopen = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_axis = nullptr;
    QTableWidget *m_diff = nullptr;
    QChartView *m_plot = nullptr;
    QLabel *m_message = nullptr;
    QList<churnlab::RunRecord> m_runs;
};
