#include "ui/panels/RunsPanel.h"

#include "core/models/HyperParameter.h"
#include "core/tracking/RunDiff.h"
#include "core/tracking/TrackingStore.h"
#include "ui/NumberText.h"
#include "ui/charts/ChartBuilder.h"
#include "ui/widgets/SortArrowStyle.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace churnlab;

namespace {

enum Col {
    IdCol,
    StartedCol,
    LearnerCol,
    StatusCol,
    AucCol,
    PrAucCol,
    LogLossCol,
    SecondsCol,
    DataCol,
    RowsCol,
    SourceCol,
    TagsCol,
    ColCount
};

QStandardItem *number(double v, int decimals)
{
    auto *item = new QStandardItem(QLocale().toString(v, 'f', decimals));
    item->setData(v, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

RunsPanel::RunsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_store = new QLabel(this);
    m_store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter runs (learner, data, tag…)"));
    m_filter->setClearButtonEnabled(true);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setToolTip(tr("Read the run store again (F5)"));
    refresh->setShortcut(QKeySequence::Refresh);
    m_champion = new QPushButton(tr("Tag as &Champion"), this);
    m_champion->setToolTip(tr("The selected run becomes its experiment's champion"));
    m_reopen = new QPushButton(tr("Re&open Settings"), this);
    m_reopen->setToolTip(tr("Put the selected run's features, validation and learner settings "
                            "back into the Features and Model tabs"));
    m_scope = new QComboBox(this);
    m_scope->setToolTip(tr("This project's runs, or every run in the store (other projects, the "
                           "command line)"));
    m_scope->addItem(tr("All runs"));
    bar->addWidget(m_scope);
    bar->addWidget(m_filter, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_champion);
    bar->addWidget(m_reopen);
    layout->addWidget(m_store);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_model = new QStandardItemModel(0, ColCount, this);
    m_model->setHorizontalHeaderLabels({tr("Run"), tr("Started"), tr("Learner"), tr("Status"),
                                        tr("ROC AUC"), tr("PR AUC"), tr("Log loss"), tr("Train s"),
                                        tr("Data"), tr("Rows"), tr("From"), tr("Tags")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(split);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    SortArrowStyle::install(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DataCol, QHeaderView::Stretch);

    auto *lower = new QWidget(split);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_diff = new QTableWidget(0, 3, lower);
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("First run"), tr("Second run")});
    m_diff->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_diff->verticalHeader()->hide();
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setToolTip(tr("Select two runs to see what differs between them"));
    auto *plotSide = new QWidget(lower);
    auto *plotLayout = new QVBoxLayout(plotSide);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    auto *plotBar = new QHBoxLayout;
    m_metric = new QComboBox(plotSide);
    for (const char *m : {"auc", "pr_auc", "logloss", "brier", "f1"})
        m_metric->addItem(QLatin1StringView(m).toString());
    m_axis = new QComboBox(plotSide);
    m_axis->addItem(tr("over time"));
    m_axis->setToolTip(tr("Plot the metric over time, or against a hyperparameter"));
    plotBar->addWidget(new QLabel(tr("Plot"), plotSide));
    plotBar->addWidget(m_metric);
    plotBar->addWidget(m_axis, 1);
    plotLayout->addLayout(plotBar);
    m_plot = new QChartView(plotSide);
    m_plot->setRenderHint(QPainter::Antialiasing);
    plotLayout->addWidget(m_plot, 1);
    lowerLayout->addWidget(m_diff, 1);
    lowerLayout->addWidget(plotSide, 1);
    layout->addWidget(split, 1);
    m_message = new QLabel(this);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh, &QPushButton::clicked, this, &RunsPanel::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &RunsPanel::refresh);
    connect(m_champion, &QPushButton::clicked, this, &RunsPanel::tagChampion);
    connect(m_reopen, &QPushButton::clicked, this, [this]() {
        const auto runs = selected();
        if (runs.size() == 1)
            emit reopenRequested(runs.first().spec);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPanel::showSelection);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &RunsPanel::showPlot);
    connect(m_axis, &QComboBox::currentIndexChanged, this, &RunsPanel::showPlot);
    showSelection();
}

void RunsPanel::setExperiment(const QString &experiment)
{
    if (experiment == m_experiment)
        return;
    m_experiment = experiment;
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    if (!experiment.isEmpty())
        m_scope->addItem(tr("This project (%1)").arg(experiment));
    m_scope->addItem(tr("All runs"));
    if (isVisible())
        refresh();
}

void RunsPanel::setShowAllRuns(bool all)
{
    m_scope->setCurrentIndex(all ? m_scope->count() - 1 : 0);
}

void RunsPanel::refresh()
{
    const QString location = TrackingStore::defaultLocation();
    m_store->setText(tr("Run store: %1").arg(location));
    m_runs.clear();
    m_model->removeRows(0, m_model->rowCount());
    if (TrackingStore::isDisabled(location)) {
        m_message->setText(tr("Tracking is off (CHURNLAB_TRACKING=off)."));
        return;
    }
    auto store = TrackingStore::open(location);
    const bool scoped = !m_experiment.isEmpty() && m_scope->currentIndex() == 0;
    auto runs = store ? (*store)->list(scoped ? m_experiment : QString())
                      : Result<QList<RunRecord>>(store.error());
    if (!runs) {
        m_message->setText(runs.error().describe());
        return;
    }
    m_runs = *runs;
    QStringList params;
    for (const RunRecord &r : m_runs) {
        QList<QStandardItem *> row;
        auto *id = new QStandardItem(QString::number(r.id));
        id->setData(r.id, Qt::UserRole);
        row << id;
        auto *started =
            new QStandardItem(QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat));
        started->setData(r.started, Qt::UserRole);
        row << started;
        for (const QString &t : {r.learner, RunRecord::statusName(r.status)}) {
            auto *item = new QStandardItem(t);
            item->setData(t, Qt::UserRole);
            row << item;
        }
        row << number(r.metrics.value(QStringLiteral("auc")).toDouble(qQNaN()), 4)
            << number(r.metrics.value(QStringLiteral("pr_auc")).toDouble(qQNaN()), 4)
            << number(r.metrics.value(QStringLiteral("logloss")).toDouble(qQNaN()), 4)
            << number(r.trainSeconds, 2);
        for (const QString &t : {r.data.value(QStringLiteral("file")).toString()}) {
            auto *item = new QStandardItem(t);
            item->setData(t, Qt::UserRole);
            row << item;
        }
        row << number(r.data.value(QStringLiteral("rows")).toDouble(), 0);
        for (const QString &t : {r.source, r.tags.join(QStringLiteral(", "))}) {
            auto *item = new QStandardItem(t);
            item->setData(t, Qt::UserRole);
            row << item;
        }
        if (r.status != RunRecord::Status::Finished)
            for (QStandardItem *item : row)
                item->setToolTip(r.error);
        if (r.tags.contains(QStringLiteral("champion")))
            for (QStandardItem *item : row) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        m_model->appendRow(row);
        for (auto it = r.params.begin(); it != r.params.end(); ++it)
            if (it.value().isDouble() && !params.contains(r.learner + QLatin1Char('.') + it.key()))
                params << r.learner + QLatin1Char('.') + it.key();
    }
    params.sort();
    const QString axis = m_axis->currentText();
    m_axis->blockSignals(true);
    m_axis->clear();
    m_axis->addItem(tr("over time"));
    for (const QString &p : params) {
        const qsizetype dot = p.indexOf(QLatin1Char('.'));
        m_axis->addItem(
            tr("against %1 (%2)").arg(HyperParameter::labelOf(p.mid(dot + 1)), p.left(dot)), p);
    }
    m_axis->setCurrentIndex(std::max(0, m_axis->findText(axis)));
    m_axis->blockSignals(false);
    m_message->setText(tr("%n run(s).", nullptr, int(m_runs.size())));
    showPlot();
}

