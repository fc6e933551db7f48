#include "core/fairness/FairnessReport.h"

#include "core/JsonFields.h"
#include "core/eval/HoldoutEvaluation.h"
#include "core/eval/Ranking.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace churnlab {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

double ratio(qint64 a, qint64 b)
{
    return b > 0 ? double(a) / double(b) : qQNaN();
}

} // namespace

QJsonObject FairnessReport::Group::toJson() const
{
    return {{QStringLiteral("group"), name},
            {QStringLiteral("size"), size},
            {QStringLiteral("churners"), churners},
            {QStringLiteral("flagged"), flagged},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("selection_rate"), number(selectionRate)},
            {QStringLiteral("tpr"), number(tpr)},
            {QStringLiteral("fpr"), number(fpr)},
            {QStringLiteral("precision"), number(precision)},
            {QStringLiteral("auc"), number(auc)},
            {QStringLiteral("mean_score"), number(meanScore)},
            {QStringLiteral("churn_rate"), number(churnRate)},
            {QStringLiteral("calibration_error"), number(calibrationError)},
            {QStringLiteral("expected_cost"), number(expectedCost)},
            {QStringLiteral("tp"), tp},
            {QStringLiteral("fp"), fp},
            {QStringLiteral("tn"), tn},
            {QStringLiteral("fn"), fn},
            {QStringLiteral("in_disparities"), inDisparities}};
}

FairnessReport FairnessReport::compute(const std::vector<double> &scores,
                                       const std::vector<qint8> &labels,
                                       const SensitiveGroups &groups, double threshold,
                                       const CostMatrix &costs,
                                       const QHash<QString, double> &groupThresholds, Bands bands)
{
    FairnessReport r;
    r.column = groups.column;
    r.threshold = threshold;
    r.costs = costs;
    r.bands = bands;
    std::vector<std::vector<double>> s(size_t(groups.names.size()));
    std::vector<std::vector<qint8>> y(s.size());
    for (size_t i = 0; i < scores.size(); ++i)
        if (labels[i] >= 0 && groups.index[i] >= 0) {
            s[size_t(groups.index[i])].push_back(scores[i]);
            y[size_t(groups.index[i])].push_back(labels[i]);
        }
    double cost = 0;
    for (qsizetype g = 0; g < groups.names.size(); ++g) {
        Group out;
        out.name = groups.names[g];
        out.threshold = groupThresholds.value(out.name, threshold);
        const auto &gs = s[size_t(g)];
        const auto &gy = y[size_t(g)];
        out.size = qint64(gs.size());
        if (out.size == 0)
            continue;
        const HoldoutEvaluation e = HoldoutEvaluation::of(gs, gy, out.threshold, costs);
        out.tp = e.metrics.tp;
        out.fp = e.metrics.fp;
        out.tn = e.metrics.tn;
        out.fn = e.metrics.fn;
        out.churners = out.tp + out.fn;
        out.flagged = out.tp + out.fp;
        out.selectionRate = ratio(out.flagged, out.size);
        out.tpr = ratio(out.tp, out.churners);
        out.fpr = ratio(out.fp, out.size - out.churners);
        out.precision = out.flagged > 0 ? double(out.tp) / double(out.flagged) : 0.0;
        out.auc = out.churners > 0 && out.churners < out.size ? rocAuc(gs, gy) : qQNaN();
        double sum = 0;
        for (const double v : gs)
            sum += v;
        out.meanScore = sum / double(out.size);
        out.churnRate = ratio(out.churners, out.size);
        out.calibrationError = e.calibrationError;
        out.expectedCost = e.expectedCost;
        out.inDisparities = out.size >= kMinGroupRows;
        cost += e.expectedCost * double(out.size);
        r.rows += out.size;
        r.groups.push_back(out);
    }
    r.expectedCost = r.rows > 0 ? cost / double(r.rows) : 0.0;
    auto spread = [&](double Group::*rate) {
        double low = qInf(), high = -qInf();
        for (const Group &g : r.groups)
            if (g.inDisparities && std::isfinite(g.*rate)) {
                low = std::min(low, g.*rate);
                high = std::max(high, g.*rate);
            }
        return std::pair {low, high};
    };
    const auto [lowSel, highSel] = spread(&Group::selectionRate);
    const auto [lowTpr, highTpr] = spread(&Group::tpr);
    const auto [lowFpr, highFpr] = spread(&Group::fpr);
    if (std::isfinite(lowSel)) {
        r.parityDifference = highSel - lowSel;
        r.parityRatio = highSel > 0 ? lowSel / highSel : 1.0;
    }
    r.tprDifference = std::isfinite(lowTpr) ? highTpr - lowTpr : 0.0;
    r.fprDifference = std::isfinite(lowFpr) ? highFpr - lowFpr : 0.0;
    r.equalizedOddsDifference = std::max(r.tprDifference, r.fprDifference);
    return r;
}

