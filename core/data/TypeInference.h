#pragma once

#include "core/data/ColumnType.h"
#include "core/data/ValueParser.h"

#include <QtGlobal>

#include <string_view>

namespace churnlab {

// Infers a column's type by narrowing: every candidate type starts possible and each value
// strikes out the ones it does not fit. Parallel readers keep one per chunk and merge them.
class TypeInference
{
public:
    enum Candidate : unsigned {
        Integer = 1u << 0,
        Real = 1u << 1,
        BoolYesNo = 1u << 2,
        BoolTrueFalse = 1u << 3,
        BoolYN = 1u << 4,
        DateDayFirst = 1u << 5,
        DateMonthFirst = 1u << 6,
        DateTimeDayFirst = 1u << 7,
        DateTimeMonthFirst = 1u << 8,
        All = (1u << 9) - 1,
    };

    // Which candidates one (unquoted, trimmed, non-missing) value fits.
    static unsigned classify(std::string_view value, bool decimalComma);

    void addMissing() { ++m_missing; }
    void add(std::string_view value, bool decimalComma)
    {
        ++m_present;
        if (m_candidates)
            m_candidates &= classify(value, decimalComma);
    }
    // A value whose classify() result the caller already knows.
    void addClassified(unsigned fits)
    {
        ++m_present;
        m_candidates &= fits;
    }
    void merge(const TypeInference &other)
    {
        m_candidates &= other.m_candidates;
        m_present += other.m_present;
        m_missing += other.m_missing;
    }

    qint64 presentCount() const { return m_present; }
    qint64 missingCount() const { return m_missing; }
    unsigned candidates() const { return m_candidates; }

    // The narrowest fitting type. A column of strings comes back Categorical; whether it is
    // really Text is decided by textOrCategorical() once its distinct values are known.
    ColumnType resolve() const;
    DateOrder dateOrder() const;

    static ColumnType textOrCategorical(qint64 distinct, qint64 present, double meanLength);

private:
    unsigned m_candidates = All;
    qint64 m_present = 0;
    qint64 m_missing = 0;
};

} // namespace churnlab
