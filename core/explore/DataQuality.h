#pragma once

#include "core/Progress.h"
#include "core/data/BinaryTarget.h"
#include "core/data/ColumnProfile.h"
#include <QCoreApplication>

#include <QJsonObject>
#include <QList>

#include <optional>

namespace churnlab {

// One thing an analyst should know about the data before modelling, with what to do about it.
struct QualityFinding
{
    enum class Severity { Info, Warning, Error };

    QString kind; // stable: "id_like", "constant", "missing_values", "target_leakage", …
    Severity severity = Severity::Info;
    QStringList columns;
    QString message;
    QString suggestion;

    static QString severityName(Severity s); // "info", "warning", "error"
    QJsonObject toJson() const;
};

// Checks a dataset for the problems that spoil churn models: constant and ID-like columns,
// high-cardinality categories, missing values, duplicated rows, numbers stored as text,
// outliers, and — with a target — a single class, heavy imbalance and likely leakage.
class DataQuality
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DataQuality)

public:
    // Profiles may be passed in when already computed (the GUI has them); otherwise computed.
    static QList<QualityFinding> assess(const Dataset &dataset,
                                        const std::optional<BinaryTarget> &target,
                                        const QList<ColumnProfile> &profiles = {},
                                        Progress &progress = Progress::none());

    static constexpr double imbalanceShare = 0.10;
};

} // namespace churnlab
