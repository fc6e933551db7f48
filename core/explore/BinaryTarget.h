#pragma once

#include "Result.h"
#include "data/Dataset.h"

#include <vector>

namespace churnlab {

// A churn target as 0/1 labels per row (-1 where the target is missing), from any column
// with two values: a boolean, a 0/1 integer, or a two-level category. The positive class is
// the user's choice or a guess from its name (Yes, True, 1, Churned, …).
class BinaryTarget
{
public:
    [[nodiscard]] static Result<BinaryTarget>
    fromColumn(const Dataset &dataset, const QString &column, const QString &positive = {});

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

private:
    QString m_column;
    int m_index = -1;
    QString m_positive;
    QString m_negative;
    std::vector<qint8> m_labels;
    qint64 m_positives = 0;
    qint64 m_negatives = 0;
};

} // namespace churnlab
