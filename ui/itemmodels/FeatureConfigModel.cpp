#include "ui/itemmodels/FeatureConfigModel.h"

#include "core/data/ColumnType.h"

#include <QColor>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

using namespace churnlab;

namespace {

// One edit of one column's transform; merges nothing, so each edit undoes on its own.
class TransformCommand final : public QUndoCommand
{
public:
    TransformCommand(FeatureConfigModel *model, const QString &column,
                     const FeatureConfig::Transform &before, const FeatureConfig::Transform &after,
                     const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_column(column)
        , m_before(before)
        , m_after(after)
    {
    }
    void redo() override { m_model->applyTransform(m_column, m_after); }
    void undo() override { m_model->applyTransform(m_column, m_before); }

private:
    FeatureConfigModel *m_model;
    QString m_column;
    FeatureConfig::Transform m_before, m_after;
};

} // namespace

FeatureConfigModel::FeatureConfigModel(QUndoStack *undo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(undo)
{
}

QStringList FeatureConfigModel::choices(int column)
{
    switch (column) {
    case RoleColumn:
        return {tr("Automatic"), tr("Feature"),   tr("Ignored"),
                tr("ID"),        tr("Sensitive"), tr("Excluded (leakage)")};
    case ImputeColumn:
        return {tr("Median"), tr("Mean"), tr("Most frequent"), tr("Constant")};
    case ScalingColumn:
        return {tr("Standard"), tr("Min-max"), tr("None")};
    case EncodingColumn:
        return {tr("One-hot"), tr("Ordinal"), tr("Target")};
    default:
        return {};
    }
}

void FeatureConfigModel::setDataset(std::shared_ptr<const Dataset> dataset, const QString &target)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_columns.clear();
    if (m_dataset)
        for (int c = 0; c < m_dataset->columnCount(); ++c)
            if (m_dataset->column(c).name() != target)
                m_columns.push_back(c);
    m_features.clear();
    m_ignored.clear();
    endResetModel();
}

void FeatureConfigModel::setConfig(const FeatureConfig &config)
{
    beginResetModel();
    m_config = config;
    endResetModel();
    emit configChanged();
}

void FeatureConfigModel::applyTransform(const QString &column, const FeatureConfig::Transform &t)
{
    m_config.setTransform(column, t);
    for (size_t r = 0; r < m_columns.size(); ++r)
        if (columnName(int(r)) == column)
            emit dataChanged(index(int(r), 0), index(int(r), ColumnCount - 1));
    emit configChanged();
}

void FeatureConfigModel::setStatus(const QStringList &features, const QStringList &ignored)
{
    m_features = features;
    m_ignored = ignored;
    if (!m_columns.empty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void FeatureConfigModel::setLeakage(const QList<LeakageFinding> &findings)
{
    m_leakage = findings;
    if (!m_columns.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FeatureConfigModel::setRoles(const QStringList &columns, FeatureConfig::Role role,
                                  const QString &text, std::optional<FeatureConfig::Role> undoRole)
{
    m_undo->beginMacro(text);
    for (const QString &column : columns) {
        FeatureConfig::Transform before = m_config.transform(column), after = before;
        after.role = role;
        if (undoRole)
            before.role = *undoRole;
        if (after != m_config.transform(column))
            m_undo->push(new TransformCommand(this, column, before, after, text));
    }
    m_undo->endMacro();
}

QString FeatureConfigModel::columnName(int row) const
{
    return row >= 0 && size_t(row) < m_columns.size()
        ? m_dataset->column(m_columns[size_t(row)]).name()
        : QString();
}

bool FeatureConfigModel::isNumeric(int row) const
{
    const ColumnType t = m_dataset->column(m_columns[size_t(row)]).type();
    return !isCodedType(t) || t == ColumnType::Boolean;
}

bool FeatureConfigModel::applies(int row, int column) const
{
    const ColumnType t = m_dataset->column(m_columns[size_t(row)]).type();
    if (t == ColumnType::Text)
        return false;
    switch (column) {
    case ImputeColumn:
    case IndicatorColumn:
    case ScalingColumn:
    case LogColumn:
    case BinsColumn:
        return isNumeric(row);
    case EncodingColumn:
        return !isNumeric(row);
    default:
        return false;
    }
}

int FeatureConfigModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int FeatureConfigModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeatureConfigModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const QString name = columnName(row);
    const FeatureConfig::Transform t = m_config.transform(name);
    const int column = index.column();
    if (role == Qt::CheckStateRole && applies(row, column)) {
        if (column == IndicatorColumn)
            return t.missingIndicator ? Qt::Checked : Qt::Unchecked;
        if (column == LogColumn)
            return t.log ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    const auto flagged = std::find_if(m_leakage.begin(), m_leakage.end(),
                                      [&](const LeakageFinding &f) { return f.column == name; });
    if (flagged != m_leakage.end()) {
        const bool leak = flagged->tier == LeakageFinding::Tier::Leak;
        if (role == Qt::ToolTipRole)
            return flagged->describe() + QLatin1Char('\n')
                + (leak ? tr("Training leaves it out unless its role is Feature.")
                        : tr("Training keeps it. Exclude it if it is recorded after the outcome."));
        if (role == Qt::BackgroundRole && t.role != FeatureConfig::Role::Leakage
            && t.role != FeatureConfig::Role::Ignore)
            return QColor(leak ? QColor(0xf4, 0xc7, 0xc3) : QColor(0xfc, 0xe8, 0xb2));
        if (role == Qt::DisplayRole && column == StatusColumn)
            return (leak ? tr("⚠ leaks the outcome (AUC %1)") : tr("⚠ suspicious (AUC %1)"))
                .arg(QLocale().toString(flagged->auc, 'f', 3));
    }
    if (role == Qt::ToolTipRole && column == StatusColumn && m_ignored.contains(name))
        return tr("Left out of training: text, an ID, constant, too many categories, or "
                  "ignored by you. Set the role to Feature to force it in.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool applicable = applies(row, column);
    switch (column) {
    case NameColumn:
        return name;
    case TypeColumn:
        return columnTypeLabel(m_dataset->column(m_columns[size_t(row)]).type());
    case RoleColumn:
        return role == Qt::EditRole ? QVariant(int(t.role))
                                    : QVariant(choices(column).at(int(t.role)));
    case ImputeColumn:
        if (!applicable)
            return {};
        if (role == Qt::EditRole)
            return int(t.impute);
        return t.impute == FeatureConfig::Impute::Constant ? tr("Constant %1").arg(t.constant)
                                                           : choices(column).at(int(t.impute));
    case ScalingColumn:
        if (!applicable)
            return {};
        return role == Qt::EditRole ? QVariant(int(t.scaling))
                                    : QVariant(choices(column).at(int(t.scaling)));
    case BinsColumn:
        if (!applicable)
            return {};
        return role == Qt::EditRole ? QVariant(t.bins)
                                    : (t.bins > 1 ? QVariant(t.bins) : QVariant(tr("none")));
    case EncodingColumn:
        if (!applicable)
            return {};
        return role == Qt::EditRole ? QVariant(int(t.encoding))
                                    : QVariant(choices(column).at(int(t.encoding)));
    case StatusColumn:
        if (t.role == FeatureConfig::Role::Id)
            return tr("customer ID");
        if (t.role == FeatureConfig::Role::Sensitive)
            return tr("sensitive: analysed for fairness");
        if (m_ignored.contains(name))
            return tr("left out");
        {
            const qsizetype n =
                std::count_if(m_features.begin(), m_features.end(), [&](const QString &f) {
                    return f == name || f.startsWith(name + QLatin1Char('='));
                });
            return n ? tr("%n feature(s)", nullptr, int(n)) : QVariant();
        }
    default:
        return {};
    }
}

bool FeatureConfigModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const QString name = columnName(index.row());
    const FeatureConfig::Transform before = m_config.transform(name);
    FeatureConfig::Transform after = before;
    if (role != Qt::EditRole && role != Qt::CheckStateRole)
        return false;
    QString what;
    switch (index.column()) {
    case RoleColumn:
        after.role =
            FeatureConfig::Role(std::clamp(value.toInt(), 0, int(FeatureConfig::Role::Leakage)));
        what = tr("role");
        break;
    case ImputeColumn:
        after.impute = FeatureConfig::Impute(std::clamp(value.toInt(), 0, 3));
        what = tr("imputation");
        break;
    case ScalingColumn:
        after.scaling = FeatureConfig::Scaling(std::clamp(value.toInt(), 0, 2));
        what = tr("scaling");
        break;
    case EncodingColumn:
        after.encoding = FeatureConfig::Encoding(std::clamp(value.toInt(), 0, 2));
        what = tr("encoding");
        break;
    case BinsColumn:
        after.bins = std::clamp(value.toInt(), 0, 255);
        what = tr("bins");
        break;
    case IndicatorColumn:
        if (role != Qt::CheckStateRole)
            return false;
        after.missingIndicator = value.toInt() == Qt::Checked;
        what = tr("missing indicator");
        break;
    case LogColumn:
        if (role != Qt::CheckStateRole)
            return false;
        after.log = value.toInt() == Qt::Checked;
        what = tr("log transform");
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    edit(name, after, tr("Change %1 of “%2”").arg(what, name));
    return true;
}

void FeatureConfigModel::edit(const QString &column, const FeatureConfig::Transform &t,
                              const QString &text)
{
    const FeatureConfig::Transform before = m_config.transform(column);
    if (!(before == t))
        m_undo->push(new TransformCommand(this, column, before, t, text));
}

Qt::ItemFlags FeatureConfigModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const int column = index.column();
    if (column == RoleColumn)
        return f | Qt::ItemIsEditable;
    if (!applies(index.row(), column))
        return column == NameColumn || column == TypeColumn || column == StatusColumn
            ? f
            : Qt::ItemIsSelectable;
    if (column == IndicatorColumn || column == LogColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant FeatureConfigModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Column");
        case TypeColumn:
            return tr("Type");
        case RoleColumn:
            return tr("Role");
        case ImputeColumn:
            return tr("Imputation");
        case IndicatorColumn:
            return tr("Missing flag");
        case ScalingColumn:
            return tr("Scaling");
        case LogColumn:
            return tr("Log");
        case BinsColumn:
            return tr("Bins");
        case EncodingColumn:
            return tr("Encoding");
        case StatusColumn:
            return tr("In the model");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RoleColumn:
            return tr("Automatic: ChurnLab decides (IDs, text and constant columns are left out); "
                      "Feature: always use; Ignored: never use; ID: identifies the customer, "
                      "never a feature; Sensitive: never a feature, but the fairness view "
                      "compares its groups and the quality checks look for proxies of it");
        case ImputeColumn:
            return tr("What replaces a missing number; fitted on the training rows only");
        case IndicatorColumn:
            return tr("Add a 0/1 feature that marks missing values");
        case ScalingColumn:
            return tr("Standard: zero mean, unit variance; Min-max: onto [0, 1]; None: raw values");
        case LogColumn:
            return tr("Signed log(1 + x), for long-tailed amounts");
        case BinsColumn:
            return tr("Cut into this many equal-frequency bins (0: keep the value)");
        case EncodingColumn:
            return tr("One-hot: a 0/1 feature per frequent level; Ordinal: levels numbered in "
                      "natural order; Target: the level's smoothed churn rate, cross-fitted on the "
                      "training rows");
        default:
            return {};
        }
    }
    return {};
}