QHash<QString, double> FairnessReport::equalOpportunityThresholds(const std::vector<double> &scores,
                                                                  const std::vector<qint8> &labels,
                                                                  const SensitiveGroups &groups,
                                                                  double threshold)
{
    qint64 churners = 0, caught = 0;
    for (size_t i = 0; i < scores.size(); ++i)
        if (labels[i] == 1) {
            ++churners;
            caught += scores[i] >= threshold;
        }
    const double target = churners > 0 ? double(caught) / double(churners) : 0.0;
    QHash<QString, double> out;
    for (qsizetype g = 0; g < groups.names.size(); ++g) {
        std::vector<double> positives;
        for (size_t i = 0; i < scores.size(); ++i)
            if (labels[i] == 1 && groups.index[i] == int(g))
                positives.push_back(scores[i]);
        if (positives.empty())
            continue;
        // The highest threshold that still catches ⌈target × churners⌉ of the group's.
        std::sort(positives.begin(), positives.end(), std::greater<>());
        const size_t need = size_t(std::ceil(target * double(positives.size()) - 1e-9));
        out.insert(groups.names[g],
                   need == 0 ? std::nextafter(positives.front(), 2.0) : positives[need - 1]);
    }
    return out;
}

QStringList FairnessReport::findings() const
{
    const QString ok = tr("within"), bad = tr("outside");
    return {tr("Demographic parity difference %1 (%2 the band ≤ %3): the flagged shares range "
               "over %1.")
                .arg(parityDifference, 0, 'f', 3)
                .arg(parityDifferenceOk() ? ok : bad)
                .arg(bands.difference, 0, 'f', 2),
            tr("Demographic parity ratio %1 (%2 the four-fifths band ≥ %3).")
                .arg(parityRatio, 0, 'f', 3)
                .arg(parityRatioOk() ? ok : bad)
                .arg(bands.ratio, 0, 'f', 2),
            tr("Equalized-odds difference %1 (%2 the band ≤ %3): TPR gap %4, FPR gap %5.")
                .arg(equalizedOddsDifference, 0, 'f', 3)
                .arg(equalizedOddsOk() ? ok : bad)
                .arg(bands.difference, 0, 'f', 2)
                .arg(tprDifference, 0, 'f', 3)
                .arg(fprDifference, 0, 'f', 3)};
}

QJsonObject FairnessReport::toJson() const
{
    QJsonArray g;
    for (const Group &group : groups)
        g.append(group.toJson());
    return {{QStringLiteral("column"), column},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("groups"), g},
            {QStringLiteral("demographic_parity_difference"), parityDifference},
            {QStringLiteral("demographic_parity_ratio"), parityRatio},
            {QStringLiteral("equalized_odds_difference"), equalizedOddsDifference},
            {QStringLiteral("tpr_difference"), tprDifference},
            {QStringLiteral("fpr_difference"), fprDifference},
            {QStringLiteral("expected_cost"), expectedCost},
            {QStringLiteral("bands"),
             QJsonObject {{QStringLiteral("difference"), bands.difference},
                          {QStringLiteral("ratio"), bands.ratio}}},
            {QStringLiteral("within_bands"),
             QJsonObject {{QStringLiteral("demographic_parity_difference"), parityDifferenceOk()},
                          {QStringLiteral("demographic_parity_ratio"), parityRatioOk()},
                          {QStringLiteral("equalized_odds_difference"), equalizedOddsOk()}}}};
}

