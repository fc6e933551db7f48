#pragma once

#include "core/monitor/RetrainJob.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QTableWidget;
class PathField;

// Retrain on New Data (the Monitor tab): the champion bundle, new labelled data, replace or
// append, where a promoted model goes, and the promotion rule. The work is core's RetrainJob,
// as `churnlab-cli retrain` runs it, off the UI thread with progress and Cancel; it ends with
// champion and challenger side by side on the recent holdout, the reason for each condition,
// and the decision.
class RetrainDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RetrainDialog(QWidget *parent = nullptr);
    ~RetrainDialog() override;

    void setChampion(const QString &path);
    void setNewData(const QString &path);
    void setOldData(const QString &path); // and ticks Append
    void setOutput(const QString &path);
    // Off (the default), a promoted model is written beside the champion unless an output is
    // given; on, over it.
    void setOverwriteChampion(bool overwrite);
    // Where a promoted model will be written.
    QString outputPath() const;
    void setDryRun(bool dryRun);
    void setAucMargin(double margin);
    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<churnlab::RetrainJob::Summary> &summary() const { return m_summary; }
    QTableWidget *comparison() const { return m_table; }
    QString verdictText() const;

signals:
    void finished(bool ok);
    // A challenger was promoted and written to path (a watching server reloads it).
    void promoted(const QString &path);

private:
    struct Outcome
    {
        std::optional<churnlab::RetrainJob::Summary> summary;
        QString error;
    };
    void done();
    void showSummary(const churnlab::RetrainJob::Summary &summary);
    void updateButtons();

    PathField *m_champion = nullptr;
    PathField *m_new = nullptr;
    QCheckBox *m_append = nullptr;
    PathField *m_old = nullptr;
    PathField *m_output = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QDoubleSpinBox *m_costMargin = nullptr;
    QDoubleSpinBox *m_tolerance = nullptr;
    QDoubleSpinBox *m_holdout = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QCheckBox *m_overwrite = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_verdict = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_reasons = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_retrain = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<churnlab::RetrainJob::Summary> m_summary;
};
