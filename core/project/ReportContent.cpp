#include "core/project/ReportContent.h"

#include "core/data/BinaryTarget.h"
#include "core/data/Dataset.h"
#include "core/project/CanvasFacts.h"
#include "core/project/Project.h"
#include "core/train/ModelEvaluation.h"

#include <QCoreApplication>

#include <algorithm>

namespace churnlab {

namespace {

QString validationOf(const Project &p)
{
    if (!p.testFile.isEmpty())
        return ReportContent::tr("separate test file");
    if (p.spec.validation.kind == ValidationSpec::Kind::KFold)
        return ReportContent::tr("%1-fold cross-validation (out-of-fold scores)")
            .arg(p.spec.validation.folds);
    return ReportContent::tr("stratified holdout of %1 %")
        .arg(qRound(100 * p.spec.validation.testFraction));
}

void addDataSections(ReportContent &c, const Project &p, const Dataset &data, Progress &progress)
{
    c.rows = data.rowCount();
    c.columns = data.columnCount();
    for (int i = 0; i < data.columnCount(); ++i) {
        const Column &col = data.column(i);
        c.columnSummary.append(
            {col.name(), columnTypeName(col.type()), qint64(col.missingCount())});
    }
    std::optional<BinaryTarget> target;
    if (!p.spec.target.column.isEmpty()) {
        auto t = BinaryTarget::fromSpec(data, p.spec.target);
        if (t)
            target = std::move(*t);
    }
    SubProgress quality(progress, 0, 0.5);
    c.findings = DataQuality::assess(data, target, {}, *quality);
    if (!target)
        return;
    c.positive = target->positiveLabel();
    c.positives = target->positives();
    c.negatives = target->negatives();
    SubProgress ranking(progress, 0.5, 0.9);
    c.associations = Association::rank(data, *target, *ranking);
    // Drivers are what the model may use: the chosen model's columns, else every column the
    // analyst did not leave out (ignored, an ID).
    QStringList used;
    if (const ProjectModel *chosen = p.chosen())
        for (const PermutationImportance::Entry &e : chosen->report->permutation.entries)
            used << e.column;
    const auto leftOut = [&](const QString &column) {
        if (!used.isEmpty())
            return !used.contains(column);
        const FeatureConfig::Role role = p.spec.features.transform(column).role;
        return role == FeatureConfig::Role::Ignore || role == FeatureConfig::Role::Id
            || role == FeatureConfig::Role::Leakage;
    };
    for (const Association &a : c.associations) {
        if (c.drivers.size() >= ReportContent::kDrivers)
            break;
        if (leftOut(a.column))
            continue;
        const int index = data.indexOf(a.column);
        if (index >= 0)
            c.drivers.append(ClassHistogram::compute(data.column(index), &*target, 12, 10));
    }
}

} // namespace

ReportContent ReportContent::compute(const Project &project, const Dataset *dataset,
                                     Progress &progress)
{
    ReportContent c;
    c.projectName = project.name;
    c.generated = QDateTime::currentDateTime();
    c.dataName =
        project.data.sample ? ReportContent::tr("built-in sample") : project.data.fingerprint.file;
    c.rows = project.data.fingerprint.rows;
    c.columns = project.data.fingerprint.columns;
    c.target = project.spec.target.column;
    c.positive = project.spec.target.positive;
    if (dataset)
        addDataSections(c, project, *dataset, progress);
    c.canvas = project.canvas;
    c.staleFacts = CanvasFacts::stale(project, dataset);

    for (const ProjectModel &m : project.models)
        c.models.append(m.report);
    std::stable_sort(c.models.begin(), c.models.end(), [](const auto &a, const auto &b) {
        return a->run.metrics.auc > b->run.metrics.auc;
    });
    c.validation = validationOf(project);
    c.threshold = project.spec.threshold;
    c.falsePositiveCost = project.spec.costs.falsePositive;
    c.falseNegativeCost = project.spec.costs.falseNegative;
    c.roiInputs = project.roi;
    if (const ProjectModel *chosen = project.chosen()) {
        c.chosen = chosen->report;
        const ThresholdSweep &sweep = chosen->report->sweep;
        c.expectedCost = sweep.expectedCost(c.threshold, project.spec.costs);
        c.roi = RetentionRoi::compute(sweep, project.roi, c.threshold, 200);
        const Scorer *saved = chosen->bundle ? chosen->bundle->scorer().get() : nullptr;
        if (saved && saved->threshold() == c.threshold && saved->costs() == project.spec.costs) {
            c.modelCard = chosen->bundle->modelCard();
        } else if (saved) {
            // The card speaks of the analysis' decision, as an exported bundle's does; only
            // then are the kept rows needed, to judge fairness at it.
            Bundle bundle = *chosen->bundle;
            std::optional<ModelEvaluation> on;
            if (dataset)
                if (auto e = ModelEvaluation::of(
                        *chosen->report, std::shared_ptr<const Dataset>(dataset, [](auto *) {}),
                        nullptr, project.spec.target))
                    on = std::move(*e);
            bundle.setDecision(c.threshold, project.spec.costs,
                               chosen->report->metricsAt(c.threshold), on ? &*on : nullptr);
            c.modelCard = bundle.modelCard();
        }
    }
    progress.report(1.0);
    return c;
}

} // namespace churnlab
