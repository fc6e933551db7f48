#include "core/explore/DataQuality.h"

#include "core/explore/LeakageScreen.h"

#include "core/EnumNames.h"

#include <QLocale>
#include <QMap>

#include "core/data/StringIndex.h"
#include "core/data/ValueParser.h"
#include "core/data/csv/CellRules.h"
#include "core/explore/TargetAssociation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <unordered_set>

namespace churnlab {

namespace {

QString percent(double share)
{
    // In the UI language's locale, as the sentence around it.
    return QLocale().toString(100.0 * share, 'f', share < 0.01 ? 2 : 1);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

quint64 mix(quint64 h, quint64 v)
{
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0xFF51AFD7ED558CCDull;
}

// Rows identical in every column to an earlier row.
qint64 duplicateRows(const Dataset &d)
{
    std::vector<quint64> hashes(size_t(d.rowCount()), 0x12345);
    for (int c = 0; c < d.columnCount(); ++c) {
        const Column &col = d.column(c);
        if (isCodedType(col.type())) {
            // Hash level text, not codes: raw-text columns repeat strings under distinct codes.
            std::vector<quint64> levelHash(col.levels().size());
            for (quint32 l = 0; l < col.levels().size(); ++l)
                levelHash[l] = StringIndex::hash(col.levels().view(l));
            for (qsizetype r = 0; r < d.rowCount(); ++r) {
                const quint32 code = col.code(r);
                hashes[size_t(r)] =
                    mix(hashes[size_t(r)], code == Column::missingCode32 ? 1 : levelHash[code]);
            }
        } else {
            for (qsizetype r = 0; r < d.rowCount(); ++r) {
                double v = col.number(r);
                quint64 bits = 2;
                if (!std::isnan(v)) {
                    v = v == 0 ? 0.0 : v; // -0.0 equals 0.0
                    std::memcpy(&bits, &v, sizeof bits);
                }
                hashes[size_t(r)] = mix(hashes[size_t(r)], bits);
            }
        }
    }
    std::unordered_set<quint64> seen;
    seen.reserve(hashes.size());
    qint64 duplicates = 0;
    for (quint64 h : hashes)
        duplicates += !seen.insert(h).second;
    return duplicates;
}

qint64 outlierCount(const Column &c, const ColumnProfile &p)
{
    const double iqr = p.q75 - p.q25;
    if (!(iqr > 0))
        return 0;
    const double lo = p.q25 - 3 * iqr, hi = p.q75 + 3 * iqr;
    qint64 n = 0;
    for (qsizetype r = 0; r < c.size(); ++r) {
        const double v = c.number(r);
        n += !std::isnan(v) && (v < lo || v > hi);
    }
    return n;
}

} // namespace

QString QualityFinding::severityName(Severity s)
{
    static const EnumNames<Severity> names {
        {Severity::Info, "info"}, {Severity::Warning, "warning"}, {Severity::Error, "error"}};
    return names.name(s);
}

QJsonObject QualityFinding::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("severity"), severityName(severity)},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
            {QStringLiteral("message"), message},
            {QStringLiteral("suggestion"), suggestion}};
}

namespace {

// A row near the top whose cells are text where the rest of their columns are numbers: a
// description row under the header ("Credit Limit on the Credit Card") makes every numeric
// column text at once. Returns the 0-based row and the columns it breaks, when at least two.
struct DescriptionRow
{
    qsizetype row = -1;
    QStringList columns;
    QString example;
};

DescriptionRow descriptionRow(const Dataset &d)
{
    constexpr qsizetype kTop = 3, kChecked = 5000;
    QMap<qsizetype, QStringList> broken;
    QMap<qsizetype, QString> example;
    const qsizetype rows = std::min(d.rowCount(), kChecked);
    for (int c = 0; c < d.columnCount(); ++c) {
        const Column &col = d.column(c);
        if (!isCodedType(col.type()) || col.type() == ColumnType::Boolean || rows < 3)
            continue;
        qsizetype offender = -1, numbers = 0;
        bool ok = true;
        for (qsizetype r = 0; r < rows && ok; ++r) {
            if (col.isMissing(r))
                continue;
            const quint32 code = col.code(r);
            if (ValueParser::parseReal(col.levels().view(code), false))
                ++numbers;
            else if (r < kTop)
                offender = r; // description rows sit right under the header
            else
                ok = false;
        }
        if (ok && offender >= 0 && numbers >= 2) {
            broken[offender] << col.name();
            if (!example.contains(offender))
                example[offender] = col.text(0);
        }
    }
    DescriptionRow out;
    for (auto it = broken.cbegin(); it != broken.cend(); ++it)
        if (it.value().size() >= 2 && it.value().size() > out.columns.size()) {
            out.row = it.key();
            out.columns = it.value();
            out.example = example.value(it.key());
        }
    return out;
}

// The thousands separator a text column's values are all grouped with (CellRules::groupingOf),
// judged on its first 2000 levels.
char thousandsOf(const Column &col)
{
    if (!isCodedType(col.type()) || col.type() == ColumnType::Boolean)
        return 0;
    std::vector<std::string_view> values;
    for (quint32 l = 0; l < std::min<quint32>(col.levels().size(), 2000); ++l)
        values.push_back(col.levels().view(l));
    return CellRules::groupingOf(values);
}

} // namespace

