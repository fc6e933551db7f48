#include "CliCommon.h"

#include "core/bundle/DataFingerprint.h"
#include "core/bundle/ModelExport.h"
#include "core/bundle/Signer.h"
#include "core/data/ColumnType.h"
#include "core/data/DataReader.h"
#include "core/features/FeatureConfig.h"
#include "core/tracking/RunRecorder.h"
#include "core/tracking/TrackingStore.h"
#include "core/train/TrainingSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace churnlab::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code)
{
    out().flush();
    err() << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

int fail(const Error &error, const QString &file)
{
    // A message that names its file or source already (a database's do) is not prefixed again.
    const QString where =
        file.isEmpty() || error.message.contains(file) ? QString() : file + QStringLiteral(": ");
    return fail(where + error.describe() + QStringLiteral(" [") + error.kindName()
                    + QLatin1Char(']'),
                error.kind == Error::Kind::Cancelled ? 130 : 1);
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

void addDatabaseOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                          "cli",
                          "Read from a database instead of a file: postgresql://user@host:port/db, "
                          "mysql://…, sqlite:///path/file.db or odbc://DSN. A password comes from "
                          "CHURNLAB_DB_PASSWORD (or PGPASSWORD, ~/.pgpass) rather than the URL."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("table"),
         QCoreApplication::translate("cli", "With --db: the table, e.g. sales.customers."),
         QStringLiteral("name")});
    parser.addOption({QStringLiteral("query"),
                      QCoreApplication::translate("cli", "With --db: a SELECT to read."),
                      QStringLiteral("sql")});
    parser.addOption({QStringLiteral("query-file"),
                      QCoreApplication::translate("cli", "With --db: a file holding the SELECT."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("cli", "With --db: read at most N rows."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("sample-rows"),
                      QCoreApplication::translate("cli",
                                                  "With --db: read N rows drawn at random (the "
                                                  "server orders by random() before the limit)."),
                      QStringLiteral("N")});
}

bool readsDatabase(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db"));
}

namespace {

Result<DatabaseQuery> databaseQuery(const QCommandLineParser &parser)
{
    auto url = DatabaseUrl::parse(parser.value(QStringLiteral("db")));
    if (!url)
        return url.error();
    DatabaseQuery q;
    q.url = *url;
    q.table = parser.value(QStringLiteral("table"));
    q.query = parser.value(QStringLiteral("query"));
    if (parser.isSet(QStringLiteral("query-file"))) {
        QFile f(parser.value(QStringLiteral("query-file")));
        if (!f.open(QIODevice::ReadOnly))
            return Error {Error::Kind::Io,
                          QCoreApplication::translate("cli", "Cannot read %1: %2")
                              .arg(f.fileName(), f.errorString())};
        if (!q.query.isEmpty())
            return Error {
                Error::Kind::InvalidArgument,
                QCoreApplication::translate("cli", "Give --query or --query-file, not both.")};
        q.query = QString::fromUtf8(f.readAll());
    }
    for (const QString &option : {QStringLiteral("limit"), QStringLiteral("sample-rows")}) {
        if (!parser.isSet(option))
            continue;
        if (q.limit >= 0)
            return Error {
                Error::Kind::InvalidArgument,
                QCoreApplication::translate("cli", "Give --limit or --sample-rows, not both.")};
        bool ok = false;
        q.limit = parser.value(option).toLongLong(&ok);
        if (!ok || q.limit < 0)
            return Error {Error::Kind::InvalidArgument,
                          QCoreApplication::translate("cli", "--%1 takes a whole number of rows.")
                              .arg(option)};
        q.sample = option == QLatin1String("sample-rows");
    }
    if (auto valid = q.validate(); !valid)
        return valid.error();
    return q;
}

} // namespace

Result<DataInput> dataInput(const QCommandLineParser &parser, const QString &path)
{
    if (!readsDatabase(parser))
        return DataInput(path);
    auto q = databaseQuery(parser);
    if (!q)
        return q.error();
    return DataInput(std::move(*q));
}

Result<CsvReadResult> readData(const QCommandLineParser &parser, const QString &path,
                               const CsvOptions &options, Progress &progress, QString *name)
{
    auto input = dataInput(parser, path);
    if (!input)
        return input.error();
    if (name)
        *name = input->display();
    return DataReader(options).read(*input, progress);
}

void addCsvOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("delimiter"),
                      QCoreApplication::translate(
                          "cli", "Field delimiter: comma, semicolon, tab, pipe or one character."),
                      QStringLiteral("delimiter")});
    parser.addOption(
        {QStringLiteral("no-header"),
         QCoreApplication::translate("cli", "The first row is data, not column names.")});
    parser.addOption({QStringLiteral("header"),
                      QCoreApplication::translate("cli", "The first row holds column names.")});
    parser.addOption({QStringLiteral("encoding"),
                      QCoreApplication::translate(
                          "cli", "utf-8, utf-8-sig, utf-16-le, utf-16-be or windows-1252."),
                      QStringLiteral("encoding")});
    parser.addOption(
        {QStringLiteral("type"),
         QCoreApplication::translate(
             "cli", "Column type override, e.g. --type TotalCharges=real (repeatable)."),
         QStringLiteral("column=type")});
    parser.addOption(
        {QStringLiteral("sheet"),
         QCoreApplication::translate("cli",
                                     "Excel workbooks: the sheet to read, by name or number "
                                     "(default: the first visible sheet)."),
         QStringLiteral("name|n")});
    parser.addOption({QStringLiteral("na-values"),
                      QCoreApplication::translate(
                          "cli", "More texts that mean missing, comma-separated (repeatable)."),
                      QStringLiteral("tokens")});
    parser.addOption(
        {QStringLiteral("no-default-na"),
         QCoreApplication::translate("cli",
                                     "Only blanks and --na-values mean missing, not the "
                                     "default tokens (NA, N/A, null, #N/A, None, …).")});
    parser.addOption(
        {QStringLiteral("header-row"),
         QCoreApplication::translate("cli",
                                     "The line that holds the column names (1-based); lines above "
                                     "it (titles, notes) are skipped."),
         QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("skip-rows"),
         QCoreApplication::translate("cli",
                                     "Leave out this many rows right below the header (a "
                                     "description row)."),
         QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("thousands"),
         QCoreApplication::translate("cli",
                                     "Read values grouped with this thousands separator as numbers "
                                     "(, or .), e.g. \"1,234.50\"."),
         QStringLiteral("sep")});
}

