#include "CliCommon.h"
#include "DrawingCommands.h"
#include "core/monitor/DriftMonitor.h"
#include "core/project/CanvasFacts.h"
#include "core/project/Project.h"
#include "core/project/ReportContent.h"
#include "ui/report/CanvasPainter.h"
#include "ui/report/ReportWriter.h"

#include <QApplication>

using namespace churnlab;
using namespace churnlab::cli;

namespace {

// Parses PROJECT -o OUT [--language] and opens the project; nullopt after an error.
std::optional<Project> openProject(QCommandLineParser &parser, const QStringList &args,
                                   const QString &what, int &exitCode)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QApplication::translate("cli", "The .churnlab file."));
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, what, QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("language"),
         QApplication::translate(
             "cli", "en, de or es (default: the app's language setting, else the system's)."),
         QStringLiteral("code")});
    if (const auto exit = parseArguments(parser, args)) {
        exitCode = *exit;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        exitCode = fail(QApplication::translate("cli", "%1 takes PROJECT and -o FILE; see --help")
                            .arg(args.first()),
                        2);
        return std::nullopt;
    }
    auto p = Project::open(parser.positionalArguments().first());
    if (!p) {
        exitCode = fail(p.error());
        return std::nullopt;
    }
    return std::move(*p);
}

// The project's data when it is still what the project recorded; a warning otherwise.
std::shared_ptr<const Dataset> projectData(const Project &p, const QString &path)
{
    QString why;
    if (p.data.isEmpty())
        return nullptr;
    if (p.data.check(path, &why) != DataSource::Status::Ok) {
        err() << QApplication::translate("cli",
                                         "warning: %1 The report leaves out what needs the data.")
                     .arg(why)
              << Qt::endl;
        return nullptr;
    }
    auto data = p.data.load(path);
    if (!data) {
        err() << QApplication::translate("cli", "warning: %1").arg(data.error().describe())
              << Qt::endl;
        return nullptr;
    }
    return *data;
}

} // namespace

// churnlab-cli report P -o report.pdf: the project's report, as File ▸ Export Report writes it.
int reportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("cli", "Writes a project's report as a paginated A4 PDF."));
    parser.addOption({QStringLiteral("model"),
                      QApplication::translate(
                          "cli",
                          "The model the report speaks of (default: the project's choice, else the "
                          "best by test AUC)."),
                      QStringLiteral("id")});
    parser.addOption(
        {QStringLiteral("drift"),
         QApplication::translate("cli",
                                 "Add a drift section: this current data (CSV or request log "
                                 ".jsonl) against the report's model."),
         QStringLiteral("file")});
    int code = 0;
    auto p =
        openProject(parser, args, QApplication::translate("cli", "The PDF file to write."), code);
    if (!p)
        return code;
    const QString path = parser.positionalArguments().first();
    if (parser.isSet(QStringLiteral("model"))) {
        p->chosenModel = parser.value(QStringLiteral("model"));
        if (!p->model(p->chosenModel))
            return fail(
                QApplication::translate("cli", "the project has no model “%1”").arg(p->chosenModel),
                2);
    }
    const auto data = projectData(*p, path);
    TerminalProgress bar(true);
    ReportContent content = ReportContent::compute(*p, data.get(), bar.progress());
    if (parser.isSet(QStringLiteral("drift"))) {
        const ProjectModel *model = p->chosen();
        if (!model || !model->bundle)
            return fail(QApplication::translate("cli", "--drift needs a trained model"), 2);
        const QString current = parser.value(QStringLiteral("drift"));
        auto drift = DriftMonitor::compareFile(*model->bundle, current);
        if (!drift)
            return fail(drift.error(), current);
        content.drift = std::make_shared<const DriftReport>(std::move(drift.value()));
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (auto written = ReportWriter::write(content, output); !written)
        return fail(written.error());
    return 0;
}

// churnlab-cli canvas P -o canvas.pdf|png: the ML Canvas alone, one landscape page.
int canvasCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "cli", "Exports a project's ML Canvas as a one-page landscape PDF, or PNG."));
    int code = 0;
    auto p = openProject(parser, args,
                         QApplication::translate("cli", "The .pdf or .png file to write."), code);
    if (!p)
        return code;
    const auto data = projectData(*p, parser.positionalArguments().first());
    const QString output = parser.value(QStringLiteral("output"));
    if (auto written =
            CanvasPainter::exportTo(output, p->canvas, CanvasFacts::stale(*p, data.get()), p->name);
        !written)
        return fail(written.error());
    return 0;
}