namespace {

using S = QualityFinding::Severity;

void add(QList<QualityFinding> &out, const QString &kind, S severity, const QStringList &columns,
         const QString &message, const QString &suggestion)
{
    out.append({kind, severity, columns, message, suggestion});
}

void checkDescriptionRow(QList<QualityFinding> &out, const DescriptionRow &description)
{
    // A plain variable: lupdate 6.4 never returns from int(…) as the count argument.
    const int shownRows = int(description.row + 1);
    if (description.row >= 0)
        add(out, QStringLiteral("description_row"), S::Warning, description.columns,
            DataQuality::tr(
                "The first %n data row(s) hold text where %1 columns otherwise hold numbers "
                "(e.g. “%2”), so those columns were read as text: a description row under the "
                "header?",
                nullptr, shownRows)
                .arg(description.columns.size())
                .arg(description.example),
            DataQuality::tr("Skip it: Skip rows %1 in the import preview, or "
                            "--skip-rows %1 on the command line.")
                .arg(description.row + 1));
}

// Missing values, and what makes a column unfit to model at all (empty, constant, an ID);
// false when the column needs no further checks.
bool checkPresence(QList<QualityFinding> &out, const Column &col, const ColumnProfile &p,
                   qint64 rows, bool isTarget)
{
    const QString name = col.name();
    const qint64 present = p.count - p.missing;
    if (present > 0 && p.missing > 0) {
        const double share = double(p.missing) / double(p.count);
        add(out, QStringLiteral("missing_values"),
            share >= 0.4        ? S::Error
                : share >= 0.05 ? S::Warning
                                : S::Info,
            {name},
            DataQuality::tr("%1 of %2 values (%3 %) are missing (empty or blank "
                            "cells, or tokens such as NA).")
                .arg(count(p.missing))
                .arg(count(p.count))
                .arg(percent(share)),
            share >= 0.4 ? DataQuality::tr(
                "Consider dropping the column, or keep it with a missing-value indicator.")
                         : DataQuality::tr("Impute them (median or most frequent) "
                                           "and add a missing-value indicator."));
    }
    if (present == 0 && rows > 0) {
        add(out, QStringLiteral("empty_column"), S::Warning, {name},
            DataQuality::tr("The column has no values at all."), DataQuality::tr("Ignore it."));
        return false;
    }
    if (isTarget)
        return false;
    if (p.distinct == 1) {
        add(out, QStringLiteral("constant"), S::Warning, {name},
            DataQuality::tr("Every value is the same (%1).")
                .arg(col.text(0).isEmpty() ? p.formatValue(p.min) : col.text(0)),
            DataQuality::tr("Ignore it: a constant column cannot explain churn."));
        return false;
    }
    const bool idLike = present >= 20 && p.distinct == present
        && present >= qint64(0.9 * double(rows))
        && (isCodedType(col.type()) || col.type() == ColumnType::Integer);
    if (idLike) {
        add(out, QStringLiteral("id_like"), S::Warning, {name},
            DataQuality::tr("Every value is different (%1 distinct in %2 rows): it "
                            "looks like an identifier.")
                .arg(count(p.distinct))
                .arg(count(rows)),
            DataQuality::tr("Set its role to ID so that models ignore it."));
        return false;
    }
    return true;
}

// What the values of a column that can be modelled look like.
void checkValues(QList<QualityFinding> &out, const Column &col, const ColumnProfile &p,
                 const DescriptionRow &description)
{
    const QString name = col.name();
    const qint64 present = p.count - p.missing;
    if (!p.topCategories.isEmpty() && present > 0) {
        const double topShare = double(p.topCategories.first().count) / double(present);
        if (topShare >= 0.99)
            add(out, QStringLiteral("near_constant"), S::Info, {name},
                DataQuality::tr("%1 % of the values are “%2”.")
                    .arg(percent(topShare), p.topCategories.first().value),
                DataQuality::tr("It carries little information; consider ignoring it."));
    }
    if (col.type() == ColumnType::Categorical && p.distinct > 50)
        add(out, QStringLiteral("high_cardinality"), S::Warning, {name},
            DataQuality::tr("%1 distinct categories.").arg(count(p.distinct)),
            DataQuality::tr("Group rare levels, use target encoding, or ignore the column."));
    if (const char sep = thousandsOf(col)) {
        add(out, QStringLiteral("thousands_separator"), S::Warning, {name},
            DataQuality::tr("Every value is a number grouped with “%1” as the "
                            "thousands separator (e.g. “%2”), so the column "
                            "was read as text.")
                .arg(QLatin1Char(sep))
                .arg(col.levels().at(0)),
            DataQuality::tr("Read it as numbers: Thousands separator “%1” in the "
                            "import preview, or --thousands %1.")
                .arg(QLatin1Char(sep)));
        return;
    }
    if (isCodedType(col.type()) && col.type() != ColumnType::Boolean) {
        // Numbers stored as text: most distinct values parse as numbers.
        quint32 numeric = 0, tried = 0;
        QStringList offenders;
        for (quint32 l = 0; l < col.levels().size() && tried < 5000; ++l, ++tried) {
            if (ValueParser::parseReal(col.levels().view(l), false))
                ++numeric;
            else if (offenders.size() < 3)
                offenders << QStringLiteral("“%1”").arg(col.levels().at(l));
        }
        if (tried >= 5 && double(numeric) >= 0.9 * double(tried)
            && !description.columns.contains(name))
            add(out, QStringLiteral("numeric_text"), S::Warning, {name},
                DataQuality::tr("The values are numbers except %1, so the column was read as text.")
                    .arg(offenders.join(QStringLiteral(", "))),
                DataQuality::tr("Override its type to Real: the odd values become missing."));
    }
    if ((col.type() == ColumnType::Real || col.type() == ColumnType::Integer) && p.distinct > 10) {
        const qint64 n = outlierCount(col, p);
        if (n > 0)
            add(out, QStringLiteral("outliers"), S::Info, {name},
                DataQuality::tr("%1 values lie more than 3 interquartile ranges "
                                "outside the middle half (%2 to %3).")
                    .arg(n)
                    .arg(p.formatValue(p.q25), p.formatValue(p.q75)),
                DataQuality::tr(
                    "Check them; a log transform or clipping tames them for linear models."));
    }
}

void checkDuplicates(QList<QualityFinding> &out, const Dataset &d, qint64 rows)
{
    if (rows > 1) {
        const qint64 dup = duplicateRows(d);
        if (dup > 0)
            add(out, QStringLiteral("duplicate_rows"), dup > rows / 100 ? S::Warning : S::Info, {},
                DataQuality::tr("%1 rows repeat an earlier row exactly.").arg(count(dup)),
                DataQuality::tr("Remove duplicates unless they are real repeated customers."));
    }
}

void checkTarget(QList<QualityFinding> &out, const Dataset &d, const BinaryTarget *target,
                 Progress &progress)
{
    if (target) {
        const qint64 labelled = target->positives() + target->negatives();
        if (target->positives() == 0 || target->negatives() == 0) {
            add(out, QStringLiteral("target_single_class"), S::Error, {target->column()},
                DataQuality::tr("The target has a single class (%1): there is nothing to predict.")
                    .arg(target->positives() ? target->positiveLabel() : target->negativeLabel()),
                DataQuality::tr("Choose another target column or load data with both outcomes."));
        } else {
            const double minority =
                double(std::min(target->positives(), target->negatives())) / double(labelled);
            if (minority < DataQuality::imbalanceShare)
                add(out, QStringLiteral("target_imbalance"), S::Warning, {target->column()},
                    DataQuality::tr("Only %1 % of the rows are in the smaller class.")
                        .arg(percent(minority)),
                    DataQuality::tr(
                        "Judge models by PR AUC and cost, not accuracy; consider class weights."));
            for (const LeakageFinding &f : LeakageScreen::screen(d, *target, {}, {}, progress)) {
                const bool leak = f.tier == LeakageFinding::Tier::Leak;
                if (leak && f.reason == LeakageFinding::Reason::OneClassOnly)
                    // Its gaps are the leak: advice to fill them (and flag them) would feed it.
                    out.removeIf([&](const QualityFinding &q) {
                        return q.kind == QLatin1String("missing_values")
                            && q.columns == QStringList {f.column};
                    });
                if (leak)
                    add(out, QStringLiteral("target_leakage"), S::Error, {f.column}, f.describe(),
                        DataQuality::tr("Training leaves it out. Make it a Feature only if it "
                                        "is known before the customer churns."));
                else
                    add(out, QStringLiteral("suspicious_column"), S::Warning, {f.column},
                        f.describe(),
                        DataQuality::tr("Check when it is recorded. If after the outcome, "
                                        "exclude it (Features ▸ Exclude All Flagged)."));
            }
        }
    }
}

} // namespace

QList<QualityFinding> DataQuality::assess(const Dataset &d,
                                          const std::optional<BinaryTarget> &target,
                                          const QList<ColumnProfile> &given, Progress &progress)
{
    const QList<ColumnProfile> profiles =
        given.size() == d.columnCount() ? given : ColumnProfile::computeAll(d);
    QList<QualityFinding> out;
    const qint64 rows = d.rowCount();
    // One finding for a description row, instead of one "numbers stored as text" per column.
    const DescriptionRow description = descriptionRow(d);
    checkDescriptionRow(out, description);
    for (int c = 0; c < d.columnCount(); ++c) {
        if (progress.isCancelled())
            return out;
        const bool isTarget = target && target->columnIndex() == c;
        if (checkPresence(out, d.column(c), profiles[c], rows, isTarget))
            checkValues(out, d.column(c), profiles[c], description);
    }
    checkDuplicates(out, d, rows);
    checkTarget(out, d, target ? &*target : nullptr, progress);
    std::stable_sort(out.begin(), out.end(), [](const QualityFinding &a, const QualityFinding &b) {
        return a.severity > b.severity;
    });
    return out;
}

} // namespace churnlab
