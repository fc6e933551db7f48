#include "core/train/EvaluationRows.h"

#include "core/EnumNames.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace churnlab {

namespace {

const EnumNames<EvaluationRows::Source> &sourceNames()
{
    using S = EvaluationRows::Source;
    static const EnumNames<S> names {{S::Unknown, "unknown"},
                                     {S::Holdout, "holdout"},
                                     {S::CrossValidation, "cross_validation"},
                                     {S::TestFile, "test_file"}};
    return names;
}

} // namespace

QString EvaluationRows::describe(Source source, qint64 rows)
{
    const int n = int(rows);
    switch (source) {
    case Source::Holdout:
        return tr("%n holdout row(s)", nullptr, n);
    case Source::CrossValidation:
        return tr("%n row(s) scored out of fold", nullptr, n);
    case Source::TestFile:
        return tr("%n row(s) of the test file", nullptr, n);
    case Source::Unknown:
        break;
    }
    return tr("rows not recorded");
}

QJsonObject EvaluationRows::toJson() const
{
    QJsonArray indices;
    for (quint32 r : rows)
        indices.append(qint64(r));
    return {{QStringLiteral("source"), sourceNames().name(source)},
            {QStringLiteral("data_rows"), dataRows},
            {QStringLiteral("rows"), indices}};
}

Result<EvaluationRows> EvaluationRows::fromJson(const QJsonValue &json)
{
    EvaluationRows out;
    if (json.isUndefined() || json.isNull())
        return out;
    const auto fail = [](const QString &why) {
        return Error {Error::Kind::Malformed, tr("model report: evaluation: %1").arg(why)};
    };
    if (!json.isObject())
        return fail(tr("not an object"));
    const QJsonObject o = json.toObject();
    const QString source = o.value(QStringLiteral("source")).toString();
    const auto known = sourceNames().value(source);
    if (!known)
        return fail(tr("unknown source “%1”").arg(source.left(40)));
    out.source = *known;
    const double dataRows = o.value(QStringLiteral("data_rows")).toDouble(-1);
    if (!(dataRows >= 0 && dataRows <= 4294967295.0) || dataRows != std::floor(dataRows))
        return fail(tr("data_rows is not a row count"));
    out.dataRows = qint64(dataRows);
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    out.rows.reserve(size_t(rows.size()));
    for (const QJsonValue &v : rows) {
        const double r = v.toDouble(-1);
        if (!(r >= 0 && r < dataRows) || r != std::floor(r))
            return fail(tr("row %1 is not a row of the %2 data rows")
                            .arg(QLocale::c().toString(r))
                            .arg(out.dataRows));
        out.rows.push_back(quint32(r));
    }
    return out;
}

} // namespace churnlab
