#include "core/project/CanvasFacts.h"

#include "core/data/BinaryTarget.h"
#include "core/data/Dataset.h"
#include "core/eval/RetentionRoi.h"
#include "core/models/HyperParameter.h"
#include "core/models/ModelCatalog.h"
#include "core/project/Project.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace churnlab {

namespace {

// In the UI language's locale, as everything else the window shows; a fact written in
// another locale reads as changed, and Refresh writes it anew.
QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString whole(double v)
{
    return QLocale().toString(qint64(std::llround(v)));
}

QString percent(double share)
{
    return number(100.0 * share, 1) + QStringLiteral(" %");
}

QString validationText(const Project &p)
{
    if (!p.testFile.isEmpty())
        return CanvasFacts::tr("separate test file");
    if (p.spec.validation.kind == ValidationSpec::Kind::KFold)
        return CanvasFacts::tr("%1-fold cross-validation").arg(p.spec.validation.folds);
    return CanvasFacts::tr("%1 holdout").arg(percent(p.spec.validation.testFraction));
}

QString learnerTitle(const QString &id)
{
    const auto info = ModelCatalog::find(id);
    return info ? info->title : id;
}

using Facts = QList<Canvas::Fact>;

Facts dataFacts(const Project &p, const Dataset *data)
{
    Facts f;
    const DataFingerprint &fp = p.data.fingerprint;
    if (p.data.isEmpty())
        return f;
    if (const auto &db = p.data.database) {
        // The URL without its password, and what was read from it.
        f << Canvas::Fact {QStringLiteral("database"), CanvasFacts::tr("Database"),
                           db->url.display()};
        if (!db->table.isEmpty())
            f << Canvas::Fact {QStringLiteral("table"), CanvasFacts::tr("Table"), db->table};
        else
            f << Canvas::Fact {QStringLiteral("query"), CanvasFacts::tr("Query"),
                               db->query.simplified().left(240)};
    } else {
        f << Canvas::Fact {QStringLiteral("file"), CanvasFacts::tr("File"),
                           p.data.sample ? CanvasFacts::tr("built-in sample") : fp.file};
    }
    const qint64 rows = data ? data->rowCount() : fp.rows;
    const int columns = data ? data->columnCount() : fp.columns;
    f << Canvas::Fact {QStringLiteral("rows"), CanvasFacts::tr("Rows"), whole(double(rows))};
    f << Canvas::Fact {QStringLiteral("columns"), CanvasFacts::tr("Columns"), whole(columns)};
    if (!fp.sha256.isEmpty())
        f << Canvas::Fact {QStringLiteral("sha256"), CanvasFacts::tr("SHA-256"),
                           fp.sha256.left(16)};
    return f;
}

Facts taskFacts(const Project &p, const Dataset *data)
{
    Facts f;
    const TargetSpec &t = p.spec.target;
    if (t.column.isEmpty())
        return f;
    f << Canvas::Fact {QStringLiteral("task"), CanvasFacts::tr("Task"),
                       CanvasFacts::tr("binary classification of “%1”").arg(t.column)};
    if (data) {
        auto target = BinaryTarget::fromSpec(*data, t);
        if (target) {
            f << Canvas::Fact {QStringLiteral("positive"), CanvasFacts::tr("Positive class"),
                               target->positiveLabel()};
            const qint64 n = target->positives() + target->negatives();
            if (n > 0)
                f << Canvas::Fact {QStringLiteral("base_rate"), CanvasFacts::tr("Base rate"),
                                   CanvasFacts::tr("%1 (%2 of %3)")
                                       .arg(percent(double(target->positives()) / double(n)),
                                            whole(double(target->positives())), whole(double(n)))};
        }
    } else if (!t.positive.isEmpty()) {
        f << Canvas::Fact {QStringLiteral("positive"), CanvasFacts::tr("Positive class"),
                           t.positive};
    }
    return f;
}

Facts featureFacts(const Project &p, const Dataset *data)
{
    Facts f;
    const FeatureConfig &config = p.spec.features;
    using Role = FeatureConfig::Role;
    const QStringList ignored = config.columnsWithRole(Role::Ignore);
    const QStringList ids = config.columnsWithRole(Role::Id);
    const QStringList leaks = config.columnsWithRole(Role::Leakage);
    if (const ProjectModel *m = p.chosen()) {
        const ModelReport &r = *m->report;
        f << Canvas::Fact {QStringLiteral("source_columns"), CanvasFacts::tr("Columns used"),
                           whole(double(r.permutation.entries.size()))};
        f << Canvas::Fact {QStringLiteral("model_features"),
                           CanvasFacts::tr("Model inputs after encoding"),
                           whole(double(r.featureNames.size()))};
    } else if (data && !p.spec.target.column.isEmpty()) {
        const int used =
            data->columnCount() - 1 - int(ignored.size()) - int(ids.size()) - int(leaks.size());
        f << Canvas::Fact {QStringLiteral("source_columns"), CanvasFacts::tr("Columns used"),
                           whole(std::max(0, used))};
    }
    if (!ignored.isEmpty())
        f << Canvas::Fact {QStringLiteral("ignored"), CanvasFacts::tr("Left out"),
                           ignored.join(QStringLiteral(", "))};
    if (!ids.isEmpty())
        f << Canvas::Fact {QStringLiteral("id_columns"), CanvasFacts::tr("Customer id"),
                           ids.join(QStringLiteral(", "))};
    if (!leaks.isEmpty())
        f << Canvas::Fact {QStringLiteral("leakage"), CanvasFacts::tr("Excluded for leakage"),
                           leaks.join(QStringLiteral(", "))};
    return f;
}

Facts evaluationFacts(const Project &p)
{
    Facts f;
    if (p.spec.target.column.isEmpty())
        return f;
    f << Canvas::Fact {QStringLiteral("validation"), CanvasFacts::tr("Validation"),
                       validationText(p)};
    f << Canvas::Fact {QStringLiteral("metrics"), CanvasFacts::tr("Metrics"),
                       CanvasFacts::tr("ROC AUC, PR AUC, log loss, Brier score")};
    if (const ProjectModel *m = p.chosen()) {
        const ModelReport &r = *m->report;
        f << Canvas::Fact {QStringLiteral("best_model"), CanvasFacts::tr("Chosen model"), r.title};
        f << Canvas::Fact {QStringLiteral("auc"), CanvasFacts::tr("Test ROC AUC"),
                           number(r.run.metrics.auc, 3)};
        f << Canvas::Fact {QStringLiteral("pr_auc"), CanvasFacts::tr("Test PR AUC"),
                           number(r.run.metrics.prAuc, 3)};
        f << Canvas::Fact {QStringLiteral("test_rows"), CanvasFacts::tr("Test rows"),
                           whole(double(r.sweep.positives() + r.sweep.negatives()))};
    }
    return f;
}

Facts decisionFacts(const Project &p)
{
    Facts f;
    f << Canvas::Fact {QStringLiteral("threshold"), CanvasFacts::tr("Threshold"),
                       number(p.spec.threshold, 3)};
    f << Canvas::Fact {QStringLiteral("costs"),
                       CanvasFacts::tr("Cost of a false positive / negative"),
                       number(p.spec.costs.falsePositive, 2) + QStringLiteral(" / ")
                           + number(p.spec.costs.falseNegative, 2)};
    const ProjectModel *m = p.chosen();
    if (!m)
        return f;
    const ThresholdSweep &sweep = m->report->sweep;
    const double cost = sweep.expectedCost(p.spec.threshold, p.spec.costs);
    f << Canvas::Fact {QStringLiteral("expected_cost"),
                       CanvasFacts::tr("Expected cost per customer"), number(cost, 3)};
    const RetentionRoi roi = RetentionRoi::compute(sweep, p.roi, p.spec.threshold);
    f << Canvas::Fact {QStringLiteral("roi"), CanvasFacts::tr("Monthly value at the threshold"),
                       whole(roi.atThreshold.monthlyValue)};
    f << Canvas::Fact {QStringLiteral("roi_best"), CanvasFacts::tr("Best threshold for value"),
                       CanvasFacts::tr("%1 (%2 per month)")
                           .arg(number(roi.best.threshold, 3), whole(roi.best.monthlyValue))};
    return f;
}

Facts modelFacts(const Project &p)
{
    Facts f;
    if (p.models.isEmpty()) {
        if (!p.spec.learners.isEmpty()) {
            QStringList titles;
            for (const LearnerSpec &l : p.spec.learners)
                titles << learnerTitle(l.id);
            f << Canvas::Fact {QStringLiteral("learners"), CanvasFacts::tr("Learners"),
                               titles.join(QStringLiteral(", "))};
        }
        return f;
    }
    QStringList titles;
    double seconds = 0;
    for (const ProjectModel &m : p.models) {
        titles << m.report->title;
        seconds += m.report->run.trainSeconds;
    }
    f << Canvas::Fact {QStringLiteral("learners"), CanvasFacts::tr("Learners"),
                       titles.join(QStringLiteral(", "))};
    f << Canvas::Fact {QStringLiteral("train_seconds"), CanvasFacts::tr("Training time"),
                       CanvasFacts::tr("%1 s in all").arg(number(seconds, seconds < 10 ? 2 : 1))};
    if (const ProjectModel *m = p.chosen()) {
        const QJsonObject params = p.spec.paramsOf(m->id());
        const QStringList set = HyperParameter::describe(params);
        f << Canvas::Fact {QStringLiteral("hyperparameters"),
                           CanvasFacts::tr("Hyperparameters of %1").arg(m->report->title),
                           set.isEmpty() ? CanvasFacts::tr("defaults")
                                         : set.join(QStringLiteral(", "))};
    }
    return f;
}

Facts monitoringFacts(const Project &p)
{
    // From the report alone, so that the facts read the same before the model's bundle (and
    // the drift reference it carries) is built and after.
    Facts f;
    const ProjectModel *m = p.chosen();
    if (!m)
        return f;
    f << Canvas::Fact {
        QStringLiteral("drift_checks"), CanvasFacts::tr("Drift checks"),
        CanvasFacts::tr("PSI of each of the %1 input columns, their missing rates, and the "
                        "score distribution")
            .arg(m->report->permutation.entries.size())};
    f << Canvas::Fact {QStringLiteral("drift_reference"), CanvasFacts::tr("Reference"),
                       CanvasFacts::tr("the training rows, carried in every exported bundle")};
    return f;
}

} // namespace

