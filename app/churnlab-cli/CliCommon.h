#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/DataInput.h"
#include "core/data/csv/CsvDialect.h"
#include "core/data/csv/CsvReadResult.h"
#include "core/train/TrainSpec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace churnlab {
class Bundle;
class TrainingSession;
struct ModelReport;
} // namespace churnlab

namespace churnlab::cli {

// Each subcommand: parses its own arguments (args[0] is the subcommand name) and returns the
// process exit code. Errors go to stderr as one line.
int inspectCommand(const QStringList &args);
int sampleCommand(const QStringList &args);
// Commands that draw (plot, report, canvas) run in the churnlab-cli-plot helper.
int drawingCommand(const QStringList &args);
int trainCommand(const QStringList &args);
int bundleCommand(const QStringList &args);
int keygenCommand(const QStringList &args);
int scoreCommand(const QStringList &args);
int exportOnnxCommand(const QStringList &args);
int projectCommand(const QStringList &args);
int driftCommand(const QStringList &args);
int runsCommand(const QStringList &args);
int retrainCommand(const QStringList &args);
int fairnessCommand(const QStringList &args);
int automlCommand(const QStringList &args);

QTextStream &out();
QTextStream &err();
int fail(const QString &message, int code = 1);
int fail(const Error &error, const QString &file = {});

// Parses a command's arguments. Returns the exit code when the command should stop here:
// 2 after a one-line error for bad arguments, 0 after printing --help.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args);

// --delimiter, --no-header, --header, --encoding, --type NAME=TYPE: the user's overrides of
// the CSV sniffer, shared by every subcommand that reads a CSV.
void addCsvOptions(QCommandLineParser &parser);
Result<CsvOptions> csvOptions(const QCommandLineParser &parser);

// --db URL with --table T | --query SQL | --query-file F, and --limit N: data from a database
// instead of a file, for every command that reads data.
void addDatabaseOptions(QCommandLineParser &parser);
bool readsDatabase(const QCommandLineParser &parser);
// The file at path, or (with --db) the database's table or query.
[[nodiscard]] Result<DataInput> dataInput(const QCommandLineParser &parser, const QString &path);
// Reads the command's data: the --db source when given, else the file at path (CSV or
// workbook). name is set to what messages call it (the URL without password, or the path).
Result<CsvReadResult> readData(const QCommandLineParser &parser, const QString &path,
                               const CsvOptions &options, Progress &progress, QString *name);

// --target COLUMN and --positive VALUE, for the commands that train.
void addTargetOptions(QCommandLineParser &parser);
// --test, --test-fraction, --seed, --threshold, --features, --drop-other-target-values: how
// train and automl split and read the data; splitSpec reads them (with the target) into a
// TrainSpec without learners' settings.
void addSplitOptions(QCommandLineParser &parser);
// --keep-leaking-columns (TrainSpec::keepLeakingColumns), for every command that trains.
void addKeepLeakingOption(QCommandLineParser &parser);
// Writes report as the bundle --export names, signed with --sign's key if given: its file,
// model and whether it is signed.
Result<QJsonObject> exportReport(const QCommandLineParser &parser, const TrainingSession &session,
                                 const ModelReport &report, const QString &dataPath);
Result<TrainSpec> splitSpec(const QCommandLineParser &parser);
// Every model's run, finished or failed (board rows with "error"), goes to the tracking store
// (unless it is off); a store that cannot be opened is a warning, never a lost training.
void trackRuns(const QCommandLineParser &parser, const TrainingSession &session,
               const std::vector<ModelReport> &reports, const QJsonArray &board,
               const QString &dataPath, const QJsonObject &exported);

// --tracking STORE: where `train` records its runs and `runs` reads them.
void addTrackingOption(QCommandLineParser &parser);
QString trackingLocation(const QCommandLineParser &parser);

// --trusted-key PUB, shared by the commands that open bundles; the key it names (empty when
// not given).
void addTrustedKeyOption(QCommandLineParser &parser);
Result<QByteArray> trustedKey(const QCommandLineParser &parser);
// The bundle at path, checked against the --trusted-key if one was given; on failure, after a
// one-line error, std::nullopt and the exit code (2 for a bad key file, 1 for the bundle).
std::optional<Bundle> openBundle(const QCommandLineParser &parser, const QString &path,
                                 int &exitCode);

// A progress bar on stderr when it is a terminal; silent otherwise (scripts, CI).
class TerminalProgress
{
public:
    explicit TerminalProgress(bool enabled);
    ~TerminalProgress();
    Progress &progress() { return m_progress; }

private:
    bool m_enabled;
    Progress m_progress;
    int m_lastPercent = -1;
};

} // namespace churnlab::cli
