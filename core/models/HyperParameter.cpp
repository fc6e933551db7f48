#include "core/models/HyperParameter.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace churnlab {

QString HyperParameter::valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toVariant().toString();
}

QStringList HyperParameter::describe(const QJsonObject &params)
{
    QStringList out;
    for (auto it = params.begin(); it != params.end(); ++it)
        out << QStringLiteral("%1 %2").arg(labelOf(it.key()), valueText(it.value()));
    return out;
}

QString HyperParameter::labelOf(const QString &name)
{
    // One table for every learner: the same name means the same thing in each.
    static const QHash<QString, const char *> labels {
        {QStringLiteral("c"), QT_TR_NOOP("Penalty strength (C)")},
        {QStringLiteral("penalty"), QT_TR_NOOP("Penalty")},
        {QStringLiteral("l1_ratio"), QT_TR_NOOP("L1 share of the penalty")},
        {QStringLiteral("max_iterations"), QT_TR_NOOP("Most iterations")},
        {QStringLiteral("trees"), QT_TR_NOOP("Trees")},
        {QStringLiteral("max_depth"), QT_TR_NOOP("Greatest depth")},
        {QStringLiteral("max_leaves"), QT_TR_NOOP("Most leaves")},
        {QStringLiteral("min_samples_leaf"), QT_TR_NOOP("Fewest rows per leaf")},
        {QStringLiteral("features_per_node"), QT_TR_NOOP("Columns tried per split")},
        {QStringLiteral("sample_fraction"), QT_TR_NOOP("Rows per tree (share)")},
        {QStringLiteral("learning_rate"), QT_TR_NOOP("Learning rate")},
        {QStringLiteral("row_subsample"), QT_TR_NOOP("Rows per round (share)")},
        {QStringLiteral("feature_subsample"), QT_TR_NOOP("Columns per round (share)")},
        {QStringLiteral("lambda"), QT_TR_NOOP("L2 penalty on leaves (λ)")},
        {QStringLiteral("alpha"), QT_TR_NOOP("Penalty (α)")},
        {QStringLiteral("hidden_units"), QT_TR_NOOP("Hidden units")},
        {QStringLiteral("epochs"), QT_TR_NOOP("Epochs")},
        {QStringLiteral("max_epochs"), QT_TR_NOOP("Most epochs")},
        {QStringLiteral("batch_size"), QT_TR_NOOP("Batch size")},
        {QStringLiteral("patience"), QT_TR_NOOP("Patience (epochs without gain)")},
        {QStringLiteral("validation_fraction"), QT_TR_NOOP("Early-stopping share")},
        {QStringLiteral("variance_smoothing"), QT_TR_NOOP("Variance smoothing")}};
    const char *label = labels.value(name);
    return label ? tr(label) : name;
}

QString HyperParameter::translatedDescription() const
{
    return description ? HyperParameter::tr(description) : QString();
}

QString HyperParameter::rangeText() const
{
    switch (type) {
    case Type::Choice:
        return HyperParameter::tr("one of %1").arg(choices.join(QStringLiteral(", ")));
    case Type::Integer:
        return HyperParameter::tr("a whole number from %1 to %2")
            .arg(low, 0, 'g', 12)
            .arg(high, 0, 'g', 12);
    case Type::Real:
        break;
    }
    return HyperParameter::tr("a number from %1 to %2").arg(low).arg(high);
}

} // namespace churnlab
