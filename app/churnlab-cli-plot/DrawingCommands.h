#pragma once

#include <QStringList>

// The helper's commands; args[0] is the command's name, as churnlab-cli passes it.
int plotCommand(const QStringList &args);
int reportCommand(const QStringList &args);
int canvasCommand(const QStringList &args);
