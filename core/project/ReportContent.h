#pragma once

#include <QCoreApplication>

#include "core/Progress.h"
#include "core/eval/RetentionRoi.h"
#include "core/explore/ClassHistogram.h"
#include "core/explore/DataQuality.h"
#include "core/explore/TargetAssociation.h"
#include "core/project/Canvas.h"

#include <QDateTime>
#include <QHash>

#include <memory>

namespace churnlab {

class Dataset;
class Project;
struct ModelReport;
struct DriftReport;

// What a project's report says, computed once for the app's preview and `churnlab-cli report`
// alike; drawing it is the report writer's job. Sections follow the order: title,
// canvas, data summary and quality findings, exploration (association ranking and the top
// drivers split by churn), leaderboard, the chosen model's curves, its confusion matrix with
// expected cost and ROI, feature importance, and the model card.
struct ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ReportContent)

public:
    struct ColumnSummary
    {
        QString name;
        QString type;
        qint64 missing = 0;
    };

    QString projectName;
    QDateTime generated;
    QString dataName;
    qint64 rows = 0;
    int columns = 0;
    QString target;
    QString positive;
    qint64 positives = 0, negatives = 0;
    QList<ColumnSummary> columnSummary;
    QList<QualityFinding> findings;
    QList<Association> associations; // strongest first
    QList<ClassHistogram> drivers; // the top few columns, split by churn

    Canvas canvas; // with facts as filled
    QHash<QString, QStringList> staleFacts;

    QList<std::shared_ptr<const ModelReport>> models; // leaderboard order (best AUC first)
    std::shared_ptr<const ModelReport> chosen;
    QString validation;
    double threshold = 0.5;
    double falsePositiveCost = 1, falseNegativeCost = 5;
    double expectedCost = 0; // per customer, at the threshold on the test set
    RetentionRoi::Inputs roiInputs;
    RetentionRoi roi;
    QString modelCard; // the chosen model's bundle's card (Markdown)
    // The latest drift check of the chosen model (the Monitor tab's, or `report --drift`);
    // null leaves the section out.
    std::shared_ptr<const DriftReport> drift;

    static constexpr int kDrivers = 3;

    // dataset: the project's data, loaded (exploration and quality need it); may be null, in
    // which case those sections say the data was not available.
    static ReportContent compute(const Project &project, const Dataset *dataset,
                                 Progress &progress = Progress::none());
};

} // namespace churnlab
