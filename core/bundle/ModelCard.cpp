#include "core/bundle/ModelCard.h"

#include "core/fairness/FairnessReport.h"
#include "core/fairness/ProxyCheck.h"
#include "core/models/HyperParameter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace churnlab {

namespace {

QString number(const QJsonValue &v, int decimals = 4)
{
    return QString::number(v.toDouble(), 'f', decimals);
}

QString settingsList(const QJsonObject &params)
{
    // By the labels the app's dialog shows, with the name a --param or JSON file would use.
    QString md;
    for (auto it = params.begin(); it != params.end(); ++it) {
        md += QStringLiteral("  - %1: %2 (`%3`)\n")
                  .arg(HyperParameter::labelOf(it.key()), HyperParameter::valueText(it.value()),
                       it.key());
    }
    return md.isEmpty() ? QString() : ModelCard::tr("- Settings:\n") + md;
}

QString fairnessSection(const QJsonArray &checks)
{
    QString md = ModelCard::tr("## Fairness\n\n");
    if (checks.isEmpty())
        return md
            + ModelCard::tr(
                   "No column was marked sensitive, so no groups were compared. Mark one (role "
                   "Sensitive) to measure how the model treats its groups.\n\n");
    md += ModelCard::tr(
        "On the test rows, at the threshold. Bands: parity and equalized-odds differences "
        "at most 0.1, parity ratio at least 0.8 (the four-fifths rule).\n\n");
    for (const QJsonValue &v : checks) {
        auto report = FairnessReport::fromJson(v.toObject());
        if (!report)
            continue;
        md += report->markdown() + QLatin1Char('\n');
        for (const QJsonValue &p : v.toObject().value(QStringLiteral("proxies")).toArray()) {
            const double strength = p.toObject().value(QStringLiteral("cramers_v")).toDouble();
            if (strength >= ProxyCheck::kModerate)
                md += ModelCard::tr("- “%1” is a proxy for “%2” (Cramér's V %3).\n")
                          .arg(p.toObject().value(QStringLiteral("column")).toString(),
                               report->column)
                          .arg(strength, 0, 'f', 2);
        }
        if (!md.endsWith(QLatin1String("\n\n")))
            md += QLatin1Char('\n');
    }
    return md;
}

} // namespace

QString ModelCard::markdown(const QJsonObject &manifest, const QJsonObject &metrics)
{
    const QJsonObject model = manifest.value(QStringLiteral("model")).toObject();
    const QJsonObject data = manifest.value(QStringLiteral("data")).toObject();
    const QJsonObject target = manifest.value(QStringLiteral("target")).toObject();
    const QJsonObject costs = manifest.value(QStringLiteral("costs")).toObject();
    const QJsonObject split = metrics.value(QStringLiteral("split")).toObject();
    const QJsonObject test = metrics.value(QStringLiteral("test")).toObject();
    QString md;
    md += tr("# Model card: %1\n\n").arg(model.value(QStringLiteral("title")).toString());
    md += tr("Made by ChurnLab %1 on %2.\n\n")
              .arg(manifest.value(QStringLiteral("churnlab_version")).toString(),
                   manifest.value(QStringLiteral("created")).toString());
    const QJsonObject previous = manifest.value(QStringLiteral("previous")).toObject();
    if (!previous.isEmpty()) {
        const QJsonObject decision = manifest.value(QStringLiteral("retraining")).toObject();
        md += tr("## Version\n\nVersion %1, retrained on new data with the settings of version "
                 "%2 (made on %3) and promoted over it. %4\n\n")
                  .arg(manifest.value(QStringLiteral("model_version")).toInt())
                  .arg(previous.value(QStringLiteral("model_version")).toInt())
                  .arg(previous.value(QStringLiteral("created")).toString(),
                       decision.value(QStringLiteral("summary")).toString());
        for (const QJsonValue &reason : decision.value(QStringLiteral("reasons")).toArray())
            md += QStringLiteral("- %1\n").arg(reason.toString());
        md += QLatin1Char('\n');
    }
    md += tr("## Intended use\n\nRanks customers by their probability of churn (%1 = “%2”), so "
             "that a retention team can decide whom to contact. It supports a decision; it does "
             "not make one about a person on its own.\n\n")
              .arg(target.value(QStringLiteral("column")).toString(),
                   target.value(QStringLiteral("positive")).toString());
    md += tr("## Model\n\n- Learner: %1 (`%2`)\n")
              .arg(model.value(QStringLiteral("title")).toString(),
                   model.value(QStringLiteral("learner")).toString());
    md += settingsList(model.value(QStringLiteral("params")).toObject()) + QLatin1Char('\n');
    md += tr("## Data\n\n- File: %1 (%2 bytes, SHA-256 %3)\n- %4 rows, %5 columns\n\n")
              .arg(data.value(QStringLiteral("file")).toString())
              .arg(data.value(QStringLiteral("size")).toInteger())
              .arg(data.value(QStringLiteral("sha256")).toString())
              .arg(data.value(QStringLiteral("rows")).toInteger())
              .arg(data.value(QStringLiteral("columns")).toInteger());
    md += tr("## Metrics\n\nOn %1 (%2 training rows, %3 test rows):\n\n")
              .arg(split.value(QStringLiteral("description")).toString())
              .arg(split.value(QStringLiteral("n_train")).toInteger())
              .arg(split.value(QStringLiteral("n_test")).toInteger());
    md += QStringLiteral(
        "| ROC AUC | PR AUC | log loss | Brier | accuracy | precision | recall | F1 |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n\n")
              .arg(number(test.value(QStringLiteral("auc"))),
                   number(test.value(QStringLiteral("pr_auc"))),
                   number(test.value(QStringLiteral("logloss"))),
                   number(test.value(QStringLiteral("brier"))),
                   number(test.value(QStringLiteral("accuracy"))),
                   number(test.value(QStringLiteral("precision"))),
                   number(test.value(QStringLiteral("recall"))),
                   number(test.value(QStringLiteral("f1"))));
    md += tr("## Threshold and costs\n\nA customer is flagged when the probability is at least "
             "%1. A false positive (an offer to a customer who would have stayed) costs %2; a "
             "false negative (a churner missed) costs %3.\n\n")
              .arg(number(manifest.value(QStringLiteral("threshold")), 3))
              .arg(costs.value(QStringLiteral("false_positive")).toDouble())
              .arg(costs.value(QStringLiteral("false_negative")).toDouble());
    md += fairnessSection(manifest.value(QStringLiteral("fairness")).toArray());
    md += tr("## Limits\n\n- The model knows only the customers and the period of its training "
             "data; watch it for drift (the bundle carries a reference of the training data).\n"
             "- Categories it never saw are scored as rare ones; numbers outside the training "
             "range are scored as they are. The scorer counts both.\n"
             "- Metrics come from one split of one file; they move with the data.\n\n");
    const QJsonArray warnings = manifest.value(QStringLiteral("warnings")).toArray();
    md += tr("## Warnings from the data checks\n\n");
    if (warnings.isEmpty())
        md += tr("None.\n");
    for (const QJsonValue &w : warnings)
        md += QStringLiteral("- %1\n").arg(w.toString());
    return md;
}

} // namespace churnlab
