#pragma once

#include "core/automl/AutoMlSearch.h"

#include <QDialog>
#include <QElapsedTimer>

#include <functional>
#include <memory>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QTableWidget;
class QTimer;
class QValueAxis;
class TrainingController;

// AutoML from the Model tab: the time budget, the metric and whether to try an ensemble; Start
// hands them to the panel, which runs the search on its TrainingController. While it runs the
// dialog draws the best-so-far curve (and every full trial as a point), grows the table of
// trials with their settings, and counts the time; Cancel keeps what was found. The models it
// keeps land on the leaderboard like any other.
class AutoMlDialog final : public QDialog
{
    Q_OBJECT

public:
    // start returns an error message, or an empty string when the search began.
    using Starter = std::function<QString(const churnlab::AutoMlSpec &)>;
    AutoMlDialog(TrainingController *controller, Starter start, QWidget *parent = nullptr);

    void setBudget(int seconds);
    void setMetric(churnlab::AutoMlSpec::Metric metric);
    void start();
    bool isRunning() const { return m_running; }
    QTableWidget *trials() const { return m_table; }
    QString statusText() const;

signals:
    void searchFinished(bool ok);

private:
    void addTrial(const churnlab::AutoMlTrial &trial);
    void finish(std::shared_ptr<const churnlab::AutoMlSearch::Outcome> outcome);
    void tick();
    void updateButtons();
    churnlab::AutoMlSpec::Metric metric() const;

    TrainingController *m_controller;
    Starter m_start;
    QSpinBox *m_budget = nullptr;
    QComboBox *m_metric = nullptr;
    QCheckBox *m_ensemble = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_result = nullptr;
    QChartView *m_chart = nullptr;
    QLineSeries *m_bestLine = nullptr;
    QScatterSeries *m_points = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QTableWidget *m_table = nullptr;
    QTimer *m_clock = nullptr;
    QElapsedTimer m_elapsed;
    churnlab::AutoMlSpec m_spec;
    double m_best = qQNaN();
    QString m_bestLearner;
    int m_trialCount = 0;
    bool m_running = false;
};
