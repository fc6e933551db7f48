#pragma once

#include "core/data/Dataset.h"

#include <QString>

#include <functional>

// The first difference between two datasets, or "": their shape, then each column's name and
// type, then every value (its text, its missingness and, for numbers, booleans and
// timestamps, its number). rowOf maps a row of `want` to the row of `got` that must equal it
// (-1: none), for readers that promise no row order.
inline QString datasetDifference(const churnlab::Dataset &want, const churnlab::Dataset &got,
                                 const std::function<qsizetype(qsizetype)> &rowOf = {})
{
    using namespace churnlab;
    if (got.rowCount() != want.rowCount() || got.columnCount() != want.columnCount())
        return QStringLiteral("shape %1 x %2, want %3 x %4")
            .arg(got.rowCount())
            .arg(got.columnCount())
            .arg(want.rowCount())
            .arg(want.columnCount());
    for (int c = 0; c < want.columnCount(); ++c) {
        const Column &w = want.column(c);
        const Column &g = got.column(c);
        if (g.name() != w.name())
            return QStringLiteral("column %1 is %2, want %3").arg(c).arg(g.name(), w.name());
        if (g.type() != w.type())
            return QStringLiteral("%1 is %2, want %3")
                .arg(w.name(), columnTypeName(g.type()), columnTypeName(w.type()));
        const bool byNumber = isNumericType(w.type()) || w.type() == ColumnType::Boolean
            || w.type() == ColumnType::DateTime;
        for (qsizetype r = 0; r < want.rowCount(); ++r) {
            const qsizetype gr = rowOf ? rowOf(r) : r;
            if (gr < 0)
                return QStringLiteral("no row for row %1 (%2)").arg(r).arg(w.text(r));
            if (g.isMissing(gr) != w.isMissing(r))
                return QStringLiteral("%1 row %2 missing %3, want %4")
                    .arg(w.name())
                    .arg(r)
                    .arg(g.isMissing(gr))
                    .arg(w.isMissing(r));
            if (w.isMissing(r))
                continue;
            const bool same = g.text(gr) == w.text(r) && (!byNumber || g.number(gr) == w.number(r));
            if (!same)
                return QStringLiteral("%1 row %2 is “%3”, want “%4”")
                    .arg(w.name())
                    .arg(r)
                    .arg(g.text(gr), w.text(r));
        }
    }
    return {};
}
