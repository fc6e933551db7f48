#pragma once

#include "core/Result.h"
#include "core/data/Dataset.h"
#include "core/data/TargetSpec.h"
#include <QCoreApplication>

#include <QStringList>

#include <vector>

namespace churnlab {

// A churn target as 0/1 labels per row (-1 where the row has no label), from any column with
// two values: a boolean, a 0/1 integer, or a two-level category. The positive class is the
// user's choice or a guess from its name (Yes, True, 1, Churned, …). Rows the target cannot
// label are counted and named, never dropped silently: missing cells, and (when the spec
// allows it) the few rows whose value is neither class.
class BinaryTarget
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::BinaryTarget)

public:
    // At most this share of the labelled rows may hold a third value for a column to count
    // as a two-class target with a few stray values.
    static constexpr double kMaxOtherShare = 0.05;

    [[nodiscard]] static Result<BinaryTarget> fromSpec(const Dataset &dataset,
                                                       const TargetSpec &spec);
    [[nodiscard]] static Result<BinaryTarget>
    fromColumn(const Dataset &dataset, const QString &column, const QString &positive = {})
    {
        return fromSpec(dataset, TargetSpec {column, positive, false});
    }

    // The column most likely to be the churn target: two values and a name such as Churn,
    // Exited or Attrition; empty when none looks like one. `distinct` is per column.
    static QString guessColumn(const Dataset &dataset, const std::vector<qint64> &distinct);

    const QString &column() const { return m_column; }
    int columnIndex() const { return m_index; }
    const QString &positiveLabel() const { return m_positive; }
    const QString &negativeLabel() const { return m_negative; }
    const std::vector<qint8> &labels() const { return m_labels; }
    qint8 label(qsizetype row) const { return m_labels[size_t(row)]; }
    qint64 positives() const { return m_positives; }
    qint64 negatives() const { return m_negatives; }
    qint64 missingRows() const { return m_missing; }
    qint64 otherRows() const { return m_other; }
    QStringList otherValues() const { return m_otherValues; }
    // The sentences that say which rows were left out and why (empty when none were).
    QStringList leftOut() const;

private:
    QString m_column;
    int m_index = -1;
    QString m_positive;
    QString m_negative;
    std::vector<qint8> m_labels;
    qint64 m_positives = 0;
    qint64 m_negatives = 0;
    qint64 m_missing = 0;
    qint64 m_other = 0;
    QStringList m_otherValues;
    qint64 m_firstOtherRow = -1;
};

} // namespace churnlab
