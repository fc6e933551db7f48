#include "core/batch/BatchScorer.h"

#include "core/Parallel.h"
#include "core/data/DataReader.h"
#include "core/data/csv/CsvWriter.h"
#include "core/explain/Explainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>

#include <QThread>

#include <charconv>
#include <numeric>

namespace churnlab {

namespace {

} // namespace

QJsonObject BatchScorer::Summary::toJson() const
{
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("first_row"), firstRow},
            {QStringLiteral("flagged"), flagged},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("read_seconds"), readSeconds},
            {QStringLiteral("rows_per_second"), seconds > 0 ? double(rows) / seconds : 0.0},
            {QStringLiteral("report"), report.toJson()},
            {QStringLiteral("explanation"), explanation}};
}

std::optional<Error> BatchScorer::strictError(const ScoringReport &report, qint64 firstRow)
{
    for (const ScoringReport::Column &c : report.columns) {
        if (c.unparsable > 0)
            return Error {
                Error::Kind::InvalidValue,
                tr("Row %1, column “%2”: “%3” is not %4 (--strict).")
                    .arg(firstRow + c.firstUnparsableRow + 1)
                    .arg(c.name, c.firstUnparsableValue, columnTypeLabel(c.trainedAs).toLower())};
        if (c.unseen > 0)
            return Error {Error::Kind::InvalidValue,
                          tr("Row %1, column “%2”: the category “%3” was not seen in training "
                             "(--strict).")
                              .arg(firstRow + c.firstUnseenRow + 1)
                              .arg(c.name, c.firstUnseenValue)};
    }
    return std::nullopt;
}

Result<BatchScorer::Summary> BatchScorer::run(const Scorer &scorer, const DataInput &input,
                                              const ScoreTarget &output, const Options &options,
                                              Progress &progress)
{
    const auto sink = output.open();
    return run(
        scorer,
        [&input](const CsvOptions &csv, Progress &p) { return DataReader(csv).read(input, p); },
        *sink, options, progress);
}

