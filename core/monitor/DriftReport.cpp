#include "core/monitor/DriftReport.h"

#include "core/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace churnlab {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"'))
        || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return s;
}

} // namespace

int DriftReport::driftedFeatures() const
{
    return int(std::count_if(features.begin(), features.end(),
                             [](const Feature &f) { return f.drifted; }));
}

double DriftReport::driftedShare() const
{
    return features.isEmpty() ? 0 : double(driftedFeatures()) / double(features.size());
}

bool DriftReport::anyDrift() const
{
    return driftedFeatures() > 0 || scoresDrifted || !missingColumns.isEmpty();
}

bool DriftReport::datasetDrift() const
{
    return driftedShare() >= 0.5;
}

QString DriftReport::verdict() const
{
    auto tr = [](const char *text, int n = -1) { return DriftReport::tr(text, nullptr, n); };
    if (!missingColumns.isEmpty())
        return tr("The current data lacks %n column(s) the model needs.",
                  int(missingColumns.size()));
    if (!anyDrift())
        return tr("No drift: every column and the scores look like the training data.");
    if (datasetDrift())
        return tr("Dataset drift: %n of the columns drifted.", driftedFeatures());
    if (driftedFeatures() == 0)
        return tr("The model's scores drifted, though no single column did.");
    return tr("Drift in %n column(s).", driftedFeatures());
}

QString DriftReport::testTitle(const QString &test)
{
    if (test == QLatin1String("ks"))
        return tr("Kolmogorov–Smirnov");
    if (test == QLatin1String("chi_square"))
        return tr("chi-square");
    if (test == QLatin1String("wasserstein"))
        return tr("Wasserstein");
    if (test == QLatin1String("jensen_shannon"))
        return tr("Jensen–Shannon");
    return test;
}

QString DriftReport::bandTitle(const QString &band)
{
    if (band == QLatin1String("none"))
        return tr("small");
    if (band == QLatin1String("moderate"))
        return tr("moderate");
    if (band == QLatin1String("major"))
        return tr("major");
    return band;
}

QJsonObject DriftReport::toJson() const
{
    QJsonArray list;
    for (const Feature &f : features) {
        QJsonObject o {{QStringLiteral("column"), f.column},
                       {QStringLiteral("kind"),
                        f.numeric ? QStringLiteral("numeric") : QStringLiteral("categorical")},
                       {QStringLiteral("test"), f.test},
                       {QStringLiteral("statistic"), number(f.statistic)},
                       {QStringLiteral("p_value"), number(f.pValue)},
                       {QStringLiteral("threshold"), f.threshold},
                       {QStringLiteral("drifted"), f.drifted},
                       {QStringLiteral("psi"), number(f.psi)},
                       {QStringLiteral("psi_band"), f.psiBand},
                       {QStringLiteral("jensen_shannon"), number(f.jensenShannon)},
                       {QStringLiteral("importance"), f.importance},
                       {QStringLiteral("rows"), f.rows},
                       {QStringLiteral("reference_missing_rate"), f.referenceMissing},
                       {QStringLiteral("current_missing_rate"), f.currentMissing},
                       {QStringLiteral("missing_rate_changed"), f.missingRateChanged},
                       {QStringLiteral("bins"), QJsonArray::fromStringList(f.bins)},
                       {QStringLiteral("reference_shares"), toJsonArray(f.referenceShares)},
                       {QStringLiteral("current_shares"), toJsonArray(f.currentShares)}};
        if (f.numeric) {
            o.insert(QStringLiteral("ks"), number(f.ks));
            o.insert(QStringLiteral("ks_p_value"), number(f.ksPValue));
            o.insert(QStringLiteral("wasserstein"), number(f.wasserstein));
            o.insert(QStringLiteral("below_range"), f.belowRange);
            o.insert(QStringLiteral("above_range"), f.aboveRange);
        } else {
            o.insert(QStringLiteral("chi_square"), number(f.chiSquare));
            o.insert(QStringLiteral("chi_square_p_value"), number(f.chiSquarePValue));
            o.insert(QStringLiteral("new_categories"), QJsonArray::fromStringList(f.newCategories));
            o.insert(QStringLiteral("new_category_rows"), f.newCategoryRows);
        }
        if (!f.note.isEmpty())
            o.insert(QStringLiteral("note"), f.note);
        list.append(o);
    }
    QJsonObject o {{QStringLiteral("source"), source},
                   {QStringLiteral("reference_rows"), referenceRows},
                   {QStringLiteral("current_rows"), currentRows},
                   {QStringLiteral("drift"), anyDrift()},
                   {QStringLiteral("dataset_drift"), datasetDrift()},
                   {QStringLiteral("drifted_columns"), driftedFeatures()},
                   {QStringLiteral("drifted_share"), driftedShare()},
                   {QStringLiteral("verdict"), verdict()},
                   {QStringLiteral("missing_columns"), QJsonArray::fromStringList(missingColumns)},
                   {QStringLiteral("columns"), list},
                   {QStringLiteral("seconds"),
                    QJsonObject {{QStringLiteral("score"), scoreSeconds},
                                 {QStringLiteral("compare"), compareSeconds},
                                 {QStringLiteral("live_metrics"), liveSeconds}}}};
    if (scoresAvailable)
        o.insert(
            QStringLiteral("scores"),
            QJsonObject {{QStringLiteral("test"), scoreTest},
                         {QStringLiteral("statistic"), number(scoreStatistic)},
                         {QStringLiteral("p_value"), number(scorePValue)},
                         {QStringLiteral("psi"), scorePsi},
                         {QStringLiteral("jensen_shannon"), scoreJensenShannon},
                         {QStringLiteral("drifted"), scoresDrifted},
                         {QStringLiteral("reference_shares"), toJsonArray(referenceScoreShares)},
                         {QStringLiteral("current_shares"), toJsonArray(currentScoreShares)}});
    if (live) {
        QJsonObject l {{QStringLiteral("current"), live->toJson()}};
        if (offline)
            l.insert(QStringLiteral("offline"), offline->toJson());
        if (!windows.isEmpty()) {
            QJsonArray w;
            for (const Window &win : windows)
                w.append(QJsonObject {{QStringLiteral("window"), win.label},
                                      {QStringLiteral("rows"), win.rows},
                                      {QStringLiteral("auc"), number(win.auc)},
                                      {QStringLiteral("positive_rate"), win.positiveRate}});
            l.insert(QStringLiteral("date_column"), dateColumn);
            l.insert(QStringLiteral("windows"), w);
        }
        o.insert(QStringLiteral("live_metrics"), l);
    }
    return o;
}

QString DriftReport::toCsv() const
{
    QString out = QStringLiteral(
        "column,kind,test,statistic,p_value,threshold,drifted,psi,psi_band,jensen_shannon,"
        "importance,reference_missing_rate,current_missing_rate,new_categories,below_range,"
        "above_range\n");
    auto num = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 10) : QString(); };
    for (const Feature &f : features)
        out += QStringList {csvField(f.column),
                            f.numeric ? QStringLiteral("numeric") : QStringLiteral("categorical"),
                            f.test,
                            num(f.statistic),
                            num(f.pValue),
                            num(f.threshold),
                            f.drifted ? QStringLiteral("yes") : QStringLiteral("no"),
                            num(f.psi),
                            f.psiBand,
                            num(f.jensenShannon),
                            num(f.importance),
                            num(f.referenceMissing),
                            num(f.currentMissing),
                            csvField(f.newCategories.join(QLatin1Char(';'))),
                            QString::number(f.belowRange),
                            QString::number(f.aboveRange)}
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    return out;
}

} // namespace churnlab
