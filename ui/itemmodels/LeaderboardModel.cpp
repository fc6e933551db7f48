#include "ui/itemmodels/LeaderboardModel.h"

#include "ui/NumberText.h"

#include "core/models/ModelCatalog.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <cmath>

using namespace churnlab;

LeaderboardModel::LeaderboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LeaderboardModel::reset(const QStringList &ids)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &id : ids) {
        const auto info = ModelCatalog::find(id);
        m_rows.push_back({id, info ? info->title : id, tr("Queued"), 0, false, nullptr, {}});
    }
    endResetModel();
}

void LeaderboardModel::addQueued(const QStringList &ids, const QStringList &titles)
{
    for (int r = rowCount() - 1; r >= 0; --r)
        if (!m_rows[size_t(r)].report) {
            beginRemoveRows({}, r, r);
            m_rows.erase(m_rows.begin() + r);
            endRemoveRows();
        }
    if (ids.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(ids.size()) - 1);
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_rows.push_back({ids[i], titles.value(i, ids[i]), tr("Queued"), 0, false, nullptr, {}});
    endInsertRows();
}

void LeaderboardModel::setCurrent(const QString &id)
{
    if (id == m_current)
        return;
    m_current = id;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
}

void LeaderboardModel::remove(const QString &id)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    beginRemoveRows({}, r, r);
    m_rows.erase(m_rows.begin() + r);
    endRemoveRows();
}

