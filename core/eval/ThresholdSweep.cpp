#include "core/eval/ThresholdSweep.h"

#include "core/JsonFields.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace churnlab {

ThresholdSweep ThresholdSweep::compute(const std::vector<double> &scores,
                                       const std::vector<qint8> &labels)
{
    ThresholdSweep s;
    std::vector<quint32> order;
    order.reserve(scores.size());
    for (size_t i = 0; i < scores.size() && i < labels.size(); ++i)
        if (labels[i] >= 0)
            order.push_back(quint32(i));
    std::sort(order.begin(), order.end(),
              [&](quint32 a, quint32 b) { return scores[a] > scores[b]; });
    s.m_points.push_back({std::numeric_limits<double>::infinity(), 0, 0});
    qint64 tp = 0, fp = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        (labels[order[i]] == 1 ? tp : fp) += 1;
        // Equal scores are flagged together: one point after the last of them.
        if (i + 1 == order.size() || scores[order[i + 1]] != scores[order[i]])
            s.m_points.push_back({scores[order[i]], tp, fp});
    }
    s.m_positives = tp;
    s.m_negatives = fp;
    return s;
}

ThresholdSweep::Confusion ThresholdSweep::confusionAt(double threshold) const
{
    // The last point whose threshold is still ≥ the asked one: rows scoring ≥ threshold.
    const auto it = std::partition_point(m_points.begin(), m_points.end(),
                                         [&](const Point &p) { return p.threshold >= threshold; });
    const Point &p = *(it - 1);
    return {p.tp, p.fp, m_negatives - p.fp, m_positives - p.tp};
}

template<typename F> ThresholdSweep::Curve ThresholdSweep::thinned(int maxPoints, F &&pointOf) const
{
    Curve out;
    const size_t n = m_points.size();
    const size_t step = std::max<size_t>(1, n / size_t(std::max(2, maxPoints)));
    for (size_t i = 0; i < n; i += step)
        out.push_back(pointOf(m_points[i]));
    if ((n - 1) % step != 0)
        out.push_back(pointOf(m_points.back()));
    return out;
}

ThresholdSweep::Curve ThresholdSweep::roc(int maxPoints) const
{
    return thinned(maxPoints, [&](const Point &p) {
        return std::make_pair(m_negatives ? double(p.fp) / double(m_negatives) : 0.0,
                              m_positives ? double(p.tp) / double(m_positives) : 0.0);
    });
}

ThresholdSweep::Curve ThresholdSweep::precisionRecall(int maxPoints) const
{
    Curve c = thinned(maxPoints, [&](const Point &p) {
        const qint64 flagged = p.tp + p.fp;
        return std::make_pair(m_positives ? double(p.tp) / double(m_positives) : 0.0,
                              flagged ? double(p.tp) / double(flagged) : 1.0);
    });
    return c;
}

ThresholdSweep::Curve ThresholdSweep::gains(int maxPoints) const
{
    const double total = double(m_positives + m_negatives);
    return thinned(maxPoints, [&](const Point &p) {
        return std::make_pair(total ? double(p.tp + p.fp) / total : 0.0,
                              m_positives ? double(p.tp) / double(m_positives) : 0.0);
    });
}

ThresholdSweep::Curve ThresholdSweep::cost(double fpCost, double fnCost, int maxPoints) const
{
    const double total = double(std::max<qint64>(1, m_positives + m_negatives));
    Curve c = thinned(maxPoints, [&](const Point &p) {
        const double t = std::min(1.0, p.threshold);
        return std::make_pair(
            t, (double(p.fp) * fpCost + double(m_positives - p.tp) * fnCost) / total);
    });
    return c;
}

double ThresholdSweep::CostChoice::rounded(int decimals) const
{
    const double scale = std::pow(10.0, decimals);
    const double nearest = std::round(std::clamp(threshold, 0.0, 1.0) * scale) / scale;
    // The multiples of the step inside (low, high], checked as the sweep compares scores.
    const double first = std::max(0.0, std::floor(low * scale + 1) / scale);
    const double last = std::min(1.0, std::floor(high * scale) / scale);
    if (first > last || !(first > low) || !(last <= high))
        return nearest;
    return std::clamp(nearest, first, last);
}

