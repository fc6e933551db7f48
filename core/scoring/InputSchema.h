#pragma once

#include "core/Result.h"
#include "core/data/Dataset.h"
#include "core/features/FeaturePipeline.h"
#include "core/scoring/ScoringReport.h"
#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <vector>

namespace churnlab {

// Input conformed to a schema: the input's own columns where they already fit, converted
// copies only where they did not, so conforming a 10M-row file copies nothing that matches.
// Refers to the input Dataset, which must outlive it.
class ConformedInput
{
public:
    const churnlab::Column *column(const QString &name) const;
    FeaturePipeline::ColumnLookup lookup() const
    {
        return [this](const QString &name) { return column(name); };
    }

private:
    friend class InputSchema;
    const Dataset *m_input = nullptr;
    std::shared_ptr<Dataset> m_own; // converted columns, or every column built from records
};

// The input a fitted pipeline expects, fitted with it on the training rows: each source
// column's name and type, whether it is required, the categories seen, the observed range
// and the missing rate, and the ID column if there is one. It decides what to do with input
// that does not match (conform), and turns JSON records into a Dataset of the right types.
class InputSchema
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::InputSchema)

public:
    struct Column
    {
        QString name;
        ColumnType type = ColumnType::Real;
        bool required = true;
        QStringList categories; // coded columns; empty when there were too many to keep
        bool categoriesComplete = true;
        double min = 0, max = 0; // numbers, dates and times, as Column::number() gives them
        double missingRate = 0;
    };

    static constexpr int kMaxCategories = 1000;

    // The pipeline's input columns (required) and the ID column (optional), as the training
    // rows hold them.
    static InputSchema fit(const Dataset &dataset, const std::vector<quint32> &rows,
                           const FeaturePipeline &pipeline, const QString &idColumn = {});

    const QList<Column> &columns() const { return m_columns; }
    const Column *column(const QString &name) const;
    const QString &idColumn() const { return m_idColumn; }

    // The policy, applied to any input before it is scored:
    // - a required column that is missing is an error that names it;
    // - a column read with another type is converted to the training type; values that do
    //   not convert become missing and are counted;
    // - categories not seen in training, and numbers outside the training range, are counted
    //   (the pipeline scores unseen categories as it scores rare ones).
    // The schema's columns in training types, with the same rows.
    [[nodiscard]] Result<ConformedInput> conform(const Dataset &input, ScoringReport &report) const;

    // Rows as JSON objects keyed by column name ({"tenure": 12, "Contract": "Two year"}),
    // each value read as its column's training type; a value of the wrong JSON type or that
    // does not parse is missing and counted. Required columns absent from every record are
    // an error naming them.
    [[nodiscard]] Result<ConformedInput> fromRecords(const QJsonArray &records,
                                                     ScoringReport &report) const;
    // The same from any JSON layout: value(row, column) is the cell, undefined when the row
    // does not give that column (records), or the column is absent (tensors, frames).
    using ValueAt = std::function<QJsonValue(qsizetype row, const QString &column)>;
    [[nodiscard]] Result<ConformedInput> fromValues(qsizetype rows, const ValueAt &value,
                                                    ScoringReport &report) const;

    QJsonObject toJson() const;
    static Result<InputSchema> fromJson(const QJsonObject &json);
    static constexpr int kFormatVersion = 1;

private:
    void count(const Column &schema, const churnlab::Column &values,
               ScoringReport::Column &issue) const;

    QList<Column> m_columns;
    QString m_idColumn;
};

} // namespace churnlab
