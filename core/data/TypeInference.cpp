#include "core/data/TypeInference.h"

namespace churnlab {

unsigned TypeInference::classify(std::string_view v, bool decimalComma)
{
    const char c = v.front();
    const bool digit = c >= '0' && c <= '9';
    if (digit || c == '-' || c == '+' || c == '.' || c == 'i' || c == 'I') {
        if (ValueParser::parseInteger(v))
            return Integer | Real;
        if (ValueParser::parseReal(v, decimalComma))
            return Real;
    }
    if (digit && v.size() >= 8) {
        unsigned m = 0;
        const bool hasTime = v.find(':') != std::string_view::npos;
        if (hasTime) {
            if (ValueParser::parseDateTime(v, DateOrder::DayFirst))
                m |= DateTimeDayFirst;
            if (ValueParser::parseDateTime(v, DateOrder::MonthFirst))
                m |= DateTimeMonthFirst;
        } else if (v[3] >= '0' && v[3] <= '9' && v[4] == '-') {
            // ISO yyyy-mm-dd reads the same in either order: one parse decides both.
            if (ValueParser::parseDate(v, DateOrder::DayFirst))
                m |= DateDayFirst | DateMonthFirst;
        } else {
            if (ValueParser::parseDate(v, DateOrder::DayFirst))
                m |= DateDayFirst;
            if (ValueParser::parseDate(v, DateOrder::MonthFirst))
                m |= DateMonthFirst;
        }
        return m;
    }
    if (v.size() <= 5) {
        unsigned pair = 0;
        if (ValueParser::parseBoolean(v, &pair)) {
            return (pair & ValueParser::YesNo ? BoolYesNo : 0u)
                | (pair & ValueParser::TrueFalse ? BoolTrueFalse : 0u)
                | (pair & ValueParser::YN ? BoolYN : 0u);
        }
    }
    return 0;
}

ColumnType TypeInference::resolve() const
{
    if (m_present == 0)
        return ColumnType::Real;
    if (m_candidates & Integer)
        return ColumnType::Integer;
    if (m_candidates & Real)
        return ColumnType::Real;
    if (m_candidates & (BoolYesNo | BoolTrueFalse | BoolYN))
        return ColumnType::Boolean;
    if (m_candidates & (DateDayFirst | DateMonthFirst))
        return ColumnType::Date;
    if (m_candidates & (DateTimeDayFirst | DateTimeMonthFirst))
        return ColumnType::DateTime;
    return ColumnType::Categorical;
}

DateOrder TypeInference::dateOrder() const
{
    if (m_candidates & (DateDayFirst | DateTimeDayFirst))
        return DateOrder::DayFirst;
    if (m_candidates & (DateMonthFirst | DateTimeMonthFirst))
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

ColumnType TypeInference::textOrCategorical(qint64 distinct, qint64 present, double meanLength)
{
    if (present == 0)
        return ColumnType::Categorical;
    const double ratio = double(distinct) / double(present);
    // Nearly all distinct (IDs, comments) is text; so is long prose even when it repeats a bit.
    if (distinct > 10 && ratio > 0.5)
        return ColumnType::Text;
    if (meanLength > 40 && ratio > 0.2)
        return ColumnType::Text;
    return ColumnType::Categorical;
}

} // namespace churnlab
