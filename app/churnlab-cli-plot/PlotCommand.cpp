#include "CliCommon.h"
#include "DrawingCommands.h"
#include "core/data/DataReader.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvReader.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/PlotJob.h"

#include <QApplication>
#include <QWidget>

using namespace churnlab;
using namespace churnlab::cli;

// churnlab-cli plot: renders an Explore chart headless to SVG or PNG, as Explore draws it.
int plotCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("cli",
                                "Renders a chart of a CSV file (or the built-in sample) to SVG or "
                                "PNG, as Explore draws it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("cli", "CSV file to read."));
    parser.addOption(
        {QStringLiteral("kind"),
         QApplication::translate("cli",
                                 "hist, bars, box, scatter, corr (correlation heat map) or assoc "
                                 "(association with the target)."),
         QStringLiteral("kind")});
    parser.addOption({QStringLiteral("column"),
                      QApplication::translate("cli", "The column to plot (scatter: x)."),
                      QStringLiteral("X")});
    parser.addOption(
        {QStringLiteral("by"),
         QApplication::translate("cli",
                                 "scatter: the y column; other kinds: a two-valued column that "
                                 "splits and colours the chart (default: --target)."),
         QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("target"),
                      QApplication::translate("cli", "The target column."),
                      QStringLiteral("column")});
    parser.addOption({QStringLiteral("positive"),
                      QApplication::translate("cli", "The target's positive class."),
                      QStringLiteral("value")});
    parser.addOption({QStringLiteral("method"),
                      QApplication::translate("cli", "corr: pearson (default) or spearman."),
                      QStringLiteral("method"), QStringLiteral("pearson")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QApplication::translate("cli", "Output file, .svg or .png."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("size"),
                      QApplication::translate("cli", "Width x height in pixels (default 900x600)."),
                      QStringLiteral("WxH"), QStringLiteral("900x600")});
    parser.addOption({QStringLiteral("sample"),
                      QApplication::translate("cli", "Plot the built-in sample data.")});
    addCsvOptions(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const auto kind = PlotSpec::kindFromName(parser.value(QStringLiteral("kind")));
    if (!kind)
        return fail(QApplication::translate(
                        "cli", "--kind must be one of hist, bars, box, scatter, corr, assoc"),
                    2);
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()
        || !(output.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
             || output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)))
        return fail(
            QApplication::translate("cli", "say where to write with -o OUT.svg or -o OUT.png"), 2);
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const int width = size.value(0).toInt(), height = size.value(1).toInt();
    if (size.size() != 2 || width < 200 || height < 150 || width > 8000 || height > 8000)
        return fail(QApplication::translate("cli", "--size must be WIDTHxHEIGHT, e.g. 900x600"), 2);
    const bool sample = parser.isSet(QStringLiteral("sample"));
    if (parser.positionalArguments().size() != (sample ? 0 : 1))
        return fail(QApplication::translate("cli", "plot takes one FILE (or --sample); see --help"),
                    2);
    auto options = csvOptions(parser);
    if (!options)
        return fail(options.error().message, 2);

    Dataset data;
    QString source = QApplication::translate("cli", "sample");
    if (sample) {
        data = SampleData::generate();
    } else {
        source = parser.positionalArguments().first();
        auto read = DataReader(options.value()).read(source);
        if (!read)
            return fail(read.error(), source);
        data = std::move(read->dataset);
    }
    PlotSpec spec;
    spec.kind = *kind;
    spec.column = parser.value(QStringLiteral("column"));
    spec.target = parser.value(QStringLiteral("target"));
    spec.positive = parser.value(QStringLiteral("positive"));
    spec.spearman = parser.value(QStringLiteral("method"))
                        .compare(QLatin1String("spearman"), Qt::CaseInsensitive)
        == 0;
    if (spec.kind == PlotSpec::Kind::Scatter)
        spec.second = parser.value(QStringLiteral("by"));
    else if (parser.isSet(QStringLiteral("by")))
        spec.target = parser.value(QStringLiteral("by"));
    if (sample && spec.target.isEmpty() && spec.kind != PlotSpec::Kind::Correlation)
        spec.target = SampleData::targetColumn();

    const PlotPayload payload = PlotPayload::compute(data, spec);
    if (!payload.error.isEmpty())
        return fail(source + QStringLiteral(": ") + payload.error);
    QWidget window;
    window.resize(width, height);
    QWidget *chart = payload.createWidget(&window);
    chart->resize(width, height);
    window.show();
    QApplication::processEvents();
    auto saved = ChartExport::save(chart, output);
    if (!saved)
        return fail(saved.error().message);
    return 0;
}
