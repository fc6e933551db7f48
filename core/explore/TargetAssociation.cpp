#include "core/explore/TargetAssociation.h"

#include "core/Parallel.h"
#include "core/eval/Ranking.h"

#include <QThread>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace churnlab {

namespace {

// The fold of a row: a mix of its index, so that sorted files do not put neighbours together.
int foldOf(quint64 row)
{
    row += 0x9E3779B97F4A7C15ull;
    row = (row ^ (row >> 30)) * 0xBF58476D1CE4E5B9ull;
    row = (row ^ (row >> 27)) * 0x94D049BB133111EBull;
    return int((row ^ (row >> 31)) % quint64(Association::kFolds));
}

double cramersVOf(const std::vector<double> &pos, const std::vector<double> &neg, double n)
{
    double totalPos = 0;
    for (double p : pos)
        totalPos += p;
    const double totalNeg = n - totalPos;
    double chi2 = 0;
    int rowsUsed = 0;
    for (size_t k = 0; k < pos.size(); ++k) {
        const double rowTotal = pos[k] + neg[k];
        if (rowTotal == 0)
            continue;
        ++rowsUsed;
        const double ePos = rowTotal * totalPos / n, eNeg = rowTotal * totalNeg / n;
        if (ePos > 0)
            chi2 += (pos[k] - ePos) * (pos[k] - ePos) / ePos;
        if (eNeg > 0)
            chi2 += (neg[k] - eNeg) * (neg[k] - eNeg) / eNeg;
    }
    const int k = std::min(rowsUsed, (totalPos > 0) + (totalNeg > 0)) - 1;
    return k > 0 && n > 0 ? std::sqrt(chi2 / (n * k)) : 0.0;
}

void computeLevelRate(Association &a, const Column &column, const BinaryTarget &target)
{
    constexpr int F = Association::kFolds;
    a.measure = QStringLiteral("auc_level_rate");
    // Level counts per class and fold; the last level is "missing".
    const size_t levels = size_t(column.levels().size()) + 1;
    std::vector<double> pos(levels * F, 0), neg(levels * F, 0);
    std::vector<quint32> level; // per labelled row
    std::vector<qint8> fold, labels;
    for (qsizetype r = 0; r < column.size(); ++r) {
        const qint8 y = target.label(r);
        if (y < 0)
            continue;
        const quint32 c = column.code(r);
        const size_t k = c == Column::missingCode32 ? levels - 1 : c;
        const int f = foldOf(quint64(r));
        (y ? pos : neg)[k * F + size_t(f)] += 1;
        level.push_back(quint32(k));
        fold.push_back(qint8(f));
        labels.push_back(y);
    }
    std::vector<double> levelPos(levels, 0), levelNeg(levels, 0), foldPos(F, 0), foldAll(F, 0);
    for (size_t k = 0; k < levels; ++k)
        for (int f = 0; f < F; ++f) {
            levelPos[k] += pos[k * F + size_t(f)];
            levelNeg[k] += neg[k * F + size_t(f)];
            foldPos[size_t(f)] += pos[k * F + size_t(f)];
            foldAll[size_t(f)] += pos[k * F + size_t(f)] + neg[k * F + size_t(f)];
        }
    const double n = double(labels.size());
    std::vector<double> inSample(labels.size());
    for (size_t i = 0; i < labels.size(); ++i)
        inSample[i] = levelPos[level[i]] / (levelPos[level[i]] + levelNeg[level[i]]);
    // Each fold's rows scored by the rates of the other folds, with one pseudo-row of their
    // overall rate (a level seen once elsewhere moves only half-way), and the AUC taken per
    // fold: pooled, a level's rows would be ordered by their own fold's labels (a fold with
    // more churners gets a lower rate from the others), which biases the AUC down.
    constexpr double prior = 1.0;
    double oofAuc = 0, weight = 0;
    for (int f = 0; f < F; ++f) {
        const double otherPos = std::accumulate(foldPos.begin(), foldPos.end(), 0.0) - foldPos[f],
                     others = std::accumulate(foldAll.begin(), foldAll.end(), 0.0) - foldAll[f];
        const double base = others > 0 ? otherPos / others : 0.5;
        std::vector<double> scores;
        std::vector<qint8> foldLabels;
        for (size_t i = 0; i < labels.size(); ++i) {
            if (fold[i] != f)
                continue;
            const size_t k = level[i];
            const double p = levelPos[k] - pos[k * F + size_t(f)],
                         all = p + levelNeg[k] - neg[k * F + size_t(f)];
            scores.push_back((p + prior * base) / (all + prior));
            foldLabels.push_back(labels[i]);
        }
        const double auc = rocAuc(scores, foldLabels);
        if (!std::isnan(auc)) {
            oofAuc += auc * double(scores.size());
            weight += double(scores.size());
        }
    }
    oofAuc = weight > 0 ? oofAuc / weight : qQNaN();
    a.rows = qint64(labels.size());
    for (size_t k = 0; k < levels; ++k)
        a.levels += levelPos[k] + levelNeg[k] > 0;
    const double inAuc = rocAuc(inSample, labels);
    a.inSampleAuc = std::isnan(inAuc) ? 0.5 : inAuc;
    // A level rate has a direction (higher is more churn): below 0.5 out of fold is no signal.
    a.auc = std::isnan(oofAuc) ? 0.5 : std::max(oofAuc, 0.5);
    a.cramersV = cramersVOf(levelPos, levelNeg, n);
}

} // namespace