QList<RunRecord> RunsPanel::selected() const
{
    QList<RunRecord> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id =
            m_proxy->data(m_proxy->index(index.row(), IdCol), Qt::UserRole).toLongLong();
        for (const RunRecord &r : m_runs)
            if (r.id == id)
                out << r;
    }
    std::sort(out.begin(), out.end(),
              [](const RunRecord &a, const RunRecord &b) { return a.id < b.id; });
    return out;
}

void RunsPanel::selectRuns(const QList<qint64> &ids)
{
    m_table->clearSelection();
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (ids.contains(m_proxy->data(m_proxy->index(r, IdCol), Qt::UserRole).toLongLong()))
            m_table->selectionModel()->select(
                m_proxy->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void RunsPanel::tagChampion()
{
    const auto runs = selected();
    if (runs.size() != 1)
        return;
    auto store = TrackingStore::open(TrackingStore::defaultLocation());
    if (!store) {
        m_message->setText(store.error().describe());
        return;
    }
    if (auto tagged = (*store)->tag(runs.first().id, QStringLiteral("champion")); !tagged) {
        m_message->setText(tagged.error().describe());
        return;
    }
    const qint64 id = runs.first().id;
    refresh();
    selectRuns({id});
    m_message->setText(tr("Run %1 is the champion.").arg(id));
}

namespace {

QTableWidgetItem *diffKeyItem(const QString &key)
{
    // Settings read by their labels; the dotted key (as `runs diff` prints it) stays at hand.
    static const QLatin1String prefix("params.");
    auto *item = new QTableWidgetItem(
        key.startsWith(prefix)
            ? RunsPanel::tr("Setting: %1").arg(HyperParameter::labelOf(key.mid(prefix.size())))
            : key);
    item->setData(Qt::UserRole, key);
    item->setToolTip(key);
    return item;
}

QString diffValueText(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? NumberText::stored(v) : text;
}

} // namespace

void RunsPanel::showSelection()
{
    const auto runs = selected();
    m_champion->setEnabled(runs.size() == 1);
    m_reopen->setEnabled(runs.size() == 1 && !runs.first().spec.isEmpty());
    m_diff->setRowCount(0);
    if (runs.size() != 2)
        return;
    m_diff->setHorizontalHeaderLabels(
        {tr("Field"), tr("Run %1").arg(runs[0].id), tr("Run %1").arg(runs[1].id)});
    const auto rows = RunDiff::compare(runs[0], runs[1]);
    m_diff->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_diff->setItem(i, 0, diffKeyItem(rows[i].key));
        m_diff->setItem(i, 1, new QTableWidgetItem(diffValueText(rows[i].a)));
        m_diff->setItem(i, 2, new QTableWidgetItem(diffValueText(rows[i].b)));
    }
}

void RunsPanel::showPlot()
{
    const QString metric = m_metric->currentText();
    const QString param = m_axis->currentData().toString();
    QChart *chart = ChartBuilder::newChart(param.isEmpty() ? tr("%1 over time").arg(metric)
                                                           : tr("%1 against %2").arg(metric, param),
                                           palette());
    QHash<QString, QScatterSeries *> byLearner;
    double low = qInf(), high = -qInf(), xLow = qInf(), xHigh = -qInf();
    for (const RunRecord &r : m_runs) {
        const QJsonValue v = r.metrics.value(metric);
        if (!v.isDouble())
            continue;
        double x = 0;
        if (param.isEmpty()) {
            x = double(r.started.toMSecsSinceEpoch());
        } else {
            if (!param.startsWith(r.learner + QLatin1Char('.')))
                continue;
            const QJsonValue p = r.params.value(param.mid(r.learner.size() + 1));
            if (!p.isDouble())
                continue;
            x = p.toDouble();
        }
        auto *&series = byLearner[r.learner];
        if (!series) {
            series = new QScatterSeries;
            series->setName(r.learner);
            series->setMarkerSize(9);
        }
        series->append(x, v.toDouble());
        low = std::min(low, v.toDouble());
        high = std::max(high, v.toDouble());
        xLow = std::min(xLow, x);
        xHigh = std::max(xHigh, x);
    }
    QAbstractAxis *x = nullptr;
    if (param.isEmpty()) {
        auto *time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("MM-dd HH:mm"));
        if (xLow <= xHigh)
            time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xLow) - 60000),
                           QDateTime::fromMSecsSinceEpoch(qint64(xHigh) + 60000));
        x = time;
    } else {
        auto *value = new QValueAxis;
        value->setTitleText(param);
        if (xLow <= xHigh)
            value->setRange(xLow - 0.05 * (xHigh - xLow + 1), xHigh + 0.05 * (xHigh - xLow + 1));
        x = value;
    }
    auto *y = new QValueAxis;
    y->setTitleText(metric);
    if (low <= high)
        y->setRange(low - 0.01, high + 0.01);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *s : std::as_const(byLearner)) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart *old = m_plot->chart();
    m_plot->setChart(ChartBuilder::readable(chart));
    delete old;
}

QString RunsPanel::message() const
{
    return m_message->text();
}
