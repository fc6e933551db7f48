#include "core/fairness/ProxyCheck.h"

#include "core/fairness/SensitiveGroups.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace churnlab {

double ProxyCheck::cramersV(const std::vector<int> &a, int levelsA, const std::vector<int> &b,
                            int levelsB)
{
    const auto la = static_cast<size_t>(levelsA), lb = static_cast<size_t>(levelsB);
    std::vector<double> table(la * lb, 0.0), rowSum(la, 0.0), colSum(lb, 0.0);
    double n = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        table[size_t(a[i]) * size_t(levelsB) + size_t(b[i])] += 1;
        rowSum[size_t(a[i])] += 1;
        colSum[size_t(b[i])] += 1;
        n += 1;
    }
    int usedA = 0, usedB = 0;
    for (const double v : rowSum)
        usedA += v > 0;
    for (const double v : colSum)
        usedB += v > 0;
    const int k = std::min(usedA, usedB) - 1;
    if (k <= 0 || n == 0)
        return 0;
    double chi2 = 0;
    for (int i = 0; i < levelsA; ++i)
        for (int j = 0; j < levelsB; ++j) {
            const double expected = rowSum[size_t(i)] * colSum[size_t(j)] / n;
            if (expected > 0) {
                const double d = table[size_t(i) * size_t(levelsB) + size_t(j)] - expected;
                chi2 += d * d / expected;
            }
        }
    return std::sqrt(chi2 / (n * k));
}

std::vector<ProxyCheck::Proxy> ProxyCheck::measure(const Dataset &dataset,
                                                   const std::vector<quint32> &rows,
                                                   const QString &sensitive,
                                                   const QStringList &candidates)
{
    std::vector<Proxy> out;
    const int s = dataset.indexOf(sensitive);
    if (s < 0)
        return out;
    auto groups = SensitiveGroups::of(dataset.column(s), rows);
    if (!groups)
        return out;
    for (const QString &name : candidates) {
        const int c = dataset.indexOf(name);
        if (c < 0 || c == s || dataset.column(c).type() == ColumnType::Text)
            continue;
        auto other = SensitiveGroups::of(dataset.column(c), rows, 5);
        if (!other)
            continue;
        out.push_back({name,
                       cramersV(groups->index, int(groups->names.size()), other->index,
                                int(other->names.size()))});
    }
    std::sort(out.begin(), out.end(),
              [](const Proxy &a, const Proxy &b) { return a.cramersV > b.cramersV; });
    return out;
}

QList<QualityFinding> ProxyCheck::assess(const Dataset &dataset, const QStringList &sensitive,
                                         const QString &target)
{
    std::vector<quint32> rows(size_t(dataset.rowCount()));
    std::iota(rows.begin(), rows.end(), 0u);
    QList<QualityFinding> out;
    for (const QString &s : sensitive) {
        QStringList candidates;
        for (const QString &c : dataset.columnNames())
            if (c != target && !sensitive.contains(c))
                candidates << c;
        out << findings(s, measure(dataset, rows, s, candidates));
    }
    return out;
}

QList<QualityFinding> ProxyCheck::findings(const QString &sensitive,
                                           const std::vector<Proxy> &proxies)
{
    QList<QualityFinding> out;
    for (const Proxy &p : proxies) {
        if (p.cramersV < kModerate)
            continue;
        QualityFinding f;
        f.kind = QStringLiteral("sensitive_proxy");
        f.severity = p.cramersV >= kStrong ? QualityFinding::Severity::Warning
                                           : QualityFinding::Severity::Info;
        f.columns = {p.column, sensitive};
        f.message =
            tr("“%1” is a %2 proxy for the sensitive column “%3” (Cramér's V %4).")
                .arg(p.column, p.cramersV >= kStrong ? tr("strong") : tr("moderate"), sensitive)
                .arg(p.cramersV, 0, 'f', 2);
        f.suggestion = tr("Leaving “%1” out of the features does not keep it out of the model "
                          "while “%2” is in; check the fairness view with and without it.")
                           .arg(sensitive, p.column);
        out << f;
    }
    return out;
}

} // namespace churnlab
