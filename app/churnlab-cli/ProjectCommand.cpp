#include "CliCommon.h"

#include "core/bundle/Signer.h"
#include "core/data/DataReader.h"
#include "core/models/ModelCatalog.h"
#include "core/project/Project.h"
#include "core/project/ProjectExport.h"
#include "core/project/ProjectTraining.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace churnlab::cli {

namespace {

int newProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Creates a project (.churnlab) on a CSV file with a target, ready to train."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATA"),
                                 QCoreApplication::translate("cli", "The training CSV file."));
    addTargetOptions(parser);
    parser.addOption(
        {QStringLiteral("features"),
         QCoreApplication::translate(
             "cli", "Per-column roles and transforms, a JSON file as the Features tab saves it."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("models"),
                      QCoreApplication::translate(
                          "cli", "Comma-separated learners the project trains (default %1).")
                          .arg(TrainSpec().learnerIds().join(QLatin1Char(','))),
                      QStringLiteral("list")});
    parser.addOption(
        {QStringLiteral("name"),
         QCoreApplication::translate("cli", "The project's name (default: the file's)."),
         QStringLiteral("text")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("cli", "The project file to write."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("test"),
                      QCoreApplication::translate(
                          "cli", "A separate test file, read with the same options as DATA."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("cli", "Seed of the split and the models."),
                      QStringLiteral("n")});
    addKeepLeakingOption(parser);
    addCsvOptions(parser);
    addDatabaseOptions(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != (readsDatabase(parser) ? 0 : 1)
        || !parser.isSet(QStringLiteral("target")) || !parser.isSet(QStringLiteral("output")))
        return fail(
            QCoreApplication::translate(
                "cli", "project new takes DATA (or --db), --target COLUMN and -o FILE; see --help"),
            2);
    auto options = csvOptions(parser);
    if (!options)
        return fail(options.error().message, 2);
    auto input = dataInput(parser, parser.positionalArguments().value(0));
    if (!input)
        return fail(input.error().message, 2);
    const QString data = input->display();
    const QString path = parser.value(QStringLiteral("output"));
    auto read = DataReader(*options).read(*input);
    if (!read)
        return fail(read.error(), input->isDatabase() ? QString() : data);
    Project p;
    p.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                  : QFileInfo(path).completeBaseName();
    p.created = QDateTime::currentDateTimeUtc();
    if (input->isDatabase()) {
        p.data = DataSource::ofDatabase(*input->query, *options, read->dataset);
    } else {
        auto source = DataSource::ofFile(data, path, *options, read->dataset);
        if (!source)
            return fail(source.error());
        p.data = *source;
    }
    p.spec.target.column = parser.value(QStringLiteral("target"));
    p.spec.target.positive = parser.value(QStringLiteral("positive"));
    if (read->dataset.indexOf(p.spec.target.column) < 0)
        return fail(QCoreApplication::translate("cli", "%1 has no column “%2”")
                        .arg(data, p.spec.target.column),
                    2);
    if (parser.isSet(QStringLiteral("features"))) {
        auto config = FeatureConfig::load(parser.value(QStringLiteral("features")));
        if (!config)
            return fail(config.error());
        p.spec.features = *config;
    }
    if (parser.isSet(QStringLiteral("models"))) {
        p.spec.learners.clear();
        for (const QString &id :
             parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            p.spec.learners.append({id.trimmed(), {}});
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        p.spec.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("cli", "--seed takes a whole number"), 2);
    }
    p.spec.keepLeakingColumns = parser.isSet(QStringLiteral("keep-leaking-columns"));
    if (parser.isSet(QStringLiteral("test"))) {
        const QString test = parser.value(QStringLiteral("test"));
        if (!QFileInfo::exists(test))
            return fail(QCoreApplication::translate("cli", "No test file %1").arg(test), 2);
        // Kept relative to the project, so that the two move together.
        p.testFile =
            QFileInfo(path).absoluteDir().relativeFilePath(QFileInfo(test).absoluteFilePath());
    }
    if (auto valid = p.spec.validate(); !valid)
        return fail(valid.error().message, 2);
    if (auto saved = p.save(path); !saved)
        return fail(saved.error());
    out() << QCoreApplication::translate("cli", "Created %1: %2 rows × %3 columns of %4, target %5")
                 .arg(path)
                 .arg(read->dataset.rowCount())
                 .arg(read->dataset.columnCount())
                 .arg(input->isDatabase() ? data : QFileInfo(data).fileName(), p.spec.target.column)
          << Qt::endl;
    return 0;
}

void printInfo(const Project &p, const QString &path)
{
    out() << QCoreApplication::translate("cli", "Project %1 (%2)").arg(p.name, path) << Qt::endl;
    out() << QCoreApplication::translate("cli", "Data: %1, %2 rows × %3 columns, SHA-256 %4")
                 .arg(p.data.display())
                 .arg(p.data.fingerprint.rows)
                 .arg(p.data.fingerprint.columns)
                 .arg(p.data.fingerprint.sha256.left(16))
          << Qt::endl;
    QString why;
    if (p.data.check(path, &why) != DataSource::Status::Ok)
        out() << QCoreApplication::translate("cli", "Warning: %1").arg(why) << Qt::endl;
    out() << QCoreApplication::translate("cli",
                                         "Target: %1 (positive “%2”); threshold %3; learners %4")
                 .arg(p.spec.target.column, p.spec.target.positive)
                 .arg(p.spec.threshold)
                 .arg(p.spec.learnerIds().join(QLatin1Char(',')))
          << Qt::endl;
    if (p.models.isEmpty()) {
        out() << QCoreApplication::translate("cli",
                                             "No models trained yet (churnlab-cli project train).")
              << Qt::endl;
        return;
    }
    const ProjectModel *chosen = p.chosen();
    for (const ProjectModel &m : p.models) {
        out() << QStringLiteral("%1 %2  AUC %3  PR AUC %4  %5 s\n")
                     .arg(&m == chosen ? QLatin1Char('*') : QLatin1Char(' '))
                     .arg(m.id(), -6)
                     .arg(m.report->run.metrics.auc, 0, 'f', 4)
                     .arg(m.report->run.metrics.prAuc, 0, 'f', 4)
                     .arg(m.report->run.trainSeconds, 0, 'f', 2);
        for (const LeakageFinding &f : m.report->flagged)
            out() << QCoreApplication::translate("cli", "    warning: %1").arg(f.describe())
                  << Qt::endl;
    }
    const QStringList leaks = p.spec.features.columnsWithRole(FeatureConfig::Role::Leakage);
    if (!leaks.isEmpty())
        out() << QCoreApplication::translate("cli", "Left out for leakage: %1")
                     .arg(leaks.join(QStringLiteral(", ")))
              << Qt::endl;
}

int info(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Describes a project: its data, settings and models."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QCoreApplication::translate("cli", "The .churnlab file."));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("cli", "project info takes PROJECT; see --help"),
                    2);
    const QString path = parser.positionalArguments().first();
    auto p = Project::open(path);
    if (!p)
        return fail(p.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = p->info(path);
        QString why;
        o.insert(QStringLiteral("data_status"),
                 QStringList {QStringLiteral("ok"), QStringLiteral("missing"),
                              QStringLiteral("changed")}[int(p->data.check(path, &why))]);
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    printInfo(*p, path);
    return 0;
}

int refresh(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Reads a project's data again (its file, or its database query), says what "
        "changed and records the new fingerprint in the project."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QCoreApplication::translate("cli", "The .churnlab file."));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("cli", "project refresh takes PROJECT; see --help"),
                    2);
    const QString path = parser.positionalArguments().first();
    auto p = Project::open(path);
    if (!p)
        return fail(p.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    TerminalProgress bar(!json);
    auto refreshed = p->data.refresh(path, bar.progress());
    if (!refreshed)
        return fail(refreshed.error());
    const bool changed = !refreshed->changes.isEmpty();
    if (changed) {
        p->data.fingerprint = refreshed->fingerprint;
        if (auto saved = p->save(path); !saved)
            return fail(saved.error());
    }
    if (json) {
        out() << QJsonDocument(
                     QJsonObject {{QStringLiteral("source"), p->data.display()},
                                  {QStringLiteral("changed"), changed},
                                  {QStringLiteral("changes"), refreshed->changes},
                                  {QStringLiteral("fingerprint"), refreshed->fingerprint.toJson()}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else if (changed) {
        out() << QCoreApplication::translate("cli",
                                             "%1 has changed: %2. The project now records it.")
                     .arg(p->data.display(), refreshed->changes)
              << Qt::endl;
    } else {
        out() << QCoreApplication::translate("cli", "%1 is unchanged (%2 rows × %3 columns).")
                     .arg(p->data.display())
                     .arg(refreshed->fingerprint.rows)
                     .arg(refreshed->fingerprint.columns)
              << Qt::endl;
    }
    return 0;
}

int train(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Trains a project's models with its own settings and saves them into it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QCoreApplication::translate("cli", "The .churnlab file."));
    parser.addOption(
        {QStringLiteral("models"),
         QCoreApplication::translate("cli", "Comma-separated learners (default: the project's)."),
         QStringLiteral("list")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("cli", "project train takes PROJECT; see --help"),
                    2);
    const QString path = parser.positionalArguments().first();
    auto p = Project::open(path);
    if (!p)
        return fail(p.error());
    QStringList learners;
    if (parser.isSet(QStringLiteral("models")))
        for (const QString &id :
             parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!ModelCatalog::find(id.trimmed()))
                return fail(QCoreApplication::translate(
                                "cli", "unknown model “%1”; see churnlab-cli train --list-models")
                                .arg(id),
                            2);
            learners << id.trimmed();
        }
    const bool json = parser.isSet(QStringLiteral("json"));
    TerminalProgress bar(!json);
    auto prep = ProjectTraining::run(*p, path, learners, {}, bar.progress());
    if (!prep)
        return fail(prep.error());
    if (auto saved = p->save(path); !saved)
        return fail(saved.error());
    if (json) {
        out() << QJsonDocument(p->info(path)).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    for (const QString &note : prep->notes)
        out() << QCoreApplication::translate("cli", "Note: %1").arg(note) << Qt::endl;
    printInfo(*p, path);
    return 0;
}

int exportModel(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Exports one of a project's models as a bundle, or as ONNX when the output ends "
        "in .onnx, deciding with the project's threshold and costs."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QCoreApplication::translate("cli", "The .churnlab file."));
    parser.addOption({QStringLiteral("model"),
                      QCoreApplication::translate(
                          "cli", "The model's id (see project info; default: the chosen one)."),
                      QStringLiteral("id")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("cli", "The bundle (.clb) or ONNX file to write."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("sign"),
                      QCoreApplication::translate("cli", "Sign the bundle with this secret key."),
                      QStringLiteral("key")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output")))
        return fail(QCoreApplication::translate(
                        "cli", "project export takes PROJECT and -o FILE; see --help"),
                    2);
    const QString path = parser.positionalArguments().first();
    auto p = Project::open(path);
    if (!p)
        return fail(p.error());
    QByteArray key;
    if (parser.isSet(QStringLiteral("sign"))) {
        auto secret = Signer::readSecretKey(parser.value(QStringLiteral("sign")));
        if (!secret)
            return fail(secret.error().message, 2);
        key = secret.value();
    }
    const QString output = parser.value(QStringLiteral("output"));
    auto written =
        ProjectExport::write(*p, path, parser.value(QStringLiteral("model")), output, key);
    if (!written)
        return fail(written.error());
    const QJsonObject result {{QStringLiteral("path"), output},
                              {QStringLiteral("model"), *written},
                              {QStringLiteral("threshold"), p->spec.threshold},
                              {QStringLiteral("signed"), !key.isEmpty()}};
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out() << QCoreApplication::translate("cli", "Wrote %1 (model %2, threshold %3)\n")
                     .arg(output, *written)
                     .arg(p->spec.threshold);
    return 0;
}

} // namespace

int projectCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("new"))
        return newProject(rest);
    if (sub == QLatin1String("info"))
        return info(rest);
    if (sub == QLatin1String("train"))
        return train(rest);
    if (sub == QLatin1String("refresh"))
        return refresh(rest);
    if (sub == QLatin1String("export"))
        return exportModel(rest);
    return fail(
        QCoreApplication::translate("cli",
                                    "project takes new, info, refresh, train or export; e.g. "
                                    "churnlab-cli project info P.churnlab"),
        2);
}

} // namespace churnlab::cli