Result<CsvOptions> csvOptions(const QCommandLineParser &parser)
{
    CsvOptions o;
    auto bad = [](const QString &m) { return Error {Error::Kind::InvalidArgument, m}; };
    if (parser.isSet(QStringLiteral("delimiter"))) {
        o.delimiter = CsvDialect::delimiterFromName(parser.value(QStringLiteral("delimiter")));
        if (!o.delimiter)
            return bad(QCoreApplication::translate("cli", "Unknown delimiter “%1”.")
                           .arg(parser.value(QStringLiteral("delimiter"))));
    }
    if (parser.isSet(QStringLiteral("no-header")))
        o.header = false;
    if (parser.isSet(QStringLiteral("header")))
        o.header = true;
    if (parser.isSet(QStringLiteral("encoding"))) {
        o.encoding = textEncodingFromName(parser.value(QStringLiteral("encoding")));
        if (!o.encoding)
            return bad(QCoreApplication::translate("cli", "Unknown encoding “%1”.")
                           .arg(parser.value(QStringLiteral("encoding"))));
    }
    for (const QString &spec : parser.values(QStringLiteral("type"))) {
        const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
        const auto type = eq > 0 ? columnTypeFromName(spec.mid(eq + 1)) : std::nullopt;
        if (!type)
            return bad(QCoreApplication::translate(
                           "cli",
                           "Bad --type “%1”: use COLUMN=TYPE with TYPE one of "
                           "integer, real, boolean, categorical, text, date, datetime.")
                           .arg(spec));
        o.typeOverrides.insert(spec.left(eq), *type);
    }
    o.sheet = parser.value(QStringLiteral("sheet"));
    for (const QString &list : parser.values(QStringLiteral("na-values")))
        o.naValues << list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.defaultNa = !parser.isSet(QStringLiteral("no-default-na"));
    for (const auto &[name, field] : {std::pair {QStringLiteral("header-row"), &o.headerRow},
                                      std::pair {QStringLiteral("skip-rows"), &o.skipRows}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *field = parser.value(name).toInt(&ok);
        if (!ok || *field < 0)
            return bad(QCoreApplication::translate("cli", "--%1 must be a whole number").arg(name));
    }
    if (parser.isSet(QStringLiteral("thousands"))) {
        const QString t = parser.value(QStringLiteral("thousands"));
        if (t.size() != 1 || !QStringLiteral(",. '").contains(t))
            return bad(
                QCoreApplication::translate("cli", "--thousands must be one of , . ' or a space"));
        o.thousands = t.at(0).toLatin1();
        if (o.thousands == '.' && !o.decimalComma)
            o.decimalComma = true; // 1.234,50
    }
    return o;
}

TerminalProgress::TerminalProgress(bool enabled)
    : m_enabled(enabled && isatty(fileno(stderr)))
    , m_progress([this](double fraction, const QString &message) {
        if (!m_enabled)
            return;
        const int percent = int(fraction * 100);
        if (percent == m_lastPercent)
            return;
        m_lastPercent = percent;
        std::fprintf(stderr, "\r%3d%% %-40s", percent, qPrintable(message.left(40)));
        std::fflush(stderr);
    })
{
}

TerminalProgress::~TerminalProgress()
{
    if (m_enabled && m_lastPercent >= 0)
        std::fprintf(stderr, "\r%50s\r", "");
}

void addTargetOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("target"),
                      QCoreApplication::translate("cli", "Target column (two values)."),
                      QStringLiteral("column")});
    parser.addOption(
        {QStringLiteral("positive"),
         QCoreApplication::translate("cli", "The target's positive class (default: guessed)."),
         QStringLiteral("value")});
}

void addTrackingOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("tracking"),
         QCoreApplication::translate(
             "cli",
             "Where runs are recorded: a SQLite file, postgresql://user:pw@host:port/db, "
             "or off (default: $CHURNLAB_TRACKING, else ~/.local/share/ChurnLab/runs.sqlite)."),
         QStringLiteral("store")});
}

QString trackingLocation(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("tracking")) ? parser.value(QStringLiteral("tracking"))
                                                    : TrackingStore::defaultLocation();
}

Result<QJsonObject> exportReport(const QCommandLineParser &parser, const TrainingSession &session,
                                 const ModelReport &report, const QString &dataPath)
{
    QByteArray key;
    if (parser.isSet(QStringLiteral("sign"))) {
        auto secret = Signer::readSecretKey(parser.value(QStringLiteral("sign")));
        if (!secret)
            return secret.error();
        key = secret.value();
    }
    const QString path = parser.value(QStringLiteral("export"));
    const Decision decision {session.spec().threshold, session.spec().costs};
    auto written = ModelExport::write(session, report, dataPath, decision, path, key);
    if (!written)
        return written.error();
    return QJsonObject {{QStringLiteral("path"), path},
                        {QStringLiteral("model"), report.id},
                        {QStringLiteral("signed"), !key.isEmpty()}};
}

void addKeepLeakingOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("keep-leaking-columns"),
         QCoreApplication::translate("cli",
                                     "Train on the columns that leak the outcome too (by default "
                                     "they are left out and named).")});
}

void addSplitOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("test"),
         QCoreApplication::translate("cli", "A separate test CSV file, used untouched."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("test-fraction"),
                      QCoreApplication::translate(
                          "cli", "Stratified holdout share when no --test (default 0.2)."),
                      QStringLiteral("share"), QStringLiteral("0.2")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("cli", "Seed of the split (default 42)."),
                      QStringLiteral("n"), QStringLiteral("42")});
    parser.addOption(
        {QStringLiteral("threshold"),
         QCoreApplication::translate(
             "cli", "Decision threshold for accuracy, precision, recall, F1 (default 0.5)."),
         QStringLiteral("p"), QStringLiteral("0.5")});
    parser.addOption(
        {QStringLiteral("features"),
         QCoreApplication::translate(
             "cli", "Per-column roles and transforms, a JSON file as the Features tab saves it."),
         QStringLiteral("file")});
    addKeepLeakingOption(parser);
    parser.addOption(
        {QStringLiteral("drop-other-target-values"),
         QCoreApplication::translate("cli",
                                     "Leave out (and count) the few rows whose target is neither "
                                     "class, instead of refusing the file.")});
}

Result<TrainSpec> splitSpec(const QCommandLineParser &parser)
{
    auto bad = [](const QString &message) { return Error {Error::Kind::InvalidArgument, message}; };
    TrainSpec spec;
    spec.target = {parser.value(QStringLiteral("target")), parser.value(QStringLiteral("positive")),
                   parser.isSet(QStringLiteral("drop-other-target-values"))};
    bool ok = false;
    spec.validation.testFraction = parser.value(QStringLiteral("test-fraction")).toDouble(&ok);
    if (!ok)
        return bad(QCoreApplication::translate("cli", "--test-fraction must be between 0 and 1"));
    spec.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return bad(QCoreApplication::translate("cli", "--seed must be a whole number"));
    spec.threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
    if (!ok)
        return bad(QCoreApplication::translate("cli", "--threshold must be between 0 and 1"));
    spec.keepLeakingColumns = parser.isSet(QStringLiteral("keep-leaking-columns"));
    if (parser.isSet(QStringLiteral("features"))) {
        auto config = FeatureConfig::load(parser.value(QStringLiteral("features")));
        if (!config)
            return config.error();
        spec.features = config.value();
    }
    return spec;
}

// Every learner's run, finished or failed, goes to the tracking store (unless it is off); a
// store that cannot be opened is a warning, never a lost training.
void trackRuns(const QCommandLineParser &parser, const TrainingSession &session,
               const std::vector<ModelReport> &reports, const QJsonArray &board,
               const QString &dataPath, const QJsonObject &exported)
{
    const QString location = trackingLocation(parser);
    if (TrackingStore::isDisabled(location))
        return;
    const DataFingerprint data = DataFingerprint::ofSource(dataPath, *session.dataset(), dataPath);
    QList<RunRecord> runs;
    for (const ModelReport &r : reports) {
        RunRecord run = RunRecorder::finished(session.spec(), r, data, QStringLiteral("cli"));
        if (exported.value(QStringLiteral("model")).toString() == r.id)
            run.bundle =
                QFileInfo(exported.value(QStringLiteral("path")).toString()).absoluteFilePath();
        runs << run;
    }
    for (const QJsonValue &v : board)
        if (v.toObject().contains(QStringLiteral("error")))
            runs << RunRecorder::failed(session.spec(),
                                        v.toObject().value(QStringLiteral("name")).toString(),
                                        v.toObject().value(QStringLiteral("error")).toString(),
                                        data, QStringLiteral("cli"), false);
    for (const QString &warning : RunRecorder::store(location, runs))
        err() << QCoreApplication::translate("cli", "warning: %1").arg(warning) << Qt::endl;
}

} // namespace churnlab::cli