Result<BatchScorer::Summary> BatchScorer::run(const Scorer &scorer, const Reader &readRows,
                                              RowSink &sink, const Options &options,
                                              Progress &progress)
{
    if (options.shards < 1 || options.shard < 0 || options.shard >= options.shards)
        return Error {Error::Kind::InvalidArgument, tr("The shard must be i/N with 0 ≤ i < N.")};
    QElapsedTimer clock;
    clock.start();
    SubProgress reading(progress, 0, 0.3);
    CsvOptions csv = options.csv;
    csv.releaseInput = true; // the file's pages leave memory as they are read: RSS ~ its columns
    auto read = readRows(csv, *reading);
    if (!read)
        return read.error();
    const Dataset &data = read->dataset;
    Summary summary;
    summary.readSeconds = double(clock.nsecsElapsed()) / 1e9;
    const QString id = scorer.schema().idColumn();
    QList<int> copied;
    QStringList header;
    if (!id.isEmpty() && data.indexOf(id) >= 0 && !options.keep.contains(id)) {
        copied << data.indexOf(id);
        header << id;
    }
    for (const QString &k : options.keep) {
        const int c = data.indexOf(k);
        if (c < 0)
            return Error {Error::Kind::MissingColumn,
                          tr("--keep names “%1”, which the input does not have.").arg(k)};
        copied << c;
        header << k;
    }
    header << QStringLiteral("probability") << QStringLiteral("label");
    const int reasons = options.explainer
        ? std::min(options.explainTop, int(options.explainer->columns().size()))
        : 0;
    for (int i = 1; i <= reasons; ++i)
        header << QStringLiteral("reason_%1").arg(i)
               << QStringLiteral("reason_%1_contribution").arg(i);
    const qint64 n = data.rowCount();
    const qint64 begin = n * options.shard / options.shards;
    const qint64 end = n * (options.shard + 1) / options.shards;
    summary.firstRow = begin;
    // Numbers: the probability and each reason's contribution; the rest is text.
    QList<bool> numeric(header.size(), false);
    numeric[copied.size()] = true;
    for (int i = 0; i < reasons; ++i)
        numeric[copied.size() + 2 + 2 * i + 1] = true;
    const CsvWriter writer;
    const std::string positive = writer.quoted(scorer.labels().positive).toStdString(),
                      negative = writer.quoted(scorer.labels().negative).toStdString();
    if (auto begun = sink.begin(header, numeric); !begun)
        return begun.error();
    // Conformed once: converted copies of mismatched columns only; blocks then share it.
    ScoringReport report;
    auto conformed = scorer.schema().conform(data, report);
    if (!conformed)
        return conformed.error();
    if (options.strict)
        if (auto e = strictError(report, 0))
            return *e;
    summary.report = report;
    const int threads = QThread::idealThreadCount();
    for (qint64 start = begin; start < end; start += kBlockRows) {
        if (progress.isCancelled())
            return Error {Error::Kind::Cancelled, tr("Scoring was cancelled.")};
        std::vector<quint32> rows(size_t(std::min<qint64>(kBlockRows, end - start)));
        std::iota(rows.begin(), rows.end(), quint32(start));
        auto scores = scorer.score(*conformed, rows, {});
        if (!scores)
            return scores.error();
        std::optional<Explainer::Explanations> explained;
        if (reasons > 0) {
            Progress quiet; // cancelled with the run; the bar moves per block
            quiet.setCancelCheck([&progress] { return progress.isCancelled(); });
            auto e = options.explainer->explain(*conformed, rows, quiet);
            if (!e)
                return e.error();
            if (summary.explanation.isEmpty())
                summary.explanation = {
                    {QStringLiteral("method"), Explainer::methodId(e->method)},
                    {QStringLiteral("scale"),
                     e->logOdds ? QStringLiteral("log-odds") : QStringLiteral("probability")},
                    {QStringLiteral("expected"), e->expected},
                    {QStringLiteral("reasons"), reasons}};
            explained = std::move(e.value());
        }
        std::vector<std::string> columnNames;
        if (explained)
            for (const QString &c : explained->columns)
                columnNames.push_back(writer.quoted(c).toStdString());
        // The block's lines, formatted in parallel slices and written in order.
        const int slices = std::max(1, std::min(threads * 4, int(rows.size() / 4096) + 1));
        std::vector<std::string> parts(static_cast<size_t>(slices));
        parallelFor(slices, threads, [&](int s, bool) {
            const size_t from = rows.size() * size_t(s) / size_t(slices),
                         to = rows.size() * size_t(s + 1) / size_t(slices);
            std::string &part = parts[size_t(s)];
            part.reserve((to - from) * 48);
            char number[32];
            for (size_t i = from; i < to; ++i) {
                for (const int c : copied) {
                    writer.appendCell(part, data.column(c), rows[i]);
                    part.push_back(',');
                }
                // Shortest text that reads back as the same double.
                const auto [end, ec] =
                    std::to_chars(number, number + sizeof number, scores->probability[i]);
                part.append(number, end);
                part.push_back(',');
                part.append(scores->label[i] ? positive : negative);
                if (explained)
                    for (const int c : explained->top(Eigen::Index(i), reasons)) {
                        part.push_back(',');
                        part.append(columnNames[size_t(c)]);
                        part.push_back(',');
                        const auto [last, error] = std::to_chars(
                            number, number + sizeof number, explained->values(Eigen::Index(i), c));
                        part.append(number, last);
                    }
                part.push_back('\n');
            }
        });
        for (size_t i = 0; i < rows.size(); ++i)
            summary.flagged += scores->label[i];
        for (const std::string &part : parts)
            if (auto written = sink.write(part); !written)
                return written.error();
        progress.report(0.3
                            + 0.7 * double(start + qint64(rows.size()) - begin)
                                / double(std::max<qint64>(1, end - begin)),
                        tr("Scoring…"));
    }
    if (auto committed = sink.commit(); !committed)
        return committed.error();
    summary.rows = end - begin;
    summary.report.rows = summary.rows;
    summary.seconds = double(clock.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace churnlab
