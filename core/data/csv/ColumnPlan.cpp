#include "core/data/csv/ColumnPlan.h"

#include "core/data/csv/CsvChunk.h"

#include <cstring>

namespace churnlab {

namespace {

// Labels of a boolean column, in the form its values were written in.
void setBoolLabels(StringPool &labels, unsigned candidates)
{
    const char *names[2] = {"false", "true"};
    if (candidates & TypeInference::BoolYesNo)
        names[0] = "No", names[1] = "Yes";
    else if (candidates & TypeInference::BoolTrueFalse)
        names[0] = "False", names[1] = "True";
    else if (candidates & TypeInference::BoolYN)
        names[0] = "N", names[1] = "Y";
    else if (candidates & TypeInference::Integer)
        names[0] = "0", names[1] = "1";
    labels = StringPool();
    labels.append(names[0]);
    labels.append(names[1]);
}

TypeInference mergedInference(const std::vector<CsvChunk> &chunks, int column)
{
    TypeInference merged;
    for (const CsvChunk &c : chunks)
        merged.merge(c.parts[size_t(column)].inference);
    return merged;
}

bool isDateType(ColumnType t)
{
    return t == ColumnType::Date || t == ColumnType::DateTime;
}

// Concatenates the chunks' raw string pools in file order and shifts their codes.
Column mergeRawText(const QString &name, std::vector<CsvChunk> &chunks, int column, qint64 rowCount)
{
    StringPool pool;
    size_t strings = 0, bytes = 0;
    std::vector<quint32> base(chunks.size(), 0);
    for (size_t ci = 0; ci < chunks.size(); ++ci) {
        const StringPool &raw = chunks[ci].parts[size_t(column)].raw;
        base[ci] = quint32(strings);
        strings += raw.size();
        bytes += size_t(raw.byteSize());
    }
    pool.reserve(strings, bytes);
    for (CsvChunk &c : chunks) {
        pool.append(c.parts[size_t(column)].raw);
        c.parts[size_t(column)].raw = StringPool();
    }
    Column::Codes codes = Column::allocateCodes(rowCount, pool.size());
    std::visit(
        [&](auto &out) {
            using T = typename std::decay_t<decltype(out)>::value_type;
            for (size_t ci = 0; ci < chunks.size(); ++ci) {
                CsvChunk &c = chunks[ci];
                PartCodes &local = c.parts[size_t(column)].codes;
                T *dst = out.data() + c.rowOffset;
                for (size_t r = 0; r < size_t(c.rows); ++r) {
                    const quint32 code = local.at(r);
                    if (code != Column::missingCode32)
                        dst[r] = T(code + base[ci]);
                }
                local.clear();
            }
        },
        codes);
    return Column::makeCoded(name, ColumnType::Text, std::move(pool), std::move(codes));
}

// Merges the chunks' dictionaries into one in file order and recodes their rows.
// An inferred column becomes Text or Categorical by how many distinct values it has.
Column mergeDictionaries(const QString &name, ColumnType type, bool inferred,
                         std::vector<CsvChunk> &chunks, int column, qint64 rowCount)
{
    StringIndex global;
    std::vector<std::vector<quint32>> remap(chunks.size());
    for (size_t ci = 0; ci < chunks.size(); ++ci) {
        const StringIndex &local = chunks[ci].parts[size_t(column)].index;
        remap[ci].resize(local.size());
        for (quint32 k = 0; k < local.size(); ++k)
            remap[ci][k] = global.insert(local.key(k), false);
    }
    if (inferred) {
        qint64 present = 0, valueBytes = 0;
        for (const CsvChunk &c : chunks) {
            present += c.parts[size_t(column)].present;
            valueBytes += c.parts[size_t(column)].valueBytes;
        }
        type = TypeInference::textOrCategorical(
            global.size(), present, present ? double(valueBytes) / double(present) : 0.0);
    }
    StringPool pool;
    size_t distinctBytes = 0;
    for (quint32 k = 0; k < global.size(); ++k)
        distinctBytes += global.key(k).size();
    pool.reserve(global.size(), distinctBytes);
    for (quint32 k = 0; k < global.size(); ++k)
        pool.append(global.key(k));
    Column::Codes codes = Column::allocateCodes(rowCount, global.size());
    std::visit(
        [&](auto &out) {
            using T = typename std::decay_t<decltype(out)>::value_type;
            for (size_t ci = 0; ci < chunks.size(); ++ci) {
                const CsvChunk &c = chunks[ci];
                const PartCodes &local = c.parts[size_t(column)].codes;
                const auto &map = remap[ci];
                T *dst = out.data() + c.rowOffset;
                for (size_t r = 0; r < size_t(c.rows); ++r) {
                    const quint32 code = local.at(r);
                    if (code != Column::missingCode32)
                        dst[r] = T(map[code]);
                }
            }
        },
        codes);
    for (CsvChunk &c : chunks)
        c.parts[size_t(column)].codes.clear();
    return Column::makeCoded(name, type, std::move(pool), std::move(codes));
}

template<typename T>
void compactBuffer(std::vector<T> &v, const std::vector<CsvChunk> &chunks, qint64 rowCount)
{
    if (v.empty())
        return;
    for (const CsvChunk &c : chunks) {
        if (c.rowOffset != c.boundOffset && c.rows > 0)
            std::memmove(v.data() + c.rowOffset, v.data() + c.boundOffset,
                         size_t(c.rows) * sizeof(T));
    }
    v.resize(size_t(rowCount));
}

} // namespace

void ColumnPlan::decide(const std::vector<CsvChunk> &chunks, int column, const ColumnType *override,
                        bool guess)
{
    const TypeInference seen = mergedInference(chunks, column);
    inferred = override == nullptr;
    type = inferred ? seen.resolve() : *override;
    order = seen.dateOrder();
    qint64 valueBytes = 0;
    for (const CsvChunk &c : chunks)
        valueBytes += c.parts[size_t(column)].valueBytes;
    meanLength = seen.presentCount() ? double(valueBytes) / double(seen.presentCount()) : 0.0;
    if (type == ColumnType::Boolean)
        setBoolLabels(boolLabels, seen.candidates());
    if (type == ColumnType::Categorical || type == ColumnType::Text) {
        // Distinct across the chunks' samples, not within each: whether a column is stored
        // raw must not depend on how the file was cut.
        qint64 sampled = 0;
        StringIndex distinct;
        for (const CsvChunk &c : chunks) {
            const ColumnPart &part = c.parts[size_t(column)];
            sampled += part.sampled;
            for (quint32 k = 0; k < part.distinct.size(); ++k)
                distinct.insert(part.distinct.key(k), false);
        }
        rawText = (inferred || type == ColumnType::Text) && sampled >= 256
            && double(distinct.size()) > 0.95 * double(sampled);
        if (rawText)
            type = ColumnType::Text;
    }
    check = TypeCheck::None;
    if (!guess)
        return;
    if (!inferred) {
        // The user's type stands, but a date order or boolean labels come from all values.
        if (isDateType(type) || type == ColumnType::Boolean)
            check = TypeCheck::Classify;
    } else if (seen.presentCount() == 0) {
        check = TypeCheck::Classify;
    } else if (type == ColumnType::Integer) {
        check = TypeCheck::Integer;
    } else if (type == ColumnType::Real) {
        check = TypeCheck::Real;
    } else if (isDateType(type) || type == ColumnType::Boolean) {
        check = TypeCheck::Classify;
    }
    // Strings need no check: a sample with no numeric, boolean or date candidate left means
    // that the whole column has none either.
}

void ColumnPlan::allocate(qint64 rows)
{
    reals = {};
    ints = {};
    bools = {};
    switch (type) {
    case ColumnType::Real:
        resizeFresh(reals, size_t(rows));
        break;
    case ColumnType::Integer:
    case ColumnType::Date:
    case ColumnType::DateTime:
        resizeFresh(ints, size_t(rows));
        break;
    case ColumnType::Boolean:
        resizeFresh(bools, size_t(rows));
        break;
    case ColumnType::Categorical:
    case ColumnType::Text:
        break;
    }
}

ColumnPart ColumnPlan::startPart(qint64 rows) const
{
    ColumnPart part;
    if ((isCodedType(type) && type != ColumnType::Boolean) || keepText)
        part.codes.allocate(size_t(rows));
    // Raw strings all go into one pool: room for them up front spares its growth.
    if (rawText)
        part.raw.reserve(size_t(rows), size_t(double(rows) * meanLength * 1.1) + 64);
    return part;
}

bool ColumnPlan::confirm(const std::vector<CsvChunk> &chunks, int column)
{
    switch (check) {
    case TypeCheck::None:
        return true;
    case TypeCheck::Integer:
    case TypeCheck::Real:
        for (const CsvChunk &c : chunks) {
            if (c.parts[size_t(column)].misfit)
                return false;
        }
        return true;
    case TypeCheck::Classify:
        break;
    }
    const TypeInference all = mergedInference(chunks, column);
    if (inferred && all.resolve() != type)
        return false;
    if (isDateType(type) && all.dateOrder() != order)
        return false;
    if (type == ColumnType::Boolean)
        setBoolLabels(boolLabels, all.candidates());
    return true;
}

void ColumnPlan::settleKeptText(std::vector<CsvChunk> &chunks, int column, qint64 rowCount,
                                const CellRules &rules)
{
    if (!keepText)
        return;
    keepText = false;
    if (confirm(chunks, column)) {
        for (CsvChunk &c : chunks) {
            c.parts[size_t(column)].codes.clear();
            c.parts[size_t(column)].index = StringIndex();
        }
        return;
    }
    // Which types every value allows does not depend on how often each occurs: the distinct
    // values decide as all the values would.
    for (CsvChunk &c : chunks) {
        ColumnPart &part = c.parts[size_t(column)];
        part.inference = TypeInference();
        for (quint32 k = 0; k < part.index.size(); ++k)
            part.inference.add(part.index.key(k), rules.decimalComma);
        part.sampled = 0;
        part.misfit = false;
    }
    decide(chunks, column, nullptr, false);
    if (isStringType(type))
        return; // the kept dictionaries are the column
    allocate(rowCount);
    for (CsvChunk &c : chunks) {
        ColumnPart kept = std::move(c.parts[size_t(column)]);
        ColumnPart &part = c.parts[size_t(column)];
        part = startPart(c.rows);
        for (qint64 r = 0; r < c.rows; ++r) {
            const quint32 code = kept.codes.at(size_t(r));
            convert(code == Column::missingCode32 ? std::string_view() : kept.index.key(code), true,
                    part, r, size_t(c.rowOffset + r), c.rows, rules);
        }
    }
}

void ColumnPlan::compact(const std::vector<CsvChunk> &chunks, qint64 rowCount)
{
    compactBuffer(reals, chunks, rowCount);
    compactBuffer(ints, chunks, rowCount);
    compactBuffer(bools, chunks, rowCount);
}

Column ColumnPlan::build(const QString &name, std::vector<CsvChunk> &chunks, int column,
                         qint64 rowCount, qint64 *failures)
{
    *failures = 0;
    MissingMask missing;
    for (const CsvChunk &c : chunks) {
        const ColumnPart &part = c.parts[size_t(column)];
        *failures += part.failures;
        missing.merge(part.missing, c.rowOffset, c.rows, rowCount);
    }
    switch (type) {
    case ColumnType::Real:
        return Column::makeReal(name, std::move(reals), std::move(missing));
    case ColumnType::Integer:
    case ColumnType::Date:
    case ColumnType::DateTime:
        return Column::makeInt(name, type, std::move(ints), std::move(missing));
    case ColumnType::Boolean:
        return Column::makeCoded(name, type, std::move(boolLabels), std::move(bools));
    case ColumnType::Categorical:
    case ColumnType::Text:
        break;
    }
    if (rawText)
        return mergeRawText(name, chunks, column, rowCount);
    return mergeDictionaries(name, type, inferred, chunks, column, rowCount);
}

} // namespace churnlab
