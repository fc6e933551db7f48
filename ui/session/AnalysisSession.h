#pragma once

#include "core/data/ColumnProfile.h"
#include "core/data/Dataset.h"
#include "core/features/FeatureConfig.h"
#include "core/train/TargetSpec.h"

#include <QObject>

#include <memory>

// The state of one analysis that every workspace shares: the dataset with its column
// profiles, the target, and the feature configuration. Panels observe it and write to it;
// none keeps a copy that signals must keep in sync.
class AnalysisSession final : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisSession(QObject *parent = nullptr);

    std::shared_ptr<const churnlab::Dataset> dataset() const { return m_dataset; }
    const QList<churnlab::ColumnProfile> &profiles() const { return m_profiles; }
    // Distinct values per column, as the profiles counted them.
    std::vector<qint64> distinctCounts() const;
    const churnlab::TargetSpec &target() const { return m_target; }
    const churnlab::FeatureConfig &features() const { return m_features; }

    void setData(std::shared_ptr<const churnlab::Dataset> dataset,
                 QList<churnlab::ColumnProfile> profiles);
    // Emits targetChanged only when the target really changes, so that panels that both set
    // and observe it do not loop.
    void setTarget(const QString &column, const QString &positive);
    void setFeatures(const churnlab::FeatureConfig &features);

signals:
    void dataChanged();
    void targetChanged(const QString &column, const QString &positive);
    void featuresChanged(const churnlab::FeatureConfig &features);

private:
    std::shared_ptr<const churnlab::Dataset> m_dataset;
    QList<churnlab::ColumnProfile> m_profiles;
    churnlab::TargetSpec m_target;
    churnlab::FeatureConfig m_features;
};
