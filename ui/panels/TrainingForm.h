#pragma once

#include "core/data/Dataset.h"
#include "core/train/TrainSpec.h"

#include <QGroupBox>
#include <QHash>
#include <QJsonObject>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class TargetPicker;

// The Model tab's setup: target, validation (holdout, cross-validation or a test file), seed,
// the learners with their hyperparameters, and Train / AutoML / Cancel with the message of the
// last training. It only edits a TrainSpec; the Model tab runs it.
class TrainingForm final : public QGroupBox
{
    Q_OBJECT

public:
    explicit TrainingForm(QWidget *parent = nullptr);

    void setDataset(std::shared_ptr<const churnlab::Dataset> dataset,
                    const std::vector<qint64> &distinct);
    bool hasTargetCandidates() const;
    void setTarget(const QString &column, const QString &positive);
    QString targetColumn() const;
    QString positiveClass() const;
    void setSelectedModels(const QStringList &ids);
    QStringList selectedModels() const;
    void setModelParams(const QString &id, const QJsonObject &params);
    void setFolds(int folds);
    void setTestFile(const QString &path);
    // The test file when "Separate test file" is chosen, else empty.
    QString testFile() const;
    bool usesCrossValidation() const;
    bool usesTestFile() const;
    void setDropOtherTargetValues(bool drop);
    // The form as a TrainSpec (features, threshold and costs are the caller's).
    churnlab::TrainSpec spec() const;
    // A project's or a run's settings back in the form.
    void applySpec(const churnlab::TrainSpec &spec, const QString &testFile);
    // Enables what may be pressed now.
    void setRunning(bool running, bool hasData);
    bool canTrain() const;
    void setMessage(const QString &text);
    QString message() const;
    // Names the flagged columns training would still use, with a link that asks to exclude
    // them (excludeFlaggedRequested); empty hides it.
    void setFlaggedColumns(const QStringList &columns);
    QString flaggedText() const;

signals:
    void trainRequested();
    void autoMlRequested();
    void cancelRequested();
    void excludeFlaggedRequested();
    void targetChanged(const QString &column, const QString &positive);
    void changed();

private:
    void buildValidation(class QFormLayout *form);
    void buildLearners(class QFormLayout *form);
    void editParams();

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
    QLabel *m_message = nullptr;
    QLabel *m_flagged = nullptr;
    QHash<QString, QJsonObject> m_params;
    bool m_running = false;
    bool m_hasData = false;
};
