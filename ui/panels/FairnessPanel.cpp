#include "ui/panels/FairnessPanel.h"

#include "ui/document/JobTracker.h"

#include "core/fairness/ProxyCheck.h"
#include "ui/NumberText.h"
#include "ui/charts/ChartBuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSplitter>
#include <QValueAxis>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace churnlab;

namespace {

const QString kScoringJob = QStringLiteral("fairness scores");

// The bin edges typed in the locale's numbers; `bad`, when given, gets the first text that is
// not a number (and the edges read so far are returned).
std::vector<double> edgesOf(const QString &text, QString *bad)
{
    std::vector<double> edges;
    for (const QString &e : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = QLocale().toDouble(e.trimmed(), &ok);
        if (!ok) {
            if (bad) {
                *bad = e.trimmed();
                return edges;
            }
            continue;
        }
        edges.push_back(v);
    }
    return edges;
}

QString percent(double v)
{
    return std::isfinite(v) ? NumberText::percent(v) : QStringLiteral("–");
}

QString number(double v)
{
    return std::isfinite(v) ? NumberText::measure(v, 3) : QStringLiteral("–");
}

} // namespace

FairnessPanel::FairnessPanel(JobTracker *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
{
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(tr("Train a model on the Model tab, then pick a sensitive column to "
                              "compare how the model treats its groups."),
                           this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *form = new QFormLayout;
    m_column = new QComboBox(this);
    m_column->setToolTip(tr("The column whose groups are compared (gender, senior citizen, an "
                            "age band); it need not be one of the model's inputs"));
    form->addRow(tr("&Sensitive column:"), m_column);
    auto *binRow = new QHBoxLayout;
    m_bins = new QSpinBox(this);
    m_bins->setRange(2, 20);
    m_bins->setValue(4);
    m_bins->setToolTip(tr("Equal-frequency bins for a numeric column with many values"));
    m_edges = new QLineEdit(this);
    m_edges->setPlaceholderText(tr("or bin edges, e.g. 30, 45, 60"));
    m_edges->setToolTip(tr("Bins [−∞, 30), [30, 45), [45, 60), [60, ∞) instead of quantiles"));
    binRow->addWidget(m_bins);
    binRow->addWidget(m_edges, 1);
    auto *binLabel = new QLabel(tr("Numbers in &bins:"), this);
    binLabel->setBuddy(m_bins);
    form->addRow(binLabel, binRow);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_equal = new QPushButton(tr("&Equal Opportunity Thresholds"), this);
    m_equal->setToolTip(tr("A threshold per group that gives every group the true positive rate "
                           "the single threshold gives everyone"));
    m_reset = new QPushButton(tr("&One Threshold"), this);
    m_reset->setToolTip(tr("Back to the model's single threshold for every group"));
    buttons->addWidget(m_equal);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = new QTableWidget(0, GroupColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Customers"), tr("Churn rate"),
                                        tr("Flagged"), tr("TPR"), tr("FPR"), tr("Precision"),
                                        tr("AUC"), tr("Calibration error"), tr("Threshold")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Per group at its threshold; double-click a threshold to change it"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    m_chart = new QChartView(new QChart, split);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_chart->setToolTip(tr("Per group: the share flagged, the share of churners caught (TPR) and "
                           "the share of stayers flagged (FPR)"));
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({fontMetrics().height() * 8, fontMetrics().height() * 18});
    layout->addWidget(split, 1);
    m_disparities = new QLabel(this);
    m_disparities->setWordWrap(true);
    m_disparities->setTextFormat(Qt::RichText);
    m_disparities->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 6);
    layout->addWidget(m_disparities);
    m_cost = new QLabel(this);
    layout->addWidget(m_cost);
    m_proxies = new QLabel(this);
    m_proxies->setWordWrap(true);
    layout->addWidget(m_proxies);

    connect(m_column, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_filling)
            return;
        m_preferredColumn = m_column->currentText();
        m_thresholds.clear();
        changedByAnalyst();
    });
    connect(m_bins, &QSpinBox::valueChanged, this, [this]() {
        if (!m_filling)
            changedByAnalyst();
    });
    connect(m_edges, &QLineEdit::editingFinished, this, &FairnessPanel::changedByAnalyst);
    connect(m_equal, &QPushButton::clicked, this, &FairnessPanel::equaliseOpportunity);
    connect(m_reset, &QPushButton::clicked, this, &FairnessPanel::resetThresholds);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != ThresholdColumn)
            return;
        bool ok = false;
        const double t = QLocale().toDouble(item->text(), &ok);
        const QString group = m_table->item(item->row(), GroupName)->text();
        if (ok && t >= 0 && t <= 1)
            m_thresholds.insert(group, t);
        changedByAnalyst();
    });
}

