#include "core/monitor/DriftMonitor.h"

#include "core/monitor/RequestLogReader.h"

#include "core/bundle/Bundle.h"
#include "core/data/DataReader.h"
#include "core/monitor/DriftStatistics.h"
#include "core/scoring/InputSchema.h"
#include "core/scoring/ScoringReport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

namespace churnlab {

namespace {

using Feature = DriftReport::Feature;

QString psiBand(double psi)
{
    return psi < 0.1 ? QStringLiteral("none")
        : psi < 0.25 ? QStringLiteral("moderate")
                     : QStringLiteral("major");
}

// The rule: a test with its p-value for small samples, a distance with a threshold beyond.
void decide(Feature &f, const QString &testName, const DriftStatistics::Test &test,
            const QString &distanceName, double distance)
{
    if (f.rows <= DriftMonitor::kSmallSample) {
        f.test = testName;
        f.statistic = test.statistic;
        f.pValue = test.pValue;
        f.threshold = DriftMonitor::kPValue;
        f.drifted = f.rows > 0 && test.pValue < DriftMonitor::kPValue;
    } else {
        f.test = distanceName;
        f.statistic = distance;
        f.pValue = qQNaN();
        f.threshold = DriftMonitor::kDistance;
        f.drifted = distance >= DriftMonitor::kDistance;
    }
}

// The decision shared by columns and scores, on counts per bin (reference shares × rows).
void decideOnBins(Feature &f, const std::vector<double> &refShares, const std::vector<double> &cur,
                  qint64 referenceRows)
{
    std::vector<double> refCounts(refShares.size());
    for (size_t i = 0; i < refShares.size(); ++i)
        refCounts[i] = refShares[i] * double(std::max<qint64>(1, referenceRows));
    const auto chi = DriftStatistics::chiSquare(refCounts, cur);
    f.chiSquare = chi.statistic;
    f.chiSquarePValue = chi.pValue;
    f.psi = DriftStatistics::psi(refShares, cur);
    f.psiBand = psiBand(f.psi);
    f.jensenShannon = DriftStatistics::jensenShannon(refShares, cur);
    decide(f, QStringLiteral("chi_square"), chi, QStringLiteral("jensen_shannon"), f.jensenShannon);
}

// What a column's reference says before any current row is read.
template<typename Reference> Feature started(const Reference &ref, bool numeric)
{
    Feature f;
    f.column = ref.column;
    f.numeric = numeric;
    f.importance = ref.importance;
    f.referenceMissing = ref.missingRate;
    f.referenceShares = ref.shares;
    return f;
}

// The current rows counted per bin: shares, missing rate, and the decision on the bins.
void finished(Feature &f, const std::vector<double> &counts, qint64 present, qint64 rows,
              const std::vector<double> &referenceShares, qint64 referenceRows)
{
    f.rows = present;
    f.currentMissing = rows ? double(rows - present) / double(rows) : 0;
    f.missingRateChanged =
        std::abs(f.currentMissing - f.referenceMissing) > DriftMonitor::kMissingRateChange;
    f.currentShares = counts;
    for (double &s : f.currentShares)
        s /= std::max(1.0, double(f.rows));
    decideOnBins(f, referenceShares, counts, referenceRows);
}

Feature numericDrift(const DriftReference::Numeric &ref, const Column *col, qint64 rows,
                     qint64 referenceRows)
{
    Feature f = started(ref, true);
    const QLocale c = QLocale::c();
    for (size_t b = 0; b <= ref.edges.size(); ++b)
        f.bins << (b == 0 ? QStringLiteral("≤ %1").arg(
                       c.toString(ref.edges.empty() ? 0 : ref.edges[0], 'g', 4))
                       : b == ref.edges.size()
                       ? QStringLiteral("> %1").arg(c.toString(ref.edges[b - 1], 'g', 4))
                       : QStringLiteral("%1 – %2").arg(c.toString(ref.edges[b - 1], 'g', 4),
                                                       c.toString(ref.edges[b], 'g', 4)));
    std::vector<double> counts(ref.shares.size(), 0.0);
    std::vector<double> values;
    values.reserve(size_t(rows));
    qint64 missing = 0;
    for (qint64 r = 0; r < rows; ++r) {
        const double v = col->number(r);
        if (std::isnan(v)) {
            ++missing;
            continue;
        }
        values.push_back(v);
        ++counts[size_t(std::lower_bound(ref.edges.begin(), ref.edges.end(), v)
                        - ref.edges.begin())];
        f.belowRange += v < ref.min;
        f.aboveRange += v > ref.max;
    }
    finished(f, counts, qint64(values.size()), rows, ref.shares, referenceRows);
    if (ref.sample.empty())
        return f; // a version 1 reference: the bins decide
    // KS and Wasserstein on the values (an even sample of them beyond kMaxTestedValues).
    if (qint64(values.size()) > DriftMonitor::kMaxTestedValues) {
        std::vector<double> sample;
        const double step = double(values.size()) / double(DriftMonitor::kMaxTestedValues);
        for (qint64 i = 0; i < DriftMonitor::kMaxTestedValues; ++i)
            sample.push_back(values[size_t(double(i) * step)]);
        values.swap(sample);
        f.note = DriftMonitor::tr("KS and Wasserstein on an even sample of %1 rows")
                     .arg(DriftMonitor::kMaxTestedValues);
    }
    std::sort(values.begin(), values.end());
    const auto ks = DriftStatistics::ks(ref.sample, values);
    f.ks = ks.statistic;
    f.ksPValue = ks.pValue;
    f.wasserstein = DriftStatistics::wasserstein(ref.sample, values, ref.std);
    decide(f, QStringLiteral("ks"), ks, QStringLiteral("wasserstein"), f.wasserstein);
    return f;
}

Feature categoricalDrift(const DriftReference::Categorical &ref, const Column *col, qint64 rows,
                         qint64 referenceRows)
{
    Feature f = started(ref, false);
    f.bins = ref.levels;
    f.bins << DriftMonitor::tr("(other)");
    QHash<QString, int> at;
    for (int i = 0; i < ref.levels.size(); ++i)
        at.insert(ref.levels[i], i);
    // The reference knew every level when nothing was pooled as "other".
    const bool complete = ref.shares.empty() || ref.shares.back() <= 0;
    std::vector<qint64> byCode(col->levels().size(), 0);
    qint64 missing = 0;
    for (qint64 r = 0; r < rows; ++r) {
        const quint32 code = col->code(r);
        code == Column::missingCode32 ? void(++missing) : void(++byCode[code]);
    }
    std::vector<double> counts(ref.shares.size(), 0.0);
    for (quint32 code = 0; code < byCode.size(); ++code) {
        if (byCode[code] == 0)
            continue;
        const QString level = col->levels().at(code);
        const auto it = at.constFind(level);
        if (it != at.cend()) {
            counts[size_t(*it)] += double(byCode[code]);
        } else {
            counts.back() += double(byCode[code]);
            if (complete) {
                if (!f.newCategories.contains(level))
                    f.newCategories << level;
                f.newCategoryRows += byCode[code];
            }
        }
    }
    finished(f, counts, rows - missing, rows, ref.shares, referenceRows);
    return f;
}

void compareScores(DriftReport &report, const DriftReference &ref,
                   const std::vector<double> &scores)
{
    if (scores.empty() || ref.scoreShares.empty())
        return;
    report.scoresAvailable = true;
    std::vector<double> counts(ref.scoreShares.size(), 0.0);
    const int bins = int(ref.scoreShares.size());
    for (const double p : scores)
        ++counts[size_t(std::clamp(int(p * bins), 0, bins - 1))];
    Feature f;
    f.rows = qint64(scores.size());
    decideOnBins(f, ref.scoreShares, counts, ref.rows);
    report.referenceScoreShares = ref.scoreShares;
    report.currentScoreShares = counts;
    for (double &s : report.currentScoreShares)
        s /= double(scores.size());
    report.scorePsi = f.psi;
    report.scoreJensenShannon = f.jensenShannon;
    report.scoreTest = f.test;
    report.scoreStatistic = f.statistic;
    report.scorePValue = f.pValue;
    report.scoresDrifted = f.drifted;
}

} // namespace

DriftReport DriftMonitor::compareInput(const Bundle &bundle, const ConformedInput &input,
                                       qint64 rows, const std::vector<double> &scores,
                                       Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    const DriftReference &ref = bundle.driftReference();
    DriftReport report;
    report.referenceRows = ref.rows;
    report.currentRows = rows;
    // Columns in parallel: each is read once, binned and tested on its own.
    struct Job
    {
        const DriftReference::Numeric *numeric = nullptr;
        const DriftReference::Categorical *categorical = nullptr;
        const Column *column = nullptr;
        Feature result;
    };
    std::vector<Job> jobs;
    for (const auto &n : ref.numeric)
        if (const Column *c = input.column(n.column))
            jobs.push_back({&n, nullptr, c, {}});
    for (const auto &cat : ref.categorical)
        if (const Column *c = input.column(cat.column))
            jobs.push_back({nullptr, &cat, c, {}});
    QtConcurrent::blockingMap(jobs, [&](Job &j) {
        j.result = j.numeric ? numericDrift(*j.numeric, j.column, rows, ref.rows)
                             : categoricalDrift(*j.categorical, j.column, rows, ref.rows);
    });
    progress.report(0.9);
    for (Job &j : jobs) {
        Feature &f = j.result;
        // Drift that matters to the model first: magnitude × (importance + a floor, so that
        // drift in a column the model ignores still shows, below the rest).
        const double magnitude =
            f.test == QLatin1String("ks") || f.test == QLatin1String("chi_square")
            ? 1 - std::min(1.0, f.pValue / kPValue)
            : f.statistic / kDistance;
        f.rank = (f.drifted ? 1000.0 : 0.0)
            + std::max(0.0, magnitude) * (std::max(0.0, f.importance) + 0.001);
        report.features.append(std::move(f));
    }
    std::stable_sort(report.features.begin(), report.features.end(),
                     [](const Feature &a, const Feature &b) { return a.rank > b.rank; });
    compareScores(report, ref, scores);
    report.compareSeconds = double(clock.nsecsElapsed()) / 1e9;
    return report;
}

Result<DriftReport> DriftMonitor::compare(const Bundle &bundle, const Dataset &current,
                                          Progress &progress)
{
    const InputSchema &schema = bundle.scorer()->schema();
    DriftReport report;
    QStringList missing;
    for (const InputSchema::Column &c : schema.columns())
        if (c.required && current.indexOf(c.name) < 0)
            missing << c.name;
    std::vector<double> scores;
    double scoreSeconds = 0;
    // Without every input the model can neither conform nor score the data.
    if (missing.isEmpty()) {
        // Conformed once: the same converted columns are scored and compared.
        ScoringReport checks;
        auto input = schema.conform(current, checks);
        if (!input)
            return input.error();
        QElapsedTimer clock;
        clock.start();
        std::vector<quint32> rows(size_t(current.rowCount()));
        std::iota(rows.begin(), rows.end(), 0u);
        checks.rows = qint64(rows.size());
        auto scored = bundle.scorer()->score(*input, rows, checks, progress);
        if (!scored)
            return scored.error();
        scores = std::move(scored->probability);
        scoreSeconds = double(clock.nsecsElapsed()) / 1e9;
        report = compareInput(bundle, *input, current.rowCount(), scores, progress);
    }
    report.missingColumns = missing;
    report.scoreSeconds = scoreSeconds;
    report.currentRows = current.rowCount();
    report.referenceRows = bundle.driftReference().rows;

    // Live metrics when the current data has the target.
    const QJsonObject target = bundle.manifest().value(QStringLiteral("target")).toObject();
    const int targetIndex = current.indexOf(target.value(QStringLiteral("column")).toString());
    if (targetIndex >= 0 && !scores.empty()) {
        QElapsedTimer clock;
        clock.start();
        const Column &t = current.column(targetIndex);
        const QString positive = target.value(QStringLiteral("positive")).toString();
        const QString negative = target.value(QStringLiteral("negative")).toString();
        std::vector<qint8> labels(size_t(current.rowCount()), -1);
        if (isCodedType(t.type())) {
            // One comparison per level, not per row.
            std::vector<qint8> byCode(t.levels().size(), -1);
            for (quint32 l = 0; l < t.levels().size(); ++l) {
                const QString v = t.levels().at(l);
                byCode[l] = v == positive ? 1 : v == negative ? 0 : -1;
            }
            for (qsizetype r = 0; r < current.rowCount(); ++r) {
                const quint32 code = t.code(r);
                labels[size_t(r)] = code == Column::missingCode32 ? -1 : byCode[code];
            }
        } else {
            for (qsizetype r = 0; r < current.rowCount(); ++r) {
                const QString v = t.text(r);
                labels[size_t(r)] = v == positive ? 1 : v == negative ? 0 : -1;
            }
        }
        report.live = BinaryMetrics::compute(scores, labels, bundle.scorer()->threshold());
        const QJsonObject test = bundle.metrics().value(QStringLiteral("test")).toObject();
        if (auto offline = BinaryMetrics::fromJson(test))
            report.offline = *offline;
        // By month of the first date column, when there is one.
        for (int c = 0; c < current.columnCount(); ++c) {
            const Column &col = current.column(c);
            if (col.type() != ColumnType::Date && col.type() != ColumnType::DateTime)
                continue;
            report.dateColumn = col.name();
            // Months as year · 12 + month, from the day number (dates) or milliseconds (times).
            const bool days = col.type() == ColumnType::Date;
            // Each window's scores and labels, gathered in one pass; a day's month is
            // worked out once per distinct day.
            struct Window
            {
                std::vector<double> scores;
                std::vector<qint8> labels;
            };
            std::map<int, Window> byMonth;
            std::unordered_map<qint64, int> monthOfDay;
            for (qsizetype r = 0; r < current.rowCount(); ++r) {
                if (col.isMissing(r) || labels[size_t(r)] < 0)
                    continue;
                const double v = col.number(r);
                const qint64 day = days ? qint64(v) : qint64(std::floor(v / 86400000.0));
                auto it = monthOfDay.find(day);
                if (it == monthOfDay.end()) {
                    const QDate date = QDate(1970, 1, 1).addDays(day);
                    it = monthOfDay.emplace(day, date.year() * 12 + date.month() - 1).first;
                }
                Window &w = byMonth[it->second];
                w.scores.push_back(scores[size_t(r)]);
                w.labels.push_back(labels[size_t(r)]);
            }
            std::vector<std::pair<int, Window *>> windows;
            for (auto &[key, w] : byMonth)
                windows.emplace_back(key, &w);
            report.windows = QtConcurrent::blockingMapped<QList<DriftReport::Window>>(
                windows, [](const std::pair<int, Window *> &entry) {
                    const auto &[key, data] = entry;
                    DriftReport::Window w;
                    w.label = QStringLiteral("%1-%2").arg(key / 12).arg(key % 12 + 1, 2, 10,
                                                                        QLatin1Char('0'));
                    w.rows = qint64(data->labels.size());
                    const qint64 positives =
                        std::count(data->labels.begin(), data->labels.end(), qint8(1));
                    w.positiveRate = double(positives) / double(w.rows);
                    if (positives > 0 && positives < w.rows)
                        w.auc = BinaryMetrics::compute(data->scores, data->labels).auc;
                    return w;
                });
            break;
        }
        report.liveSeconds = double(clock.nsecsElapsed()) / 1e9;
    }
    progress.report(1.0);
    return report;
}

Result<DriftReport> DriftMonitor::compareLog(const Bundle &bundle, const QString &path,
                                             Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    auto contents = RequestLogReader::read(file, path);
    if (!contents)
        return contents.error();
    const QJsonArray &records = contents->records;
    const std::vector<double> &scores = contents->scores;
    if (scores.empty() && records.isEmpty())
        return Error {Error::Kind::Empty, tr("%1 holds no scored requests.").arg(path)};
    DriftReport report;
    if (!records.isEmpty()) {
        ScoringReport checks;
        auto input = bundle.scorer()->schema().fromRecords(records, checks);
        if (!input)
            return input.error();
        report = compareInput(bundle, *input, records.size(), scores, progress);
    } else {
        compareScores(report, bundle.driftReference(), scores);
        report.referenceRows = bundle.driftReference().rows;
        report.currentRows = qint64(scores.size());
    }
    report.source = path;
    progress.report(1.0);
    return report;
}

Result<DriftReport> DriftMonitor::compareFile(const Bundle &bundle, const DataInput &input,
                                              Progress &progress)
{
    const QString &path = input.path;
    if (!input.isDatabase()
        && (path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
            || path.endsWith(QLatin1String(".log"), Qt::CaseInsensitive)))
        return compareLog(bundle, path, progress);
    // Columns are read as the model's schema types, as batch scoring reads them.
    CsvOptions options;
    for (const InputSchema::Column &c : bundle.scorer()->schema().columns())
        options.typeOverrides.insert(c.name, c.type);
    SubProgress reading(progress, 0, 0.5);
    auto read = DataReader(options).read(input, *reading);
    if (!read)
        return read.error();
    SubProgress comparing(progress, 0.5, 1);
    auto report = compare(bundle, read->dataset, *comparing);
    if (report)
        report->source = input.display();
    return report;
}

} // namespace churnlab
