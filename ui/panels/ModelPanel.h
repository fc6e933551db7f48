#pragma once

#include "core/project/ProjectModel.h"
#include "ui/session/TrainingController.h"

#include <QWidget>

class AnalysisDocument;
class LeaderboardModel;
class QAction;
class QChartView;
class QComboBox;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class RoiPanel;
class ThresholdPanel;
class TrainingForm;

// The modelling workspace: the training form (TrainingForm) on the left; Train runs it on
// worker threads (TrainingController) and every model that finishes joins the analysis' shelf
// (AnalysisDocument), which the leaderboard shows: models trained before, by AutoML or kept by
// a project stay until removed (Delete, undoable). Below it, the selected models' ROC,
// precision-recall, gains and calibration curves overlaid, the current model's importance,
// and the threshold and cost panel, which sets the analysis' one decision.
class ModelPanel final : public QWidget
{
    Q_OBJECT

public:
    // Without a document (tests of the tab alone) the panel keeps one of its own.
    explicit ModelPanel(AnalysisDocument *document = nullptr, QWidget *parent = nullptr);
    ~ModelPanel() override;

    AnalysisDocument *document() const { return m_document; }
    void setDataset(std::shared_ptr<const churnlab::Dataset> dataset,
                    const std::vector<qint64> &distinct);
    void setTarget(const QString &column, const QString &positive);
    QString targetColumn() const;
    QString positiveClass() const;
    void setSelectedModels(const QStringList &ids);
    QStringList selectedModels() const;
    void setModelParams(const QString &id, const QJsonObject &params);
    // 0: the stratified holdout; k ≥ 2: k-fold cross-validation.
    void setFolds(int folds);
    // A separate test file instead of a holdout (empty: back to the holdout).
    void setTestFile(const QString &path);
    void setDropOtherTargetValues(bool drop);
    // What Train would run: the form, the document's features and decision, as a core
    // TrainSpec (the same one the CLI builds).
    churnlab::TrainSpec spec() const;
    // Exports the current model as a verified bundle deciding with the document's threshold
    // and costs, or as ONNX when the path ends in .onnx, off the UI thread; exportFinished
    // tells how it went. Asks for the file when path is empty.
    void exportModel(const QString &path = {});
    bool canExport() const;

    // A project's or a run's settings back in the form (target, validation, seed, learners with
    // their hyperparameters).
    void applySpec(const churnlab::TrainSpec &spec, const QString &testFile);
    QString testFile() const;
    // The model the charts and the threshold speak of (the document's current model).
    QString currentModelId() const;
    std::shared_ptr<const churnlab::ModelReport> currentModel() const;

    void train();
    // Runs AutoML on the form's data and split (a holdout or a test file); an error message
    // when it cannot start.
    QString startAutoMl(const churnlab::AutoMlSpec &spec);
    // The AutoML dialog (made on first use).
    class AutoMlDialog *autoMlDialog();
    void cancel();
    // Removes the current model from the shelf (undoable).
    void removeCurrentModel();
    // The chart on the current tab, as PNG or SVG by the file's extension; the leaderboard as
    // CSV in its sorted order. Both are written atomically.
    churnlab::Result<bool> exportChart(const QString &path);
    churnlab::Result<bool> exportLeaderboard(const QString &path);
    QWidget *currentChart() const;
    bool isTraining() const;

    // For tests and screenshots.
    LeaderboardModel *leaderboard() const { return m_board; }
    QTableView *leaderboardView() const { return m_table; }
    TrainingController *controller() const { return m_controller; }
    ThresholdPanel *thresholdPanel() const { return m_threshold; }
    RoiPanel *roiPanel() const { return m_roi; }
    TrainingForm *form() const { return m_form; }
    QTabWidget *chartTabs() const;
    QChartView *chartView(int tab) const;
    QString message() const;

signals:
    void exportFinished(const QString &path, const QString &error);
    void targetChanged(const QString &column, const QString &positive);
    void trainingFinished();
    // The analyst asked to exclude the flagged columns training would use.
    void excludeFlaggedRequested();
    // Something a project saves changed: the form's settings, the ROI inputs.
    void settingsChanged();

private:
    // " ⚠ …" naming the flagged columns the models just trained use; empty when none.
    QString flaggedWarning() const;
    QWidget *buildExportRow(QWidget *parent);
    void connectController();
    void connectDocument();
    void updateButtons();
    void refreshCharts();
    void startTraining(const churnlab::TrainSpec &request,
                       const std::optional<churnlab::AutoMlSpec> &automl);
    void showCurrentInTable();
    QList<std::shared_ptr<const churnlab::ModelReport>> selectedReports() const;

    AnalysisDocument *m_document = nullptr;
    std::shared_ptr<const churnlab::Dataset> m_dataset;
    TrainingController *m_controller = nullptr;
    TrainingForm *m_form = nullptr;
    LeaderboardModel *m_board = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    class AutoMlDialog *m_autoMl = nullptr;
    QAction *m_cancelAction = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTableView *m_table = nullptr;
    class ModelChartTabs *m_charts = nullptr;
    ThresholdPanel *m_threshold = nullptr;
    RoiPanel *m_roi = nullptr;
    QToolButton *m_exportModelButton = nullptr;
    // The shelf ids the running training's learners get ("logistic-2" when one is there).
    QHash<QString, QString> m_shelfIds;
    bool m_selecting = false;
};
