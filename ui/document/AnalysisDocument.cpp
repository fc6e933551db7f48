#include "ui/document/AnalysisDocument.h"

#include "ui/document/JobTracker.h"

#include "core/project/Project.h"
#include "core/train/TrainingSession.h"

#include <QFileInfo>
#include <QUndoStack>

using namespace churnlab;

// Threshold and costs as one undo step per burst: moving the slider merges into the step
// before it.
class DecisionCommand final : public QUndoCommand
{
public:
    DecisionCommand(AnalysisDocument *document, const Decision &before, const Decision &after)
        : QUndoCommand(AnalysisDocument::tr("Change threshold and costs"))
        , m_document(document)
        , m_before(before)
        , m_after(after)
    {
    }
    int id() const override { return 0x44454353; }
    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const DecisionCommand *>(other)->m_after;
        return true;
    }
    void undo() override { m_document->applyDecision(m_before); }
    void redo() override { m_document->applyDecision(m_after); }

private:
    AnalysisDocument *m_document;
    Decision m_before;
    Decision m_after;
};

class RemoveModelCommand final : public QUndoCommand
{
public:
    RemoveModelCommand(AnalysisDocument *document, int index)
        : QUndoCommand(
            AnalysisDocument::tr("Remove model “%1”").arg(document->m_models[index].report->title))
        , m_document(document)
        , m_index(index)
        , m_model(document->m_models[index])
        , m_wasChosen(document->m_chosen == m_model.id())
    {
    }
    void redo() override
    {
        const QString id = m_model.id();
        m_document->m_models.removeAt(m_index);
        if (m_wasChosen)
            m_document->m_chosen.clear();
        emit m_document->modelRemoved(id);
        m_document->announceCurrent();
    }
    void undo() override
    {
        m_document->insertModel(m_index, m_model);
        if (m_wasChosen)
            m_document->setChosenModel(m_model.id());
    }

private:
    AnalysisDocument *m_document;
    int m_index;
    AnalysisDocument::Model m_model;
    bool m_wasChosen;
};

QString AnalysisDocument::Model::id() const
{
    return report ? report->id : QString();
}

AnalysisDocument::AnalysisDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_jobs(new JobTracker(this))
{
}

std::vector<qint64> AnalysisDocument::distinctCounts() const
{
    std::vector<qint64> out;
    for (const ColumnProfile &p : m_profiles)
        out.push_back(p.distinct);
    return out;
}

QString AnalysisDocument::dataName() const
{
    if (m_input.query)
        return m_input.query->table.isEmpty() ? tr("query on %1").arg(m_input.query->url.database)
                                              : m_input.query->table;
    return QFileInfo(m_input.path).fileName();
}

void AnalysisDocument::setDataSource(const DataInput &input, const CsvOptions &options)
{
    m_input = input;
    m_options = options;
    m_loadedTypes.clear();
    m_awaitingData = true;
    emit dataSourceChanged();
}

void AnalysisDocument::setData(std::shared_ptr<const Dataset> dataset,
                               QList<ColumnProfile> profiles)
{
    m_dataset = std::move(dataset);
    m_profiles = std::move(profiles);
    if (m_awaitingData || !m_dataset) {
        m_loadedTypes.clear();
        if (m_dataset)
            for (int c = 0; c < m_dataset->columnCount(); ++c)
                m_loadedTypes.insert(m_dataset->column(c).name(), m_dataset->column(c).type());
        m_awaitingData = false;
    }
    if (!m_dataset) {
        m_input = {};
        m_options = {};
    }
    emit dataChanged();
}

CsvOptions AnalysisDocument::importOptions() const
{
    CsvOptions options = m_options;
    if (m_dataset)
        for (int c = 0; c < m_dataset->columnCount(); ++c) {
            const Column &col = m_dataset->column(c);
            const auto loaded = m_loadedTypes.constFind(col.name());
            if (loaded != m_loadedTypes.cend() && *loaded != col.type())
                options.typeOverrides.insert(col.name(), col.type());
        }
    return options;
}

void AnalysisDocument::setTarget(const QString &column, const QString &positive)
{
    if (m_target.column == column && m_target.positive == positive)
        return;
    m_target.column = column;
    m_target.positive = positive;
    emit targetChanged(column, positive);
}

void AnalysisDocument::setFeatures(const FeatureConfig &features)
{
    if (m_features == features)
        return;
    m_features = features;
    emit featuresChanged(m_features);
}

void AnalysisDocument::setExperiment(const QString &experiment)
{
    if (experiment == m_experiment)
        return;
    m_experiment = experiment;
    emit experimentChanged(m_experiment);
}

void AnalysisDocument::setLeakage(const QList<LeakageFinding> &findings)
{
    m_leakage = findings;
    emit leakageChanged(m_leakage);
}

QList<LeakageFinding> AnalysisDocument::flaggedFeatures() const
{
    return LeakageScreen::kept(m_features, m_leakage);
}

void AnalysisDocument::setDecision(const Decision &decision)
{
    if (decision == m_decision)
        return;
    m_undo->push(new DecisionCommand(this, m_decision, decision));
}

void AnalysisDocument::applyDecision(const Decision &decision)
{
    if (decision == m_decision)
        return;
    m_decision = decision;
    emit decisionChanged(m_decision);
}

const AnalysisDocument::Model *AnalysisDocument::model(const QString &id) const
{
    for (const Model &m : m_models)
        if (m.id() == id)
            return &m;
    return nullptr;
}

QString AnalysisDocument::freeModelId(const QString &learner, const QStringList &taken) const
{
    return ModelReport::freeShelfId(
        learner, [&](const QString &id) { return model(id) || taken.contains(id); });
}

