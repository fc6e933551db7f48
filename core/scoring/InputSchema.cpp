#include "core/scoring/InputSchema.h"

#include "core/JsonFields.h"
#include "core/features/FeaturePipeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>
#include <optional>

namespace churnlab {

namespace {

// Types the pipeline reads alike: numbers by value, categories by their text.
bool compatible(ColumnType trained, ColumnType read)
{
    if (trained == read)
        return true;
    if (isNumericType(trained) && isNumericType(read))
        return true;
    const auto category = [](ColumnType t) {
        return t == ColumnType::Categorical || t == ColumnType::Text;
    };
    return category(trained) && category(read);
}

// A coded column from strings (std::nullopt: missing), then converted to `type` by the same
// parsing the CSV reader's type conversion uses.
churnlab::Column fromStrings(const QString &name, ColumnType type,
                             const std::vector<std::optional<QString>> &values, qint64 &failed)
{
    StringPool pool;
    QHash<QString, quint32> index;
    std::vector<quint32> codes(values.size(), churnlab::Column::missingCode32);
    for (size_t r = 0; r < values.size(); ++r) {
        if (!values[r])
            continue;
        auto it = index.find(*values[r]);
        if (it == index.end())
            it = index.insert(*values[r], pool.append(values[r]->toUtf8().toStdString()));
        codes[r] = it.value();
    }
    const quint32 levels = pool.size();
    churnlab::Column text = churnlab::Column::makeCoded(
        name, ColumnType::Text, std::move(pool), churnlab::Column::narrowCodes(codes, levels));
    if (type == ColumnType::Text)
        return text;
    qsizetype bad = 0;
    churnlab::Column out = text.convertedTo(type, &bad);
    failed += bad;
    return out;
}

} // namespace

const churnlab::Column *ConformedInput::column(const QString &name) const
{
    if (m_own) {
        const int c = m_own->indexOf(name);
        if (c >= 0)
            return &m_own->column(c);
    }
    const int c = m_input ? m_input->indexOf(name) : -1;
    return c >= 0 ? &m_input->column(c) : nullptr;
}

InputSchema InputSchema::fit(const Dataset &d, const std::vector<quint32> &rows,
                             const FeaturePipeline &pipeline, const QString &idColumn)
{
    InputSchema s;
    QStringList names = pipeline.inputColumns();
    if (!idColumn.isEmpty() && d.indexOf(idColumn) >= 0 && !names.contains(idColumn)) {
        names << idColumn;
        s.m_idColumn = idColumn;
    }
    for (const QString &name : names) {
        const churnlab::Column &c = d.column(d.indexOf(name));
        Column col;
        col.name = name;
        col.type = c.type();
        col.required = name != s.m_idColumn;
        qint64 missing = 0;
        double low = INFINITY, high = -INFINITY;
        if (isCodedType(c.type())) {
            std::vector<char> seen(c.levels().size(), 0);
            for (quint32 r : rows) {
                const quint32 code = c.code(r);
                code == churnlab::Column::missingCode32 ? void(++missing) : void(seen[code] = 1);
            }
            QSet<QString> distinct;
            for (quint32 l = 0; l < seen.size(); ++l)
                if (seen[l])
                    distinct.insert(c.levels().at(l));
            col.categoriesComplete = distinct.size() <= kMaxCategories && col.required;
            if (col.categoriesComplete) {
                col.categories = QStringList(distinct.begin(), distinct.end());
                col.categories.sort();
            }
        } else {
            for (quint32 r : rows) {
                const double v = c.number(r);
                if (std::isnan(v)) {
                    ++missing;
                    continue;
                }
                low = std::min(low, v);
                high = std::max(high, v);
            }
            col.min = std::isfinite(low) ? low : 0;
            col.max = std::isfinite(high) ? high : 0;
        }
        col.missingRate = rows.empty() ? 0 : double(missing) / double(rows.size());
        s.m_columns << col;
    }
    return s;
}

const InputSchema::Column *InputSchema::column(const QString &name) const
{
    for (const Column &c : m_columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

void InputSchema::count(const Column &schema, const churnlab::Column &values,
                        ScoringReport::Column &issue) const
{
    if (isCodedType(schema.type) && schema.type != ColumnType::Boolean) {
        if (!schema.categoriesComplete)
            return;
        const QSet<QString> known(schema.categories.begin(), schema.categories.end());
        std::vector<char> unseen(values.levels().size(), 0);
        for (quint32 l = 0; l < unseen.size(); ++l)
            unseen[l] = !known.contains(values.levels().at(l));
        for (qsizetype r = 0; r < values.size(); ++r) {
            const quint32 code = values.code(r);
            if (code != churnlab::Column::missingCode32 && unseen[code] && issue.unseen++ == 0) {
                issue.firstUnseenRow = r;
                issue.firstUnseenValue = values.levels().at(code);
            }
        }
        return;
    }
    if (isCodedType(schema.type))
        return;
    for (qsizetype r = 0; r < values.size(); ++r) {
        const double v = values.number(r);
        if (!std::isnan(v) && (v < schema.min || v > schema.max))
            ++issue.outOfRange;
    }
}

Result<ConformedInput> InputSchema::conform(const Dataset &input, ScoringReport &report) const
{
    ConformedInput out;
    out.m_input = &input;
    out.m_own = std::make_shared<Dataset>();
    ScoringReport mine;
    mine.rows = input.rowCount();
    for (const Column &schema : m_columns) {
        const int index = input.indexOf(schema.name);
        if (index < 0) {
            if (!schema.required)
                continue;
            return Error {Error::Kind::MissingColumn,
                          tr("The input has no column “%1”, which the model needs (as %2).")
                              .arg(schema.name, columnTypeLabel(schema.type))};
        }
        const churnlab::Column &given = input.column(index);
        auto issue = ScoringReport::Column::of(schema.name, schema.type, given.type());
        if (compatible(schema.type, given.type())) {
            issue.readAs = schema.type;
            count(schema, given, issue);
            if (issue.unseen || issue.outOfRange)
                mine.columns << issue;
            continue;
        }
        churnlab::Column column;
        {
            qsizetype failed = 0;
            column = given.convertedTo(schema.type, &failed);
            issue.unparsable = failed;
            for (qsizetype r = 0; failed > 0 && r < given.size(); ++r)
                if (!given.isMissing(r) && column.isMissing(r)) {
                    issue.firstUnparsableRow = r;
                    issue.firstUnparsableValue = given.text(r);
                    break;
                }
        }
        count(schema, column, issue);
        if (issue.converted() || issue.unparsable || issue.unseen || issue.outOfRange)
            mine.columns << issue;
        out.m_own->addColumn(std::move(column));
    }
    report.merge(mine);
    return out;
}

Result<ConformedInput> InputSchema::fromRecords(const QJsonArray &records,
                                                ScoringReport &report) const
{
    return fromValues(
        records.size(),
        [&records](qsizetype r, const QString &column) {
            return records[r].toObject().value(column);
        },
        report);
}

Result<ConformedInput> InputSchema::fromValues(qsizetype rowCount, const ValueAt &valueAt,
                                               ScoringReport &report) const
{
    ConformedInput conformed;
    conformed.m_own = std::make_shared<Dataset>();
    Dataset &out = *conformed.m_own;
    ScoringReport mine;
    mine.rows = rowCount;
    for (const Column &schema : m_columns) {
        auto issue = ScoringReport::Column::of(schema.name, schema.type, schema.type);
        bool present = false;
        churnlab::Column column;
        if (isNumericType(schema.type)) {
            std::vector<double> values(static_cast<size_t>(rowCount), 0.0);
            MissingMask missing;
            for (qsizetype r = 0; r < rowCount; ++r) {
                const QJsonValue v = valueAt(r, schema.name);
                present = present || !v.isUndefined();
                bool ok = v.isDouble();
                double number = v.toDouble();
                if (v.isString()) {
                    const QString text = v.toString().trimmed();
                    number = text.toDouble(&ok);
                    // The CSV reader's missing tokens are missing here too.
                    if (!ok && (text.isEmpty() || text == QLatin1String("NA")))
                        ok = false, number = NAN;
                    else if (!ok)
                        ++issue.unparsable;
                } else if (!ok && !v.isNull() && !v.isUndefined()) {
                    ++issue.unparsable;
                }
                if (!ok || !std::isfinite(number))
                    missing.set(r, rowCount);
                else
                    values[size_t(r)] = number;
            }
            column = churnlab::Column::makeReal(schema.name, std::move(values), std::move(missing));
        } else {
            std::vector<std::optional<QString>> texts(static_cast<size_t>(rowCount));
            for (qsizetype r = 0; r < rowCount; ++r) {
                const QJsonValue v = valueAt(r, schema.name);
                present = present || !v.isUndefined();
                if (v.isString())
                    texts[size_t(r)] = v.toString();
                else if (v.isBool())
                    texts[size_t(r)] =
                        v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
                else if (v.isDouble())
                    texts[size_t(r)] = QString::number(v.toDouble(), 'g', 17);
                else if (!v.isNull() && !v.isUndefined())
                    ++issue.unparsable;
            }
            column = fromStrings(schema.name, schema.type, texts, issue.unparsable);
        }
        if (!present && schema.required && rowCount > 0)
            return Error {Error::Kind::MissingColumn,
                          tr("No record has the field “%1”, which the model needs (as %2).")
                              .arg(schema.name, columnTypeLabel(schema.type))};
        count(schema, column, issue);
        if (issue.unparsable || issue.unseen || issue.outOfRange)
            mine.columns << issue;
        out.addColumn(std::move(column));
    }
    report.merge(mine);
    return conformed;
}

QJsonObject InputSchema::toJson() const
{
    QJsonArray columns;
    for (const Column &c : m_columns) {
        QJsonObject o {{QStringLiteral("name"), c.name},
                       {QStringLiteral("type"), columnTypeName(c.type)},
                       {QStringLiteral("required"), c.required},
                       {QStringLiteral("missing_rate"), c.missingRate}};
        if (isCodedType(c.type)) {
            o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(c.categories));
            o.insert(QStringLiteral("categories_complete"), c.categoriesComplete);
        } else {
            o.insert(QStringLiteral("min"), c.min);
            o.insert(QStringLiteral("max"), c.max);
        }
        columns.append(o);
    }
    QJsonObject out {{QStringLiteral("format"), QStringLiteral("churnlab-schema")},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("columns"), columns}};
    if (!m_idColumn.isEmpty())
        out.insert(QStringLiteral("id_column"), m_idColumn);
    return out;
}

Result<InputSchema> InputSchema::fromJson(const QJsonObject &json)
{
    JsonFields f(json, tr("input schema"));
    if (!f.header("churnlab-schema", kFormatVersion))
        return f.error();
    InputSchema s;
    const QJsonArray columns = f.array("columns");
    for (qsizetype i = 0; i < columns.size() && f.ok(); ++i) {
        JsonFields e = f.nested(columns[i].toObject(), QStringLiteral("columns[%1]").arg(i));
        Column c;
        c.name = e.text("name");
        const auto type = columnTypeFromName(e.text("type"));
        if (e.ok() && !type)
            e.fail(QStringLiteral("type"), tr("is not a column type"));
        c.type = type.value_or(ColumnType::Real);
        c.required = e.boolean("required");
        c.missingRate = e.number("missing_rate", 0, 1);
        if (isCodedType(c.type)) {
            c.categories = e.texts("categories");
            c.categoriesComplete = e.boolean("categories_complete");
        } else {
            c.min = e.number("min");
            c.max = e.number("max");
        }
        s.m_columns << c;
    }
    if (f.has("id_column"))
        s.m_idColumn = f.text("id_column");
    if (!f.ok())
        return f.error();
    return s;
}

} // namespace churnlab
