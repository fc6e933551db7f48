#pragma once

#include "core/data/BinaryTarget.h"
#include "core/data/Dataset.h"
#include "core/explore/LeakageScreen.h"
#include "core/features/FeatureConfig.h"

#include <QWidget>

#include <memory>
#include <optional>

class FeatureConfigModel;
class FeaturePreviewModel;
class JobTracker;
class QPushButton;
class QLabel;
class QTableView;
class QTimer;
class QUndoStack;

// The Features workspace: each column's role and transforms in an editable table (undo and
// redo for every edit), and below it a preview of the feature matrix the learners will get,
// refitted a moment after each change on a sample of the rows. With a target, the leakage
// screen runs in the background: leaking columns on automatic become "Excluded (leakage)" as
// one undoable step (undo keeps them as features), and every flagged column is marked.
class FeaturePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FeaturePanel(JobTracker *jobs, QWidget *parent = nullptr);

    void setDataset(std::shared_ptr<const churnlab::Dataset> dataset);
    void setTarget(const QString &column, const QString &positive);
    const churnlab::FeatureConfig &config() const;
    void setConfig(const churnlab::FeatureConfig &config);
    QUndoStack *undoStack() const { return m_undo; }
    void refreshPreview(); // now, rather than after the usual short delay
    // The configuration as JSON (what `churnlab-cli train --features` reads), written
    // atomically; loading replaces the current choices as one undoable step.
    churnlab::Result<bool> saveConfig(const QString &path) const;
    churnlab::Result<bool> loadConfig(const QString &path);

    FeatureConfigModel *model() const { return m_model; }
    FeaturePreviewModel *previewModel() const { return m_preview; }
    QTableView *table() const { return m_table; }
    QString previewText() const;
    // The flagged columns that are still features get the role Excluded (leakage), as one
    // undoable step; the selected rows get `role`, as one undoable step.
    void excludeFlagged();
    void setSelectedRoles(churnlab::FeatureConfig::Role role);
    const QList<churnlab::LeakageFinding> &leakage() const;

signals:
    void configChanged(const churnlab::FeatureConfig &config);
    void previewShown();
    // The leakage screen's findings for the current data and target (empty: none, or no
    // target).
    void leakageFound(const QList<churnlab::LeakageFinding> &findings);

private:
    void updateLabels();
    void screenForLeakage();
    void showLeakage(const QList<churnlab::LeakageFinding> &findings);
    void updateButtons();

    std::shared_ptr<const churnlab::Dataset> m_dataset;
    QString m_target, m_positive;
    std::optional<churnlab::BinaryTarget> m_labels; // of m_target, for target encoding
    JobTracker *m_jobs = nullptr;
    QUndoStack *m_undo = nullptr;
    QPushButton *m_excludeFlagged = nullptr;
    QPushButton *m_setRole = nullptr;
    FeatureConfigModel *m_model = nullptr;
    FeaturePreviewModel *m_preview = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_previewTable = nullptr;
    QLabel *m_previewLabel = nullptr;
    QTimer *m_previewTimer = nullptr;
};
