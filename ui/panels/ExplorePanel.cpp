#include "ui/panels/ExplorePanel.h"

#include "ui/document/JobTracker.h"

#include "ui/charts/ChartExport.h"
#include "ui/widgets/TargetPicker.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

ExplorePanel::ExplorePanel(JobTracker *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Distribution"), int(PlotSpec::Kind::Histogram));
    m_kind->addItem(tr("Box plot by class"), int(PlotSpec::Kind::Box));
    m_kind->addItem(tr("Scatter plot"), int(PlotSpec::Kind::Scatter));
    m_kind->addItem(tr("Correlation heat map"), int(PlotSpec::Kind::Correlation));
    m_kind->addItem(tr("Association with the target"), int(PlotSpec::Kind::Association));
    m_kind->setToolTip(tr("Which chart to draw"));
    m_column = new QComboBox(this);
    m_column->setToolTip(tr("The column to plot (the x axis of a scatter plot)"));
    m_second = new QComboBox(this);
    m_second->setToolTip(tr("The y axis of the scatter plot"));
    m_method = new QComboBox(this);
    m_method->addItem(tr("Pearson"));
    m_method->addItem(tr("Spearman"));
    m_method->setToolTip(tr("Pearson measures linear relation; Spearman any monotonic one"));
    m_target = new TargetPicker(this, true);
    m_target->columnBox()->setToolTip(tr("The churn column that splits and colours the charts"));
    m_secondLabel = new QLabel(tr("&Y:"), this);
    m_secondLabel->setBuddy(m_second);
    m_methodLabel = new QLabel(tr("&Method:"), this);
    m_methodLabel->setBuddy(m_method);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    controls->addWidget(label(tr("C&hart:"), m_kind));
    controls->addWidget(m_kind);
    controls->addWidget(label(tr("C&olumn:"), m_column));
    controls->addWidget(m_column, 1);
    controls->addWidget(m_secondLabel);
    controls->addWidget(m_second, 1);
    controls->addWidget(m_methodLabel);
    controls->addWidget(m_method);
    controls->addSpacing(12);
    controls->addWidget(label(tr("&Target:"), m_target->columnBox()));
    controls->addWidget(m_target->columnBox(), 1);
    controls->addWidget(label(tr("Churned &is:"), m_target->positiveBox()));
    controls->addWidget(m_target->positiveBox());
    layout->addLayout(controls);

    auto *actions = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    actions->addWidget(m_message, 1);
    auto *png = new QPushButton(tr("Export &PNG…"), this);
    auto *svg = new QPushButton(tr("Export &SVG…"), this);
    auto *copy = new QPushButton(tr("&Copy"), this);
    png->setToolTip(tr("Save the chart as a PNG image"));
    svg->setToolTip(tr("Save the chart as an SVG vector drawing"));
    copy->setToolTip(tr("Copy the chart to the clipboard (Ctrl+Shift+C)"));
    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    addAction(copyAction);
    connect(copyAction, &QAction::triggered, copy, &QPushButton::click);
    actions->addWidget(png);
    actions->addWidget(svg);
    actions->addWidget(copy);
    layout->addLayout(actions);
    m_chartLayout = new QVBoxLayout;
    m_placeholder = new QWidget(this);
    m_placeholder->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_chartLayout->addWidget(m_placeholder);
    layout->addLayout(m_chartLayout, 1);

    connect(png, &QPushButton::clicked, this,
            [this]() { exportWithDialog(QStringLiteral("png")); });
    connect(svg, &QPushButton::clicked, this,
            [this]() { exportWithDialog(QStringLiteral("svg")); });
    connect(copy, &QPushButton::clicked, this, [this]() {
        if (m_chart)
            ChartExport::copyToClipboard(m_chart);
    });
    for (QComboBox *box : {m_kind, m_column, m_second, m_method})
        connect(box, &QComboBox::currentIndexChanged, this, &ExplorePanel::refresh);
    connect(m_target, &TargetPicker::changed, this,
            [this](const QString &column, const QString &positive) {
                emit targetChanged(column, positive);
                refresh();
            });
    updateControls();
}

ExplorePanel::~ExplorePanel() = default;

void ExplorePanel::showPayload(const std::shared_ptr<PlotPayload> &payload)
{
    if (m_chart) {
        m_chart->deleteLater();
        m_chart = nullptr;
    }
    m_chart = payload->createWidget(this);
    if (m_chart)
        m_chartLayout->addWidget(m_chart);
    // No chart (a box plot of a category, say): an empty area of the chart's size keeps the
    // tab's layout; the message above says why.
    m_placeholder->setVisible(!m_chart);
    m_message->setText(payload->error);
    emit chartShown();
}

