#pragma once

#include "core/Result.h"
#include "core/eval/RetentionRoi.h"
#include "core/fairness/FairnessSettings.h"
#include "core/project/Canvas.h"
#include "core/project/DataSource.h"
#include "core/project/ProjectModel.h"
#include "core/train/TrainSpec.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QJsonArray>

namespace churnlab {

// A whole analysis in one file (`.churnlab`), so that closing ChurnLab loses nothing: the data
// source with its import options, the training spec (target, features, validation, learners,
// threshold, costs), the trained models as reports and verified bundles, the ML Canvas, the
// ROI inputs and the charts the analyst chose.
//
// The file is a zip archive (libzip, as bundles are) of plain data:
//   project.json                 format and version, and everything but the models
//   models/N-ID.report.json/.bin  each model's report (large arrays in the .bin sidecar)
//   models/N-ID.clb               each model's bundle, exactly as `bundle verify` checks it
// Saving is atomic; opening checks every member and names the first problem, and a project
// made by a newer ChurnLab is refused as such.
class Project
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Project)

public:
    // 2: project.json binds every model to its members by SHA-256 ("model_members").
    static constexpr int kFormatVersion = 2;
    static constexpr qint64 kMaxProjectBytes = qint64(8) << 30;
    static constexpr const char *kSuffix = "churnlab";

    QString name; // shown in titles and reports; the file's base name unless set
    QDateTime created;
    DataSource data;
    QString testFile; // absolute, or relative to the project's folder; empty: none
    TrainSpec spec;
    QList<ProjectModel> models;
    QString chosenModel; // the model the report and the canvas speak of; empty: the best
    Canvas canvas;
    RetentionRoi::Inputs roi;
    FairnessSettings fairness; // absent from projects saved before it: the defaults
    QJsonArray charts; // the Explore charts kept for the report: {"kind", "column", "second"}

    // The test file's absolute path (testFile is kept relative to the project's folder); empty
    // without one.
    QString testFilePath(const QString &projectPath) const;
    // The test file read as the data is (its import options); null without one.
    [[nodiscard]] Result<std::shared_ptr<const Dataset>>
    loadTestFile(const QString &projectPath, Progress &progress = Progress::none()) const;
    // The chosen model, or the one with the best test ROC AUC; null without models.
    const ProjectModel *chosen() const;
    const ProjectModel *model(const QString &id) const;
    // Replaces a model of the same id, or adds it.
    void setModel(ProjectModel model);

    [[nodiscard]] Result<bool> save(const QString &path) const;
    [[nodiscard]] static Result<Project> open(const QString &path);
    [[nodiscard]] Result<QByteArray> bytes() const;
    [[nodiscard]] static Result<Project> read(QByteArray bytes);

    QJsonObject toJson() const; // project.json, without the models' members
    // What `project info --json` prints.
    QJsonObject info(const QString &path = {}) const;
};

} // namespace churnlab
