#pragma once

#include "core/Result.h"

class QWidget;

// Saves what a chart widget shows as PNG (at twice the screen resolution, for reports) or as
// SVG (vector), chosen by the file's extension, or copies it to the clipboard. Files are
// written atomically: a failed export leaves no half-written file.
namespace ChartExport {

[[nodiscard]] churnlab::Result<bool> save(QWidget *chartWidget, const QString &path);
void copyToClipboard(QWidget *chartWidget);

} // namespace ChartExport
