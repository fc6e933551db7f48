#pragma once

#include "core/models/HyperParameter.h"
#include "core/models/Model.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>

namespace churnlab {

// One learner as the user picks it: a short id (the CLI's --models), a title and a
// description for the GUI, and its hyperparameters as its ParamTable declares them.
struct ModelInfo
{
    QString id;
    QString title;
    QString description;
    QList<HyperParameter> parameters;

    // Every hyperparameter at its default (the seed aside).
    QJsonObject defaults() const;
    const HyperParameter *parameter(const QString &name) const;
};

// The learners ChurnLab offers, the one place that makes a Model from an id and
// hyperparameters, and the one place that loads a saved model back.
class ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ModelCatalog)

public:
    static QList<ModelInfo> models();
    static QStringList ids();
    static std::optional<ModelInfo> find(const QString &id);
    // Unknown ids and hyperparameters, values of the wrong type or out of range, are errors
    // that name the parameter. Parameters not given take their defaults.
    static Result<std::unique_ptr<Model>> create(const QString &id, const QJsonObject &params = {},
                                                 quint64 seed = 42);
    // The full, checked hyperparameters of `id` (defaults filled in), as the model will
    // record them.
    static Result<QJsonObject> validate(const QString &id, const QJsonObject &params);
    // A model saved by Model::toJson. Refuses another format, a newer version ("made by a
    // newer ChurnLab"), an unknown learner, bad parameters, and state that does not fit the
    // feature count, naming the field.
    static Result<std::unique_ptr<Model>> load(const QJsonObject &json);
};

} // namespace churnlab
