#include "core/eval/PermutationImportance.h"

#include "core/JsonFields.h"
#include "core/eval/Ranking.h"
#include "core/models/Model.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace churnlab {

namespace {

std::vector<double> toVector(const Eigen::VectorXd &v)
{
    return {v.data(), v.data() + v.size()};
}

} // namespace

PermutationImportance PermutationImportance::compute(const Model &model, const Eigen::MatrixXd &x,
                                                     const std::vector<qint8> &labels,
                                                     const QStringList &sourceColumns, int repeats,
                                                     quint64 seed, Eigen::Index maxRows,
                                                     Progress &progress)
{
    PermutationImportance result;
    std::mt19937_64 rng(seed);
    // A seeded sample of labelled rows keeps large test sets quick.
    std::vector<Eigen::Index> rows;
    for (Eigen::Index r = 0; r < x.rows() && size_t(r) < labels.size(); ++r)
        if (labels[size_t(r)] >= 0)
            rows.push_back(r);
    if (Eigen::Index(rows.size()) > maxRows) {
        std::shuffle(rows.begin(), rows.end(), rng);
        rows.resize(size_t(maxRows));
        std::sort(rows.begin(), rows.end());
    }
    Eigen::MatrixXd sample(Eigen::Index(rows.size()), x.cols());
    std::vector<qint8> y(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        sample.row(Eigen::Index(i)) = x.row(rows[i]);
        y[i] = labels[size_t(rows[i])];
    }
    result.baselineAuc = rocAuc(toVector(model.predictProba(sample)), y);

    // Distinct source columns in feature order, each with the features it made.
    QStringList columns;
    std::vector<std::vector<Eigen::Index>> features;
    for (Eigen::Index f = 0; f < x.cols() && f < sourceColumns.size(); ++f) {
        const qsizetype at = columns.indexOf(sourceColumns[f]);
        if (at < 0) {
            columns << sourceColumns[f];
            features.push_back({f});
        } else {
            features[size_t(at)].push_back(f);
        }
    }
    repeats = std::max(1, repeats);
    const Eigen::MatrixXd original = sample;
    std::vector<Eigen::Index> order(rows.size());
    for (size_t c = 0; c < features.size(); ++c) {
        if (progress.isCancelled())
            return result;
        std::vector<double> drops;
        for (int rep = 0; rep < repeats; ++rep) {
            std::iota(order.begin(), order.end(), Eigen::Index(0));
            std::shuffle(order.begin(), order.end(), rng);
            // Shuffle just this column's features in place, score, then put them back: a copy
            // of the whole sample per repeat and column would be wasted.
            for (const Eigen::Index f : features[c])
                for (size_t i = 0; i < order.size(); ++i)
                    sample(Eigen::Index(i), f) = original(order[i], f);
            drops.push_back(result.baselineAuc - rocAuc(toVector(model.predictProba(sample)), y));
            for (const Eigen::Index f : features[c])
                sample.col(f) = original.col(f);
        }
        const double mean = std::accumulate(drops.begin(), drops.end(), 0.0) / double(repeats);
        double var = 0;
        for (const double d : drops)
            var += (d - mean) * (d - mean);
        result.entries.push_back({columns[qsizetype(c)], mean, std::sqrt(var / double(repeats))});
        progress.report(
            double(c + 1) / double(features.size()),
            PermutationImportance::tr("Permutation importance: %1").arg(columns[qsizetype(c)]));
    }
    return result;
}

QJsonObject PermutationImportance::toJson() const
{
    QJsonArray list;
    for (const Entry &e : entries)
        list.append(QJsonObject {{QStringLiteral("column"), e.column},
                                 {QStringLiteral("mean_drop"), e.meanDrop},
                                 {QStringLiteral("std_drop"), e.stdDrop}});
    return {{QStringLiteral("baseline_auc"), baselineAuc}, {QStringLiteral("entries"), list}};
}

Result<PermutationImportance> PermutationImportance::fromJson(const QJsonObject &json)
{
    JsonFields f(json, QStringLiteral("permutation importance"));
    PermutationImportance p;
    p.baselineAuc = f.number("baseline_auc", 0, 1);
    const QJsonArray list = f.array("entries");
    for (qsizetype i = 0; f.ok() && i < list.size(); ++i) {
        JsonFields e = f.nested(list.at(i).toObject(), QStringLiteral("entries[%1]").arg(i));
        p.entries.push_back({e.text("column"), e.number("mean_drop"), e.number("std_drop")});
    }
    if (!f.ok())
        return f.error();
    return p;
}

} // namespace churnlab
