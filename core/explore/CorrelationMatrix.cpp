#include "core/explore/CorrelationMatrix.h"

#include "core/eval/Ranking.h"

#include <cmath>

namespace churnlab {

CorrelationMatrix CorrelationMatrix::compute(const Dataset &d, Progress &progress)
{
    CorrelationMatrix m;
    std::vector<int> idx;
    for (int c = 0; c < d.columnCount(); ++c) {
        const ColumnType t = d.column(c).type();
        if (t != ColumnType::Categorical && t != ColumnType::Text) {
            idx.push_back(c);
            m.columns << d.column(c).name();
        }
    }
    const size_t n = idx.size();
    m.pearson.assign(n * n, std::nan(""));
    m.spearman.assign(n * n, std::nan(""));
    for (size_t i = 0; i < n; ++i) {
        if (progress.isCancelled())
            return m;
        for (size_t j = i; j < n; ++j) {
            const Column &a = d.column(idx[i]), &b = d.column(idx[j]);
            std::vector<double> x, y;
            for (qsizetype r = 0; r < d.rowCount(); ++r) {
                const double u = a.number(r), v = b.number(r);
                if (std::isfinite(u) && std::isfinite(v))
                    x.push_back(u), y.push_back(v);
            }
            const double p = churnlab::pearson(x, y);
            const double s = churnlab::pearson(averageRanks(x), averageRanks(y));
            m.pearson[i * n + j] = m.pearson[j * n + i] = p;
            m.spearman[i * n + j] = m.spearman[j * n + i] = s;
        }
        progress.report(double(i + 1) / double(n));
    }
    return m;
}

} // namespace churnlab
