#pragma once

#include "core/data/Dataset.h"
#include "core/features/FeatureConfig.h"
#include "core/train/BinaryTarget.h"

#include <QWidget>

#include <memory>
#include <optional>

class FeatureConfigModel;
class FeaturePreviewModel;
class QLabel;
class QTableView;
class QTimer;
class QUndoStack;

// The Features workspace: each column's role and transforms in an editable table (undo and
// redo for every edit), and below it a preview of the feature matrix the learners will get,
// refitted a moment after each change on a sample of the rows.
class FeaturePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FeaturePanel(QWidget *parent = nullptr);

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

signals:
    void configChanged(const churnlab::FeatureConfig &config);
    void previewShown();

private:
    void updateLabels();

    std::shared_ptr<const churnlab::Dataset> m_dataset;
    QString m_target, m_positive;
    std::optional<churnlab::BinaryTarget> m_labels; // of m_target, for target encoding
    QUndoStack *m_undo = nullptr;
    FeatureConfigModel *m_model = nullptr;
    FeaturePreviewModel *m_preview = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_previewTable = nullptr;
    QLabel *m_previewLabel = nullptr;
    QTimer *m_previewTimer = nullptr;
};
