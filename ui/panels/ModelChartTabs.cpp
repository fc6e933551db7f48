#include "ui/panels/ModelChartTabs.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ExplainCharts.h"
#include "ui/charts/ModelCharts.h"
#include "ui/panels/RoiPanel.h"
#include "ui/panels/ThresholdPanel.h"

#include <QChartView>
#include <QComboBox>
#include <QVBoxLayout>

using namespace churnlab;

ModelChartTabs::ModelChartTabs(QWidget *parent)
    : QTabWidget(parent)
{
    const QString names[] = {tr("ROC"), tr("Precision-recall"), tr("Gains"), tr("Calibration"),
                             tr("Importance")};
    for (const QString &name : names) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        m_views << view;
        if (name != names[ImportanceTab]) {
            addTab(view, name);
            continue;
        }
        auto *page = new QWidget(this);
        auto *pageLayout = new QVBoxLayout(page);
        m_importanceKind = new QComboBox(page);
        m_importanceKind->addItem(tr("Permutation importance on the test set (per column)"));
        m_importanceKind->addItem(
            tr("The model's own measure (coefficients or split gain, per feature)"));
        m_importanceKind->addItem(tr("Mean |SHAP| on test rows (per column)"));
        m_importanceKind->setToolTip(
            tr("Permutation importance works for every model alike; the model's own measure "
               "shows how it uses each one-hot level"));
        pageLayout->addWidget(m_importanceKind);
        pageLayout->addWidget(view, 1);
        addTab(page, name);
    }
    m_threshold = new ThresholdPanel(this);
    addTab(m_threshold, tr("Threshold && cost"));
    m_roi = new RoiPanel(this);
    addTab(m_roi, tr("Value (ROI)"));
    connect(m_roi, &RoiPanel::thresholdRequested, m_threshold, &ThresholdPanel::setThreshold);
    connect(this, &QTabWidget::currentChanged, this, &ModelChartTabs::redrawWanted);
    connect(m_importanceKind, &QComboBox::currentIndexChanged, this, &ModelChartTabs::redrawWanted);
}

QChartView *ModelChartTabs::chartView(int tab) const
{
    return tab >= 0 && tab < m_views.size() ? m_views[tab] : nullptr;
}

QWidget *ModelChartTabs::currentChart() const
{
    if (currentIndex() == ThresholdTab)
        return m_threshold->costChart();
    return chartView(currentIndex());
}

void ModelChartTabs::setChart(int tab, QChart *chart)
{
    QChartView *view = m_views[tab];
    QChart *old = view->chart();
    view->setChart(ChartBuilder::readable(chart));
    delete old;
}

void ModelChartTabs::draw(const std::shared_ptr<const ModelReport> &current,
                          const QList<std::shared_ptr<const ModelReport>> &selected,
                          double threshold)
{
    const QPalette pal = palette();
    switch (currentIndex()) {
    case RocTab:
        setChart(RocTab, ModelCharts::roc(selected, pal));
        break;
    case PrTab:
        setChart(PrTab, ModelCharts::precisionRecall(selected, pal));
        break;
    case GainsTab:
        setChart(GainsTab, ModelCharts::gains(selected, pal));
        break;
    case CalibrationTab:
        setChart(CalibrationTab, ModelCharts::calibration(selected, pal));
        break;
    case ImportanceTab:
        if (!current)
            setChart(ImportanceTab, new QChart);
        else if (m_importanceKind->currentIndex() == 2)
            setChart(ImportanceTab, ExplainCharts::shapImportance(*current, pal));
        else
            setChart(ImportanceTab,
                     ModelCharts::importance(*current,
                                             m_importanceKind->currentIndex() == 1
                                                 && !current->nativeImportance.empty(),
                                             pal));
        break;
    default:
        break;
    }
    m_threshold->setReport(current);
    m_roi->setReport(current);
    m_roi->setThreshold(threshold);
}
