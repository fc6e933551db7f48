#pragma once

#include "core/data/ColumnProfile.h"
#include "core/data/DataInput.h"
#include "core/data/Dataset.h"
#include "core/data/TargetSpec.h"
#include "core/data/csv/CsvDialect.h"
#include "core/eval/RetentionRoi.h"
#include "core/explore/LeakageScreen.h"
#include "core/fairness/FairnessSettings.h"
#include "core/features/FeatureConfig.h"
#include "core/monitor/DriftReport.h"
#include "core/project/Canvas.h"
#include "core/project/ProjectModel.h"
#include "core/scoring/Decision.h"
#include "core/train/ModelEvaluation.h"
#include "core/train/TrainSpec.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace churnlab {
class Project;
class TrainingSession;
} // namespace churnlab
class QUndoStack;

// The one analysis behind the window: what the analyst decided and what was computed from it.
// Panels are built with it, read from it and write to it; none reads another panel's widgets.
// Project files, exports, reports, scoring and the server take what they need from here, so
// what the screen shows is what leaves the app.
//
// It holds the data (with its profiles, the file it came from and the import options that read
// it, the analyst's type changes included), the target, the feature configuration, the one
// decision (threshold and costs), the models on the shelf (each with the session that trained
// it or the bundle a project kept, and the rows it was judged on), the chosen model and the
// test file's data. Changes emit precise signals; edits an analyst may regret (data edits, the
// decision, removing a model) go through its one undo stack.
class JobTracker;

class AnalysisDocument final : public QObject
{
    Q_OBJECT

public:
    // A model on the shelf: trained in this window (with its session, until a save stores it)
    // or kept by a project (with its bundle).
    struct Model
    {
        std::shared_ptr<const churnlab::ModelReport> report;
        std::shared_ptr<const churnlab::TrainingSession> session;
        std::optional<churnlab::ProjectModel> stored;
        QString id() const;
        bool isStored() const { return stored && stored->report == report; }
    };

    explicit AnalysisDocument(QObject *parent = nullptr);

    // --- data ---
    std::shared_ptr<const churnlab::Dataset> dataset() const { return m_dataset; }
    const QList<churnlab::ColumnProfile> &profiles() const { return m_profiles; }
    // Distinct values per column, as the profiles counted them.
    std::vector<qint64> distinctCounts() const;
    void setData(std::shared_ptr<const churnlab::Dataset> dataset,
                 QList<churnlab::ColumnProfile> profiles);
    // Where new data comes from, before it arrives: the file (empty for the built-in sample)
    // or the database's table or query, and the options it is read with. The types as read are
    // remembered when it arrives, so that importOptions() can add the analyst's later type changes.
    void setDataSource(const churnlab::DataInput &input, const churnlab::CsvOptions &options);
    const churnlab::DataInput &dataInput() const { return m_input; }
    // The data's file; empty for a database's rows and the sample.
    QString dataFile() const { return m_input.path; }
    // What the data is called in titles: the file's name, the table, or "query".
    QString dataName() const;
    // The options that read the data as it is now: the import options plus every column type
    // the analyst changed since. A test file, new data to score and a reopened project are read
    // with these.
    churnlab::CsvOptions importOptions() const;

    // --- what the analyst decided ---
    const churnlab::TargetSpec &target() const { return m_target; }
    const churnlab::FeatureConfig &features() const { return m_features; }
    // Emits targetChanged only when the target really changes, so that panels that both set
    // and observe it do not loop.
    void setTarget(const QString &column, const QString &positive);
    void setFeatures(const churnlab::FeatureConfig &features);
    // The run store's experiment this analysis records its runs to: the open project's name;
    // empty, the store's default experiment.
    QString experiment() const { return m_experiment; }
    void setExperiment(const QString &experiment);
    // What the leakage screen found for the data and target (the Features tab runs it).
    const QList<churnlab::LeakageFinding> &leakage() const { return m_leakage; }
    void setLeakage(const QList<churnlab::LeakageFinding> &findings);
    // The flagged columns the features still let into training.
    QList<churnlab::LeakageFinding> flaggedFeatures() const;
    const churnlab::Decision &decision() const { return m_decision; }
    // Undoable; a burst of changes (a slider drag) is one undo step.
    void setDecision(const churnlab::Decision &decision);
    // A project's decision as it was saved: not an edit to undo.
    void restoreDecision(const churnlab::Decision &decision) { applyDecision(decision); }

