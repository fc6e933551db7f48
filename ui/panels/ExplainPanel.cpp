#include "ui/panels/ExplainPanel.h"
#include "ui/NumberText.h"
#include "ui/charts/ChartBuilder.h"

#include "ui/document/JobTracker.h"

#include "ui/charts/ExplainCharts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>
#include <set>

using namespace churnlab;

namespace {

const QString kExplainJob = QStringLiteral("explain");
const QString kDependenceJob = QStringLiteral("partial dependence");

enum CustomerColumn { IdColumn, ProbabilityColumn, ActualColumn };
constexpr int SampleRole = Qt::UserRole;

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void replace(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(ChartBuilder::readable(chart));
    delete old;
}

} // namespace

ExplainPanel::ExplainPanel(JobTracker *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
{
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(tr("Train a model on the Model tab to see why it scores each "
                              "customer as it does."),
                           this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Find a customer…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Show the customers whose ID contains this text"));
    leftLayout->addWidget(m_search);
    m_table = new QTableWidget(0, 3, left);
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("Probability"), tr("Churned")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("The test rows, highest churn probability first; select one to see "
                           "why"));
    leftLayout->addWidget(m_table, 1);
    split->addWidget(left);

    auto *right = new QSplitter(Qt::Vertical, split);
    m_waterfall = chartView(right);
    m_waterfall->setToolTip(tr("Each column's contribution to this customer's score, largest "
                               "first, from the average customer (expected) to this one"));
    right->addWidget(m_waterfall);
    auto *lower = new QWidget(right);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("&Column:"), lower));
    m_column = new QComboBox(lower);
    m_column->setToolTip(tr("The column the dependence and partial-dependence plots show"));
    static_cast<QLabel *>(pick->itemAt(0)->widget())->setBuddy(m_column);
    pick->addWidget(m_column, 1);
    lowerLayout->addLayout(pick);
    m_tabs = new QTabWidget(lower);
    m_importance = chartView(m_tabs);
    m_dependence = chartView(m_tabs);
    m_partial = chartView(m_tabs);
    m_tabs->addTab(m_importance, tr("Importance"));
    m_tabs->addTab(m_dependence, tr("Dependence"));
    m_tabs->addTab(m_partial, tr("Partial dependence"));
    lowerLayout->addWidget(m_tabs, 1);
    right->addWidget(lower);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    // The waterfall names a column on each of its (up to eleven) rows: it gets the room.
    m_waterfall->setMinimumHeight(fontMetrics().height() * 24);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    // A chart is laid out for the size it is shown at: draw a tab's chart when it is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &ExplainPanel::drawGlobal);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExplainPanel::showCustomer);
    connect(m_column, &QComboBox::currentIndexChanged, this, &ExplainPanel::showColumn);
    connect(m_search, &QLineEdit::textChanged, this, &ExplainPanel::filter);
}

ExplainPanel::~ExplainPanel() = default;

bool ExplainPanel::isBusy() const
{
    return m_jobs->isRunning(kExplainJob) || m_jobs->isRunning(kDependenceJob);
}

void ExplainPanel::setModel(std::shared_ptr<const ModelReport> report, const ModelEvaluation &on)
{
    m_rowsText = on.describe();
    setModel(std::move(report), on.data, on.rows, on.labels);
}

void ExplainPanel::setModel(std::shared_ptr<const ModelReport> report,
                            std::shared_ptr<const Dataset> data, std::vector<quint32> rows,
                            std::vector<qint8> labels)
{
    if (report == m_report && data == m_data)
        return;
    m_jobs->cancel(kExplainJob);
    m_jobs->cancel(kDependenceJob);
    m_report = std::move(report);
    m_data = std::move(data);
    m_explained.reset();
    m_table->setRowCount(0);
    m_column->clear();
    if (!m_report || !m_report->explainer || !m_data) {
        m_message->setText(tr("Train a model on the Model tab to see why it scores each "
                              "customer as it does."));
        return;
    }
    const auto explainer = m_report->explainer;
    // As many as a few seconds' work allows (a deep forest far fewer than boosting).
    const size_t cap = size_t(explainer->affordableRows(
        kExplainSteps, 20,
        explainer->method() == Explainer::Method::Sampling ? kSampledRows : kExactRows));
    // An even spread of the rows when there are more than the cap.
    if (rows.size() > cap) {
        std::vector<quint32> spread;
        for (size_t i = 0; i < cap; ++i)
            spread.push_back(rows[i * rows.size() / cap]);
        rows = std::move(spread);
    }
    m_rows = rows;
    m_labels = std::move(labels);
    m_message->setText(tr("Explaining %n customer(s) with %1…", nullptr, int(m_rows.size()))
                           .arg(Explainer::methodTitle(explainer->method())));
    const auto input = m_data;
    m_jobs->start<Result>(
        kExplainJob, this,
        [explainer, input, rows]() {
            Result r;
            auto scores = explainer->scorer().score(*input, rows);
            auto e = explainer->explain(*input, rows);
            if (!scores || !e) {
                r.error = !scores ? scores.error().message : e.error().message;
                return r;
            }
            r.probability = std::move(scores->probability);
            r.explanations = std::move(e.value());
            return r;
        },
        [this](Result r) { showExplanations(r); });
}

