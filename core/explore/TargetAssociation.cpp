#include "core/explore/TargetAssociation.h"

#include "core/Parallel.h"
#include "core/eval/Ranking.h"

#include <QThread>

#include <algorithm>
#include <cmath>

namespace churnlab {

Association Association::compute(const Column &column, const BinaryTarget &target)
{
    Association a;
    a.column = column.name();
    std::vector<double> scores;
    std::vector<qint8> labels;
    scores.reserve(size_t(column.size()));
    labels.reserve(size_t(column.size()));
    if (isCodedType(column.type())) {
        a.measure = QStringLiteral("auc_level_rate");
        // Level counts per class; the last slot is the "missing" level.
        const quint32 levels = column.levels().size();
        std::vector<double> pos(levels + 1, 0), neg(levels + 1, 0);
        std::vector<quint32> level; // per labelled row
        for (qsizetype r = 0; r < column.size(); ++r) {
            const qint8 y = target.label(r);
            if (y < 0)
                continue;
            const quint32 c = column.code(r);
            const quint32 k = c == Column::missingCode32 ? levels : c;
            (y ? pos : neg)[k] += 1;
            level.push_back(k);
            labels.push_back(y);
        }
        for (quint32 k : level)
            scores.push_back(pos[k] / (pos[k] + neg[k]));
        // Cramér's V over the levels that occur.
        const double n = double(labels.size());
        double totalPos = 0;
        for (double p : pos)
            totalPos += p;
        const double totalNeg = n - totalPos;
        double chi2 = 0;
        int rowsUsed = 0;
        for (size_t k = 0; k <= levels; ++k) {
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
        a.cramersV = k > 0 && n > 0 ? std::sqrt(chi2 / (n * k)) : 0.0;
    } else {
        a.measure = QStringLiteral("auc_value");
        for (qsizetype r = 0; r < column.size(); ++r) {
            const qint8 y = target.label(r);
            const double v = column.number(r);
            if (y < 0 || std::isnan(v))
                continue;
            scores.push_back(v);
            labels.push_back(y);
        }
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
    return o;
}

} // namespace churnlab
