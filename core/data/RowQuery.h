#pragma once

#include "core/Progress.h"
#include "core/data/Dataset.h"

#include <QString>

#include <vector>

namespace churnlab {

// Row orderings and selections over a Dataset, computed on the columns themselves so that
// the table view can sort and filter a million rows without asking for a QVariant per cell.
namespace RowQuery {

// Rows (a subset, in any order) sorted by one column; missing values always last.
std::vector<quint32> sorted(const Column &column, std::vector<quint32> rows, bool ascending);
// Rows in which any text, categorical or boolean value contains `needle` (case-insensitive),
// or any number, date or datetime shows as a text that contains it.
std::vector<quint32> filtered(const Dataset &dataset, const QString &needle,
                              Progress &progress = Progress::none());
std::vector<quint32> allRows(qsizetype count);

} // namespace RowQuery
} // namespace churnlab
