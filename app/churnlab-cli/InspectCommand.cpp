#include "CliCommon.h"

#include "core/data/ColumnProfile.h"
#include "core/data/DataReader.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvReader.h"
#include "core/explore/DataQuality.h"
#include "core/explore/TargetAssociation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace churnlab::cli {

namespace {

QString cell(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

void printText(const QString &source, const Dataset &data, const std::optional<CsvDialect> &dialect,
               const QString &sheet, const QList<ColumnProfile> &profiles, double seconds,
               const QStringList &warnings)
{
    QTextStream &o = out();
    o << source << Qt::endl;
    if (!sheet.isEmpty())
        o << QCoreApplication::translate("cli", "Excel workbook, sheet “%1”").arg(sheet)
          << Qt::endl;
    else if (dialect) {
        o << QCoreApplication::translate("cli", "Dialect: delimiter %1, %2, encoding %3%4%5")
                 .arg(dialect->delimiterName(),
                      dialect->header ? QCoreApplication::translate("cli", "header row")
                                      : QCoreApplication::translate("cli", "no header row"),
                      textEncodingName(dialect->encoding),
                      dialect->encodingGuessed ? QCoreApplication::translate("cli", " (guessed)")
                                               : QString(),
                      dialect->decimalComma ? QCoreApplication::translate("cli", ", decimal comma")
                                            : QString())
          << Qt::endl;
    }
    o << QCoreApplication::translate("cli", "%1 rows × %2 columns, read in %3 s")
             .arg(data.rowCount())
             .arg(data.columnCount())
             .arg(seconds, 0, 'f', 3)
      << Qt::endl;
    for (const QString &w : warnings)
        o << QCoreApplication::translate("cli", "warning: %1").arg(w) << Qt::endl;
    o << Qt::endl;
    o << cell(QCoreApplication::translate("cli", "column"), 24) << ' '
      << cell(QCoreApplication::translate("cli", "type"), 12) << ' '
      << cell(QCoreApplication::translate("cli", "missing"), 9) << ' '
      << cell(QCoreApplication::translate("cli", "distinct"), 9) << ' '
      << QCoreApplication::translate("cli", "summary") << Qt::endl;
    for (const ColumnProfile &p : profiles) {
        QString summary;
        if (!p.topCategories.isEmpty() && p.type != ColumnType::Boolean) {
            QStringList tops;
            for (const auto &c : p.topCategories.mid(0, 3))
                tops << QStringLiteral("%1 (%2)").arg(c.value).arg(c.count);
            summary = tops.join(QStringLiteral(", "));
        } else if (!p.topCategories.isEmpty()) {
            QStringList tops;
            for (const auto &c : p.topCategories)
                tops << QStringLiteral("%1 (%2)").arg(c.value).arg(c.count);
            summary = tops.join(QStringLiteral(", "));
        } else if (!std::isnan(p.min)) {
            auto shortValue = [&](double v) {
                return isTemporalType(p.type) ? p.formatValue(v) : QString::number(v, 'g', 6);
            };
            summary = QStringLiteral("min %1  mean %2  max %3")
                          .arg(shortValue(p.min), shortValue(p.mean), shortValue(p.max));
        }
        o << cell(p.name, 24) << ' ' << cell(columnTypeName(p.type), 12) << ' '
          << cell(QString::number(p.missing), 9) << ' ' << cell(QString::number(p.distinct), 9)
          << ' ' << summary << Qt::endl;
    }
}

void printFindings(const QList<QualityFinding> &findings, const QList<Association> &association,
                   const std::optional<BinaryTarget> &target)
{
    QTextStream &o = out();
    if (target)
        o << Qt::endl
          << QCoreApplication::translate("cli",
                                         "Target %1: positive class “%2”, %3 positive, %4 negative")
                 .arg(target->column(), target->positiveLabel())
                 .arg(target->positives())
                 .arg(target->negatives())
          << Qt::endl;
    o << Qt::endl
      << QCoreApplication::translate("cli", "Findings (%1)").arg(findings.size()) << Qt::endl;
    for (const QualityFinding &f : findings)
        o << "  " << cell(QualityFinding::severityName(f.severity), 8) << ' '
          << cell(f.columns.join(QStringLiteral(", ")), 20) << ' ' << f.message
          << QStringLiteral(" — ") << f.suggestion << Qt::endl;
    if (association.isEmpty())
        return;
    o << Qt::endl
      << QCoreApplication::translate("cli",
                                     "Association with the target (AUC of the column alone; "
                                     "categories out of fold)")
      << Qt::endl;
    for (const Association &a : association) {
        o << "  " << cell(a.column, 24) << ' ' << QString::number(a.auc, 'f', 3);
        if (!std::isnan(a.cramersV))
            o << QStringLiteral("   Cramér's V %1").arg(a.cramersV, 0, 'f', 3);
        if (a.levels > 0)
            o << QCoreApplication::translate("cli", "   %1 levels, %2 rows each; in-sample AUC %3")
                     .arg(a.levels)
                     .arg(a.rowsPerLevel(), 0, 'f', 0)
                     .arg(a.inSampleAuc, 0, 'f', 3);
        o << Qt::endl;
    }
}

} // namespace

int inspectCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Reads a CSV file or an Excel workbook's sheet and reports its dialect, size, and each "
        "column's type and profile."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("inspect"), {});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "CSV file to read."));
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object.")});
    parser.addOption(
        {QStringLiteral("target"),
         QCoreApplication::translate(
             "cli", "Target column: adds target checks and each column's association with it."),
         QStringLiteral("column")});
    parser.addOption({QStringLiteral("positive"),
                      QCoreApplication::translate(
                          "cli", "The target's positive class (default: guessed, e.g. Yes or 1)."),
                      QStringLiteral("value")});
    parser.addOption({QStringLiteral("sample"),
                      QCoreApplication::translate(
                          "cli", "Inspect the built-in sample dataset instead of a file.")});
    addCsvOptions(parser);
    addDatabaseOptions(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const bool sample = parser.isSet(QStringLiteral("sample"));
    if (positional.size() != (sample || readsDatabase(parser) ? 0 : 1))
        return fail(QCoreApplication::translate(
                        "cli", "inspect takes one FILE (or --sample, or --db); see --help"),
                    2);
    auto options = csvOptions(parser);
    if (!options)
        return fail(options.error().message, 2);

    const bool json = parser.isSet(QStringLiteral("json"));
    QElapsedTimer timer;
    timer.start();
    Dataset data;
    std::optional<CsvDialect> dialect;
    QString sheet;
    QStringList warnings;
    qint64 bytes = 0;
    QString source;
    if (sample) {
        data = SampleData::generate();
        source = QCoreApplication::translate("cli", "Built-in sample data (seed %1)")
                     .arg(SampleData::defaultSeed);
    } else {
        TerminalProgress bar(!json);
        auto read = readData(parser, positional.value(0), options.value(), bar.progress(), &source);
        if (!read)
            return fail(read.error(), source);
        data = std::move(read->dataset);
        if (!readsDatabase(parser)) // a database's rows have no dialect of their own
            dialect = read->dialect;
        sheet = read->sheet;
        warnings = read->warnings;
        bytes = read->bytes;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QList<ColumnProfile> profiles = ColumnProfile::computeAll(data);
    std::optional<BinaryTarget> target;
    // The built-in sample knows its target; a file's must be named.
    const QString targetName = parser.isSet(QStringLiteral("target"))
        ? parser.value(QStringLiteral("target"))
        : sample ? SampleData::targetColumn()
                 : QString();
    if (!targetName.isEmpty()) {
        auto t =
            BinaryTarget::fromColumn(data, targetName, parser.value(QStringLiteral("positive")));
        if (!t)
            return fail(t.error(), source);
        target = std::move(t.value());
    }
    const QList<QualityFinding> findings = DataQuality::assess(data, target, profiles);
    const QList<Association> association =
        target ? Association::rank(data, *target) : QList<Association> {};

    if (!json) {
        printText(source, data, dialect, sheet, profiles, seconds, warnings);
        printFindings(findings, association, target);
        return 0;
    }
    QJsonArray columns;
    for (const ColumnProfile &p : profiles)
        columns.append(p.toJson());
    const bool database = readsDatabase(parser);
    QJsonObject o {
        {QStringLiteral("file"),
         sample || database ? QJsonValue() : QJsonValue(QFileInfo(source).absoluteFilePath())},
        {QStringLiteral("rows"), qint64(data.rowCount())},
        {QStringLiteral("column_count"), data.columnCount()},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("memory_bytes"), qint64(data.byteSize())},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    o.insert(QStringLiteral("dialect"),
             dialect && sheet.isEmpty() && !database ? QJsonValue(dialect->toJson())
                                                     : QJsonValue());
    if (database)
        o.insert(QStringLiteral("database"), source); // the URL without its password
    if (!sheet.isEmpty())
        o.insert(QStringLiteral("sheet"), sheet);
    QJsonArray findingsJson;
    for (const QualityFinding &f : findings)
        findingsJson.append(f.toJson());
    o.insert(QStringLiteral("findings"), findingsJson);
    if (target) {
        QJsonArray associationJson;
        for (const Association &a : association)
            associationJson.append(a.toJson());
        o.insert(QStringLiteral("association"), associationJson);
        o.insert(QStringLiteral("target"),
                 QJsonObject {{QStringLiteral("column"), target->column()},
                              {QStringLiteral("positive"), target->positiveLabel()},
                              {QStringLiteral("positives"), target->positives()},
                              {QStringLiteral("negatives"), target->negatives()}});
    }
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace churnlab::cli
