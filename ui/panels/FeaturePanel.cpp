#include "ui/panels/FeaturePanel.h"

#include "core/data/BinaryTarget.h"
#include "core/features/FeaturePipeline.h"
#include "core/train/TrainingData.h"
#include "ui/document/JobTracker.h"
#include "ui/itemmodels/FeatureConfigModel.h"
#include "ui/itemmodels/FeaturePreviewModel.h"
#include "ui/widgets/FeatureDelegate.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <numeric>
#include <optional>

using namespace churnlab;

namespace {

// The preview fits on this many rows from the top of the data and shows the first of them.
constexpr quint32 kPreviewFitRows = 5000;
constexpr quint32 kPreviewShownRows = 100;

} // namespace

FeaturePanel::FeaturePanel(JobTracker *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_undo(new QUndoStack(this))
{
    m_model = new FeatureConfigModel(m_undo, this);
    m_preview = new FeaturePreviewModel(this);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *intro = new QLabel(tr("Choose how each column enters the models. Everything is fitted "
                                "on the training rows only."),
                             this);
    intro->setWordWrap(true);
    bar->addWidget(intro, 1);
    auto *undo = new QPushButton(tr("Undo"), this);
    auto *redo = new QPushButton(tr("Redo"), this);
    auto *reset = new QPushButton(tr("Reset All"), this);
    m_excludeFlagged = new QPushButton(tr("Exclude All Flagged"), this);
    m_excludeFlagged->setToolTip(tr("Give every column the leakage check flagged (leaking or "
                                    "suspicious) the role Excluded (leakage), as one step"));
    m_setRole = new QPushButton(tr("Set Role"), this);
    m_setRole->setToolTip(tr("Give the selected rows one role, as one undoable step "
                             "(select several with Ctrl or Shift)"));
    auto *roleMenu = new QMenu(m_setRole);
    const QStringList roles = FeatureConfigModel::choices(FeatureConfigModel::RoleColumn);
    for (int r = 0; r < roles.size(); ++r)
        roleMenu->addAction(roles[r], this,
                            [this, r]() { setSelectedRoles(FeatureConfig::Role(r)); });
    m_setRole->setMenu(roleMenu);
    auto *open = new QPushButton(tr("Open…"), this);
    auto *save = new QPushButton(tr("Save…"), this);
    open->setToolTip(tr("Load column choices saved before (JSON)"));
    save->setToolTip(tr("Save these choices as JSON, for another session or for "
                        "churnlab-cli train --features"));
    undo->setToolTip(tr("Undo the last change here (Ctrl+Z)"));
    redo->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    reset->setToolTip(tr("Back to the automatic choices for every column (undoable)"));
    bar->addWidget(undo);
    bar->addWidget(redo);
    bar->addWidget(reset);
    bar->addWidget(m_setRole);
    bar->addWidget(m_excludeFlagged);
    bar->addWidget(open);
    bar->addWidget(save);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new FeatureDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    split->addWidget(m_table);
    auto *previewBox = new QWidget(split);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewLabel = new QLabel(previewBox);
    m_previewLabel->setWordWrap(true);
    previewLayout->addWidget(m_previewLabel);
    m_previewTable = new QTableView(previewBox);
    m_previewTable->setModel(m_preview);
    m_previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    previewLayout->addWidget(m_previewTable, 1);
    split->addWidget(previewBox);
    split->setSizes({fontMetrics().height() * 24, fontMetrics().height() * 16});
    layout->addWidget(split, 1);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &FeaturePanel::refreshPreview);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(reset, &QPushButton::clicked, this, [this]() {
        // One undoable step that puts every changed column back to automatic.
        m_undo->beginMacro(tr("Reset all columns"));
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_model->edit(m_model->columnName(r), {}, tr("Reset"));
        m_undo->endMacro();
    });
    connect(save, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save column choices"),
                                                          QStringLiteral("features.json"),
                                                          tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        if (auto saved = saveConfig(path); !saved)
            QMessageBox::warning(this, tr("Could not save"), saved.error().message);
    });
    connect(open, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open column choices"), {},
                                                          tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        if (auto loaded = loadConfig(path); !loaded)
            QMessageBox::warning(this, tr("Could not open"), loaded.error().message);
    });
    connect(m_excludeFlagged, &QPushButton::clicked, this, &FeaturePanel::excludeFlagged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeaturePanel::updateButtons);
    connect(m_model, &FeatureConfigModel::configChanged, this, [this]() {
        m_previewTimer->start();
        updateButtons();
        emit configChanged(m_model->config());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FeaturePanel::updateButtons);
    updateButtons();
}

void FeaturePanel::updateButtons()
{
    m_excludeFlagged->setEnabled(
        !LeakageScreen::kept(m_model->config(), m_model->leakage()).isEmpty());
    m_setRole->setEnabled(m_table->selectionModel()->hasSelection());
}

const QList<LeakageFinding> &FeaturePanel::leakage() const
{
    return m_model->leakage();
}

