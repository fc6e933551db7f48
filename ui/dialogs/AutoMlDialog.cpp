#include "ui/dialogs/AutoMlDialog.h"

#include "core/models/ModelCatalog.h"
#include "ui/NumberText.h"
#include "ui/charts/ChartBuilder.h"
#include "ui/session/TrainingController.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace churnlab;

namespace {

enum TrialColumn {
    NumberColumn,
    ModelColumn,
    RowsColumn,
    ValueColumn,
    SecondsColumn,
    SettingsColumn
};

QString learnerTitle(const QString &id)
{
    const auto info = ModelCatalog::find(id);
    return info ? info->title : id;
}

} // namespace

AutoMlDialog::AutoMlDialog(TrainingController *controller, Starter start, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_start(std::move(start))
{
    setWindowTitle(tr("AutoML"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_budget = new QSpinBox(this);
    m_budget->setRange(5, 86400);
    m_budget->setValue(120);
    m_budget->setSuffix(tr(" s"));
    m_budget->setToolTip(tr("How long the search may take, final fits included"));
    form->addRow(tr("Time &budget:"), m_budget);
    m_metric = new QComboBox(this);
    for (const auto m : {AutoMlSpec::Metric::Auc, AutoMlSpec::Metric::PrAuc,
                         AutoMlSpec::Metric::LogLoss, AutoMlSpec::Metric::Cost})
        m_metric->addItem(AutoMlSpec::metricTitle(m), int(m));
    m_metric->setToolTip(tr("What the search maximises (AUC) or minimises (log loss, expected "
                            "cost at the best threshold with the Threshold panel's costs)"));
    form->addRow(tr("&Optimise:"), m_metric);
    m_ensemble = new QCheckBox(tr("Try a soft-voting &ensemble of the best three learners"), this);
    m_ensemble->setChecked(true);
    m_ensemble->setToolTip(tr("Kept only if it beats the best single model on validation"));
    form->addRow(m_ensemble);
    layout->addLayout(form);
    m_status = new QLabel(tr("Every learner at its defaults first, then successive-halving "
                             "brackets of sampled settings, judged on rows split from the "
                             "training rows; the test rows stay untouched."),
                          this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Vertical, this);
    QChart *chart = ChartBuilder::newChart(tr("Best so far"), palette());
    m_bestLine = new QLineSeries(chart);
    m_bestLine->setName(tr("Best so far"));
    m_points = new QScatterSeries(chart);
    m_points->setName(tr("Trials on all rows"));
    m_points->setMarkerSize(6);
    chart->addSeries(m_points);
    chart->addSeries(m_bestLine);
    m_x = new QValueAxis(chart);
    m_x->setTitleText(tr("Seconds"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y = new QValueAxis(chart);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_bestLine), static_cast<QAbstractSeries *>(m_points)}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_chart = new QChartView(chart, split);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    split->addWidget(m_chart);
    m_table = new QTableWidget(0, 6, split);
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Model"), tr("Rows"), tr("Value"), tr("Seconds"), tr("Settings")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setToolTip(tr("Every trial: the model, how many rows it was fitted on (successive "
                           "halving starts small), its validation value and its settings"));
    split->addWidget(m_table);
    layout->addWidget(split, 1);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(tr("Cancel Search"), QDialogButtonBox::ActionRole);
    m_cancelButton->setToolTip(tr("Stop now and keep the best model found so far"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_startButton, &QPushButton::clicked, this, &AutoMlDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &TrainingController::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_controller, &TrainingController::autoMlTrial, this, &AutoMlDialog::addTrial);
    connect(m_controller, &TrainingController::autoMlFinished, this, &AutoMlDialog::finish);
    connect(m_controller, &TrainingController::failed, this, [this](const QString &message) {
        if (!m_running)
            return;
        m_result->setText(tr("AutoML failed: %1").arg(message));
    });
    m_clock = new QTimer(this);
    m_clock->setInterval(250);
    connect(m_clock, &QTimer::timeout, this, &AutoMlDialog::tick);
    resize(900, 760);
    updateButtons();
}

void AutoMlDialog::setBudget(int seconds)
{
    m_budget->setValue(seconds);
}

void AutoMlDialog::setMetric(AutoMlSpec::Metric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

AutoMlSpec::Metric AutoMlDialog::metric() const
{
    return AutoMlSpec::Metric(m_metric->currentData().toInt());
}

void AutoMlDialog::start()
{
    if (m_running)
        return;
    m_spec = AutoMlSpec {};
    m_spec.budgetSeconds = m_budget->value();
    m_spec.metric = metric();
    m_spec.ensemble = m_ensemble->isChecked();
    const QString error = m_start(m_spec);
    if (!error.isEmpty()) {
        m_result->setText(error);
        return;
    }
    m_running = true;
    m_best = qQNaN();
    m_bestLearner.clear();
    m_trialCount = 0;
    m_table->setRowCount(0);
    m_bestLine->clear();
    m_points->clear();
    m_x->setRange(0, m_spec.budgetSeconds);
    m_y->setTitleText(AutoMlSpec::metricTitle(m_spec.metric));
    m_y->setRange(0, 1);
    m_result->clear();
    m_elapsed.start();
    m_clock->start();
    tick();
    updateButtons();
}

void AutoMlDialog::addTrial(const AutoMlTrial &t)
{
    if (!m_running)
        return;
    ++m_trialCount;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const bool done = t.status == AutoMlTrial::Status::Done;
    const QStringList cells = {
        QString::number(t.number),
        learnerTitle(t.learner),
        QLocale().toString(t.rows),
        done ? NumberText::measure(t.value, 4)
             : (t.status == AutoMlTrial::Status::Stopped ? tr("stopped") : tr("failed")),
        NumberText::measure(t.seconds, 2),
        NumberText::params(t.params)};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c == NumberColumn || c == RowsColumn || c == ValueColumn || c == SecondsColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (c == ValueColumn && !done)
            item->setToolTip(t.message);
        m_table->setItem(row, c, item);
    }
    m_table->scrollToBottom();
    if (!done || !t.full)
        return;
    m_points->append(t.elapsed, t.value);
    const bool better = std::isnan(m_best)
        || (AutoMlSpec::higherIsBetter(m_spec.metric) ? t.value > m_best : t.value < m_best);
    if (better) {
        if (!std::isnan(m_best))
            m_bestLine->append(t.elapsed, m_best); // a step, not a slope
        m_best = t.value;
        m_bestLearner = t.learner;
    }
    m_bestLine->append(t.elapsed, m_best);
    // The y range follows the full trials near the best, with a little room; a trial far
    // behind would flatten the curve that matters.
    const bool up = AutoMlSpec::higherIsBetter(m_spec.metric);
    const double reach = std::max(0.05, std::abs(m_best) * 0.15);
    double low = m_best, high = m_best;
    for (const QPointF &p : m_points->points()) {
        low = std::min(low, up ? std::max(p.y(), m_best - reach) : p.y());
        high = std::max(high, up ? p.y() : std::min(p.y(), m_best + reach));
    }
    const double pad = std::max(1e-3, (high - low) * 0.08);
    m_y->setRange(low - pad, high + pad);
    tick();
}

void AutoMlDialog::tick()
{
    if (!m_running)
        return;
    const double seconds = double(m_elapsed.elapsed()) / 1000.0;
    QString text = tr("%n trial(s) in %1 s of %2 s.", nullptr, m_trialCount)
                       .arg(NumberText::measure(seconds, 0))
                       .arg(NumberText::measure(m_spec.budgetSeconds, 0));
    if (!std::isnan(m_best))
        text += QLatin1Char(' ')
            + tr("Best %1 %2 (%3).")
                  .arg(AutoMlSpec::metricTitle(m_spec.metric))
                  .arg(NumberText::measure(m_best, 4))
                  .arg(learnerTitle(m_bestLearner));
    m_status->setText(text);
}

void AutoMlDialog::finish(std::shared_ptr<const AutoMlSearch::Outcome> outcome)
{
    if (!m_running)
        return;
    tick();
    m_running = false;
    m_clock->stop();
    updateButtons();
    if (!outcome) {
        emit searchFinished(false);
        return;
    }
    QStringList lines;
    if (outcome->cancelled)
        lines << tr("Cancelled: the best model found so far was kept.");
    for (const auto &report : {outcome->best, outcome->ensemble})
        if (report)
            lines << tr("%1: test ROC AUC %2, PR AUC %3 — on the leaderboard.")
                         .arg(report->title)
                         .arg(NumberText::measure(report->run.metrics.auc, 4))
                         .arg(NumberText::measure(report->run.metrics.prAuc, 4));
    if (!outcome->ensemble && std::isfinite(outcome->ensembleValue))
        lines << tr("The ensemble of %1 (%2 on validation) did not beat the best model and was "
                    "dropped.")
                     .arg(outcome->ensembleMembers.join(QStringLiteral(", ")))
                     .arg(NumberText::measure(outcome->ensembleValue, 4));
    m_result->setText(lines.join(QLatin1Char('\n')));
    emit searchFinished(true);
}

void AutoMlDialog::updateButtons()
{
    m_startButton->setEnabled(!m_running);
    m_cancelButton->setEnabled(m_running);
    for (QWidget *w : {static_cast<QWidget *>(m_budget), static_cast<QWidget *>(m_metric),
                       static_cast<QWidget *>(m_ensemble)})
        w->setEnabled(!m_running);
}

QString AutoMlDialog::statusText() const
{
    return m_status->text() + QLatin1Char('\n') + m_result->text();
}