FairnessPanel::~FairnessPanel() = default;

bool FairnessPanel::isBusy() const
{
    return m_jobs->isRunning(kScoringJob);
}

void FairnessPanel::setSensitiveColumns(const QStringList &columns)
{
    m_sensitive = columns;
    fillColumns();
}

void FairnessPanel::setModel(std::shared_ptr<const ModelReport> report,
                             std::shared_ptr<const Dataset> data, std::vector<quint32> rows,
                             std::vector<qint8> labels)
{
    if (report == m_report && data == m_data)
        return;
    m_jobs->cancel(kScoringJob);
    const bool newData = data != m_data;
    m_report = std::move(report);
    m_scorer = m_report ? m_report->scorer : nullptr;
    m_data = std::move(data);
    m_rows = std::move(rows);
    m_labels = std::move(labels);
    m_scores.clear();
    m_result.reset();
    m_table->setRowCount(0);
    if (newData)
        fillColumns();
    if (!m_report || !m_data)
        return;
    m_message->setText(tr("Scoring %n row(s)…", nullptr, int(m_rows.size())));
    const auto scorer = m_report->scorer;
    const auto input = m_data;
    const auto rowsCopy = m_rows;
    using Scores = churnlab::Result<Scorer::Scores>;
    m_jobs->start<Scores>(
        kScoringJob, this, [scorer, input, rowsCopy]() { return scorer->score(*input, rowsCopy); },
        [this](Scores scores) { scored(scores); });
}

void FairnessPanel::setModel(std::shared_ptr<const ModelReport> report, ModelEvaluation on,
                             const Decision &decision)
{
    m_rowsText = on.describe();
    const bool sameRows = report == m_report && on.data == m_data && on.rows == m_rows;
    auto scorer =
        report ? report->scorer->withDecision(decision.threshold, decision.costs) : nullptr;
    if (sameRows && report) {
        if (m_scorer && m_scorer->threshold() == decision.threshold
            && m_scorer->costs() == decision.costs)
            return;
        m_scorer = std::move(scorer);
        analyse();
        return;
    }
    setModel(std::move(report), std::move(on.data), std::move(on.rows), std::move(on.labels));
    m_scorer = std::move(scorer);
}

namespace {

bool isConstant(const Column &column)
{
    if (isCodedType(column.type()))
        return column.levels().size() < 2;
    double first = qQNaN();
    for (qsizetype r = 0; r < column.size(); ++r) {
        const double v = column.number(r);
        if (std::isnan(v))
            continue;
        if (std::isnan(first))
            first = v;
        else if (v != first)
            return false;
    }
    return true;
}

// Attributes anti-discrimination law and fairness audits usually ask about, as words of the
// column's name ("SeniorCitizen", "age_band"; not "Usage").
bool looksSensitive(const QString &name)
{
    static const QRegularExpression split(QStringLiteral("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])"));
    static const QStringList exact {QStringLiteral("age"), QStringLiteral("sex"),
                                    QStringLiteral("race")};
    static const QStringList stems {
        QStringLiteral("gender"),   QStringLiteral("senior"),  QStringLiteral("ethnic"),
        QStringLiteral("marital"),  QStringLiteral("married"), QStringLiteral("religio"),
        QStringLiteral("national"), QStringLiteral("citizen"), QStringLiteral("disab")};
    for (const QString &word : name.split(split, Qt::SkipEmptyParts)) {
        const QString w = word.toLower();
        if (exact.contains(w) || std::any_of(stems.begin(), stems.end(), [&](const QString &s) {
                return w.startsWith(s);
            }))
            return true;
    }
    return false;
}

} // namespace

void FairnessPanel::fillColumns()
{
    m_filling = true;
    const QString current = m_column->currentText();
    m_column->clear();
    if (m_data) {
        // The sensitive columns first, then columns named like a protected attribute, then
        // the rest; a constant column has no groups to compare and is not offered.
        QStringList names = m_sensitive, likely, rest;
        for (const QString &c : m_data->columnNames()) {
            const Column &column = m_data->column(m_data->indexOf(c));
            if (names.contains(c) || column.type() == ColumnType::Text
                || isTemporalType(column.type()) || isConstant(column))
                continue;
            (looksSensitive(c) ? likely : rest) << c;
        }
        names << likely << rest;
        m_column->addItems(names);
        if (names.contains(m_preferredColumn))
            m_column->setCurrentText(m_preferredColumn);
        else if (names.contains(current))
            m_column->setCurrentText(current);
    }
    m_filling = false;
}

