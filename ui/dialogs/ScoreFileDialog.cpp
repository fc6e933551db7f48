#include "ui/dialogs/ScoreFileDialog.h"

#include "core/bundle/Bundle.h"
#include "ui/widgets/PathField.h"

#include "core/data/db/DatabaseUrl.h"

#include <QComboBox>
#include <QHBoxLayout>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

ScoreFileDialog::ScoreFileDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Score a File"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_bundle = pathRow(form, tr("&Model bundle:"),
                       tr("A model exported from the Model tab or "
                          "with churnlab-cli train --export"),
                       false, tr("ChurnLab model bundles (*.clb)"));
    m_input = pathRow(form, tr("&Data to score:"),
                      tr("A CSV file with the columns the model was trained on"), false,
                      tr("CSV files (*.csv *.txt)"));
    m_output = pathRow(form, tr("&Write scores to:"),
                       tr("One row per input row: ID, churn probability and label. A CSV file, "
                          "or a database URL (postgresql://…, mysql://…, sqlite:///…, odbc://…) "
                          "with a table"),
                       true, tr("CSV files (*.csv)"));
    auto *tableRow = new QHBoxLayout;
    m_table = new QLineEdit(this);
    m_table->setPlaceholderText(tr("e.g. marketing.churn_scores"));
    m_table->setToolTip(tr("The table the scores go to, written in one transaction: a reader "
                           "never sees half of it"));
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Replace the table"), int(WriteMode::Replace));
    m_mode->addItem(tr("Append to the table"), int(WriteMode::Append));
    tableRow->addWidget(m_table, 1);
    tableRow->addWidget(m_mode);
    auto *tableLabel = new QLabel(tr("&Table:"), this);
    tableLabel->setBuddy(m_table);
    form->addRow(tableLabel, tableRow);
    const auto databaseOutput = [this, tableLabel]() {
        const bool database = DatabaseUrl::looksLikeUrl(m_output->text());
        for (QWidget *w : {static_cast<QWidget *>(tableLabel), static_cast<QWidget *>(m_table),
                           static_cast<QWidget *>(m_mode)})
            w->setEnabled(database);
    };
    connect(m_output, &QLineEdit::textChanged, this, databaseOutput);
    databaseOutput();
    m_strict = new QCheckBox(tr("&Strict: refuse values that do not convert and unseen "
                                "categories"),
                             this);
    m_strict->setToolTip(tr("Without it they are converted or scored as rare categories, and "
                            "counted in the summary"));
    form->addRow(m_strict);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_score = m_buttons->addButton(tr("S&core"), QDialogButtonBox::AcceptRole);
    m_score->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_score, &QPushButton::clicked, this, &ScoreFileDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this]() {
        if (m_watcher.isRunning())
            m_watcher.cancel(); // Esc and Close cancel a running job first
        else
            reject();
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ScoreFileDialog::done);
    for (QLineEdit *e : {m_bundle, m_input, m_output, m_table})
        connect(e, &QLineEdit::textChanged, this, &ScoreFileDialog::updateButtons);
    updateButtons();
    resize(640, 320);
}

ScoreFileDialog::~ScoreFileDialog()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QLineEdit *ScoreFileDialog::pathRow(QFormLayout *form, const QString &label, const QString &tip,
                                    bool save, const QString &filter)
{
    auto *field =
        new PathField(save ? PathField::Mode::Save : PathField::Mode::Open, filter, tip, this);
    auto *text = new QLabel(label, this);
    text->setBuddy(field);
    form->addRow(text, field);
    return field->lineEdit();
}

void ScoreFileDialog::setPaths(const QString &bundle, const QString &input, const QString &output)
{
    m_bundle->setText(bundle);
    m_input->setText(input);
    m_output->setText(output);
}

void ScoreFileDialog::updateButtons()
{
    const bool tableNeeded = DatabaseUrl::looksLikeUrl(m_output->text());
    m_score->setEnabled(!m_watcher.isRunning() && !m_bundle->text().isEmpty()
                        && !m_input->text().isEmpty() && !m_output->text().isEmpty()
                        && (!tableNeeded || !m_table->text().trimmed().isEmpty()));
}

void ScoreFileDialog::setTable(const QString &table, WriteMode mode)
{
    m_table->setText(table);
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

Result<ScoreTarget> ScoreFileDialog::target() const
{
    const QString output = m_output->text();
    if (!DatabaseUrl::looksLikeUrl(output))
        return ScoreTarget(output);
    auto url = DatabaseUrl::parse(output);
    if (!url)
        return url.error();
    return ScoreTarget::toTable(*url, m_table->text().trimmed(),
                                WriteMode(m_mode->currentData().toInt()));
}

void ScoreFileDialog::start()
{
    if (m_watcher.isRunning() || !m_score->isEnabled())
        return;
    const QString bundlePath = m_bundle->text(), input = m_input->text();
    auto output = target();
    if (!output) {
        m_summary->setText(tr("Scoring failed: %1").arg(output.error().describe()));
        return;
    }
    m_writtenTo = output->database
        ? tr("%1, table %2").arg(output->database->display(), output->table)
        : output->file;
    const bool strict = m_strict->isChecked();
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Scoring… (Esc cancels)"));
    m_watcher.setFuture(QtConcurrent::run([=](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 1000);
        Progress progress(
            [&promise](double f, const QString &) { promise.setProgressValue(int(f * 1000)); });
        progress.setCancelCheck([&promise] { return promise.isCanceled(); });
        Outcome outcome;
        auto bundle = Bundle::open(bundlePath);
        if (!bundle) {
            outcome.error = bundle.error().message;
            promise.addResult(outcome);
            return;
        }
        outcome.threshold = bundle->scorer()->threshold();
        BatchScorer::Options options;
        options.strict = strict;
        auto summary = BatchScorer::run(*bundle->scorer(), input, *output, options, progress);
        if (summary)
            outcome.summary = summary.value();
        else
            outcome.error = summary.error().describe();
        promise.addResult(outcome);
    }));
    updateButtons();
}

void ScoreFileDialog::done()
{
    m_progress->hide();
    updateButtons();
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        m_summary->setText(tr("Scoring was cancelled; no output was written."));
        emit finished(false);
        return;
    }
    const Outcome o = m_watcher.result();
    if (!o.error.isEmpty()) {
        m_summary->setText(tr("Scoring failed: %1").arg(o.error));
        emit finished(false);
        return;
    }
    QStringList lines;
    lines << tr("Scored %1 rows in %2 s; %3 flagged as likely to churn at the bundle's threshold "
                "%4. Written to %5.")
                 .arg(QLocale().toString(o.summary.rows))
                 .arg(QLocale().toString(o.summary.seconds, 'f', 2))
                 .arg(QLocale().toString(o.summary.flagged))
                 .arg(QLocale().toString(o.threshold, 'f', 3))
                 .arg(m_writtenTo);
    if (m_analysisThreshold && std::abs(*m_analysisThreshold - o.threshold) > 1e-12)
        lines << tr("The analysis decides at %1: export the model again to score at it.")
                     .arg(QLocale().toString(*m_analysisThreshold, 'f', 3));
    lines << o.summary.report.describe();
    m_summary->setText(lines.join(QLatin1Char('\n')));
    emit finished(true);
}

QString ScoreFileDialog::summary() const
{
    return m_summary->text();
}
