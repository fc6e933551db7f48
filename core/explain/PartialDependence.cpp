#include "core/explain/PartialDependence.h"

#include <QJsonValue>

#include <algorithm>
#include <set>

namespace churnlab {

namespace {

// The grid: up to kGridPoints quantiles of the column's values among the rows, or its levels.
void makeGrid(const Column &c, const std::vector<quint32> &rows, PartialDependence &pd,
              std::vector<QJsonValue> &values)
{
    pd.categorical = !isNumericType(c.type());
    if (pd.categorical) {
        std::set<QString> levels;
        for (const quint32 r : rows)
            if (!c.isMissing(r))
                levels.insert(c.text(r));
        for (const QString &level : levels) {
            pd.x.push_back(double(pd.labels.size()));
            pd.labels << level;
            values.emplace_back(level);
        }
        return;
    }
    std::vector<double> v;
    for (const quint32 r : rows)
        if (!c.isMissing(r))
            v.push_back(c.number(r));
    std::sort(v.begin(), v.end());
    for (int i = 0; i < PartialDependence::kGridPoints && !v.empty(); ++i) {
        const double q = v[size_t(double(v.size() - 1) * i / (PartialDependence::kGridPoints - 1))];
        if (!pd.x.empty() && q == pd.x.back())
            continue;
        pd.x.push_back(q);
        pd.labels << QString::number(q, 'g', 6);
        values.emplace_back(q);
    }
}

} // namespace

Result<PartialDependence> PartialDependence::compute(const Scorer &scorer, const Dataset &data,
                                                     const std::vector<quint32> &rows,
                                                     const QString &column)
{
    const int c = data.indexOf(column);
    const QStringList sources = scorer.pipeline().sourceColumns();
    if (c < 0 || !sources.contains(column))
        return Error {Error::Kind::MissingColumn,
                      tr("“%1” is not one of the model's input columns.").arg(column)};
    if (isTemporalType(data.column(c).type()))
        return Error {Error::Kind::InvalidArgument,
                      tr("Partial dependence on dates is not drawn; “%1” is a date.").arg(column)};
    PartialDependence pd;
    pd.column = column;
    std::vector<QJsonValue> values;
    makeGrid(data.column(c), rows, pd, values);
    if (values.empty())
        return Error {Error::Kind::InvalidValue,
                      tr("“%1” has no values among these rows.").arg(column)};
    ScoringReport report;
    auto input = scorer.schema().conform(data, report);
    if (!input)
        return input.error();
    Eigen::MatrixXd x = scorer.pipeline().transform(input->lookup(), rows);
    // The column's features at each grid value, through the pipeline.
    auto grid = scorer.schema().fromValues(
        qsizetype(values.size()),
        [&](qsizetype r, const QString &name) {
            return name == column ? values[size_t(r)] : QJsonValue(); // the rest: missing
        },
        report);
    if (!grid)
        return grid.error();
    std::vector<quint32> gridRows(values.size());
    std::iota(gridRows.begin(), gridRows.end(), 0u);
    const Eigen::MatrixXd g = scorer.pipeline().transform(grid->lookup(), gridRows);
    std::vector<Eigen::Index> own;
    for (qsizetype f = 0; f < sources.size(); ++f)
        if (sources[f] == column)
            own.push_back(Eigen::Index(f));
    const Eigen::Index ice = std::min<Eigen::Index>(kIceRows, x.rows());
    pd.ice.resize(ice, Eigen::Index(values.size()));
    for (size_t k = 0; k < values.size(); ++k) {
        Eigen::MatrixXd at = x;
        for (const Eigen::Index f : own)
            at.col(f).setConstant(g(Eigen::Index(k), f));
        const Eigen::VectorXd p = scorer.model().predictProba(at);
        pd.average.push_back(p.size() ? p.mean() : 0.0);
        pd.ice.col(Eigen::Index(k)) = p.head(ice);
    }
    return pd;
}

} // namespace churnlab
