#pragma once

#include "Model.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace churnlab {

// One learner as the user picks it: a short id (the CLI's --models), a title and a
// description for the GUI, and its hyperparameters with their defaults.
struct ModelInfo
{
    QString id;
    QString title;
    QString description;
    QJsonObject defaults;
};

// The learners ChurnLab offers, and the one place that makes a Model from an id and
// hyperparameters (any not given take their defaults).
class ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ModelCatalog)

public:
    static QList<ModelInfo> models();
    static QStringList ids();
    static std::optional<ModelInfo> find(const QString &id);
    // Unknown ids and hyperparameters that are not numbers, or out of range, are errors that
    // name the parameter.
    static Result<std::unique_ptr<Model>> create(const QString &id, const QJsonObject &params = {},
                                                 quint64 seed = 42);
};

} // namespace churnlab
