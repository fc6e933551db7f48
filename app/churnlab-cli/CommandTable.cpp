#include "CommandTable.h"

#include "CliCommon.h"

#include <QCoreApplication>

#include <utility>

namespace churnlab::cli {

QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: churnlab-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  inspect FILE    Detected dialect, row and column counts, each column's type and "
        "profile\n"
        "  inspect --sample  The same for the built-in sample dataset\n"
        "  sample -o FILE  Write the built-in sample churn dataset as CSV\n"
        "  plot FILE --kind hist|bars|box|scatter|corr|assoc -o OUT.svg|.png\n"
        "                  Render a chart headless (see churnlab-cli plot --help)\n"
        "  train DATA --target COLUMN [--models lr,tree,rf,gbt,nb,mlp]\n"
        "        [--test FILE | --test-fraction F | --folds K] [--features FILE] [--json]\n"
        "                  Train churn models and print a leaderboard (--export FILE.clb)\n"
        "  score BUNDLE INPUT -o OUTPUT [--keep COLS] [--strict] [--shard i/N] [--explain K]\n"
        "                  Score a CSV file with an exported model\n"
        "  bundle info|verify BUNDLE [--json] [--trusted-key PUB]\n"
        "                  Show or check a model bundle\n"
        "  keygen -o FILE  Make a key pair for signing bundles\n"
        "  export-onnx BUNDLE OUT.onnx  Write the model as an ONNX graph\n"
        "  runs list | show ID | tag ID champion [--json] [--tracking STORE]\n"
        "                  The training runs recorded (SQLite, or PostgreSQL for a team)\n"
        "  drift BUNDLE CURRENT.csv|requests.jsonl [--json] [--fail-on-drift]\n"
        "                  Compare current data with the model's training data (exit 3: drift)\n"
        "  fairness BUNDLE DATA --sensitive COLUMN [--edges 30,45,60] [--json]\n"
        "                  Compare the model's errors across the groups of a sensitive column\n"
        "  automl DATA --target COLUMN [--budget 120] [--metric auc|cost] [--json]\n"
        "                  Search learners and hyperparameters within a time budget\n"
        "  retrain BUNDLE NEW.csv [--append OLD.csv] [-o NEXT.clb] [--margin 0.005] [--json]\n"
        "                  Retrain the champion on new data; promote only if it wins\n"
        "  project new DATA --target COLUMN -o P.churnlab | info P | train P [--models …]\n"
        "                  Create, describe and train a project\n"
        "  project export P [--model ID] -o OUT.clb|OUT.onnx\n"
        "                  Export a project's model at the project's threshold and costs\n"
        "  report P.churnlab -o REPORT.pdf  Write the project's report as a PDF\n"
        "  canvas P.churnlab -o CANVAS.pdf|.png  Export the project's ML Canvas\n"
        "\n"
        "Run 'churnlab-cli COMMAND --help' for the options of a command.\n"
        "Options: --help, --version\n");
}

int runCommand(const QStringList &args)
{
    if (args.isEmpty()) {
        err() << usage();
        return 2;
    }
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out() << usage();
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "churnlab-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    using Command = int (*)(const QStringList &);
    static const std::pair<const char *, Command> commands[] = {
        {"inspect", &inspectCommand}, {"sample", &sampleCommand},
        {"train", &trainCommand},     {"score", &scoreCommand},
        {"bundle", &bundleCommand},   {"export-onnx", &exportOnnxCommand},
        {"keygen", &keygenCommand},   {"runs", &runsCommand},
        {"drift", &driftCommand},     {"fairness", &fairnessCommand},
        {"automl", &automlCommand},   {"retrain", &retrainCommand},
        {"project", &projectCommand}, {"plot", &drawingCommand},
        {"report", &drawingCommand},  {"canvas", &drawingCommand},
    };
    for (const auto &[name, run] : commands)
        if (command == QLatin1String(name))
            return run(args);
    return fail(QCoreApplication::translate("cli", "unknown command “%1”; see churnlab-cli --help")
                    .arg(command),
                2);
}

} // namespace churnlab::cli
