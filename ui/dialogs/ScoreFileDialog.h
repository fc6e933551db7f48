#pragma once

#include <optional>

#include "core/batch/BatchScorer.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

// File ▸ Score a File…: a model bundle, a CSV file to score and an output file (or a database
// URL and a table, replaced or appended to in one transaction); scoring runs
// off the UI thread (the same BatchScorer as `churnlab-cli score`) with progress and Cancel,
// and ends with a summary of what was scored and what the input checks found.
class ScoreFileDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ScoreFileDialog(QWidget *parent = nullptr);
    ~ScoreFileDialog() override;

    void setPaths(const QString &bundle, const QString &input, const QString &output);
    // Writing to a database: output is its URL (setPaths), and these name the table.
    void setTable(const QString &table, churnlab::WriteMode mode = churnlab::WriteMode::Replace);
    // The analysis' threshold: a bundle that decides at another one is named as such.
    void setAnalysisThreshold(double threshold) { m_analysisThreshold = threshold; }
    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString summary() const;

signals:
    void finished(bool ok);

private:
    struct Outcome
    {
        churnlab::BatchScorer::Summary summary;
        double threshold = 0.5; // the bundle's
        QString error;
    };
    QLineEdit *pathRow(class QFormLayout *form, const QString &label, const QString &tip, bool save,
                       const QString &filter);
    void done();
    std::optional<double> m_analysisThreshold;
    void updateButtons();

    QLineEdit *m_bundle = nullptr;
    QLineEdit *m_input = nullptr;
    QLineEdit *m_output = nullptr;
    QCheckBox *m_strict = nullptr;
    QLineEdit *m_table = nullptr;
    QComboBox *m_mode = nullptr;
    QString m_writtenTo; // the file, or the database and table without the password
    [[nodiscard]] churnlab::Result<churnlab::ScoreTarget> target() const;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_score = nullptr;
    QFutureWatcher<Outcome> m_watcher;
};
