#include "ui/panels/ThresholdPanel.h"

#include "ui/NumberText.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ModelCharts.h"

#include <QChartView>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

using namespace churnlab;

ThresholdPanel::ThresholdPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;

    auto *pick = new QGroupBox(tr("Threshold"), this);
    auto *pickLayout = new QFormLayout(pick);
    m_slider = new QSlider(Qt::Horizontal, pick);
    m_slider->setRange(0, 1000);
    m_slider->setValue(500);
    m_slider->setToolTip(tr("Customers whose churn probability is at or above the threshold "
                            "are flagged"));
    m_threshold = new QDoubleSpinBox(pick);
    m_threshold->setRange(0, 1);
    m_threshold->setDecimals(3);
    m_threshold->setSingleStep(0.01);
    m_threshold->setValue(0.5);
    pickLayout->addRow(m_slider);
    pickLayout->addRow(tr("&Threshold:"), m_threshold);
    left->addWidget(pick);

    auto *costs = new QGroupBox(tr("Cost of errors"), this);
    auto *costLayout = new QFormLayout(costs);
    m_fpCost = new QDoubleSpinBox(costs);
    m_fpCost->setRange(0, 1e9);
    m_fpCost->setValue(1);
    m_fpCost->setToolTip(tr("What flagging a customer who would have stayed costs, e.g. the "
                            "retention offer"));
    m_fnCost = new QDoubleSpinBox(costs);
    m_fnCost->setRange(0, 1e9);
    m_fnCost->setValue(5);
    m_fnCost->setToolTip(
        tr("What missing a customer who churns costs, e.g. the margin lost with them"));
    costLayout->addRow(tr("False &positive:"), m_fpCost);
    costLayout->addRow(tr("False &negative:"), m_fnCost);
    auto *best = new QPushButton(tr("Use &minimum-cost threshold"), costs);
    best->setToolTip(tr("Set the threshold with the least expected cost on the test set"));
    costLayout->addRow(best);
    m_best = new QLabel(costs);
    m_best->setWordWrap(true);
    costLayout->addRow(m_best);
    left->addWidget(costs);

    auto *matrix = new QGroupBox(tr("Confusion matrix (test set)"), this);
    auto *grid = new QGridLayout(matrix);
    grid->addWidget(new QLabel(tr("<b>Flagged</b>"), matrix), 0, 1, Qt::AlignCenter);
    grid->addWidget(new QLabel(tr("<b>Not flagged</b>"), matrix), 0, 2, Qt::AlignCenter);
    grid->addWidget(new QLabel(tr("<b>Churned</b>"), matrix), 1, 0);
    grid->addWidget(new QLabel(tr("<b>Stayed</b>"), matrix), 2, 0);
    const QString tips[4] = {
        tr("True positives: churners flagged"), tr("False negatives: churners missed"),
        tr("False positives: flagged but stayed"), tr("True negatives: not flagged and stayed")};
    for (int i = 0; i < 4; ++i) {
        m_cells[i] = new QLabel(QStringLiteral("–"), matrix);
        m_cells[i]->setAlignment(Qt::AlignCenter);
        m_cells[i]->setMinimumWidth(90);
        m_cells[i]->setFrameShape(QFrame::StyledPanel);
        m_cells[i]->setToolTip(tips[i]);
        grid->addWidget(m_cells[i], 1 + i / 2, 1 + i % 2);
    }
    left->addWidget(matrix);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    left->addWidget(m_summary);
    left->addStretch(1);
    layout->addLayout(left);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_chart, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (!m_updating)
            setThreshold(v / 1000.0);
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_updating)
            setThreshold(v);
    });
    connect(m_fpCost, &QDoubleSpinBox::valueChanged, this, &ThresholdPanel::rebuild);
    connect(m_fnCost, &QDoubleSpinBox::valueChanged, this, &ThresholdPanel::rebuild);
    connect(m_fpCost, &QDoubleSpinBox::valueChanged, this, &ThresholdPanel::costsChanged);
    connect(m_fnCost, &QDoubleSpinBox::valueChanged, this, &ThresholdPanel::costsChanged);
    connect(best, &QPushButton::clicked, this, &ThresholdPanel::useMinimumCost);
    rebuild();
}

