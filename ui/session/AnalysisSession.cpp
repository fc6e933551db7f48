#include "ui/session/AnalysisSession.h"

using namespace churnlab;

AnalysisSession::AnalysisSession(QObject *parent)
    : QObject(parent)
{
}

std::vector<qint64> AnalysisSession::distinctCounts() const
{
    std::vector<qint64> out;
    for (const ColumnProfile &p : m_profiles)
        out.push_back(p.distinct);
    return out;
}

void AnalysisSession::setData(std::shared_ptr<const Dataset> dataset, QList<ColumnProfile> profiles)
{
    m_dataset = std::move(dataset);
    m_profiles = std::move(profiles);
    emit dataChanged();
}

void AnalysisSession::setTarget(const QString &column, const QString &positive)
{
    if (m_target.column == column && m_target.positive == positive)
        return;
    m_target.column = column;
    m_target.positive = positive;
    emit targetChanged(column, positive);
}

void AnalysisSession::setFeatures(const FeatureConfig &features)
{
    if (m_features == features)
        return;
    m_features = features;
    emit featuresChanged(m_features);
}