void ExplainPanel::showExplanations(const Result &r)
{
    if (!r.explanations) {
        m_message->setText(tr("No explanation: %1").arg(r.error));
        return;
    }
    m_explained = r.explanations;
    m_probability = r.probability;
    const Explainer::Explanations &e = *m_explained;
    m_message->setText(
        tr("Computed with %1 for %n customer(s) of %2, on the %3. %4", nullptr, int(m_rows.size()))
            .arg(Explainer::methodTitle(e.method),
                 m_rowsText.isEmpty() ? tr("the test rows") : m_rowsText,
                 Explainer::scaleTitle(e.logOdds),
                 e.method == Explainer::Method::Sampling
                     ? tr("These are estimates: each column's average effect over random orders "
                          "of the columns, against a sample of training customers.")
                     : tr("These are exact: they add up to the model's output.")));
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return m_probability[size_t(a)] > m_probability[size_t(b)];
    });
    const ClassLabels &labels = m_report->scorer->labels();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(order.size()));
    for (int i = 0; i < int(order.size()); ++i) {
        const int s = order[size_t(i)];
        auto *id = new QTableWidgetItem(customerName(s));
        id->setData(SampleRole, s);
        auto *p = new QTableWidgetItem(NumberText::measure(m_probability[size_t(s)], 3));
        p->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, IdColumn, id);
        m_table->setItem(i, ProbabilityColumn, p);
        const quint32 row = m_rows[size_t(s)];
        const qint8 actual = row < m_labels.size() ? m_labels[row] : qint8(-1);
        m_table->setItem(i, ActualColumn,
                         new QTableWidgetItem(actual < 0 ? QString() : labels.of(actual)));
    }
    // Columns by importance, most important first.
    QStringList columns = e.columns;
    const std::vector<double> mean = e.meanAbsolute();
    std::vector<int> byImportance(size_t(columns.size()));
    std::iota(byImportance.begin(), byImportance.end(), 0);
    std::stable_sort(byImportance.begin(), byImportance.end(),
                     [&](int a, int b) { return mean[size_t(a)] > mean[size_t(b)]; });
    m_column->blockSignals(true);
    m_column->clear();
    for (const int c : byImportance)
        m_column->addItem(columns[c], c);
    m_column->blockSignals(false);
    selectCustomer(0);
    showColumn();
    emit explained();
}

QString ExplainPanel::customerName(int sampleRow) const
{
    const quint32 row = m_rows[size_t(sampleRow)];
    const int id = m_data->indexOf(m_report->scorer->schema().idColumn());
    if (id >= 0 && !m_data->column(id).isMissing(row))
        return m_data->column(id).text(row);
    return tr("Row %1").arg(row + 1);
}

void ExplainPanel::selectCustomer(int tableRow)
{
    if (tableRow >= 0 && tableRow < m_table->rowCount())
        m_table->selectRow(tableRow);
}

void ExplainPanel::showCustomer()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (!m_explained || items.isEmpty())
        return;
    const int s = m_table->item(items.first()->row(), IdColumn)->data(SampleRole).toInt();
    // The customer's own values beside the columns: "Contract = Month-to-month".
    QHash<QString, QString> values;
    if (m_data && size_t(s) < m_rows.size())
        for (const QString &column : m_explained->columns)
            if (const int c = m_data->indexOf(column); c >= 0)
                values.insert(column, m_data->column(c).text(qsizetype(m_rows[size_t(s)])));
    replace(m_waterfall,
            ExplainCharts::waterfall(*m_explained, s, customerName(s), m_probability[size_t(s)],
                                     palette(), 10, values));
}

void ExplainPanel::showColumn()
{
    if (!m_explained || m_column->currentIndex() < 0)
        return;
    const int c = m_column->currentData().toInt();
    const QString name = m_explained->columns[c];
    const Column &column = m_data->column(m_data->indexOf(name));
    std::vector<double> x, y;
    QStringList levels;
    const bool numeric = isNumericType(column.type()) || isTemporalType(column.type());
    if (!numeric) {
        std::set<QString> seen;
        for (const quint32 r : m_rows)
            if (!column.isMissing(r))
                seen.insert(column.text(r));
        levels = QStringList(seen.begin(), seen.end());
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const quint32 r = m_rows[i];
        if (column.isMissing(r))
            continue;
        x.push_back(numeric ? column.number(r) : double(levels.indexOf(column.text(r))));
        y.push_back(m_explained->values(Eigen::Index(i), c));
    }
    m_dependenceData = {name, std::move(x), std::move(y), std::move(levels)};
    m_partialData.reset();
    drawGlobal();
    const auto scorer = m_report->scorer;
    const auto data = m_data;
    const std::vector<quint32> sample(
        m_rows.begin(), m_rows.begin() + qsizetype(std::min<size_t>(m_rows.size(), 500)));
    using Dependence = churnlab::Result<PartialDependence>;
    m_jobs->start<Dependence>(
        kDependenceJob, this,
        [scorer, data, sample, name]() {
            return PartialDependence::compute(*scorer, *data, sample, name);
        },
        [this](Dependence pd) {
            if (pd)
                m_partialData = *pd;
            else
                m_message->setText(pd.error().message);
            drawGlobal();
            emit partialDependenceShown();
        });
}

void ExplainPanel::drawGlobal()
{
    if (!m_report || !m_explained)
        return;
    const QPalette pal = palette();
    switch (m_tabs->currentIndex()) {
    case 0:
        replace(m_importance,
                ExplainCharts::shapImportance(m_report->title, *m_explained, pal, 10));
        break;
    case 1:
        if (m_dependenceData)
            replace(m_dependence,
                    ExplainCharts::dependence(m_dependenceData->column, m_dependenceData->x,
                                              m_dependenceData->y, m_dependenceData->levels,
                                              m_explained->logOdds, pal));
        break;
    default:
        replace(m_partial,
                m_partialData ? ExplainCharts::partialDependence(*m_partialData, pal) : new QChart);
        break;
    }
}

void ExplainPanel::filter(const QString &text)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->setRowHidden(
            r,
            !text.isEmpty()
                && !m_table->item(r, IdColumn)->text().contains(text, Qt::CaseInsensitive));
}

QString ExplainPanel::message() const
{
    return m_message->text();
}
