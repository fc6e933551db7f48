#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QJsonObject>

namespace churnlab {

class Model;

// What a bundle's members mean, checked on open after their checksums: a manifest whose target
// names no usable classes, whose learner is not the model it carries, whose name could not be
// served, or metrics that are not numbers in their ranges. Checksums show that members were not
// changed after packaging; these checks refuse a bundle that was packaged wrong (or rewritten
// with fresh checksums), with an error that names the member and the field.
class BundleChecks
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::BundleChecks)

public:
    [[nodiscard]] static Result<bool> manifest(const QJsonObject &manifest, const Model &model);
    [[nodiscard]] static Result<bool> metrics(const QJsonObject &metrics);
};

} // namespace churnlab