QHash<QString, QList<Canvas::Fact>> CanvasFacts::compute(const Project &project,
                                                         const Dataset *dataset)
{
    return {{QStringLiteral("data_sources"), dataFacts(project, dataset)},
            {QStringLiteral("prediction_task"), taskFacts(project, dataset)},
            {QStringLiteral("features"), featureFacts(project, dataset)},
            {QStringLiteral("offline_evaluation"), evaluationFacts(project)},
            {QStringLiteral("decisions"), decisionFacts(project)},
            {QStringLiteral("building_models"), modelFacts(project)},
            {QStringLiteral("live_monitoring"), monitoringFacts(project)}};
}

QHash<QString, QStringList> CanvasFacts::stale(const Project &project, const Dataset *dataset)
{
    const auto current = compute(project, dataset);
    QHash<QString, QStringList> out;
    for (const Canvas::Block &b : project.canvas.blocks()) {
        const QStringList keys = Canvas::staleKeys(b.facts, current.value(b.id));
        if (!keys.isEmpty())
            out.insert(b.id, keys);
    }
    return out;
}

void CanvasFacts::fill(Project &project, const Dataset *dataset, const QString &blockId)
{
    project.canvas.setFacts(blockId, compute(project, dataset).value(blockId));
}

QStringList CanvasFacts::lines(const QList<Canvas::Fact> &facts)
{
    QStringList out;
    for (const Canvas::Fact &f : facts)
        out << QStringLiteral("%1: %2").arg(f.label, f.value);
    return out;
}

} // namespace churnlab
