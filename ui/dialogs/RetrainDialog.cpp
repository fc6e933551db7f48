#include "ui/dialogs/RetrainDialog.h"

#include "ui/widgets/PathField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

namespace {

QDoubleSpinBox *spin(QWidget *parent, double max, double step, double value, const QString &tip)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(4);
    box->setRange(0, max);
    box->setSingleStep(step);
    box->setValue(value);
    box->setToolTip(tip);
    return box;
}

} // namespace

RetrainDialog::RetrainDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Retrain on New Data"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const QString csv = tr("CSV files (*.csv *.tsv *.txt);;All files (*)");
    m_champion = new PathField(PathField::Mode::Open, tr("ChurnLab bundles (*.clb)"),
                               tr("The deployed model: its exact settings are retrained"), this);
    form->addRow(tr("&Champion bundle:"), m_champion);
    m_new = new PathField(PathField::Mode::Open, csv,
                          tr("New labelled data with the champion's columns and target"), this);
    form->addRow(tr("&New data:"), m_new);
    m_append = new QCheckBox(tr("&Append to the old training data"), this);
    m_append->setToolTip(tr("Train on the old rows and the new ones; otherwise the new data "
                            "replaces the old"));
    form->addRow(m_append);
    m_old =
        new PathField(PathField::Mode::Open, csv, tr("The data the champion was trained on"), this);
    form->addRow(tr("&Old data:"), m_old);
    m_output = new PathField(PathField::Mode::Save, tr("ChurnLab bundles (*.clb)"),
                             tr("Where a promoted model is written as the next version"), this);
    form->addRow(tr("&Write a promoted model to:"), m_output);
    m_overwrite = new QCheckBox(tr("&Overwrite the champion (a server watching it reloads)"), this);
    m_overwrite->setToolTip(tr("Otherwise a promoted model is written beside the champion, "
                               "and the champion's file stays as it is"));
    form->addRow(m_overwrite);
    const auto updatePlaceholder = [this]() {
        const QString beside = RetrainJob::besideChampion(m_champion->path());
        m_output->lineEdit()->setPlaceholderText(
            m_overwrite->isChecked() ? tr("over the champion")
                : beside.isEmpty()
                ? tr("beside the champion")
                : tr("beside the champion: %1").arg(QFileInfo(beside).fileName()));
    };
    connect(m_overwrite, &QCheckBox::toggled, this, updatePlaceholder);
    connect(m_champion->lineEdit(), &QLineEdit::textChanged, this, updatePlaceholder);
    updatePlaceholder();
    layout->addLayout(form);

    auto *rule = new QGroupBox(tr("Promotion rule"), this);
    auto *ruleForm = new QFormLayout(rule);
    m_margin = spin(rule, 0.5, 0.001, RetrainOptions().aucMargin,
                    tr("ROC AUC the challenger must gain over the champion"));
    ruleForm->addRow(tr("AUC &margin:"), m_margin);
    m_costMargin =
        spin(rule, 1e6, 0.01, 0, tr("Or: expected cost per customer it must save (0: any saving)"));
    ruleForm->addRow(tr("or cost &saving above:"), m_costMargin);
    m_tolerance = spin(rule, 0.5, 0.005, RetrainOptions().calibrationTolerance,
                       tr("How much worse its calibration error may be"));
    ruleForm->addRow(tr("Calibration &tolerance:"), m_tolerance);
    m_holdout = spin(rule, 0.9, 0.05, RetrainOptions().holdoutFraction,
                     tr("Share of the new rows held out to judge both models"));
    m_holdout->setMinimum(0.05);
    ruleForm->addRow(tr("&Holdout share:"), m_holdout);
    m_dryRun = new QCheckBox(tr("&Decide only; write no bundle"), rule);
    ruleForm->addRow(m_dryRun);
    layout->addWidget(rule);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Model"), tr("ROC AUC"), tr("PR AUC"), tr("Expected cost"), tr("Calibration error")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(90);
    m_table->hide();
    layout->addWidget(m_table);
    m_reasons = new QLabel(this);
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_reasons, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retrain = m_buttons->addButton(tr("&Retrain"), QDialogButtonBox::AcceptRole);
    m_retrain->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_retrain, &QPushButton::clicked, this, &RetrainDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this]() {
        if (m_watcher.isRunning())
            m_watcher.cancel(); // Esc and Close cancel a running job first
        else
            reject();
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RetrainDialog::done);
    for (PathField *f : {m_champion, m_new, m_old})
        connect(f, &PathField::pathChanged, this, &RetrainDialog::updateButtons);
    connect(m_append, &QCheckBox::toggled, this, &RetrainDialog::updateButtons);
    updateButtons();
    resize(700, 660);
}

RetrainDialog::~RetrainDialog()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void RetrainDialog::setChampion(const QString &path)
{
    m_champion->setPath(path);
}

void RetrainDialog::setNewData(const QString &path)
{
    m_new->setPath(path);
}

void RetrainDialog::setOldData(const QString &path)
{
    m_old->setPath(path);
    m_append->setChecked(!path.isEmpty());
}