void ExplorePanel::setDataset(std::shared_ptr<const Dataset> dataset,
                              const QList<ColumnProfile> &profiles)
{
    m_dataset = std::move(dataset);
    m_profiles = profiles;
    m_updating = true;
    const QString previousColumn = m_column->currentText();
    m_column->clear();
    m_second->clear();
    std::vector<qint64> distinct;
    if (m_dataset) {
        for (int c = 0; c < m_dataset->columnCount(); ++c) {
            const Column &col = m_dataset->column(c);
            m_column->addItem(col.name());
            if (!isCodedType(col.type()) || col.type() == ColumnType::Boolean)
                m_second->addItem(col.name());
            const qint64 d = c < profiles.size() ? profiles[c].distinct : 0;
            distinct.push_back(d);
        }
    }
    m_target->setDataset(m_dataset, distinct);
    const QString guess = m_target->column();
    if (m_column->findText(previousColumn) >= 0) {
        m_column->setCurrentText(previousColumn);
    } else if (m_dataset) {
        // Start on the first column worth a chart: not text (IDs) and not the target.
        for (int c = 0; c < m_dataset->columnCount(); ++c) {
            const Column &col = m_dataset->column(c);
            if (col.type() != ColumnType::Text && col.name() != guess) {
                m_column->setCurrentIndex(c);
                break;
            }
        }
    }
    if (m_second->count() > 1)
        m_second->setCurrentIndex(1);
    m_updating = false;
    emit targetChanged(targetColumn(), positiveClass());
    refresh();
}

QString ExplorePanel::targetColumn() const
{
    return m_target->column();
}

QString ExplorePanel::positiveClass() const
{
    return m_target->positive();
}

QString ExplorePanel::message() const
{
    return m_message->text();
}

void ExplorePanel::setTarget(const QString &column, const QString &positive)
{
    m_target->setTarget(column, positive);
}

void ExplorePanel::showChart(PlotSpec::Kind kind, const QString &column, const QString &second)
{
    m_updating = true;
    const PlotSpec::Kind listed = kind == PlotSpec::Kind::Bars ? PlotSpec::Kind::Histogram : kind;
    m_kind->setCurrentIndex(m_kind->findData(int(listed)));
    if (!column.isEmpty())
        m_column->setCurrentText(column);
    if (!second.isEmpty())
        m_second->setCurrentText(second);
    m_updating = false;
    refresh();
}

PlotSpec ExplorePanel::currentSpec() const
{
    PlotSpec spec;
    spec.kind = PlotSpec::Kind(m_kind->currentData().toInt());
    spec.column = m_column->currentText();
    spec.second = m_second->currentText();
    spec.target = targetColumn();
    spec.positive = positiveClass();
    spec.spearman = m_method->currentIndex() == 1;
    if (spec.kind == PlotSpec::Kind::Histogram && m_dataset) {
        const int c = m_dataset->indexOf(spec.column);
        if (c >= 0 && isCodedType(m_dataset->column(c).type()))
            spec.kind = PlotSpec::Kind::Bars;
    }
    return spec;
}

void ExplorePanel::updateControls()
{
    const auto kind = PlotSpec::Kind(m_kind->currentData().toInt());
    const bool perColumn =
        kind != PlotSpec::Kind::Correlation && kind != PlotSpec::Kind::Association;
    m_column->setEnabled(perColumn);
    m_secondLabel->setVisible(kind == PlotSpec::Kind::Scatter);
    m_second->setVisible(kind == PlotSpec::Kind::Scatter);
    m_methodLabel->setVisible(kind == PlotSpec::Kind::Correlation);
    m_method->setVisible(kind == PlotSpec::Kind::Correlation);
}

void ExplorePanel::refresh()
{
    updateControls();
    if (m_updating || !m_dataset)
        return;
    const PlotSpec spec = currentSpec();
    const auto dataset = m_dataset;
    m_message->setText(tr("Computing…"));
    using Payload = std::shared_ptr<PlotPayload>;
    m_jobs->start<Payload>(
        QStringLiteral("explore chart"), this,
        [dataset, spec]() {
            return std::make_shared<PlotPayload>(PlotPayload::compute(*dataset, spec));
        },
        [this](Payload payload) { showPayload(payload); });
}

void ExplorePanel::exportChart(const QString &path)
{
    if (!m_chart)
        return;
    auto saved = ChartExport::save(m_chart, path);
    if (!saved)
        QMessageBox::warning(this, tr("Export failed"), saved.error().message);
}

void ExplorePanel::exportWithDialog(const QString &suffix)
{
    if (!m_chart)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name =
        QStringLiteral("%1/%2-%3.%4")
            .arg(dir, PlotSpec::kindName(currentSpec().kind), currentSpec().column, suffix);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), name,
        suffix == QLatin1String("svg") ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportChart(path);
}

QJsonObject ExplorePanel::chartState() const
{
    const PlotSpec spec = currentSpec();
    return {{QStringLiteral("kind"), PlotSpec::kindName(spec.kind)},
            {QStringLiteral("column"), spec.column},
            {QStringLiteral("second"), spec.second}};
}

void ExplorePanel::restoreChart(const QJsonObject &state)
{
    const auto kind = PlotSpec::kindFromName(state.value(QStringLiteral("kind")).toString());
    if (kind)
        showChart(*kind, state.value(QStringLiteral("column")).toString(),
                  state.value(QStringLiteral("second")).toString());
}