ThresholdSweep::CostChoice ThresholdSweep::minimumCost(double fpCost, double fnCost) const
{
    const double total = double(std::max<qint64>(1, m_positives + m_negatives));
    CostChoice best;
    best.costPerCustomer = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < m_points.size(); ++i) {
        const Point &p = m_points[i];
        const double cost = (double(p.fp) * fpCost + double(m_positives - p.tp) * fnCost) / total;
        if (cost < best.costPerCustomer) {
            best.costPerCustomer = cost;
            // A threshold between this point's score and the next lower one flags exactly
            // these rows; the midpoint is the most robust choice.
            const double lower = i + 1 < m_points.size() ? m_points[i + 1].threshold : 0.0;
            if (std::isinf(p.threshold)) { // flag nobody: just above the highest score
                best.threshold =
                    m_points.size() > 1 ? std::nextafter(m_points[1].threshold, p.threshold) : 1.0;
                best.low = m_points.size() > 1 ? m_points[1].threshold : 1.0;
                best.high = std::max(1.0, best.threshold);
            } else if (i + 1 == m_points.size()) { // flag everybody
                best.threshold = p.threshold;
                best.low = -1;
                best.high = p.threshold;
            } else {
                best.threshold = (p.threshold + lower) / 2;
                best.low = lower;
                best.high = p.threshold;
            }
            best.confusion = {p.tp, p.fp, m_negatives - p.fp, m_positives - p.tp};
        }
    }
    return best;
}

QJsonObject ThresholdSweep::toJson() const
{
    // The first point (above every score, nothing flagged) is implied: JSON has no infinity.
    std::vector<double> thresholds, tp, fp;
    thresholds.reserve(m_points.size());
    tp.reserve(m_points.size());
    fp.reserve(m_points.size());
    for (size_t i = 1; i < m_points.size(); ++i) {
        thresholds.push_back(m_points[i].threshold);
        tp.push_back(double(m_points[i].tp));
        fp.push_back(double(m_points[i].fp));
    }
    return {{QStringLiteral("positives"), m_positives},
            {QStringLiteral("negatives"), m_negatives},
            {QStringLiteral("thresholds"), toJsonArray(thresholds)},
            {QStringLiteral("tp"), toJsonArray(tp)},
            {QStringLiteral("fp"), toJsonArray(fp)}};
}

Result<ThresholdSweep> ThresholdSweep::fromJson(const QJsonObject &json)
{
    JsonFields f(json, QStringLiteral("threshold sweep"));
    ThresholdSweep s;
    constexpr double kMax = 9.0e15;
    s.m_positives = qint64(f.number("positives", 0, kMax));
    s.m_negatives = qint64(f.number("negatives", 0, kMax));
    const std::vector<double> thresholds = f.numbers("thresholds");
    const std::vector<double> tp = f.numbers("tp", qsizetype(thresholds.size()));
    const std::vector<double> fp = f.numbers("fp", qsizetype(thresholds.size()));
    if (!f.ok())
        return f.error();
    s.m_points.reserve(thresholds.size() + 1);
    s.m_points.push_back({std::numeric_limits<double>::infinity(), 0, 0});
    for (size_t i = 0; i < thresholds.size(); ++i) {
        const Point &last = s.m_points.back();
        const Point p {thresholds[i], qint64(tp[i]), qint64(fp[i])};
        // Thresholds fall and counts only grow; anything else would draw wrong curves.
        if (!(p.threshold < last.threshold) || p.tp < last.tp || p.fp < last.fp
            || p.tp > s.m_positives || p.fp > s.m_negatives) {
            f.fail(QStringLiteral("thresholds[%1]").arg(i),
                   QStringLiteral("breaks the order of the sweep"));
            return f.error();
        }
        s.m_points.push_back(p);
    }
    return s;
}

} // namespace churnlab

namespace churnlab {

double ThresholdSweep::expectedCost(double threshold, const CostMatrix &costs) const
{
    const Confusion c = confusionAt(threshold);
    return costs.perCustomer(c.fp, c.fn, positives() + negatives());
}

} // namespace churnlab
