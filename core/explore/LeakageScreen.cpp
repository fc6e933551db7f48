#include "core/explore/LeakageScreen.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace churnlab {

namespace {

using Tier = LeakageFinding::Tier;
using Reason = LeakageFinding::Reason;

// Rows with and without a value, per class.
struct Presence
{
    double presentPos = 0, presentNeg = 0, missingPos = 0, missingNeg = 0;

    double positives() const { return presentPos + missingPos; }
    double negatives() const { return presentNeg + missingNeg; }
    // The AUC of "has a value" as a score, folded.
    double auc() const
    {
        if (positives() == 0 || negatives() == 0)
            return 0.5;
        const double pp = presentPos / positives(), np = presentNeg / negatives();
        const double a = pp * (1 - np) + 0.5 * (pp * np + (1 - pp) * (1 - np));
        return std::max(a, 1 - a);
    }
};

Presence presenceOf(const Column &col, const BinaryTarget &target)
{
    Presence p;
    for (qsizetype r = 0; r < col.size(); ++r) {
        const qint8 y = target.label(r);
        if (y < 0)
            continue;
        const bool present = !col.isMissing(r);
        (present ? (y ? p.presentPos : p.presentNeg) : (y ? p.missingPos : p.missingNeg)) += 1;
    }
    return p;
}

// A name that says the column is an outcome or a model's output rather than a fact about the
// customer.
bool outcomeName(const QString &name)
{
    static const QRegularExpression words(
        QStringLiteral("(score|reason|label|flag|churn|cancel|outcome|target|predict|prob|"
                       "attrition|exit|lost|closed|terminat)"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(name).hasMatch();
}

bool keptOut(FeatureConfig::Role role)
{
    using Role = FeatureConfig::Role;
    return role == Role::Ignore || role == Role::Id || role == Role::Sensitive
        || role == Role::Leakage;
}

std::optional<LeakageFinding> judge(const Column &col, const Association &a,
                                    const BinaryTarget &target)
{
    LeakageFinding f;
    f.column = col.name();
    const Presence p = presenceOf(col, target);
    const double present = p.presentPos + p.presentNeg, missing = p.missingPos + p.missingNeg;
    f.auc = std::max(a.auc, p.auc());
    // A value only in one class's rows: enough rows on both sides, and the presence itself
    // separates the classes well (a rare value that happens to fall on stayers does not).
    if (present >= 10 && missing >= 0.01 * (present + missing)
        && p.auc() >= LeakageScreen::suspiciousAuc) {
        const double impurity = std::min(p.presentPos, p.presentNeg) / present;
        if (impurity <= LeakageScreen::oneClassImpurity) {
            f.tier = Tier::Leak;
            f.reason = Reason::OneClassOnly;
            f.onlyClass =
                p.presentPos > p.presentNeg ? target.positiveLabel() : target.negativeLabel();
            return f;
        }
    }
    if (f.auc >= LeakageScreen::leakAuc) {
        f.tier = Tier::Leak;
        return f;
    }
    if (f.auc >= LeakageScreen::suspiciousAuc)
        return f;
    if (f.auc >= LeakageScreen::namedAuc && outcomeName(col.name())) {
        f.reason = Reason::Named;
        return f;
    }
    return std::nullopt;
}

} // namespace

QString LeakageFinding::describe() const
{
    const QString auc = QLocale().toString(this->auc, 'f', 3);
    switch (reason) {
    case Reason::OneClassOnly:
        return LeakageScreen::tr("“%1” has a value only in rows whose outcome is “%2”: it is "
                                 "recorded after the outcome.")
            .arg(column, onlyClass);
    case Reason::Named:
        return LeakageScreen::tr("“%1” is named like an outcome or a model's output and alone "
                                 "predicts the target strongly (AUC %2).")
            .arg(column, auc);
    case Reason::Separates:
        break;
    }
    return tier == Tier::Leak
        ? LeakageScreen::tr("“%1” alone separates the target almost perfectly (AUC %2).")
              .arg(column, auc)
        : LeakageScreen::tr("“%1” alone predicts the target suspiciously well (AUC %2).")
              .arg(column, auc);
}

namespace {
const char *const reasonNames[] = {"separates", "one_class_only", "named"};
}

Result<LeakageFinding> LeakageFinding::fromJson(const QJsonObject &json)
{
    LeakageFinding f;
    f.column = json.value(QStringLiteral("column")).toString();
    const QString tier = json.value(QStringLiteral("tier")).toString();
    const QString reason = json.value(QStringLiteral("reason")).toString();
    f.auc = json.value(QStringLiteral("auc")).toDouble(qQNaN());
    f.onlyClass = json.value(QStringLiteral("only_class")).toString();
    f.tier = tier == QLatin1String("leak") ? Tier::Leak : Tier::Suspicious;
    int r = 0;
    while (r < 3 && reason != QLatin1String(reasonNames[r]))
        ++r;
    if (f.column.isEmpty() || r == 3 || std::isnan(f.auc)
        || (tier != QLatin1String("leak") && tier != QLatin1String("suspicious")))
        return Error {Error::Kind::Malformed,
                      LeakageScreen::tr("A leakage finding needs a column, a tier (leak or "
                                        "suspicious), a reason and an AUC.")};
    f.reason = Reason(r);
    return f;
}

QJsonArray LeakageFinding::toJsonArray(const QList<LeakageFinding> &findings)
{
    QJsonArray out;
    for (const LeakageFinding &f : findings)
        out.append(f.toJson());
    return out;
}

QJsonObject LeakageFinding::toJson() const
{
    const char *const *reasons = reasonNames;
    QJsonObject o {{QStringLiteral("column"), column},
                   {QStringLiteral("tier"),
                    tier == Tier::Leak ? QStringLiteral("leak") : QStringLiteral("suspicious")},
                   {QStringLiteral("reason"), QLatin1String(reasons[int(reason)])},
                   {QStringLiteral("auc"), auc},
                   {QStringLiteral("message"), describe()}};
    if (!onlyClass.isEmpty())
        o.insert(QStringLiteral("only_class"), onlyClass);
    return o;
}

QList<LeakageFinding> LeakageScreen::screen(const Dataset &dataset, const BinaryTarget &target,
                                            const FeatureConfig &config, QList<Association> ranked,
                                            Progress &progress)
{
    if (target.positives() == 0 || target.negatives() == 0)
        return {};
    if (ranked.isEmpty())
        ranked = Association::rank(dataset, target, progress);
    QList<LeakageFinding> out;
    for (const Association &a : ranked) {
        if (progress.isCancelled())
            return {};
        const int c = dataset.indexOf(a.column);
        if (c < 0 || c == target.columnIndex() || keptOut(config.transform(a.column).role))
            continue;
        if (auto f = judge(dataset.column(c), a, target))
            out << *f;
    }
    std::stable_sort(out.begin(), out.end(), [](const LeakageFinding &a, const LeakageFinding &b) {
        return a.tier != b.tier ? a.tier == Tier::Leak : a.auc > b.auc;
    });
    return out;
}

QStringList LeakageScreen::exclude(FeatureConfig &config, const QList<LeakageFinding> &findings)
{
    QStringList excluded;
    for (const LeakageFinding &f : findings) {
        FeatureConfig::Transform t = config.transform(f.column);
        if (f.tier != Tier::Leak || t.role != FeatureConfig::Role::Auto)
            continue;
        t.role = FeatureConfig::Role::Leakage;
        config.setTransform(f.column, t);
        excluded << f.column;
    }
    return excluded;
}

QList<LeakageFinding> LeakageScreen::kept(const FeatureConfig &config,
                                          const QList<LeakageFinding> &findings)
{
    QList<LeakageFinding> out;
    for (const LeakageFinding &f : findings)
        if (!keptOut(config.transform(f.column).role))
            out << f;
    return out;
}

} // namespace churnlab