void FeaturePanel::excludeFlagged()
{
    QStringList columns;
    for (const LeakageFinding &f : LeakageScreen::kept(m_model->config(), m_model->leakage()))
        columns << f.column;
    if (!columns.isEmpty())
        m_model->setRoles(columns, FeatureConfig::Role::Leakage, tr("Exclude all flagged columns"));
}

void FeaturePanel::setSelectedRoles(FeatureConfig::Role role)
{
    QStringList columns;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        columns << m_model->columnName(row.row());
    if (!columns.isEmpty())
        m_model->setRoles(columns, role,
                          tr("Set the role of %n column(s)", nullptr, int(columns.size())));
}

void FeaturePanel::screenForLeakage()
{
    m_model->setLeakage({});
    emit leakageFound({});
    if (!m_dataset || m_target.isEmpty()) {
        m_jobs->cancel(QStringLiteral("leakage"));
        return;
    }
    m_jobs->start<QList<LeakageFinding>>(
        QStringLiteral("leakage"), this,
        [dataset = m_dataset, column = m_target, positive = m_positive]() {
            auto target = BinaryTarget::fromColumn(*dataset, column, positive);
            return target ? LeakageScreen::screen(*dataset, *target) : QList<LeakageFinding>();
        },
        [this](QList<LeakageFinding> findings) { showLeakage(findings); });
}

void FeaturePanel::showLeakage(const QList<LeakageFinding> &findings)
{
    m_model->setLeakage(findings);
    // What training would do on its own, made visible and undoable here: undo keeps the
    // columns as features (the automatic role would leave them out again).
    FeatureConfig config = m_model->config();
    const QStringList excluded = LeakageScreen::exclude(config, findings);
    if (!excluded.isEmpty())
        m_model->setRoles(excluded, FeatureConfig::Role::Leakage, tr("Exclude leaking columns"),
                          FeatureConfig::Role::Feature);
    updateButtons();
    emit leakageFound(findings);
}

void FeaturePanel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_undo->clear(); // choices belong to the data they were made on
    m_model->setConfig({});
    updateLabels();
    m_model->setDataset(m_dataset, m_target);
    m_previewTimer->start();
    screenForLeakage();
}

void FeaturePanel::updateLabels()
{
    // Once per target, not once per preview: labels cover every row of the data.
    m_labels.reset();
    if (!m_dataset || m_target.isEmpty())
        return;
    if (auto t = BinaryTarget::fromColumn(*m_dataset, m_target, m_positive))
        m_labels = std::move(t.value());
}

void FeaturePanel::setTarget(const QString &column, const QString &positive)
{
    if (column == m_target && positive == m_positive)
        return;
    m_target = column;
    m_positive = positive;
    updateLabels();
    m_model->setDataset(m_dataset, m_target);
    m_previewTimer->start();
    screenForLeakage();
}

const FeatureConfig &FeaturePanel::config() const
{
    return m_model->config();
}

void FeaturePanel::setConfig(const FeatureConfig &config)
{
    m_model->setConfig(config);
}

Result<bool> FeaturePanel::saveConfig(const QString &path) const
{
    return m_model->config().save(path);
}

Result<bool> FeaturePanel::loadConfig(const QString &path)
{
    auto config = FeatureConfig::load(path);
    if (!config)
        return config.error();
    m_undo->beginMacro(tr("Open column choices"));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString name = m_model->columnName(r);
        m_model->edit(name, config->transform(name), tr("Open"));
    }
    m_undo->endMacro();
    return true;
}

QString FeaturePanel::previewText() const
{
    return m_previewLabel->text();
}

void FeaturePanel::refreshPreview()
{
    m_previewTimer->stop();
    if (!m_dataset) {
        m_preview->setMatrix({}, {});
        return;
    }
    std::vector<quint32> rows(std::min<quint32>(kPreviewFitRows, quint32(m_dataset->rowCount())));
    std::iota(rows.begin(), rows.end(), 0u);
    FeaturePipeline::Options options;
    options.config = m_model->config();
    int targetIndex = -1;
    if (m_labels) {
        targetIndex = m_labels->columnIndex();
        options.labels = &m_labels->labels();
        rows = TrainingData::labelledRows(*m_labels, std::move(rows));
    }
    const FeaturePipeline pipeline = FeaturePipeline::fit(*m_dataset, rows, targetIndex, options);
    rows.resize(std::min<size_t>(rows.size(), kPreviewShownRows));
    m_preview->setMatrix(pipeline.transform(*m_dataset, rows), pipeline.featureNames());
    m_model->setStatus(pipeline.featureNames(), pipeline.ignoredColumns());
    m_previewLabel->setText(
        tr("Preview: %1 features from %2 columns (%3 left out), fitted on the first %4 rows; "
           "the first %5 rows shown.")
            .arg(pipeline.featureNames().size())
            .arg(m_model->rowCount())
            .arg(pipeline.ignoredColumns().size())
            .arg(std::min<qint64>(kPreviewFitRows, m_dataset->rowCount()))
            .arg(rows.size()));
    emit previewShown();
}
