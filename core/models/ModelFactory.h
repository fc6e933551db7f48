#pragma once

#include "core/Result.h"
#include "core/models/Model.h"

#include <QJsonObject>

#include <memory>

namespace churnlab {

// How a model made of other models (VotingEnsemble) checks, makes and loads its members
// without knowing the catalog that knows every learner: ModelCatalog hands itself in as one.
class ModelFactory
{
public:
    virtual ~ModelFactory() = default;
    [[nodiscard]] virtual Result<QJsonObject> validate(const QString &learner,
                                                       const QJsonObject &params) const = 0;
    [[nodiscard]] virtual Result<std::unique_ptr<Model>>
    create(const QString &learner, const QJsonObject &params, quint64 seed) const = 0;
    [[nodiscard]] virtual Result<std::unique_ptr<Model>> load(const QJsonObject &json) const = 0;
};

} // namespace churnlab
