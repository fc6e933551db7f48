#include "core/eval/Metrics.h"

#include "core/JsonFields.h"
#include "core/eval/Ranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace churnlab {

double BinaryMetrics::accuracy() const
{
    const qint64 n = tp + fp + tn + fn;
    return n ? double(tp + tn) / double(n) : 0.0;
}

double BinaryMetrics::precision() const
{
    return tp + fp ? double(tp) / double(tp + fp) : 0.0;
}

double BinaryMetrics::recall() const
{
    return tp + fn ? double(tp) / double(tp + fn) : 0.0;
}

double BinaryMetrics::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

double BinaryMetrics::averagePrecision(const std::vector<double> &scores,
                                       const std::vector<qint8> &labels)
{
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    double positives = 0;
    for (qint8 y : labels)
        positives += y == 1;
    if (positives == 0)
        return 0.0;
    // Walk thresholds from high to low; rows with equal scores enter together.
    double tp = 0, fp = 0, ap = 0, previousRecall = 0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) {
            (labels[order[j]] == 1 ? tp : fp) += 1;
            ++j;
        }
        const double recall = tp / positives, precision = tp / (tp + fp);
        ap += (recall - previousRecall) * precision;
        previousRecall = recall;
        i = j;
    }
    return ap;
}

BinaryMetrics BinaryMetrics::compute(const std::vector<double> &allScores,
                                     const std::vector<qint8> &allLabels, double threshold)
{
    std::vector<double> scores;
    std::vector<qint8> labels;
    scores.reserve(allScores.size());
    labels.reserve(allLabels.size());
    for (size_t i = 0; i < allScores.size(); ++i) {
        if (allLabels[i] >= 0) {
            scores.push_back(allScores[i]);
            labels.push_back(allLabels[i]);
        }
    }
    BinaryMetrics m;
    m.threshold = threshold;
    m.auc = rocAuc(scores, labels);
    m.prAuc = averagePrecision(scores, labels);
    constexpr double eps = 2.220446049250313e-16; // numpy's float64 eps, scikit-learn 1.2's clip
    double loss = 0, brier = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        const double p = std::clamp(scores[i], eps, 1 - eps);
        const double y = labels[i];
        loss -= y * std::log(p) + (1 - y) * std::log(1 - p);
        brier += (scores[i] - y) * (scores[i] - y);
        const bool predicted = scores[i] >= threshold;
        if (labels[i])
            (predicted ? m.tp : m.fn)++;
        else
            (predicted ? m.fp : m.tn)++;
    }
    const double n = double(std::max<size_t>(1, scores.size()));
    m.logLoss = loss / n;
    m.brier = brier / n;
    return m;
}

QJsonObject BinaryMetrics::toJson() const
{
    return {{QStringLiteral("auc"), auc},
            {QStringLiteral("pr_auc"), prAuc},
            {QStringLiteral("logloss"), logLoss},
            {QStringLiteral("brier"), brier},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("accuracy"), accuracy()},
            {QStringLiteral("precision"), precision()},
            {QStringLiteral("recall"), recall()},
            {QStringLiteral("f1"), f1()},
            {QStringLiteral("tp"), tp},
            {QStringLiteral("fp"), fp},
            {QStringLiteral("tn"), tn},
            {QStringLiteral("fn"), fn}};
}

Result<BinaryMetrics> BinaryMetrics::fromJson(const QJsonObject &json)
{
    JsonFields f(json, QStringLiteral("metrics"));
    BinaryMetrics m;
    m.auc = f.number("auc", 0, 1);
    m.prAuc = f.number("pr_auc", 0, 1);
    m.logLoss = f.number("logloss", 0, 1e6);
    m.brier = f.number("brier", 0, 1);
    m.threshold = f.number("threshold", 0, 1);
    constexpr double kMax = 9.0e15;
    m.tp = qint64(f.number("tp", 0, kMax));
    m.fp = qint64(f.number("fp", 0, kMax));
    m.tn = qint64(f.number("tn", 0, kMax));
    m.fn = qint64(f.number("fn", 0, kMax));
    if (!f.ok())
        return f.error();
    return m;
}

} // namespace churnlab