void FairnessPanel::setColumn(const QString &column)
{
    m_column->setCurrentText(column);
}

void FairnessPanel::setEdges(const QString &edges)
{
    m_edges->setText(edges);
    changedByAnalyst();
}

void FairnessPanel::setGroupThreshold(const QString &group, double threshold)
{
    m_thresholds.insert(group, threshold);
    changedByAnalyst();
}

void FairnessPanel::changedByAnalyst()
{
    analyse();
    emit settingsChanged(settings());
}

FairnessSettings FairnessPanel::settings() const
{
    FairnessSettings s;
    s.column = m_column->currentText().isEmpty() ? m_preferredColumn : m_column->currentText();
    s.bins = m_bins->value();
    for (double v : edgesOf(m_edges->text(), nullptr))
        if (std::isfinite(v) && (s.edges.empty() || v > s.edges.back()))
            s.edges.push_back(v);
    s.groupThresholds = m_thresholds;
    return s;
}

void FairnessPanel::setSettings(const FairnessSettings &settings)
{
    if (settings == this->settings())
        return;
    m_filling = true;
    m_preferredColumn = settings.column;
    if (m_column->findText(settings.column) >= 0)
        m_column->setCurrentText(settings.column);
    m_bins->setValue(settings.bins);
    QStringList edges;
    for (double e : settings.edges)
        edges << QLocale().toString(e, 'g', 12);
    m_edges->setText(edges.join(QStringLiteral(", ")));
    m_thresholds = settings.groupThresholds;
    m_filling = false;
    analyse();
}

void FairnessPanel::scored(const churnlab::Result<Scorer::Scores> &scores)
{
    if (!scores) {
        m_message->setText(scores.error().message);
        return;
    }
    m_scores = scores->probability;
    analyse();
}

void FairnessPanel::analyse(bool equalOpportunity)
{
    if (m_scores.empty() || m_column->currentText().isEmpty())
        return;
    FairnessAnalysis::Options options;
    options.bins = m_bins->value();
    QString bad;
    options.edges = edgesOf(m_edges->text(), &bad);
    if (!bad.isEmpty()) {
        m_message->setText(tr("Bin edges: “%1” is not a number.").arg(bad));
        return;
    }
    options.groupThresholds = m_thresholds;
    options.equalOpportunity = equalOpportunity;
    auto result = FairnessAnalysis::run(m_scores, *m_scorer, *m_data, m_rows, m_labels,
                                        m_column->currentText(), options);
    if (!result) {
        m_message->setText(result.error().message);
        m_result.reset();
        m_table->setRowCount(0);
        return;
    }
    m_result = std::move(result.value());
    showResult();
    emit analysed();
}

