#include "CliCommon.h"

#include "core/bundle/Bundle.h"
#include "core/bundle/OnnxExport.h"

#include <QCoreApplication>

namespace churnlab::cli {

int exportOnnxCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Writes a bundle's pipeline and model as one ONNX graph of standard operators "
        "(IR 8; opsets ai.onnx 17, ai.onnx.ml 3): one input per column, outputs "
        "probability and label. Any ONNX runtime can then score it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("BUNDLE"),
                                 QCoreApplication::translate("cli", "Model bundle (.clb)."));
    parser.addPositionalArgument(QStringLiteral("OUTPUT"),
                                 QCoreApplication::translate("cli", "ONNX file to write."));
    addTrustedKeyOption(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return fail(
            QCoreApplication::translate("cli", "export-onnx takes BUNDLE OUTPUT; see --help"), 2);
    int exit = 0;
    const auto bundle = openBundle(parser, pos[0], exit);
    if (!bundle)
        return exit;
    if (auto written = OnnxExport::write(*bundle, pos[1]); !written)
        return fail(written.error(), pos[0]);
    out() << QCoreApplication::translate("cli", "Wrote %1 (%2)").arg(pos[1], bundle->learner())
          << Qt::endl;
    return 0;
}

} // namespace churnlab::cli