    // --- the models ---
    const QList<Model> &models() const { return m_models; }
    const Model *model(const QString &id) const;
    // A free shelf id for a new model of this learner: "logistic", then "logistic-2", …
    QString freeModelId(const QString &learner, const QStringList &taken = {}) const;
    // Adds to the shelf (a model of the same id is replaced: a project's model saved again).
    void addModel(Model model);
    // Undoable.
    void removeModel(const QString &id);
    void clearModels();
    // The bundles made for models when the project was saved: those models are stored now.
    void adoptStored(const QList<churnlab::ProjectModel> &models);
    // The model the charts, the threshold, Explain, Fairness, the report and exports speak of:
    // the one chosen, else the best by test ROC AUC.
    std::shared_ptr<const churnlab::ModelReport> currentModel() const;
    QString chosenModelId() const { return m_chosen; }
    void setChosenModel(const QString &id);
    // The rows `report` was judged on (see ModelEvaluation), from this window's data or the
    // test file's.
    churnlab::Result<churnlab::ModelEvaluation>
    evaluationOf(const churnlab::ModelReport &report) const;

    // --- the separate test file ---
    QString testFile() const { return m_testFile; }
    std::shared_ptr<const churnlab::Dataset> testData() const { return m_testData; }
    void setTestData(const QString &file, std::shared_ptr<const churnlab::Dataset> data);

    // --- what else a project keeps ---
    // The training form's settings: validation, seed, learners and their hyperparameters, and
    // whether rows of a third target value are left out (target, features and decision are
    // kept above); the test file the form names.
    const churnlab::TrainSpec &trainingSettings() const { return m_settings; }
    QString settingsTestFile() const { return m_settingsTestFile; }
    void setTrainingSettings(const churnlab::TrainSpec &settings, const QString &testFile);
    const churnlab::RetentionRoi::Inputs &roi() const { return m_roi; }
    void setRoi(const churnlab::RetentionRoi::Inputs &roi);
    const churnlab::FairnessSettings &fairness() const { return m_fairness; }
    void setFairness(const churnlab::FairnessSettings &settings);
    const churnlab::Canvas &canvas() const { return m_canvas; }
    void setCanvas(const churnlab::Canvas &canvas);
    // The Explore chart kept for the report ({"kind", "column", "second"}; empty: none).
    const QJsonObject &exploreChart() const { return m_chart; }
    void setExploreChart(const QJsonObject &chart);
    // The last drift check (the report's drift section).
    std::shared_ptr<const churnlab::DriftReport> lastDrift() const { return m_drift; }
    void setLastDrift(std::shared_ptr<const churnlab::DriftReport> report);

    // The analysis as a project keeps it (name, dates and data source are the project's own),
    // and back: restoring is no edit to undo, and clears the undo history.
    churnlab::Project toProject() const;
    void restore(const churnlab::Project &project);
    // Everything but the data back to a new analysis' defaults.
    void reset();

    QUndoStack *undoStack() const { return m_undo; }
    // The background work computed from this analysis (see JobTracker).
    JobTracker *jobs() const { return m_jobs; }

signals:
    void dataChanged();
    void dataSourceChanged();
    void targetChanged(const QString &column, const QString &positive);
    void featuresChanged(const churnlab::FeatureConfig &features);
    void leakageChanged(const QList<churnlab::LeakageFinding> &findings);
    void experimentChanged(const QString &experiment);
    void decisionChanged(const churnlab::Decision &decision);
    void modelAdded(const QString &id);
    void modelRemoved(const QString &id);
    // The model currentModel() returns may be another one.
    void currentModelChanged();
    void trainingSettingsChanged();
    void roiChanged(const churnlab::RetentionRoi::Inputs &roi);
    void fairnessChanged(const churnlab::FairnessSettings &settings);
    void canvasChanged(const churnlab::Canvas &canvas);
    void exploreChartChanged(const QJsonObject &chart);

private:
    void applyDecision(const churnlab::Decision &decision);
    void insertModel(int index, Model model);
    void announceCurrent();

    std::shared_ptr<const churnlab::Dataset> m_dataset;
    QList<churnlab::ColumnProfile> m_profiles;
    churnlab::DataInput m_input;
    churnlab::CsvOptions m_options;
    QHash<QString, churnlab::ColumnType> m_loadedTypes; // as read, before the analyst's edits
    bool m_awaitingData = false;
    churnlab::TargetSpec m_target;
    churnlab::FeatureConfig m_features;
    QList<churnlab::LeakageFinding> m_leakage;
    QString m_experiment;
    churnlab::Decision m_decision;
    QList<Model> m_models;
    QString m_chosen;
    std::shared_ptr<const churnlab::ModelReport> m_announced;
    QString m_testFile;
    std::shared_ptr<const churnlab::Dataset> m_testData;
    churnlab::TrainSpec m_settings;
    QString m_settingsTestFile;
    churnlab::RetentionRoi::Inputs m_roi;
    churnlab::FairnessSettings m_fairness;
    churnlab::Canvas m_canvas;
    QJsonObject m_chart;
    std::shared_ptr<const churnlab::DriftReport> m_drift;
    QUndoStack *m_undo = nullptr;
    JobTracker *m_jobs = nullptr;

    friend class RemoveModelCommand;
    friend class DecisionCommand;
};
