#pragma once

#include "core/data/ColumnProfile.h"
#include "core/explore/DataQuality.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

// The data-quality report: findings with severity, the columns concerned and what to do,
// computed off the UI thread whenever the data or the target changes.
class JobTracker;
class QualityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit QualityPanel(JobTracker *jobs, QWidget *parent = nullptr);
    ~QualityPanel() override;

    void setDataset(std::shared_ptr<const churnlab::Dataset> dataset,
                    const QList<churnlab::ColumnProfile> &profiles);
    void setTarget(const QString &column, const QString &positive);
    // Columns marked Sensitive: the checks also name the columns that stand in for them.
    void setSensitiveColumns(const QStringList &columns);
    const QList<churnlab::QualityFinding> &findings() const { return m_findings; }

signals:
    void findingsShown();
    void columnActivated(const QString &column);

private:
    void refresh();
    void show(const QList<churnlab::QualityFinding> &findings);

    std::shared_ptr<const churnlab::Dataset> m_dataset;
    QList<churnlab::ColumnProfile> m_profiles;
    QString m_target;
    QString m_positive;
    QStringList m_sensitive;
    QList<churnlab::QualityFinding> m_findings;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    JobTracker *m_jobs;
};
