#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace churnlab {

// The model card of a bundle (MODEL_CARD.md), written from the facts the bundle records: what
// the model is for, the data it learnt from, its test metrics and the split they come from,
// the threshold and costs, its limits, and the warnings the data checks raised.
class ModelCard
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ModelCard)

public:
    static QString markdown(const QJsonObject &manifest, const QJsonObject &metrics);
};

} // namespace churnlab