void ThresholdPanel::setReport(std::shared_ptr<const ModelReport> report)
{
    m_report = std::move(report);
    rebuild();
}

double ThresholdPanel::threshold() const
{
    return m_threshold->value();
}

void ThresholdPanel::setThreshold(double threshold)
{
    threshold = std::clamp(threshold, 0.0, 1.0);
    const bool changed = std::abs(threshold - m_threshold->value()) > 1e-12;
    m_updating = true;
    m_threshold->setValue(threshold);
    m_slider->setValue(int(std::lround(threshold * 1000)));
    m_updating = false;
    refresh();
    if (changed)
        emit thresholdChanged(m_threshold->value());
}

void ThresholdPanel::setCosts(double falsePositive, double falseNegative)
{
    m_fpCost->setValue(falsePositive);
    m_fnCost->setValue(falseNegative);
}

void ThresholdPanel::useMinimumCost()
{
    if (!m_report)
        return;
    const auto choice = m_report->sweep.minimumCost(m_fpCost->value(), m_fnCost->value());
    // The threshold the label names: what the box can hold that flags the same rows.
    setThreshold(choice.rounded(m_threshold->decimals()));
}

QString ThresholdPanel::leastCostText() const
{
    return m_best->text();
}

QString ThresholdPanel::confusionText() const
{
    QStringList parts;
    for (QLabel *cell : m_cells)
        parts << cell->text();
    return parts.join(QLatin1Char(' '));
}

void ThresholdPanel::refresh()
{
    if (!m_report) {
        for (QLabel *cell : m_cells)
            cell->setText(QStringLiteral("–"));
        m_summary->setText(tr("Train a model to see its errors at this threshold."));
        m_best->clear();
        return;
    }
    const double t = m_threshold->value();
    const auto c = m_report->sweep.confusionAt(t);
    m_cells[0]->setText(NumberText::count(c.tp));
    m_cells[1]->setText(NumberText::count(c.fn));
    m_cells[2]->setText(NumberText::count(c.fp));
    m_cells[3]->setText(NumberText::count(c.tn));
    const double total = double(std::max<qint64>(1, c.tp + c.fp + c.tn + c.fn));
    const double cost = m_report->sweep.expectedCost(t, costs());
    m_summary->setText(tr("%1 flags %2 of %3 test customers (%4 %); expected cost %5 per customer.")
                           .arg(m_report->title)
                           .arg(NumberText::count(c.tp + c.fp), NumberText::count(qint64(total)))
                           .arg(NumberText::measure(100.0 * double(c.tp + c.fp) / total, 1))
                           .arg(NumberText::measure(cost, 4)));
    // Moving the threshold only moves the chart's marker line (its last series).
    const auto series = m_chart->chart()->series();
    if (auto *marker = series.isEmpty() ? nullptr : qobject_cast<QLineSeries *>(series.last());
        marker && marker->count() == 2)
        marker->replace({QPointF(t, marker->at(0).y()), QPointF(t, marker->at(1).y())});
}

void ThresholdPanel::rebuild()
{
    // What depends on the model and the costs but not on the threshold: the least-cost
    // threshold and the cost curve.
    if (m_report) {
        const double fp = m_fpCost->value(), fn = m_fnCost->value();
        // Named as the button sets it, with the cost at exactly that threshold.
        const double t = m_report->sweep.minimumCost(fp, fn).rounded(m_threshold->decimals());
        m_best->setText(tr("Least expected cost: %1 per customer at threshold %2.")
                            .arg(m_report->sweep.expectedCost(t, costs()), 0, 'f', 4)
                            .arg(NumberText::measure(t, m_threshold->decimals())));
        // The cost chart is drawn only when it can be seen (and again when it is shown).
        if (isVisible()) {
            QChart *old = m_chart->chart();
            m_chart->setChart(ChartBuilder::readable(
                ModelCharts::cost(*m_report, fp, fn, m_threshold->value(), palette())));
            delete old;
        }
    }
    refresh();
}

void ThresholdPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuild();
}

churnlab::CostMatrix ThresholdPanel::costs() const
{
    return {m_fpCost->value(), m_fnCost->value()};
}
