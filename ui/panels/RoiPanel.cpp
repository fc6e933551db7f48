#include "ui/panels/RoiPanel.h"
#include "ui/charts/ChartBuilder.h"

#include "core/train/ModelReport.h"
#include "ui/charts/ModelCharts.h"

#include <QChartView>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace churnlab;

RoiPanel::RoiPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *inputs = new QGroupBox(tr("Retention campaign"), this);
    auto *form = new QFormLayout(inputs);
    auto spin = [inputs](double max, int decimals, const QString &tip, const QString &suffix = {}) {
        auto *s = new QDoubleSpinBox(inputs);
        s->setRange(0, max);
        s->setDecimals(decimals);
        s->setToolTip(tip);
        s->setSuffix(suffix);
        s->setGroupSeparatorShown(true);
        return s;
    };
    m_customers = spin(1e12, 0, tr("How many customers the model scores each month"));
    m_offerCost = spin(1e9, 2, tr("What one retention offer costs (a discount, a call)"));
    m_success =
        spin(100, 1, tr("Of churners who get the offer, the share who stay"), QStringLiteral(" %"));
    m_value = spin(1e12, 2, tr("What keeping one customer who would have churned is worth"));
    form->addRow(tr("Customers scored per &month:"), m_customers);
    form->addRow(tr("Cost of an &offer:"), m_offerCost);
    form->addRow(tr("Offer &success rate:"), m_success);
    form->addRow(tr("&Value of a kept customer:"), m_value);
    left->addWidget(inputs);
    auto *result = new QGroupBox(tr("Expected value per month (test set)"), this);
    auto *resultLayout = new QVBoxLayout(result);
    m_summary = new QLabel(result);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_summary);
    m_useBest = new QPushButton(tr("Use the &best-value threshold"), result);
    m_useBest->setToolTip(tr("Move the threshold to where the monthly value is highest"));
    resultLayout->addWidget(m_useBest);
    left->addWidget(result);
    left->addStretch();
    layout->addLayout(left);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(380);
    layout->addWidget(m_chart, 1);

    setInputs({});
    for (QDoubleSpinBox *s : {m_customers, m_offerCost, m_success, m_value})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this]() {
            if (m_updating)
                return;
            recompute();
            emit inputsChanged();
        });
    connect(m_useBest, &QPushButton::clicked, this,
            [this]() { emit thresholdRequested(std::floor(m_roi.best.threshold * 1000) / 1000); });
    recompute();
}

RetentionRoi::Inputs RoiPanel::inputs() const
{
    return {m_customers->value(), m_offerCost->value(), m_success->value() / 100.0,
            m_value->value()};
}

void RoiPanel::setInputs(const RetentionRoi::Inputs &in)
{
    m_updating = true;
    m_customers->setValue(in.customersPerMonth);
    m_offerCost->setValue(in.offerCost);
    m_success->setValue(in.successRate * 100.0);
    m_value->setValue(in.retainedValue);
    m_updating = false;
    recompute();
    emit inputsChanged();
}

void RoiPanel::setReport(std::shared_ptr<const ModelReport> report)
{
    m_report = std::move(report);
    recompute();
}

void RoiPanel::setThreshold(double threshold)
{
    m_threshold = threshold;
    recompute();
}

void RoiPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    recompute();
}

void RoiPanel::recompute()
{
    m_useBest->setEnabled(m_report != nullptr);
    if (!m_report) {
        m_roi = {};
        m_summary->setText(tr("Train a model to see what acting on it is worth."));
        return;
    }
    m_roi = RetentionRoi::compute(m_report->sweep, inputs(), m_threshold);
    const QLocale locale;
    auto money = [&](double v) { return locale.toString(v, 'f', 0); };
    m_summary->setText(
        tr("<p><b>%1</b> a month at threshold %2: %3 customers contacted, %4 churners kept.</p>"
           "<p>Contacting nobody: %5. Contacting everyone: %6.</p>"
           "<p>Best threshold for value: <b>%7</b>, worth %8 a month.</p>")
            .arg(money(m_roi.atThreshold.monthlyValue), locale.toString(m_threshold, 'f', 3),
                 money(m_roi.atThreshold.contactedPerMonth), money(m_roi.atThreshold.savedPerMonth),
                 money(m_roi.contactNobody), money(m_roi.contactEveryone),
                 locale.toString(m_roi.best.threshold, 'f', 3), money(m_roi.best.monthlyValue)));
    // The chart is drawn only when it can be seen (and again when it is shown).
    if (isVisible()) {
        QChart *old = m_chart->chart();
        m_chart->setChart(
            ChartBuilder::readable(ModelCharts::value(*m_report, m_roi, m_threshold, palette())));
        delete old;
    }
}
