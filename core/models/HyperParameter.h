#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace churnlab {

// One hyperparameter of a learner as everything else sees it: the catalog and --list-models
// print it, the dialog builds its editor from it, validation checks values against it, and
// a search (AutoML) samples from its range. Declared once per learner, in its ParamTable.
struct HyperParameter
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::HyperParameter)

public:
    enum class Type { Integer, Real, Choice };

    QString name; // as JSON, --param and the dialog spell it: "max_depth"
    Type type = Type::Real;
    QJsonValue defaultValue;
    double low = 0, high = 0; // inclusive range of numbers
    QStringList choices; // Type::Choice
    bool logScale = false; // spans orders of magnitude: searched and edited on a log scale
    // Zero means "no limit" or "automatic" rather than the number itself.
    bool zeroIsAuto = false;
    const char *description = nullptr; // source text; translated() gives the user's language

    QString translatedDescription() const;
    // What people call it, translated ("Penalty strength (C)" for "c"); the name when unknown.
    QString label() const { return labelOf(name); }
    static QString labelOf(const QString &name);
    // A setting's value as text: shortest exact number, true/false, or the choice.
    static QString valueText(const QJsonValue &value);
    // "Trees 200", "Greatest depth 6", …: a learner's settings by label, in their order.
    static QStringList describe(const QJsonObject &params);
    // "a number from 1 to 64", "one of l2, l1, elasticnet": for errors and tooltips.
    QString rangeText() const;
};

} // namespace churnlab
