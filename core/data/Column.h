#pragma once

#include "core/data/ColumnType.h"
#include "core/data/StringPool.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <limits>
#include <variant>
#include <vector>

namespace churnlab {

// One typed column of a Dataset, held contiguously. Numbers and timestamps are plain arrays
// with a missing bitmask; booleans, categoricals and text are dictionary codes (1, 2 or 4
// bytes wide, whichever fits the number of levels) into a StringPool.
class Column
{
public:
    using Codes = std::variant<std::vector<quint8>, std::vector<quint16>, std::vector<quint32>>;

    Column() = default;

    static Column makeReal(QString name, std::vector<double> values, MissingMask missing = {});
    // Integer, Date or DateTime.
    static Column makeInt(QString name, ColumnType type, std::vector<qint64> values,
                          MissingMask missing = {});
    // Codes index into levels; a missing value is the sentinel missingCode() of the width used.
    static Column makeCoded(QString name, ColumnType type, StringPool levels, Codes codes);
    // Picks the narrowest code width for levelCount levels and converts 32-bit codes to it;
    // missing values are given as missingCode32.
    static Codes narrowCodes(const std::vector<quint32> &codes, quint32 levelCount);
    static Codes allocateCodes(qsizetype rows, quint32 levelCount);

    static constexpr quint32 missingCode32 = std::numeric_limits<quint32>::max();

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    ColumnType type() const { return m_type; }
    qsizetype size() const { return m_size; }

    bool isMissing(qsizetype row) const;
    qsizetype missingCount() const { return m_missingCount; }

    // The value as a number: reals and integers as they are, dates as days, datetimes as
    // milliseconds, booleans as 0/1; NaN when missing or when the column holds text.
    double number(qsizetype row) const;
    qint64 integer(qsizetype row) const { return m_ints[size_t(row)]; }
    // The level index of a coded column, or missingCode32.
    quint32 code(qsizetype row) const;
    const StringPool &levels() const { return m_levels; }
    const Codes &codes() const { return m_codes; }
    const MissingMask &missingMask() const { return m_missing; }

    // Distinct level strings of a coded column: canonical[code] is the index of the code's
    // string among them, representative[k] a code with the k-th string, in code order. Text
    // columns may hold one level per row (no dictionary), so equal strings are folded here,
    // once for every consumer; other coded columns map each code to itself.
    struct FoldedLevels
    {
        std::vector<quint32> canonical;
        std::vector<quint32> representative;
    };
    FoldedLevels foldedLevels() const;

    // The value as the table shows it and as CSV export writes it; empty when missing.
    QString text(qsizetype row) const;

    // The same values as another type, parsed from their text; values that do not fit
    // become missing and are counted in *failed.
    Column convertedTo(ColumnType type, qsizetype *failed = nullptr) const;

    // The values of the given rows, in that order: a subset or a reordering. Coded columns keep
    // their levels (a level no row uses is harmless; the pipeline counts what rows hold).
    Column rows(const std::vector<quint32> &rows) const;
    // This column's values followed by other's, which must have the same type. Coded levels
    // are merged by their text, so "Yes" is one level whichever file it came from.
    Column appended(const Column &other) const;

    // Bytes held by this column's data (what a resident Dataset costs).
    qsizetype byteSize() const;

private:
    QString m_name;
    ColumnType m_type = ColumnType::Real;
    qsizetype m_size = 0;
    qsizetype m_missingCount = 0;
    std::vector<double> m_reals;
    std::vector<qint64> m_ints;
    MissingMask m_missing;
    StringPool m_levels;
    Codes m_codes;
};

QString formatReal(double v);
QString formatDate(qint64 days);
QString formatDateTime(qint64 msecs);

} // namespace churnlab
