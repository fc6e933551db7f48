#include "ui/panels/TrainingForm.h"

#include "core/models/ModelCatalog.h"
#include "ui/dialogs/ModelParamsDialog.h"
#include "ui/widgets/TargetPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

using namespace churnlab;

namespace {

enum Validation { HoldoutIndex, KFoldIndex, TestFileIndex };

} // namespace

TrainingForm::TrainingForm(QWidget *parent)
    : QGroupBox(tr("Training"), parent)
{
    auto *form = new QFormLayout(this);
    m_target = new TargetPicker(this, false);
    m_target->columnBox()->setToolTip(tr("The churn column the models learn to predict"));
    form->addRow(tr("&Target:"), m_target->columnBox());
    form->addRow(tr("Churned &is:"), m_target->positiveBox());
    buildValidation(form);
    buildLearners(form);
    auto *buttons = new QHBoxLayout;
    m_trainButton = new QPushButton(tr("T&rain"), this);
    m_trainButton->setToolTip(tr("Train the ticked models on worker threads (Ctrl+T)"));
    m_trainButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setToolTip(tr("Stop the training (Esc)"));
    m_autoMlButton = new QPushButton(tr("Auto&ML…"), this);
    m_autoMlButton->setToolTip(tr("Search the learners and their settings within a time budget "
                                  "(Ctrl+Shift+A)"));
    buttons->addWidget(m_trainButton);
    buttons->addWidget(m_autoMlButton);
    buttons->addWidget(m_cancelButton);
    m_flagged = new QLabel(this);
    m_flagged->setWordWrap(true);
    m_flagged->setTextFormat(Qt::RichText);
    m_flagged->setStyleSheet(QStringLiteral("QLabel { background: #fce8b2; color: #202124; "
                                            "padding: 4px; border-radius: 3px; }"));
    m_flagged->hide();
    connect(m_flagged, &QLabel::linkActivated, this, &TrainingForm::excludeFlaggedRequested);
    form->addRow(m_flagged);
    form->addRow(buttons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    // Room for three lines: the split, the rows left out, the outcome.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3 + 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_message);
    setMaximumWidth(320);

    connect(m_trainButton, &QPushButton::clicked, this, &TrainingForm::trainRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &TrainingForm::cancelRequested);
    connect(m_autoMlButton, &QPushButton::clicked, this, &TrainingForm::autoMlRequested);
    connect(m_target, &TargetPicker::changed, this,
            [this](const QString &column, const QString &positive) {
                emit targetChanged(column, positive);
                setRunning(m_running, m_hasData);
            });
    setRunning(false, false);
}

void TrainingForm::buildValidation(QFormLayout *form)
{
    m_testShare = new QSpinBox(this);
    m_testShare->setRange(5, 50);
    m_testShare->setValue(20);
    m_testShare->setSuffix(QStringLiteral(" %"));
    m_testShare->setToolTip(tr("Share of rows held out, stratified by the target, to test the "
                               "models on; features are fitted on the other rows only"));
    m_validation = new QComboBox(this);
    m_validation->addItem(tr("Holdout"));
    m_validation->addItem(tr("Cross-validation"));
    m_validation->addItem(tr("Separate test file"));
    m_validation->setToolTip(tr("Holdout: one stratified test share. Cross-validation: every row "
                                "is scored once by a model trained on the other folds; slower, "
                                "and steadier on small files. Separate test file: train on every "
                                "row here, test on another file with the same columns"));
    m_folds = new QSpinBox(this);
    m_folds->setRange(2, 20);
    m_folds->setValue(5);
    m_folds->setToolTip(tr("Number of stratified folds"));
    m_folds->setEnabled(false);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("The same seed gives the same split and the same models"));
    form->addRow(tr("&Validation:"), m_validation);
    form->addRow(tr("Test &share:"), m_testShare);
    form->addRow(tr("&Folds:"), m_folds);
    form->addRow(tr("S&eed:"), m_seed);
    auto *testRow = new QHBoxLayout;
    m_testFile = new QLineEdit(this);
    m_testFile->setPlaceholderText(tr("Test file (CSV)"));
    m_testFile->setToolTip(tr("A file with the same columns, read with the data's import options "
                              "and scored through the model's input checks: a missing column is "
                              "an error, other types are converted and counted"));
    m_testFile->setEnabled(false);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the test file"));
    browse->setEnabled(false);
    testRow->addWidget(m_testFile, 1);
    testRow->addWidget(browse);
    auto *testLabel = new QLabel(tr("Test &file:"), this);
    testLabel->setBuddy(m_testFile);
    form->addRow(testLabel, testRow);
    connect(browse, &QToolButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a test file"), m_testFile->text(),
            tr("Data files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;All files (*)"));
        if (!path.isEmpty())
            m_testFile->setText(path);
    });
    connect(m_validation, &QComboBox::currentIndexChanged, this, [this, browse](int index) {
        m_testShare->setEnabled(index == HoldoutIndex);
        m_folds->setEnabled(index == KFoldIndex);
        m_testFile->setEnabled(index == TestFileIndex);
        browse->setEnabled(index == TestFileIndex);
        setRunning(m_running, m_hasData);
        emit changed();
    });
    connect(m_testFile, &QLineEdit::textChanged, this, [this]() {
        setRunning(m_running, m_hasData);
        emit changed();
    });
    for (QSpinBox *spin : {m_testShare, m_folds, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &TrainingForm::changed);
    m_dropOther = new QCheckBox(tr("Leave out rows whose target is neither class"), this);
    m_dropOther->setToolTip(tr("A few rows with a third target value (a typo, “Unknown”) are "
                               "left out and counted instead of stopping the training"));
    form->addRow(m_dropOther);
    connect(m_dropOther, &QCheckBox::toggled, this, &TrainingForm::changed);
}

