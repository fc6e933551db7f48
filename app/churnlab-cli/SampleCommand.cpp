#include "CliCommon.h"

#include "core/data/SampleData.h"
#include "core/data/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QFile>

namespace churnlab::cli {

int sampleCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Writes the built-in, seeded sample churn dataset as CSV."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sample"), {});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("cli", "Output CSV file ('-' for standard output)."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("rows"),
                      QCoreApplication::translate("cli", "Number of rows (default 5000)."),
                      QStringLiteral("n"), QString::number(SampleData::defaultRows)});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("cli", "Random seed (default 42)."),
                      QStringLiteral("seed"), QString::number(SampleData::defaultSeed)});
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    bool okRows = false, okSeed = false;
    const qlonglong rows = parser.value(QStringLiteral("rows")).toLongLong(&okRows);
    const qulonglong seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okRows || rows < 1 || rows > 100'000'000)
        return fail(QCoreApplication::translate(
                        "cli", "--rows must be a whole number from 1 to 100000000."),
                    2);
    if (!okSeed)
        return fail(QCoreApplication::translate("cli", "--seed must be a whole number."), 2);
    if (!parser.isSet(QStringLiteral("output")))
        return fail(QCoreApplication::translate("cli", "say where to write: -o FILE"), 2);

    const Dataset data = SampleData::generate(rows, seed);
    const QString path = parser.value(QStringLiteral("output"));
    CsvWriter writer;
    if (path == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(stdoutFile.errorString());
        auto r = writer.write(data, stdoutFile);
        return r ? 0 : fail(r.error());
    }
    auto r = writer.write(data, path);
    return r ? 0 : fail(r.error(), path);
}

} // namespace churnlab::cli