Result<FairnessReport> FairnessReport::fromJson(const QJsonObject &json)
{
    // Rates may be null (NaN: no churners, one class).
    auto rate = [](const QJsonObject &o, const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : qQNaN();
    };
    JsonFields f(json, QStringLiteral("fairness"));
    FairnessReport r;
    r.column = f.text("column");
    r.threshold = f.number("threshold", 0, 1);
    r.rows = qint64(f.number("rows", 0, 1e15));
    const QJsonArray groups = f.array("groups");
    r.parityDifference = f.number("demographic_parity_difference", 0, 1);
    r.parityRatio = f.number("demographic_parity_ratio", 0, 1);
    r.equalizedOddsDifference = f.number("equalized_odds_difference", 0, 1);
    r.tprDifference = f.number("tpr_difference", 0, 1);
    r.fprDifference = f.number("fpr_difference", 0, 1);
    r.expectedCost = f.number("expected_cost", 0, 1e300);
    JsonFields bands = f.nested(f.object("bands"), QStringLiteral("bands"));
    r.bands.difference = bands.number("difference", 0, 1);
    r.bands.ratio = bands.number("ratio", 0, 1);
    if (!f.ok())
        return f.error();
    for (const QJsonValue &v : groups) {
        const QJsonObject o = v.toObject();
        Group g;
        g.name = o.value(QStringLiteral("group")).toString();
        g.size = o.value(QStringLiteral("size")).toInteger();
        g.churners = o.value(QStringLiteral("churners")).toInteger();
        g.flagged = o.value(QStringLiteral("flagged")).toInteger();
        g.tp = o.value(QStringLiteral("tp")).toInteger();
        g.fp = o.value(QStringLiteral("fp")).toInteger();
        g.tn = o.value(QStringLiteral("tn")).toInteger();
        g.fn = o.value(QStringLiteral("fn")).toInteger();
        g.threshold = o.value(QStringLiteral("threshold")).toDouble(r.threshold);
        g.selectionRate = rate(o, "selection_rate");
        g.tpr = rate(o, "tpr");
        g.fpr = rate(o, "fpr");
        g.precision = rate(o, "precision");
        g.auc = rate(o, "auc");
        g.meanScore = rate(o, "mean_score");
        g.churnRate = rate(o, "churn_rate");
        g.calibrationError = rate(o, "calibration_error");
        g.expectedCost = rate(o, "expected_cost");
        g.inDisparities = o.value(QStringLiteral("in_disparities")).toBool(true);
        r.groups.push_back(g);
    }
    return r;
}

QString FairnessReport::markdown() const
{
    auto pct = [](double v) {
        return std::isfinite(v) ? QString::number(100 * v, 'f', 1) + QLatin1Char('%')
                                : QStringLiteral("–");
    };
    auto num = [](double v) {
        return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("–");
    };
    QString md = tr("| %1 | Customers | Churn rate | Flagged | TPR | FPR | Precision | AUC | "
                    "Calibration error |\n")
                     .arg(column);
    md += QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Group &g : groups)
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                  .arg(g.name)
                  .arg(g.size)
                  .arg(pct(g.churnRate), pct(g.selectionRate), pct(g.tpr), pct(g.fpr),
                       pct(g.precision), num(g.auc), num(g.calibrationError));
    md += QLatin1Char('\n');
    for (const QString &f : findings())
        md += QStringLiteral("- ") + f + QLatin1Char('\n');
    return md;
}

} // namespace churnlab
