#include "ui/panels/MonitorPanel.h"

#include "core/bundle/Bundle.h"
#include "core/monitor/DriftMonitor.h"
#include "ui/charts/ChartBuilder.h"
#include "ui/dialogs/RetrainDialog.h"
#include "ui/widgets/PathField.h"
#include "ui/widgets/SparklineDelegate.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace churnlab;

struct MonitorPanel::Outcome
{
    std::shared_ptr<const DriftReport> report;
    QString error;
};

namespace {

enum Col {
    ColumnCol,
    ShapeCol,
    TestCol,
    StatisticCol,
    PCol,
    PsiCol,
    ImportanceCol,
    VerdictCol,
    ColCount
};

QLineEdit *fileRow(QWidget *parent, QFormLayout *form, const QString &label, const QString &tip,
                   const QString &filter)
{
    auto *field = new PathField(PathField::Mode::Open, filter, tip, parent);
    auto *caption = new QLabel(label, parent);
    caption->setBuddy(field);
    form->addRow(caption, field);
    return field->lineEdit();
}

} // namespace

MonitorPanel::MonitorPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_bundle = fileRow(this, form, tr("&Model bundle:"),
                       tr("A bundle exported from the Model tab or by churnlab-cli train --export"),
                       tr("ChurnLab bundles (*.clb)"));
    m_current =
        fileRow(this, form, tr("&Current data:"),
                tr("New data to compare with the training data: a CSV file, or the "
                   "request log of churnlab-serve (.jsonl)"),
                tr("Data or request logs (*.csv *.tsv *.txt *.jsonl *.log);;All files (*)"));
    layout->addLayout(form);
    auto *bar = new QHBoxLayout;
    m_check = new QPushButton(tr("&Check Drift"), this);
    m_check->setToolTip(tr("Compare every column and the model's scores (Ctrl+D)"));
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setToolTip(tr("One row per column: test, statistic, p-value, PSI, verdict"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    bar->addWidget(m_check);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    m_retrain = new QPushButton(tr("&Retrain on New Data…"), this);
    m_retrain->setToolTip(tr("Retrain this model with its exact settings on new labelled data "
                             "and promote it only if it beats the current one (Ctrl+Shift+T)"));
    m_retrain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    bar->addStretch();
    bar->addWidget(m_retrain);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_verdict = new QLabel(tr("Choose a bundle and current data, then Check Drift."), this);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColCount, split);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Reference / current"), tr("Test"),
                                        tr("Statistic"), tr("p / threshold"), tr("PSI"),
                                        tr("Importance"), tr("Verdict")});
    m_table->setItemDelegateForColumn(ShapeCol, new SparklineDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ColumnCol, QHeaderView::Stretch);
    m_table->setColumnWidth(ShapeCol, 140);
    m_overlay = new QChartView(split);
    m_overlay->setRenderHint(QPainter::Antialiasing);
    // Room for the axis title beside the bars.
    m_overlay->setMinimumHeight(fontMetrics().height() * 17);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_check, &QPushButton::clicked, this, &MonitorPanel::check);
    connect(m_retrain, &QPushButton::clicked, this, [this]() { openRetrainDialog(); });
    connect(m_cancel, &QPushButton::clicked, this, &MonitorPanel::cancel);
    connect(m_bundle, &QLineEdit::textChanged, this, &MonitorPanel::updateButtons);
    connect(m_current, &QLineEdit::textChanged, this, &MonitorPanel::updateButtons);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showOverlay(row); });
    connect(m_export, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export drift"), QStringLiteral("drift.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto written = exportCsv(path); !written)
            QMessageBox::warning(this, tr("Export failed"), written.error().message);
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this]() {
        m_progress->hide();
        const auto outcome = m_watcher.future().resultCount() ? m_watcher.result() : nullptr;
        if (!outcome || !outcome->error.isEmpty()) {
            const QString error = outcome ? outcome->error : tr("The check was cancelled.");
            m_verdict->setText(error);
            updateButtons();
            emit checked(error);
            return;
        }
        showReport(outcome->report);
        updateButtons();
        emit checked({});
    });
    updateButtons();
}

MonitorPanel::~MonitorPanel()
{
    cancel();
    m_watcher.waitForFinished();
}

RetrainDialog *MonitorPanel::openRetrainDialog()
{
    auto *dialog = new RetrainDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChampion(m_bundle->text());
    const QString current = m_current->text();
    if (!current.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        && !current.endsWith(QLatin1String(".log"), Qt::CaseInsensitive))
        dialog->setNewData(current);
    connect(dialog, &RetrainDialog::promoted, this, [this](const QString &path) {
        m_bundle->setText(path);
        emit retrained(path);
    });
    dialog->show();
    return dialog;
}

void MonitorPanel::setBundlePath(const QString &path)
{
    m_bundle->setText(path);
}

QString MonitorPanel::bundlePath() const
{
    return m_bundle->text();
}

void MonitorPanel::setCurrentPath(const QString &path)
{
    m_current->setText(path);
}

void MonitorPanel::updateButtons()
{
    const bool running = m_watcher.isRunning();
    m_check->setEnabled(!running && !m_bundle->text().isEmpty() && !m_current->text().isEmpty());
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && m_report != nullptr);
}

