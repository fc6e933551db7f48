#pragma once

#include <QStringList>

namespace churnlab::cli {

// churnlab-cli's commands by name, and its usage text: main() only looks the command up.
// Returns the process's exit code (2: unknown command or bad arguments).
int runCommand(const QStringList &args);
QString usage();

} // namespace churnlab::cli
