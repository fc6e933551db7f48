#pragma once

#include "core/train/ModelReport.h"

#include <QAbstractTableModel>

#include <memory>

// The leaderboard: one row per model on the analysis' shelf and per model of the current
// training, with its state while it runs
// and its test-set metrics once it is done. Accuracy, precision, recall and F1 follow the
// threshold the analyst sets; the ranking metrics do not depend on it. Sorting (through a
// proxy) uses the raw numbers in Qt::UserRole, so that "0.812" sorts as a number.
class LeaderboardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ModelColumn,
        StatusColumn,
        AucColumn,
        PrAucColumn,
        LogLossColumn,
        BrierColumn,
        AccuracyColumn,
        PrecisionColumn,
        RecallColumn,
        F1Column,
        TrainSecondsColumn,
        PredictSecondsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit LeaderboardModel(QObject *parent = nullptr);

    void reset(const QStringList &ids);
    // Rows for a new training, queued below the models already there; rows of an earlier
    // training that never finished (failed, cancelled) make way.
    void addQueued(const QStringList &ids, const QStringList &titles);
    void remove(const QString &id);
    // The model exports, the threshold and the report speak of: shown in bold.
    void setCurrent(const QString &id);
    void setProgress(const QString &id, int permille, const QString &message);
    void setReport(std::shared_ptr<const churnlab::ModelReport> report);
    // A finished model that was not queued (AutoML's): a row of its own, then its report.
    void addReport(std::shared_ptr<const churnlab::ModelReport> report);
    void setFailed(const QString &id, const QString &message);
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }

    std::shared_ptr<const churnlab::ModelReport> report(int row) const;
    std::shared_ptr<const churnlab::ModelReport> report(const QString &id) const;
    QList<std::shared_ptr<const churnlab::ModelReport>> reports() const;
    int rowOf(const QString &id) const;
    // Finished models as CSV (header, then one row each, numbers at full precision), in the
    // given row order (e.g. the view's sorted order); all rows when empty.
    QString toCsv(const QList<int> &order = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString id;
        QString title;
        QString status;
        int permille = 0;
        bool failed = false;
        std::shared_ptr<const churnlab::ModelReport> report;
        churnlab::BinaryMetrics metrics; // at m_threshold
    };
    QVariant value(const Row &row, int column) const;

    std::vector<Row> m_rows;
    double m_threshold = 0.5;
    QString m_current;
};
