#pragma once

#include "core/explain/Explainer.h"
#include "core/explain/PartialDependence.h"
#include "core/train/ModelReport.h"

#include <QHash>
#include <QPalette>

class QChart;

// Charts of why a model scores as it does: one customer's waterfall of contributions, the
// mean |SHAP| importance, a column's SHAP dependence, and its partial dependence with ICE
// curves. Positive contributions (towards churn) in the positive colour, negative ones in the
// negative colour, both colour-blind safe.
namespace ExplainCharts {

// The row's `top` largest contributions (the rest summed as one bar), climbing from the
// expected value to the row's output. Each bar is labelled with its column, the customer's
// value (`values`, by column name, when given: "Contract = Month-to-month") and the
// contribution ("+0.120").
QChart *waterfall(const churnlab::Explainer::Explanations &e, Eigen::Index row,
                  const QString &customer, double probability, const QPalette &palette,
                  int top = 10, const QHash<QString, QString> &values = {});
// The report's mean |SHAP| per column; a chart that says so when it was not measured.
QChart *shapImportance(const churnlab::ModelReport &report, const QPalette &palette,
                       int maxBars = 20);
// The same from explanations at hand (the Explain tab's rows).
QChart *shapImportance(const QString &title, const churnlab::Explainer::Explanations &e,
                       const QPalette &palette, int maxBars = 20);
// x: the column's value per row (numbers) or level index (levels not empty); y: its
// contribution in that row.
QChart *dependence(const QString &column, const std::vector<double> &x,
                   const std::vector<double> &y, const QStringList &levels, bool logOdds,
                   const QPalette &palette);
QChart *partialDependence(const churnlab::PartialDependence &pd, const QPalette &palette);

} // namespace ExplainCharts