Association Association::compute(const Column &column, const BinaryTarget &target)
{
    Association a;
    a.column = column.name();
    if (isCodedType(column.type())) {
        computeLevelRate(a, column, target);
        return a;
    }
    a.measure = QStringLiteral("auc_value");
    std::vector<double> scores;
    std::vector<qint8> labels;
    scores.reserve(size_t(column.size()));
    labels.reserve(size_t(column.size()));
    for (qsizetype r = 0; r < column.size(); ++r) {
        const qint8 y = target.label(r);
        const double v = column.number(r);
        if (y < 0 || std::isnan(v))
            continue;
        scores.push_back(v);
        labels.push_back(y);
    }
    a.rows = qint64(labels.size());
    const double auc = rocAuc(scores, labels);
    a.auc = std::isnan(auc) ? 0.5 : std::max(auc, 1.0 - auc);
    return a;
}

QList<Association> Association::rank(const Dataset &dataset, const BinaryTarget &target,
                                     Progress &progress)
{
    QList<int> columns;
    for (int c = 0; c < dataset.columnCount(); ++c) {
        if (c != target.columnIndex() && dataset.column(c).type() != ColumnType::Text)
            columns.append(c);
    }
    // Own threads, not QThreadPool: see ColumnProfile::computeAll.
    QList<Association> out(columns.size());
    parallelFor(int(columns.size()), QThread::idealThreadCount(), [&](int i, bool) {
        if (!progress.isCancelled())
            out[i] = compute(dataset.column(columns[i]), target);
    });
    std::stable_sort(out.begin(), out.end(),
                     [](const Association &a, const Association &b) { return a.auc > b.auc; });
    return out;
}

QJsonObject Association::toJson() const
{
    QJsonObject o {{QStringLiteral("column"), column},
                   {QStringLiteral("measure"), QStringLiteral("auc")},
                   {QStringLiteral("value"), auc},
                   {QStringLiteral("scored_by"),
                    measure == QLatin1String("auc_value") ? QStringLiteral("value")
                                                          : QStringLiteral("level_churn_rate")},
                   {QStringLiteral("rows"), rows}};
    if (!std::isnan(cramersV))
        o.insert(QStringLiteral("cramers_v"), cramersV);
    if (!std::isnan(inSampleAuc)) {
        o.insert(QStringLiteral("in_sample_value"), inSampleAuc);
        o.insert(QStringLiteral("folds"), kFolds);
    }
    if (levels > 0)
        o.insert(QStringLiteral("levels"), levels);
    return o;
}

} // namespace churnlab
