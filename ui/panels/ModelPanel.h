#pragma once

#include "core/project/ProjectModel.h"
#include "ui/session/TrainingController.h"

#include <QWidget>

class LeaderboardModel;
class QAction;
class QChartView;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;
class TargetPicker;
class RoiPanel;
class ThresholdPanel;

// The modelling workspace: the target, the holdout, the models to train and their
// hyperparameters; Train runs them on worker threads (TrainingController) and fills the
// leaderboard as each one finishes. Below it, the selected models' ROC, precision-recall,
// gains and calibration curves overlaid, one model's feature importance, and the threshold
// and cost panel.
class ModelPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ModelPanel(QWidget *parent = nullptr);
    ~ModelPanel() override;

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
    void setFeatureConfig(const churnlab::FeatureConfig &config) { m_features = config; }
    // What Train would run: the form as a core TrainSpec, the same one the CLI builds.
    churnlab::TrainSpec spec() const;
    // The file the data came from (its name, size and hash go into exported bundles); empty
    // for data from no file.
    void setDataSource(const QString &path)
    {
        m_source = path;
        m_controller->setDataSource(path);
    }
    // Exports the selected model (or the leader) as a verified bundle, or as ONNX when the
    // path ends in .onnx, off the UI thread; exportFinished tells how it went. Asks for the
    // file when path is empty.
    void exportModel(const QString &path = {});
    bool canExport() const;

    // A project's settings back in the form: target, validation, seed, learners with their
    // hyperparameters, threshold and costs.
    void applySpec(const churnlab::TrainSpec &spec, const QString &testFile);
    QString testFile() const;
    // Models a project kept, on the leaderboard as if just trained and exportable from their
    // bundles; `current` is selected.
    void showStoredModels(const QList<churnlab::ProjectModel> &models, const QString &current = {});
    // What a project saves: the models kept with their bundles, and the reports trained since
    // (with the session that trained them); adoptModels keeps the bundles made for the latter.
    QList<churnlab::ProjectModel> storedModels() const;
    QList<std::shared_ptr<const churnlab::ModelReport>> unstoredReports() const;
    void adoptModels(const QList<churnlab::ProjectModel> &models);
    // The model the charts and the threshold speak of (selected, else the leader).
    QString currentModelId() const;
    std::shared_ptr<const churnlab::ModelReport> currentModel() const { return currentReport(); }
    // The rows the current model is judged on: the training's holdout or test file, else (a
    // project's stored model) every labelled row of the data.
    std::optional<churnlab::TrainingSession::Evaluation> evaluation() const;

    void train();
    // Runs AutoML on the form's data and split (a holdout or a test file); an error message
    // when it cannot start.
    QString startAutoMl(const churnlab::AutoMlSpec &spec);
    // The AutoML dialog (made on first use).
    class AutoMlDialog *autoMlDialog();
    void cancel();
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
    QTabWidget *chartTabs() const { return m_chartTabs; }
    QChartView *chartView(int tab) const;
    QString message() const;

signals:
    void exportFinished(const QString &path, const QString &error);
    void targetChanged(const QString &column, const QString &positive);
    void trainingFinished();
    // Something a project saves changed: threshold, costs, ROI inputs, the chosen model.
    void settingsChanged();
    // The model the charts speak of is another one (see currentModelId, evaluation).
    void currentModelChanged();

private:
    QWidget *buildSetup();
    QWidget *buildCharts(QWidget *parent);
    void connectController();
    void editParams();
    void updateButtons();
    void refreshCharts();
    void setChart(int tab, class QChart *chart);
    std::shared_ptr<const churnlab::ModelReport> currentReport() const;
    QList<std::shared_ptr<const churnlab::ModelReport>> selectedReports() const;

    std::shared_ptr<const churnlab::Dataset> m_dataset;
    TrainingController *m_controller = nullptr;
    LeaderboardModel *m_board = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    TargetPicker *m_target = nullptr;
    QComboBox *m_validation = nullptr;
    QSpinBox *m_testShare = nullptr;
    QSpinBox *m_folds = nullptr;
    QSpinBox *m_seed = nullptr;
    QLineEdit *m_testFile = nullptr;
    QCheckBox *m_dropOther = nullptr;
    QListWidget *m_models = nullptr;
    QPushButton *m_paramsButton = nullptr;
    QPushButton *m_trainButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_autoMlButton = nullptr;
    class AutoMlDialog *m_autoMl = nullptr;
    QAction *m_cancelAction = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    QList<QChartView *> m_views;
    QComboBox *m_importanceKind = nullptr;
    ThresholdPanel *m_threshold = nullptr;
    RoiPanel *m_roi = nullptr;
    QHash<QString, churnlab::ProjectModel> m_stored; // by id
    QHash<QString, QJsonObject> m_params;
    QString m_source;
    class QToolButton *m_exportModelButton = nullptr;
    churnlab::FeatureConfig m_features;
    std::shared_ptr<const churnlab::ModelReport> m_shown; // the last current model announced
};
