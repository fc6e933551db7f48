#pragma once

class MainWindow;
class QApplication;
class QCommandLineParser;

// The app's command line (a file to open, --sample, --tab, --column, --train, --screenshot):
// declared on a parser, then applied to the window once it is shown.
namespace StartupOptions {

void declare(QCommandLineParser &parser);
void apply(const QCommandLineParser &parser, MainWindow &window);

} // namespace StartupOptions
