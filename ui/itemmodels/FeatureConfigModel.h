#pragma once

#include "core/data/Dataset.h"
#include "core/explore/LeakageScreen.h"
#include "core/features/FeatureConfig.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

class QUndoStack;

// The Features table: one row per column of the dataset (the target excluded), its type, its
// role and its transforms. Edits made through the view become undoable commands on the
// stack; the commands write back through applyTransform(). Cells that do not apply to a
// column's type (scaling of a category, encoding of a number) are read-only.
class FeatureConfigModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        RoleColumn,
        ImputeColumn,
        IndicatorColumn,
        ScalingColumn,
        LogColumn,
        BinsColumn,
        EncodingColumn,
        StatusColumn,
        ColumnCount
    };
    // The choices offered by a column's editor (translated), in the enum's order.
    static QStringList choices(int column);

    FeatureConfigModel(QUndoStack *undo, QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const churnlab::Dataset> dataset, const QString &target);
    const churnlab::FeatureConfig &config() const { return m_config; }
    void setConfig(const churnlab::FeatureConfig &config); // not undoable: a reset
    // Sets as an undoable command named `text`; nothing when it changes nothing.
    void edit(const QString &column, const churnlab::FeatureConfig::Transform &t,
              const QString &text);
    // Sets without making an undo command (the commands call it).
    void applyTransform(const QString &column, const churnlab::FeatureConfig::Transform &t);
    // What the fitted preview pipeline did with each column: "feature" or why it was left out.
    void setStatus(const QStringList &features, const QStringList &ignored);
    // The leakage screen's findings: shown in the status, the tooltip and the row's colour.
    void setLeakage(const QList<churnlab::LeakageFinding> &findings);
    const QList<churnlab::LeakageFinding> &leakage() const { return m_leakage; }
    // One undoable step: each of `columns` gets `role`. `undoRole` is what undo restores
    // instead of the role before (see FeaturePanel::excludeLeaks); unset, the role before.
    void setRoles(const QStringList &columns, churnlab::FeatureConfig::Role role,
                  const QString &text,
                  std::optional<churnlab::FeatureConfig::Role> undoRole = std::nullopt);
    QString columnName(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void configChanged();

private:
    bool isNumeric(int row) const;
    bool applies(int row, int column) const;

    std::shared_ptr<const churnlab::Dataset> m_dataset;
    std::vector<int> m_columns; // dataset column per row
    churnlab::FeatureConfig m_config;
    QStringList m_features, m_ignored;
    QList<churnlab::LeakageFinding> m_leakage;
    QUndoStack *m_undo;
};