QString RetrainDialog::outputPath() const
{
    if (!m_output->path().isEmpty())
        return m_output->path();
    // Empty tells the job to write over the champion: only when the analyst asked for it.
    return m_overwrite->isChecked() ? QString() : RetrainJob::besideChampion(m_champion->path());
}

void RetrainDialog::setOverwriteChampion(bool overwrite)
{
    m_overwrite->setChecked(overwrite);
}

void RetrainDialog::setOutput(const QString &path)
{
    m_output->setPath(path);
}

void RetrainDialog::setDryRun(bool dryRun)
{
    m_dryRun->setChecked(dryRun);
}

void RetrainDialog::setAucMargin(double margin)
{
    m_margin->setValue(margin);
}

QString RetrainDialog::verdictText() const
{
    return m_verdict->text();
}

void RetrainDialog::updateButtons()
{
    const bool running = m_watcher.isRunning();
    m_old->setEnabled(m_append->isChecked() && !running);
    m_retrain->setEnabled(!running && !m_champion->path().isEmpty() && !m_new->path().isEmpty()
                          && (!m_append->isChecked() || !m_old->path().isEmpty()));
}

void RetrainDialog::start()
{
    if (m_watcher.isRunning() || !m_retrain->isEnabled())
        return;
    RetrainJob::Request request;
    request.champion = m_champion->path();
    request.newData = m_new->path();
    request.oldData = m_append->isChecked() ? m_old->path() : QString();
    request.output = outputPath();
    request.source = QStringLiteral("gui");
    request.dryRun = m_dryRun->isChecked();
    request.options.mode =
        m_append->isChecked() ? RetrainOptions::Mode::Append : RetrainOptions::Mode::Replace;
    request.options.aucMargin = m_margin->value();
    request.options.costMargin = m_costMargin->value();
    request.options.calibrationTolerance = m_tolerance->value();
    request.options.holdoutFraction = m_holdout->value();
    m_summary.reset();
    m_table->hide();
    m_reasons->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_verdict->setStyleSheet({});
    m_verdict->setText(tr("Retraining… (Esc cancels)"));
    m_watcher.setFuture(QtConcurrent::run([request](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 1000);
        Progress progress(
            [&promise](double f, const QString &) { promise.setProgressValue(int(f * 1000)); });
        progress.setCancelCheck([&promise] { return promise.isCanceled(); });
        Outcome outcome;
        auto summary = RetrainJob::run(request, progress);
        if (summary)
            outcome.summary = std::move(summary.value());
        else
            outcome.error = summary.error().describe();
        promise.addResult(std::move(outcome));
    }));
    updateButtons();
}

void RetrainDialog::done()
{
    m_progress->hide();
    updateButtons();
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        m_verdict->setText(tr("Retraining was cancelled; nothing was written."));
        emit finished(false);
        return;
    }
    const Outcome o = m_watcher.result();
    if (!o.summary) {
        m_verdict->setText(tr("Retraining failed: %1").arg(o.error));
        emit finished(false);
        return;
    }
    m_summary = o.summary;
    showSummary(*m_summary);
    emit finished(true);
    if (!m_summary->written.isEmpty())
        emit promoted(m_summary->written);
}

void RetrainDialog::showSummary(const RetrainJob::Summary &s)
{
    const RetrainDecision &d = s.outcome.decision;
    QString verdict = d.summary();
    if (!s.written.isEmpty())
        verdict += QLatin1Char(' ')
            + tr("Version %1 was written to %2.").arg(s.championVersion + 1).arg(s.written);
    else if (d.promote)
        verdict += QLatin1Char(' ') + tr("Nothing was written (decide only).");
    verdict += QLatin1Char(' ')
        + tr("Both judged at the champion's threshold %1 (costs %2 per false positive, %3 per "
             "false negative).")
              .arg(QLocale().toString(d.threshold, 'f', 3),
                   QLocale().toString(d.costs.falsePositive),
                   QLocale().toString(d.costs.falseNegative));
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(d.promote ? QStringLiteral("color: #1b7f3b")
                                       : QStringLiteral("color: #a15c00"));
    m_table->setRowCount(2);
    const struct
    {
        QString name;
        const HoldoutEvaluation &e;
    } rows[] = {{tr("Champion (version %1)").arg(s.championVersion), d.champion},
                {tr("Challenger (version %1)").arg(s.championVersion + 1), d.challenger}};
    const QLocale locale;
    for (int r = 0; r < 2; ++r) {
        const HoldoutEvaluation &e = rows[r].e;
        const QStringList cells {rows[r].name, locale.toString(e.metrics.auc, 'f', 4),
                                 locale.toString(e.metrics.prAuc, 'f', 4),
                                 locale.toString(e.expectedCost, 'f', 4),
                                 locale.toString(e.calibrationError, 'f', 4)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->show();
    QStringList lines;
    lines << tr("Both judged on %1 held-out new customers; the challenger was trained on %2.")
                 .arg(locale.toString(d.holdoutRows), locale.toString(d.trainRows));
    for (const QString &reason : d.reasons)
        lines << QStringLiteral("• ") + reason;
    lines << s.outcome.notes;
    lines << s.warnings;
    m_reasons->setText(lines.join(QLatin1Char('\n')));
}