void AnalysisDocument::addModel(Model model)
{
    if (!model.report)
        return;
    for (qsizetype i = 0; i < m_models.size(); ++i)
        if (m_models[i].id() == model.id()) {
            m_models[i] = std::move(model);
            emit modelAdded(m_models[i].id());
            announceCurrent();
            return;
        }
    insertModel(int(m_models.size()), std::move(model));
}

void AnalysisDocument::insertModel(int index, Model model)
{
    const QString id = model.id();
    m_models.insert(index, std::move(model));
    emit modelAdded(id);
    announceCurrent();
}

void AnalysisDocument::removeModel(const QString &id)
{
    for (qsizetype i = 0; i < m_models.size(); ++i)
        if (m_models[i].id() == id) {
            m_undo->push(new RemoveModelCommand(this, int(i)));
            return;
        }
}

void AnalysisDocument::clearModels()
{
    const QList<Model> gone = std::exchange(m_models, {});
    m_chosen.clear();
    for (const Model &m : gone)
        emit modelRemoved(m.id());
    announceCurrent();
}

void AnalysisDocument::adoptStored(const QList<ProjectModel> &models)
{
    for (const ProjectModel &stored : models)
        for (Model &m : m_models)
            if (m.report == stored.report)
                m.stored = stored;
}

std::shared_ptr<const ModelReport> AnalysisDocument::currentModel() const
{
    if (const Model *chosen = model(m_chosen))
        return chosen->report;
    std::shared_ptr<const ModelReport> best;
    for (const Model &m : m_models)
        if (!best || m.report->run.metrics.auc > best->run.metrics.auc)
            best = m.report;
    return best;
}

void AnalysisDocument::setChosenModel(const QString &id)
{
    if (id == m_chosen)
        return;
    m_chosen = id;
    announceCurrent();
}

void AnalysisDocument::announceCurrent()
{
    const auto current = currentModel();
    if (current == m_announced)
        return;
    m_announced = current;
    emit currentModelChanged();
}

Result<ModelEvaluation> AnalysisDocument::evaluationOf(const ModelReport &report) const
{
    for (const Model &m : m_models)
        if (m.report.get() == &report && m.session)
            if (auto e = m.session->evaluation())
                return *e;
    return ModelEvaluation::of(report, m_dataset, m_testData, m_target);
}

void AnalysisDocument::setTestData(const QString &file, std::shared_ptr<const Dataset> data)
{
    m_testFile = file;
    m_testData = std::move(data);
}

void AnalysisDocument::setTrainingSettings(const TrainSpec &given, const QString &testFile)
{
    // Only what the form edits: target, features and decision live above, once.
    TrainSpec settings = given;
    settings.target = {{}, {}, given.target.dropOtherValues};
    settings.features = {};
    settings.threshold = TrainSpec().threshold;
    settings.costs = {};
    if (settings == m_settings && testFile == m_settingsTestFile)
        return;
    m_settings = settings;
    m_settingsTestFile = testFile;
    emit trainingSettingsChanged();
}

void AnalysisDocument::setFairness(const FairnessSettings &settings)
{
    if (settings == m_fairness)
        return;
    m_fairness = settings;
    emit fairnessChanged(m_fairness);
}

void AnalysisDocument::setRoi(const RetentionRoi::Inputs &roi)
{
    if (roi == m_roi)
        return;
    m_roi = roi;
    emit roiChanged(m_roi);
}

void AnalysisDocument::setCanvas(const Canvas &canvas)
{
    if (canvas == m_canvas)
        return;
    m_canvas = canvas;
    emit canvasChanged(m_canvas);
}

void AnalysisDocument::setExploreChart(const QJsonObject &chart)
{
    if (chart == m_chart)
        return;
    m_chart = chart;
    emit exploreChartChanged(m_chart);
}

void AnalysisDocument::setLastDrift(std::shared_ptr<const DriftReport> report)
{
    m_drift = std::move(report);
}

Project AnalysisDocument::toProject() const
{
    Project p;
    p.spec = m_settings;
    p.spec.target.column = m_target.column;
    p.spec.target.positive = m_target.positive;
    p.spec.features = m_features;
    p.spec.threshold = m_decision.threshold;
    p.spec.costs = m_decision.costs;
    p.testFile = m_settingsTestFile;
    for (const Model &m : m_models)
        p.setModel(m.isStored() ? *m.stored : ProjectModel {m.report, nullptr, {}});
    p.chosenModel = m_chosen;
    p.canvas = m_canvas;
    p.roi = m_roi;
    p.fairness = m_fairness;
    if (m_dataset && !m_chart.isEmpty())
        p.charts.append(m_chart);
    return p;
}

void AnalysisDocument::restore(const Project &project)
{
    if (!project.spec.target.column.isEmpty())
        setTarget(project.spec.target.column, project.spec.target.positive);
    setFeatures(project.spec.features);
    setTrainingSettings(project.spec, project.testFile);
    applyDecision(Decision {project.spec.threshold, project.spec.costs});
    clearModels();
    for (const ProjectModel &m : project.models)
        addModel({m.report, nullptr, m});
    setChosenModel(project.chosenModel);
    setRoi(project.roi);
    setFairness(project.fairness);
    setCanvas(project.canvas);
    setExploreChart(project.charts.isEmpty() ? QJsonObject() : project.charts.first().toObject());
    m_undo->clear();
}

void AnalysisDocument::reset()
{
    clearModels();
    setTestData({}, nullptr);
    setTrainingSettings(TrainSpec(), {});
    setRoi({});
    setFairness({});
    setCanvas(Canvas());
    setExploreChart({});
    m_drift.reset();
    m_undo->clear();
}
