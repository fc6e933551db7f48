#pragma once

#include <QCoreApplication>

#include "core/project/Canvas.h"

#include <QHash>

namespace churnlab {

class Dataset;
class Project;

// The facts a project can state about itself, per canvas block: where the data comes from,
// what is predicted and how often it happens, the features, how models were judged and how
// they did, the decision rule with its cost and ROI, the learners, and the drift checks the
// chosen model's bundle carries. Values are formatted the same way in every language (C
// locale), so that a fact is stale only when the project really changed.
class CanvasFacts
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::CanvasFacts)

public:
    // dataset: the project's data when loaded (base rate, column counts); may be null.
    static QHash<QString, QList<Canvas::Fact>> compute(const Project &project,
                                                       const Dataset *dataset);
    // Per block: the filled facts that no longer hold.
    static QHash<QString, QStringList> stale(const Project &project, const Dataset *dataset);
    // Fills (or refreshes) one block's facts, leaving the analyst's notes alone.
    static void fill(Project &project, const Dataset *dataset, const QString &blockId);
    // The facts as the report and the canvas show them: "label: value" lines.
    static QStringList lines(const QList<Canvas::Fact> &facts);
};

} // namespace churnlab