int LeaderboardModel::rowOf(const QString &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

void LeaderboardModel::setProgress(const QString &id, int permille, const QString &message)
{
    const int r = rowOf(id);
    if (r < 0 || m_rows[size_t(r)].report)
        return;
    Row &row = m_rows[size_t(r)];
    row.permille = permille;
    row.status = message.isEmpty() ? tr("Training %1 %").arg(permille / 10) : message;
    emit dataChanged(index(r, StatusColumn), index(r, StatusColumn));
}

void LeaderboardModel::setReport(std::shared_ptr<const ModelReport> report)
{
    const int r = rowOf(report->id);
    if (r < 0)
        return;
    Row &row = m_rows[size_t(r)];
    row.metrics = report->metricsAt(m_threshold);
    row.title = report->title; // AutoML's and stored models' ids are not catalog ids
    row.report = std::move(report);
    row.status = tr("Done");
    row.permille = 1000;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void LeaderboardModel::addReport(std::shared_ptr<const ModelReport> report)
{
    if (rowOf(report->id) < 0) {
        const int r = int(m_rows.size());
        beginInsertRows({}, r, r);
        m_rows.push_back({report->id, report->title, {}, 0, false, nullptr, {}});
        endInsertRows();
    }
    setReport(std::move(report));
}

void LeaderboardModel::setFailed(const QString &id, const QString &message)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    m_rows[size_t(r)].failed = true;
    m_rows[size_t(r)].status = message;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void LeaderboardModel::setThreshold(double threshold)
{
    m_threshold = threshold;
    for (Row &row : m_rows)
        if (row.report)
            row.metrics = row.report->metricsAt(threshold);
    if (!m_rows.empty())
        emit dataChanged(index(0, AccuracyColumn), index(rowCount() - 1, F1Column));
}

std::shared_ptr<const ModelReport> LeaderboardModel::report(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].report : nullptr;
}

std::shared_ptr<const ModelReport> LeaderboardModel::report(const QString &id) const
{
    return report(rowOf(id));
}

QList<std::shared_ptr<const ModelReport>> LeaderboardModel::reports() const
{
    QList<std::shared_ptr<const ModelReport>> out;
    for (const Row &row : m_rows)
        if (row.report)
            out << row.report;
    return out;
}

QString LeaderboardModel::toCsv(const QList<int> &order) const
{
    QList<int> rows = order;
    if (rows.isEmpty())
        for (int r = 0; r < rowCount(); ++r)
            rows << r;
    QStringList lines;
    QStringList header = {QStringLiteral("model"), QStringLiteral("id")};
    for (int c = AucColumn; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    header << QStringLiteral("threshold");
    lines << header.join(QLatin1Char(','));
    for (const int r : std::as_const(rows)) {
        const Row &row = m_rows[size_t(r)];
        if (!row.report)
            continue;
        QString title = row.title;
        title.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QStringList cells = {QLatin1Char('"') + title + QLatin1Char('"'), row.id};
        for (int c = AucColumn; c < ColumnCount; ++c)
            cells << QString::number(value(row, c).toDouble(), 'g', 17);
        cells << QString::number(m_threshold, 'g', 17);
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::value(const Row &row, int column) const
{
    const BinaryMetrics &m = row.metrics;
    switch (column) {
    case AucColumn:
        return m.auc;
    case PrAucColumn:
        return m.prAuc;
    case LogLossColumn:
        return m.logLoss;
    case BrierColumn:
        return m.brier;
    case AccuracyColumn:
        return m.accuracy();
    case PrecisionColumn:
        return m.precision();
    case RecallColumn:
        return m.recall();
    case F1Column:
        return m.f1();
    case TrainSecondsColumn:
        return row.report->run.trainSeconds;
    case PredictSecondsColumn:
        return row.report->run.predictSeconds;
    default:
        return {};
    }
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    if (role == IdRole)
        return row.id;
    if (role == Qt::FontRole && !row.id.isEmpty() && row.id == m_current) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (column == ModelColumn) {
        const bool flagged = row.report && !row.report->flagged.isEmpty();
        if (role == SortRole)
            return row.title;
        if (role == Qt::DisplayRole)
            return flagged ? QStringLiteral("⚠ ") + row.title : row.title;
        if (role == Qt::ForegroundRole && flagged)
            return QBrush(QColor(0xb0, 0x60, 0x00));
        if (role == Qt::ToolTipRole) {
            const auto info = ModelCatalog::find(row.id);
            QStringList lines {info ? info->description : QString()};
            if (flagged) {
                lines << tr("Trained on columns that may leak the outcome:");
                for (const LeakageFinding &f : row.report->flagged)
                    lines << QStringLiteral("• ") + f.describe();
            }
            lines.removeAll(QString());
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
    if (column == StatusColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.status;
        if (role == SortRole)
            return row.failed ? -1 : row.permille;
        if (role == Qt::ForegroundRole && row.failed)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    }
    if (!row.report)
        return role == SortRole ? QVariant(-1e300) : QVariant();
    const QVariant v = value(row, column);
    switch (role) {
    case SortRole:
        return v;
    case Qt::DisplayRole:
        return NumberText::measure(v.toDouble(), column >= TrainSecondsColumn ? 3 : 4);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == AucColumn && !row.report->foldAuc.empty()) {
            const std::vector<double> &f = row.report->foldAuc;
            double mean = 0, var = 0;
            for (double a : f)
                mean += a / double(f.size());
            for (double a : f)
                var += (a - mean) * (a - mean) / double(f.size());
            return tr("On the pooled out-of-fold scores; per fold %1 ± %2 over %3 folds")
                .arg(NumberText::measure(mean, 4))
                .arg(NumberText::measure(std::sqrt(var), 4))
                .arg(f.size());
        }
        if (column >= AccuracyColumn && column <= F1Column)
            return tr("At threshold %1: %2 true positives, %3 false positives, %4 false "
                      "negatives, %5 true negatives")
                .arg(NumberText::measure(m_threshold, 3))
                .arg(NumberText::count(row.metrics.tp), NumberText::count(row.metrics.fp),
                     NumberText::count(row.metrics.fn), NumberText::count(row.metrics.tn));
        return {};
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ModelColumn:
            return tr("Model");
        case StatusColumn:
            return tr("Status");
        case AucColumn:
            return tr("ROC AUC");
        case PrAucColumn:
            return tr("PR AUC");
        case LogLossColumn:
            return tr("Log loss");
        case BrierColumn:
            return tr("Brier");
        case AccuracyColumn:
            return tr("Accuracy");
        case PrecisionColumn:
            return tr("Precision");
        case RecallColumn:
            return tr("Recall");
        case F1Column:
            return tr("F1");
        case TrainSecondsColumn:
            return tr("Train s");
        case PredictSecondsColumn:
            return tr("Predict s");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AucColumn:
            return tr("Area under the ROC curve: how well the model ranks churners above others (1 "
                      "is perfect, 0.5 is chance)");
        case PrAucColumn:
            return tr("Average precision: the area under the precision-recall curve; matters when "
                      "churners are rare");
        case LogLossColumn:
            return tr("Mean negative log-likelihood of the test labels; lower is better and "
                      "rewards honest probabilities");
        case BrierColumn:
            return tr("Mean squared error of the predicted probability; lower is better");
        case AccuracyColumn:
            return tr("Share of test customers classified correctly at the threshold");
        case PrecisionColumn:
            return tr("Of the customers flagged at the threshold, the share who churned");
        case RecallColumn:
            return tr("Of the customers who churned, the share flagged at the threshold");
        case F1Column:
            return tr("Harmonic mean of precision and recall at the threshold");
        case TrainSecondsColumn:
            return tr("Seconds to fit the model");
        case PredictSecondsColumn:
            return tr("Seconds to score the test set");
        default:
            return {};
        }
    }
    return {};
}
