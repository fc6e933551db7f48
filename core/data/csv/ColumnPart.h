#pragma once

#include "core/data/Column.h"
#include "core/data/StringIndex.h"
#include "core/data/StringPool.h"
#include "core/data/TypeInference.h"
#include "core/data/csv/CellRules.h"
#include "core/data/csv/PartCodes.h"

#include <string_view>

namespace churnlab {

// One chunk's share of one column, for the inference and the conversion passes.
struct ColumnPart
{
    static constexpr qint64 kDistinctSample = 1024;

    // Inference: the type candidates, the bytes of the present values, and the distinct ones
    // among the first kDistinctSample present values (nearly all distinct: stored raw). In the
    // conversion pass, inference narrows again for columns checked by TypeCheck::Classify.
    TypeInference inference;
    qint64 valueBytes = 0;
    StringIndex distinct;
    qint64 sampled = 0;

    // Conversion.
    StringIndex index; // dictionary of a coded column
    StringPool raw; // used instead of index for raw-text columns
    PartCodes codes; // every row is written
    MissingMask missing; // numbers and timestamps
    qint64 present = 0;
    qint64 failures = 0;
    bool misfit = false; // a value did not fit the guessed type: the column is read again

    // copyKey: v does not point into the text (an unescaped copy).
    void learn(std::string_view raw, bool copyKey, const CellRules &rules)
    {
        if (rules.missing.matches(raw)) {
            inference.addMissing();
            return;
        }
        const std::string_view v = rules.clean(raw);
        if (v.data() != raw.data())
            copyKey = true; // the cleaned text lives in a scratch buffer
        inference.add(v, rules.decimalComma);
        valueBytes += qint64(v.size());
        // Only strings are ever stored by their distinct values: numbers need no hashing.
        if (sampled < kDistinctSample && inference.candidates() == 0) {
            ++sampled;
            distinct.insert(v, copyKey);
        }
    }
};

} // namespace churnlab