void MonitorPanel::cancel()
{
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void MonitorPanel::check()
{
    if (m_watcher.isRunning() || !m_check->isEnabled())
        return;
    const QString bundlePath = m_bundle->text(), current = m_current->text();
    m_progress->setValue(0);
    m_progress->show();
    m_verdict->setText(tr("Comparing… (Cancel stops)"));
    m_watcher.setFuture(QtConcurrent::run([=](QPromise<std::shared_ptr<Outcome>> &promise) {
        promise.setProgressRange(0, 1000);
        Progress progress(
            [&promise](double f, const QString &) { promise.setProgressValue(int(f * 1000)); });
        progress.setCancelCheck([&promise] { return promise.isCanceled(); });
        auto out = std::make_shared<Outcome>();
        auto bundle = Bundle::open(bundlePath);
        if (!bundle) {
            out->error = bundle.error().describe();
        } else if (auto report = DriftMonitor::compareFile(*bundle, current, progress)) {
            out->report = std::make_shared<const DriftReport>(std::move(*report));
        } else {
            out->error = report.error().describe();
        }
        promise.addResult(out);
    }));
    updateButtons();
}

QString MonitorPanel::verdictText() const
{
    return m_verdict->text();
}

void MonitorPanel::showReport(std::shared_ptr<const DriftReport> report)
{
    m_report = std::move(report);
    const DriftReport &r = *m_report;
    m_verdict->setText(r.verdict());
    m_verdict->setStyleSheet(r.anyDrift() ? QStringLiteral("color: #b3261e;") : QString());
    QStringList details {
        tr("%1 current rows against %2 training rows.")
            .arg(QLocale().toString(r.currentRows), QLocale().toString(r.referenceRows))};
    if (r.scoresAvailable)
        details << tr("Scores: %1 %2, PSI %3 — %4.")
                       .arg(DriftReport::testTitle(r.scoreTest),
                            QLocale().toString(r.scoreStatistic, 'f', 4),
                            QLocale().toString(r.scorePsi, 'f', 3),
                            r.scoresDrifted ? tr("drifted") : tr("no drift"));
    if (!r.missingColumns.isEmpty())
        details << tr("Missing columns: %1.").arg(r.missingColumns.join(QStringLiteral(", ")));
    if (r.live && r.offline)
        details << tr("Live ROC AUC %1 (offline %2).")
                       .arg(QLocale().toString(r.live->auc, 'f', 3),
                            QLocale().toString(r.offline->auc, 'f', 3));
    m_details->setText(details.join(QLatin1Char(' ')));

    m_table->setRowCount(int(r.features.size()));
    const QLocale locale;
    for (int i = 0; i < r.features.size(); ++i) {
        const DriftReport::Feature &f = r.features[i];
        auto set = [&](int col, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip);
            if (f.drifted)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_table->setItem(i, col, item);
        };
        QStringList notes;
        if (!f.newCategories.isEmpty())
            notes << tr("New categories: %1").arg(f.newCategories.join(QStringLiteral(", ")));
        if (f.belowRange + f.aboveRange > 0)
            notes << tr("%1 values outside the training range").arg(f.belowRange + f.aboveRange);
        if (f.missingRateChanged)
            notes << tr("Missing rate %1 % → %2 %")
                         .arg(locale.toString(100 * f.referenceMissing, 'f', 1),
                              locale.toString(100 * f.currentMissing, 'f', 1));
        if (!f.note.isEmpty())
            notes << f.note;
        set(ColumnCol, f.column, notes.join(QLatin1Char('\n')));
        auto *shape = new QTableWidgetItem;
        QVariantList ref, cur;
        for (double v : f.referenceShares)
            ref << v;
        for (double v : f.currentShares)
            cur << v;
        shape->setData(SparklineDelegate::SharesRole, QVariantList {ref, cur});
        shape->setToolTip(tr("Grey: training data; coloured: current data"));
        m_table->setItem(i, ShapeCol, shape);
        set(TestCol, DriftReport::testTitle(f.test), f.test);
        set(StatisticCol, locale.toString(f.statistic, 'f', 4));
        set(PCol,
            std::isnan(f.pValue) ? tr("≥ %1").arg(locale.toString(f.threshold))
                                 : locale.toString(f.pValue, 'g', 3),
            std::isnan(f.pValue) ? tr("A distance: drift at or above the threshold")
                                 : tr("Drift when p < %1").arg(locale.toString(f.threshold)));
        set(PsiCol,
            tr("%1 (%2)").arg(locale.toString(f.psi, 'f', 3), DriftReport::bandTitle(f.psiBand)));
        set(ImportanceCol, locale.toString(f.importance, 'f', 4));
        set(VerdictCol,
            f.drifted ? tr("Drift") : (notes.isEmpty() ? tr("OK") : tr("OK, see notes")));
    }
    if (!r.features.isEmpty())
        m_table->selectRow(0);
    showOverlay(r.features.isEmpty() ? -1 : 0);
}

void MonitorPanel::showOverlay(int row)
{
    if (!m_report || row < 0 || row >= m_report->features.size())
        return;
    const DriftReport::Feature &f = m_report->features[row];
    QChart *chart =
        ChartBuilder::newChart(tr("%1: training against current").arg(f.column), palette());
    auto *ref = new QBarSet(tr("Training"));
    auto *cur = new QBarSet(tr("Current"));
    double top = 0;
    for (double v : f.referenceShares) {
        *ref << 100 * v;
        top = std::max(top, 100 * v);
    }
    for (double v : f.currentShares) {
        *cur << 100 * v;
        top = std::max(top, 100 * v);
    }
    auto *series = new QBarSeries;
    series->append(ref);
    series->append(cur);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(f.bins);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1 + 1);
    y->applyNiceNumbers();
    y->setTitleText(tr("% of rows"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = m_overlay->chart();
    m_overlay->setChart(ChartBuilder::readable(chart));
    delete old;
}

Result<bool> MonitorPanel::exportCsv(const QString &path) const
{
    if (!m_report)
        return Error {Error::Kind::InvalidArgument, tr("Check drift first.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_report->toCsv().toUtf8()) < 0
        || !file.commit())
        return Error {Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return true;
}
