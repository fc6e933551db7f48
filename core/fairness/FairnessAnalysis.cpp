#include "core/fairness/FairnessAnalysis.h"

#include <QJsonArray>

namespace churnlab {

QJsonObject FairnessAnalysis::Result::toJson() const
{
    QJsonObject o = report.toJson();
    QJsonArray p;
    for (const ProxyCheck::Proxy &proxy : proxies)
        p.append(QJsonObject {{QStringLiteral("column"), proxy.column},
                              {QStringLiteral("cramers_v"), proxy.cramersV}});
    o.insert(QStringLiteral("proxies"), p);
    return o;
}

churnlab::Result<FairnessAnalysis::Result>
FairnessAnalysis::run(const Scorer &scorer, const Dataset &dataset,
                      const std::vector<quint32> &rows, const std::vector<qint8> &labels,
                      const QString &column, const Options &options, Progress &progress)
{
    auto scores = scorer.score(dataset, rows, progress);
    if (!scores)
        return scores.error();
    return run(scores->probability, scorer, dataset, rows, labels, column, options);
}

churnlab::Result<FairnessAnalysis::Result>
FairnessAnalysis::run(const std::vector<double> &scores, const Scorer &scorer,
                      const Dataset &dataset, const std::vector<quint32> &rows,
                      const std::vector<qint8> &labels, const QString &column,
                      const Options &options)
{
    const int c = dataset.indexOf(column);
    if (c < 0)
        return Error {Error::Kind::MissingColumn,
                      tr("The data has no column “%1” to analyse.").arg(column)};
    if (scores.size() != rows.size())
        return Error {Error::Kind::InvalidArgument,
                      tr("%1 scores for %2 rows.").arg(scores.size()).arg(rows.size())};
    auto groups = SensitiveGroups::of(dataset.column(c), rows, options.bins, options.edges);
    if (!groups)
        return groups.error();
    std::vector<qint8> y(rows.size());
    qint64 labelled = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        y[i] = labels[rows[i]];
        labelled += y[i] >= 0;
    }
    if (labelled == 0)
        return Error {Error::Kind::InvalidValue,
                      tr("None of the rows has a label; fairness needs the actual outcomes.")};
    Result r;
    const QHash<QString, double> thresholds = options.equalOpportunity
        ? FairnessReport::equalOpportunityThresholds(scores, y, *groups, scorer.threshold())
        : options.groupThresholds;
    r.report = FairnessReport::compute(scores, y, *groups, scorer.threshold(), scorer.costs(),
                                       thresholds, options.bands);
    r.proxies = ProxyCheck::measure(dataset, rows, column, scorer.pipeline().inputColumns());
    return r;
}

} // namespace churnlab