void TrainingForm::buildLearners(QFormLayout *form)
{
    m_models = new QListWidget(this);
    for (const ModelInfo &info : ModelCatalog::models()) {
        auto *item = new QListWidgetItem(info.title, m_models);
        item->setData(Qt::UserRole, info.id);
        item->setToolTip(info.description);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(TrainSpec().learnerIds().contains(info.id) ? Qt::Checked
                                                                       : Qt::Unchecked);
    }
    m_models->setToolTip(tr("Tick the models to train; double-click one to set its "
                            "hyperparameters"));
    m_models->setMinimumHeight(m_models->sizeHintForRow(0) * 6 + 6);
    form->addRow(new QLabel(tr("Models:"), this));
    form->addRow(m_models);
    m_paramsButton = new QPushButton(tr("&Hyperparameters…"), this);
    m_paramsButton->setToolTip(tr("Change the hyperparameters of the highlighted model"));
    form->addRow(m_paramsButton);
    connect(m_paramsButton, &QPushButton::clicked, this, &TrainingForm::editParams);
    connect(m_models, &QListWidget::itemDoubleClicked, this, &TrainingForm::editParams);
    connect(m_models, &QListWidget::itemChanged, this, [this]() {
        setRunning(m_running, m_hasData);
        emit changed();
    });
}

void TrainingForm::setDataset(std::shared_ptr<const Dataset> dataset,
                              const std::vector<qint64> &distinct)
{
    m_target->setDataset(std::move(dataset), distinct);
}

bool TrainingForm::hasTargetCandidates() const
{
    return !m_target->isEmpty();
}

void TrainingForm::setTarget(const QString &column, const QString &positive)
{
    m_target->setTarget(column, positive);
}

QString TrainingForm::targetColumn() const
{
    return m_target->column();
}

QString TrainingForm::positiveClass() const
{
    return m_target->positive();
}

void TrainingForm::setSelectedModels(const QStringList &ids)
{
    for (int i = 0; i < m_models->count(); ++i) {
        QListWidgetItem *item = m_models->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
}

QStringList TrainingForm::selectedModels() const
{
    QStringList ids;
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i)->checkState() == Qt::Checked)
            ids << m_models->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void TrainingForm::setModelParams(const QString &id, const QJsonObject &params)
{
    m_params.insert(id, params);
}