void FairnessPanel::showResult()
{
    const FairnessReport &r = m_result->report;
    QString text =
        tr("%1 on %2, at threshold %3.")
            .arg(m_report->title,
                 m_rowsText.isEmpty() ? tr("%n row(s)", nullptr, int(r.rows)) : m_rowsText,
                 QLocale().toString(r.threshold, 'f', 3));
    const bool ownThresholds = std::any_of(r.groups.begin(), r.groups.end(), [&](const auto &g) {
        return std::abs(g.threshold - r.threshold) > 1e-12;
    });
    if (ownThresholds)
        text += QLatin1Char(' ')
            + tr("Groups with a threshold of their own (in the table) are judged at it, not at "
                 "the analysis' threshold.");
    m_message->setText(text);
    m_filling = true;
    m_table->setRowCount(int(r.groups.size()));
    for (int i = 0; i < int(r.groups.size()); ++i) {
        const FairnessReport::Group &g = r.groups[size_t(i)];
        const QStringList cells = {g.name,
                                   QLocale().toString(g.size),
                                   percent(g.churnRate),
                                   percent(g.selectionRate),
                                   percent(g.tpr),
                                   percent(g.fpr),
                                   percent(g.precision),
                                   number(g.auc),
                                   number(g.calibrationError),
                                   QLocale().toString(g.threshold, 'f', 4)};
        for (int c = 0; c < GroupColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c != GroupName)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c != ThresholdColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (!g.inDisparities)
                item->setToolTip(tr("Fewer than %1 customers: shown, but left out of the "
                                    "disparities")
                                     .arg(FairnessReport::kMinGroupRows));
            m_table->setItem(i, c, item);
        }
    }
    m_filling = false;
    const QStringList findings = r.findings();
    const bool ok[] = {r.parityDifferenceOk(), r.parityRatioOk(), r.equalizedOddsOk()};
    const auto compared = std::count_if(r.groups.begin(), r.groups.end(),
                                        [](const auto &g) { return g.inDisparities; });
    if (compared < 2) {
        // A tick for one group would read as "fair"; there is nothing to compare.
        m_disparities->setText(
            QStringLiteral("<span style='color:%1'>%2</span>")
                .arg(palette().color(QPalette::PlaceholderText).name(),
                     (r.groups.size() < 2
                          ? tr("One group only: nothing to compare.")
                          : tr("Only one group has at least %1 customers: nothing to compare.")
                                .arg(FairnessReport::kMinGroupRows))
                         .toHtmlEscaped()));
        drawChart();
        return showCostAndProxies(r);
    }
    QStringList html;
    for (int i = 0; i < findings.size(); ++i)
        html << QStringLiteral("<span style='color:%1'>%2 %3</span>")
                    .arg(ok[i] ? QStringLiteral("#1a7f37") : QStringLiteral("#c0392b"),
                         ok[i] ? QStringLiteral("✓") : QStringLiteral("✗"),
                         findings[i].toHtmlEscaped());
    m_disparities->setText(html.join(QStringLiteral("<br>")));
    drawChart();
    showCostAndProxies(r);
}

void FairnessPanel::showCostAndProxies(const FairnessReport &r)
{
    const QLocale locale;
    m_cost->setText(tr("Expected cost per customer at these thresholds: %1 (costs %2 per false "
                       "positive, %3 per false negative).")
                        .arg(locale.toString(r.expectedCost, 'f', 4),
                             locale.toString(r.costs.falsePositive),
                             locale.toString(r.costs.falseNegative)));
    QStringList proxies;
    for (const QualityFinding &f : ProxyCheck::findings(r.column, m_result->proxies))
        proxies << f.message;
    m_proxies->setText(proxies.isEmpty()
                           ? tr("No input of the model is a strong proxy for “%1”.").arg(r.column)
                           : proxies.join(QLatin1Char('\n')));
}

void FairnessPanel::drawChart()
{
    const FairnessReport &r = m_result->report;
    QChart *chart = ChartBuilder::newChart(
        tr("%1 by %2 at the thresholds above").arg(m_report->title, r.column), palette());
    auto *series = new QBarSeries(chart);
    const QColor colors[] = {ChartBuilder::positiveColor(palette()),
                             ChartBuilder::negativeColor(palette()),
                             palette().color(QPalette::PlaceholderText)};
    const QString names[] = {tr("Flagged"), tr("TPR"), tr("FPR")};
    double FairnessReport::Group::*rates[] = {&FairnessReport::Group::selectionRate,
                                              &FairnessReport::Group::tpr,
                                              &FairnessReport::Group::fpr};
    QStringList groups;
    for (const FairnessReport::Group &g : r.groups)
        groups << g.name;
    for (int k = 0; k < 3; ++k) {
        auto *set = new QBarSet(names[k], series);
        set->setColor(colors[k]);
        for (const FairnessReport::Group &g : r.groups)
            *set << (std::isfinite(g.*rates[k]) ? 100 * (g.*rates[k]) : 0.0);
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(groups);
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = m_chart->chart();
    m_chart->setChart(ChartBuilder::readable(chart));
    delete old;
}

void FairnessPanel::equaliseOpportunity()
{
    if (!m_result || m_scores.empty())
        return;
    analyse(true);
    // The thresholds it chose are the table's from now on, to be edited one by one.
    if (m_result)
        for (const FairnessReport::Group &g : m_result->report.groups)
            m_thresholds.insert(g.name, g.threshold);
    emit settingsChanged(settings());
}

void FairnessPanel::resetThresholds()
{
    m_thresholds.clear();
    changedByAnalyst();
}

QString FairnessPanel::disparityText() const
{
    return m_result ? m_result->report.findings().join(QLatin1Char('\n')) : QString();
}
