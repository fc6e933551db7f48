#pragma once

#include "core/data/csv/CellRules.h"
#include "core/data/csv/ColumnPart.h"

#include "core/Memory.h"
#include "core/data/Column.h"
#include "core/data/ColumnType.h"
#include "core/data/StringIndex.h"
#include "core/data/StringPool.h"
#include "core/data/TypeInference.h"
#include "core/data/ValueParser.h"
#include "core/data/csv/PartCodes.h"

#include <cmath>
#include <string_view>
#include <vector>

namespace churnlab {

struct CsvChunk;

// How the conversion pass checks that a type guessed from a sample of rows holds for every
// value, so that the result is the one inference over the whole file would give.
enum class TypeCheck : quint8 {
    None, // chosen by the user, or strings: no value can change the type
    Integer, // every value must parse as an integer
    Real, // every value must parse as a number
    Classify, // booleans, dates, and columns the sample saw no value of: narrowed as inference does
};

// What the conversion pass writes for one column, and how: the type (inferred or the user's),
// the date order, storage for numbers, timestamps and booleans, and the check that confirms a
// type guessed from a sample.
struct ColumnPlan
{
    ColumnType type = ColumnType::Real;
    DateOrder order = DateOrder::Unknown;
    bool inferred = true;
    bool rawText = false; // one level per present value, in row order; no hashing
    double meanLength = 0; // of the present values inference saw
    TypeCheck check = TypeCheck::None;
    // A stream's guessed type cannot read a column's text again: its values are also kept
    // in a dictionary, to be typed again from (retype) if the guess does not hold.
    bool keepText = false;
    std::vector<double> reals;
    std::vector<qint64> ints;
    std::vector<quint8> bools;
    StringPool boolLabels;

    // Decides from what inference saw of column `column` in the chunks' parts (override: the
    // user's type, or nullptr). With `guess`, the inference saw a sample only and the plan
    // gets the check that confirms it.
    void decide(const std::vector<CsvChunk> &chunks, int column, const ColumnType *override,
                bool guess);
    void allocate(qint64 rows);
    // A chunk's fresh share of this column for the conversion pass, with room for `rows` rows.
    ColumnPart startPart(qint64 rows) const;
    // After a guessed plan's conversion: whether every value fit. Booleans get their labels
    // from all values here.
    bool confirm(const std::vector<CsvChunk> &chunks, int column);
    // For a keepText plan after the last chunk: when the guess held, drops the kept text;
    // otherwise infers the type from every distinct value and converts the rows again from
    // the text, as a read of the whole text would have typed them.
    void settleKeptText(std::vector<CsvChunk> &chunks, int column, qint64 rowCount,
                        const CellRules &rules);
    // Moves each chunk's rows from its boundOffset to its rowOffset.
    void compact(const std::vector<CsvChunk> &chunks, qint64 rowCount);
    // The finished column; *failures gets the values that did not fit a chosen type.
    Column build(const QString &name, std::vector<CsvChunk> &chunks, int column, qint64 rowCount,
                 qint64 *failures);

    // yyyy-mm-dd: the form parseDate reads the same in either order. Such a value that parses
    // is no number (a '-' at [4]) and holds no time, so TypeInference::classify() gives it
    // exactly both date candidates, after a failed integer, real and date parse of its own.
    static bool isIsoDateForm(std::string_view v)
    {
        return v.size() >= 10 && v[0] >= '0' && v[0] <= '9' && v[3] >= '0' && v[3] <= '9'
            && v[4] == '-';
    }
    static constexpr unsigned kIsoDateFits =
        TypeInference::DateDayFirst | TypeInference::DateMonthFirst;

    // Converts value v of local row r of a chunk (row: its index in this plan's buffers).
    void convert(std::string_view raw, bool escaped, ColumnPart &part, qint64 r, size_t row,
                 qint64 rows, const CellRules &rules)
    {
        if (part.misfit && !keepText)
            return;
        const bool missing = rules.missing.matches(raw);
        const std::string_view v = missing ? raw : rules.clean(raw);
        if (v.data() != raw.data())
            escaped = true; // stored as a copy, like an unescaped field
        if (keepText) {
            if (missing) {
                part.codes.set(size_t(r), Column::missingCode32);
            } else {
                ++part.present;
                part.valueBytes += qint64(v.size());
                part.codes.set(size_t(r), part.index.insert(v, true));
            }
            if (part.misfit)
                return;
        }
        const bool decimalComma = rules.decimalComma;
        // An ISO date that parses is classified by that parse alone (see isoDateFits).
        const bool isoDate = type == ColumnType::Date && !missing && isIsoDateForm(v);
        if (check == TypeCheck::Classify) {
            if (missing)
                part.inference.addMissing();
            else if (!isoDate)
                part.inference.add(v, rules.decimalComma);
        }
        bool bad = false;
        switch (type) {
        case ColumnType::Real:
            if (!missing) {
                if (auto x = ValueParser::parseReal(v, decimalComma)) {
                    reals[row] = *x;
                } else if (check == TypeCheck::Real && !ValueParser::parseInteger(v)) {
                    part.misfit = true;
                    return;
                } else {
                    bad = true;
                }
            }
            if (missing || bad)
                reals[row] = std::nan("");
            break;
        case ColumnType::Integer:
            if (!missing) {
                if (auto x = ValueParser::parseInteger(v)) {
                    ints[row] = *x;
                } else if (check == TypeCheck::Integer) {
                    part.misfit = true;
                    return;
                } else if (auto y = ValueParser::parseReal(v, decimalComma); y && std::isfinite(*y)
                           && *y == std::trunc(*y) && std::abs(*y) < 9.2e18) {
                    ints[row] = qint64(*y);
                } else {
                    bad = true;
                }
            }
            break;
        case ColumnType::Date:
            if (!missing) {
                if (auto x = ValueParser::parseDate(v, order))
                    ints[row] = *x;
                else
                    bad = true;
                if (isoDate && check == TypeCheck::Classify) {
                    if (bad)
                        part.inference.add(v, decimalComma);
                    else
                        part.inference.addClassified(kIsoDateFits);
                }
            }
            break;
        case ColumnType::DateTime:
            if (!missing) {
                if (auto x = ValueParser::parseDateTime(v, order))
                    ints[row] = *x;
                else if (auto y = ValueParser::parseDate(v, order))
                    ints[row] = *y * 86400000LL;
                else
                    bad = true;
            }
            break;
        case ColumnType::Boolean:
            bools[row] = 0xFF;
            if (!missing) {
                if (auto x = ValueParser::parseBoolean(v))
                    bools[row] = *x ? 1 : 0;
                else
                    ++part.failures;
            }
            return; // coded: a missing boolean is its code, not a mask bit
        case ColumnType::Categorical:
        case ColumnType::Text:
            if (missing) {
                part.codes.set(size_t(r), Column::missingCode32);
            } else {
                ++part.present;
                part.valueBytes += qint64(v.size());
                part.codes.set(size_t(r),
                               rawText ? part.raw.append(v) : part.index.insert(v, escaped));
            }
            return;
        }
        if (bad)
            ++part.failures;
        if (missing || bad)
            part.missing.set(r, rows);
    }
};

} // namespace churnlab
