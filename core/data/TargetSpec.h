#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QJsonObject>
#include <QString>

namespace churnlab {

// Which column is the churn target and which of its values means "churned" (empty: guessed
// from the values' names). Plain data, saved in projects, bundles and tracking rows.
struct TargetSpec
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::TargetSpec)

public:
    QString column;
    QString positive;
    // A few rows whose value is neither class are left out (and counted) instead of refusing
    // the whole run.
    bool dropOtherValues = false;

    bool operator==(const TargetSpec &) const = default;
    QJsonObject toJson() const;
    static Result<TargetSpec> fromJson(const QJsonObject &json);
};

} // namespace churnlab
