#pragma once

#include "core/data/ColumnType.h"
#include <QCoreApplication>

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace churnlab {

// What scoring did to input that did not match the training data, column by column, so that
// nothing is changed silently: columns read with another type and converted, values that did
// not convert (now missing), categories training never saw, numbers outside the training range.
struct ScoringReport
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ScoringReport)

public:
    struct Column
    {
        QString name;
        ColumnType trainedAs = ColumnType::Real;
        ColumnType readAs = ColumnType::Real;
        qint64 unparsable = 0; // values that did not convert and count as missing
        qint64 unseen = 0; // categories not seen in training ("other", as rare levels)
        qint64 outOfRange = 0; // numbers outside the training range (scored as they are)
        qint64 firstUnparsableRow = -1; // 0-based input rows, −1 when none
        qint64 firstUnseenRow = -1;
        QString firstUnparsableValue;
        QString firstUnseenValue;
        static Column of(const QString &name, ColumnType trainedAs, ColumnType readAs)
        {
            Column c;
            c.name = name;
            c.trainedAs = trainedAs;
            c.readAs = readAs;
            return c;
        }
        bool converted() const { return trainedAs != readAs; }
        bool clean() const { return !converted() && unparsable == 0 && unseen == 0; }
    };

    qint64 rows = 0;
    QList<Column> columns; // only those with something to say

    bool clean() const;
    // One sentence a column, as a user reads it.
    QStringList describe() const;
    QJsonObject toJson() const;
    // Counts of another batch of rows of the same input, added to these.
    void merge(const ScoringReport &other);
};

} // namespace churnlab
