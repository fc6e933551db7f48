#pragma once

#include "core/eval/RetentionRoi.h"

#include "core/train/ModelReport.h"

#include <QList>
#include <QPalette>

#include <memory>

class QChart;

// Charts of trained models, overlaid for comparison: ROC, precision-recall, cumulative gains,
// reliability, the expected cost by threshold, and one model's feature importance. Each model
// keeps its colour across every chart (by its place in the catalog), in a colour-blind-safe
// palette.
namespace ModelCharts {

using Reports = QList<std::shared_ptr<const churnlab::ModelReport>>;

QChart *roc(const Reports &reports, const QPalette &palette);
QChart *precisionRecall(const Reports &reports, const QPalette &palette);
QChart *gains(const Reports &reports, const QPalette &palette);
QChart *calibration(const Reports &reports, const QPalette &palette);
QChart *cost(const churnlab::ModelReport &report, double falsePositiveCost,
             double falseNegativeCost, double threshold, const QPalette &palette);
// Permutation importance per column, or with `native` the model's own measure per feature.
// Monthly value of acting on the model against the threshold (RetentionRoi), with a marker at
// the chosen threshold.
QChart *value(const churnlab::ModelReport &report, const churnlab::RetentionRoi &roi,
              double threshold, const QPalette &palette);
QChart *importance(const churnlab::ModelReport &report, bool native, const QPalette &palette,
                   int maxBars = 20);
// Named values as horizontal bars, largest on top, the first maxBars only; labels longer than
// maxLabel characters are cut. The importance charts draw through it.
QChart *rankedBars(const QString &title, std::vector<std::pair<QString, double>> items,
                   const QString &setName, const QColor &color, const QString &labelFormat,
                   const QPalette &palette, int maxBars, int maxLabel = 28);

QColor modelColor(const QString &id, const QPalette &palette);

} // namespace ModelCharts
