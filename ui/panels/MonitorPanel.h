#pragma once

#include "core/monitor/DriftReport.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// The Monitor tab: a model bundle and current data (a CSV file, or a scoring service's request
// log), compared off the UI thread by core's DriftMonitor. One row per column: a sparkline of
// reference against current, the test that decided with its statistic and p-value or
// threshold, PSI and its band, the column's importance and a verdict; columns ranked by drift
// times importance under an overall verdict. Selecting a row overlays the two distributions;
// the table exports to CSV.
class MonitorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorPanel(QWidget *parent = nullptr);
    ~MonitorPanel() override;

    void setBundlePath(const QString &path);
    QString bundlePath() const;
    void setCurrentPath(const QString &path);
    void check();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const churnlab::DriftReport *report() const { return m_report.get(); }
    // The last check's report, for File ▸ Export Report; null before the first check.
    std::shared_ptr<const churnlab::DriftReport> latestReport() const { return m_report; }
    QTableWidget *table() const { return m_table; }
    QChartView *overlay() const { return m_overlay; }
    QString verdictText() const;
    churnlab::Result<bool> exportCsv(const QString &path) const;
    // Retrain on New Data, filled in with this tab's bundle and (when it is a CSV) current data.
    class RetrainDialog *openRetrainDialog();

signals:
    void checked(const QString &error);
    // A retrained challenger was promoted and written to path.
    void retrained(const QString &path);

private:
    void showReport(std::shared_ptr<const churnlab::DriftReport> report);
    void showOverlay(int row);
    void updateButtons();

    QLineEdit *m_bundle = nullptr;
    QLineEdit *m_current = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_retrain = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_details = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_overlay = nullptr;
    std::shared_ptr<const churnlab::DriftReport> m_report;
    struct Outcome;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_stop;
};