void TrainingForm::setFolds(int folds)
{
    m_validation->setCurrentIndex(folds >= 2 ? KFoldIndex : HoldoutIndex);
    if (folds >= 2)
        m_folds->setValue(folds);
}

void TrainingForm::setTestFile(const QString &path)
{
    m_testFile->setText(path);
    m_validation->setCurrentIndex(path.isEmpty() ? HoldoutIndex : TestFileIndex);
}

QString TrainingForm::testFile() const
{
    return usesTestFile() ? m_testFile->text() : QString();
}

bool TrainingForm::usesCrossValidation() const
{
    return m_validation->currentIndex() == KFoldIndex;
}

bool TrainingForm::usesTestFile() const
{
    return m_validation->currentIndex() == TestFileIndex;
}

void TrainingForm::setDropOtherTargetValues(bool drop)
{
    m_dropOther->setChecked(drop);
}

void TrainingForm::editParams()
{
    QListWidgetItem *item = m_models->currentItem();
    if (!item)
        item = m_models->item(0);
    const QString id = item->data(Qt::UserRole).toString();
    const auto info = ModelCatalog::find(id);
    if (!info)
        return;
    ModelParamsDialog dialog(*info, m_params.value(id), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_params.insert(id, dialog.params());
        emit changed();
    }
}

TrainSpec TrainingForm::spec() const
{
    TrainSpec spec;
    spec.target = {targetColumn(), positiveClass(), m_dropOther->isChecked()};
    spec.validation.kind =
        usesCrossValidation() ? ValidationSpec::Kind::KFold : ValidationSpec::Kind::Holdout;
    spec.validation.testFraction = m_testShare->value() / 100.0;
    spec.validation.folds = m_folds->value();
    spec.seed = quint64(m_seed->value());
    spec.learners.clear();
    for (const QString &id : selectedModels())
        spec.learners << LearnerSpec {id, m_params.value(id)};
    return spec;
}

void TrainingForm::applySpec(const TrainSpec &spec, const QString &testFile)
{
    setTarget(spec.target.column, spec.target.positive);
    setDropOtherTargetValues(spec.target.dropOtherValues);
    m_testShare->setValue(qRound(spec.validation.testFraction * 100));
    m_folds->setValue(spec.validation.folds);
    m_validation->setCurrentIndex(!testFile.isEmpty() ? TestFileIndex
                                      : spec.validation.kind == ValidationSpec::Kind::KFold
                                      ? KFoldIndex
                                      : HoldoutIndex);
    m_testFile->setText(testFile);
    m_seed->setValue(int(spec.seed));
    setSelectedModels(spec.learnerIds());
    m_params.clear();
    for (const LearnerSpec &l : spec.learners)
        if (!l.params.isEmpty())
            m_params.insert(l.id, l.params);
    setRunning(m_running, m_hasData);
}

bool TrainingForm::canTrain() const
{
    return m_trainButton->isEnabled();
}

void TrainingForm::setRunning(bool running, bool hasData)
{
    m_running = running;
    m_hasData = hasData;
    const bool ready = !running && hasData && !targetColumn().isEmpty();
    m_autoMlButton->setEnabled(ready);
    m_trainButton->setEnabled(ready && !selectedModels().isEmpty()
                              && (!usesTestFile() || !m_testFile->text().isEmpty()));
    m_cancelButton->setEnabled(running);
    m_target->setEnabled(!running);
}

void TrainingForm::setMessage(const QString &text)
{
    m_message->setText(text);
}

QString TrainingForm::message() const
{
    return m_message->text();
}

void TrainingForm::setFlaggedColumns(const QStringList &columns)
{
    m_flagged->setVisible(!columns.isEmpty());
    if (columns.isEmpty())
        return;
    m_flagged->setText(
        tr("⚠ Training would use %n flagged column(s): %1. They may leak the outcome. "
           "<a href=\"exclude\">Exclude them</a>",
           nullptr, int(columns.size()))
            .arg(columns.join(QStringLiteral(", ")).toHtmlEscaped()));
}

QString TrainingForm::flaggedText() const
{
    return m_flagged->isHidden() ? QString() : m_flagged->text();
}
