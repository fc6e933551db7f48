#include "ui/panels/ProfilePanel.h"

#include "ui/NumberText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace churnlab;

ProfilePanel::ProfilePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    m_plot = new QPushButton(tr("Plot…"), this);
    m_plot->setToolTip(tr("Open this column's chart in Explore, split by the target"));
    m_plot->setEnabled(false);
    connect(m_plot, &QPushButton::clicked, this, [this]() {
        if (m_current >= 0 && m_current < m_profiles.size())
            emit plotRequested(m_profiles[m_current].name);
    });
    titleRow->addWidget(m_plot);
    layout->addLayout(titleRow);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight);
    addRow(QStringLiteral("type"), tr("Type"));
    addRow(QStringLiteral("count"), tr("Rows"));
    addRow(QStringLiteral("missing"), tr("Missing"));
    addRow(QStringLiteral("distinct"), tr("Distinct"));
    addRow(QStringLiteral("min"), tr("Minimum"));
    addRow(QStringLiteral("q25"), tr("25th percentile"));
    addRow(QStringLiteral("median"), tr("Median"));
    addRow(QStringLiteral("mean"), tr("Mean"));
    addRow(QStringLiteral("q75"), tr("75th percentile"));
    addRow(QStringLiteral("max"), tr("Maximum"));
    addRow(QStringLiteral("std"), tr("Standard deviation"));
    layout->addLayout(m_form);

    m_top = new QTableWidget(0, 3, this);
    m_top->setHorizontalHeaderLabels({tr("Value"), tr("Count"), tr("Share")});
    m_top->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_top->verticalHeader()->hide();
    m_top->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_top->setToolTip(tr("The most frequent values of the column"));
    m_top->setMaximumHeight(180);
    m_top->setWordWrap(false);
    m_top->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_top);

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addWidget(m_chartView, 1);
    layout->addStretch(0); // takes the room when the chart is hidden
    setMinimumWidth(340);
    clear();
}

void ProfilePanel::addRow(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values.insert(key, value);
    m_form->addRow(label, value);
}

QString ProfilePanel::statistic(const QString &key) const
{
    const QLabel *l = m_values.value(key);
    return l ? l->text() : QString();
}

void ProfilePanel::setProfiles(QList<ColumnProfile> profiles)
{
    m_profiles = std::move(profiles);
    showColumn(m_current >= 0 && m_current < m_profiles.size() ? m_current : 0);
}

void ProfilePanel::clear()
{
    m_profiles.clear();
    m_current = -1;
    m_plot->setEnabled(false);
    m_title->setText(tr("No column selected"));
    for (QLabel *l : std::as_const(m_values))
        l->clear();
    m_top->setRowCount(0);
    m_chart->removeAllSeries();
    for (QAbstractAxis *a : m_chart->axes())
        m_chart->removeAxis(a);
    m_chart->setTitle(QString());
}

void ProfilePanel::showColumn(int column)
{
    if (column < 0 || column >= m_profiles.size())
        return;
    m_current = column;
    m_plot->setEnabled(true);
    const ColumnProfile &p = m_profiles[column];
    m_title->setText(p.name);
    auto set = [this](const QString &key, const QString &text) { m_values[key]->setText(text); };
    const QLocale locale;
    set(QStringLiteral("type"), columnTypeLabel(p.type));
    set(QStringLiteral("count"), locale.toString(p.count));
    const double missingShare = p.count ? 100.0 * double(p.missing) / double(p.count) : 0.0;
    set(QStringLiteral("missing"),
        tr("%1 (%2)").arg(locale.toString(p.missing), NumberText::percent(missingShare / 100.0)));
    set(QStringLiteral("distinct"), locale.toString(p.distinct));
    const bool temporal = isTemporalType(p.type);
    auto value = [&](double v) {
        if (std::isnan(v))
            return QStringLiteral("—");
        return temporal ? p.formatValue(v) : locale.toString(v, 'g', 6);
    };
    set(QStringLiteral("min"), value(p.min));
    set(QStringLiteral("q25"), value(p.q25));
    set(QStringLiteral("median"), value(p.median));
    set(QStringLiteral("mean"), value(p.mean));
    set(QStringLiteral("q75"), value(p.q75));
    set(QStringLiteral("max"), value(p.max));
    set(QStringLiteral("std"),
        std::isnan(p.stddev) ? QStringLiteral("—") : locale.toString(p.stddev, 'g', 6));
    const bool hasNumbers = !std::isnan(p.min);
    for (const char *key : {"min", "q25", "median", "mean", "q75", "max", "std"})
        m_form->setRowVisible(m_values[QLatin1String(key)], hasNumbers);

    m_top->setRowCount(int(p.topCategories.size()));
    const qint64 present = p.count - p.missing;
    for (int i = 0; i < p.topCategories.size(); ++i) {
        const CategoryCount &c = p.topCategories[i];
        m_top->setItem(i, 0, new QTableWidgetItem(c.value));
        auto *count = new QTableWidgetItem(locale.toString(c.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_top->setItem(i, 1, count);
        auto *share = new QTableWidgetItem(
            present ? NumberText::percent(double(c.count) / double(present)) : QString());
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_top->setItem(i, 2, share);
    }
    m_top->setVisible(!p.topCategories.isEmpty());

    m_chart->removeAllSeries();
    for (QAbstractAxis *a : m_chart->axes())
        m_chart->removeAxis(a);
    // A bar per value says nothing when every value is different (IDs, free text).
    const bool allDistinct =
        p.distinct > 0 && p.distinct == p.count - p.missing && p.histogram.isEmpty();
    m_chartView->setVisible(!allDistinct);
    m_note->setVisible(allDistinct);
    m_note->setText(
        allDistinct ? tr("Every value is different: this looks like an identifier or free text, "
                         "not a feature to model with.")
                    : QString());
    if (allDistinct)
        return;
    auto *set0 = new QBarSet(tr("Rows"));
    QStringList labels;
    if (!p.histogram.isEmpty() && p.type != ColumnType::Boolean) {
        m_chart->setTitle(tr("Distribution of %1").arg(p.name));
        const bool integral = p.type == ColumnType::Integer;
        for (const HistogramBin &b : p.histogram) {
            *set0 << double(b.count);
            labels << (integral && b.upper - b.lower == 1.0 ? p.formatValue(b.lower)
                           : temporal                       ? p.formatValue(b.lower)
                                                            : locale.toString(b.lower, 'g', 4));
        }
    } else {
        m_chart->setTitle(tr("Most frequent values of %1").arg(p.name));
        for (const CategoryCount &c : p.topCategories) {
            *set0 << double(c.count);
            labels << (c.value.size() > 14 ? c.value.left(13) + QChar(0x2026) : c.value);
        }
    }
    set0->setColor(palette().color(QPalette::Highlight));
    auto *series = new QBarSeries;
    series->setBarWidth(p.histogram.isEmpty() || p.type == ColumnType::Boolean ? 0.7 : 0.98);
    series->append(set0);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 6 ? -90 : 0);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("Rows"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    double highest = 0;
    for (int i = 0; i < set0->count(); ++i)
        highest = std::max(highest, set0->at(i));
    y->setRange(0, std::max(1.0, highest));
    y->applyNiceNumbers();
    x->setTruncateLabels(false); // a rotated "..." reads as "⋮"
    if (y->max() < 5)
        y->setTickCount(int(y->max()) + 1);
    m_chart->setTheme(palette().color(QPalette::Window).lightness() < 128
                          ? QChart::ChartThemeDark
                          : QChart::ChartThemeLight);
    set0->setColor(palette().color(QPalette::Highlight));
}
