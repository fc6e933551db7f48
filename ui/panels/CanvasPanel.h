#pragma once

#include "core/project/Canvas.h"

#include <QHash>
#include <QWidget>

#include <functional>

class CanvasBlockEditor;
class QLabel;
class QUndoStack;

// The ML Canvas tab: ten blocks laid out as the canvas (value proposition in the centre),
// each with the analyst's notes and, where the project knows them, facts filled with one
// click (data, task and base rate, features, evaluation, decisions and ROI, learners,
// monitoring). Facts that no longer hold are marked in their block; Update refreshes them
// without touching the notes. Undo and redo cover notes and fills alike.
class CanvasPanel final : public QWidget
{
    Q_OBJECT

public:
    // The project's current facts per block (computed by core's CanvasFacts).
    using FactsSource = std::function<QHash<QString, QList<churnlab::Canvas::Fact>>()>;

    explicit CanvasPanel(QWidget *parent = nullptr);

    void setFactsSource(FactsSource source) { m_source = std::move(source); }
    churnlab::Canvas canvas() const;
    // A project's canvas; clears the undo history.
    void setCanvas(const churnlab::Canvas &canvas);
    QUndoStack *undoStack() const { return m_undo; }
    CanvasBlockEditor *block(const QString &id) const { return m_blocks.value(id); }
    // Fills (or updates) one block, or every block that has facts, as one undoable step.
    void fill(const QString &id);
    void fillAll();
    // Compares the filled facts with the project's current ones and marks the stale.
    void refreshFacts();
    QStringList staleBlocks() const;
    QHash<QString, QStringList> staleKeys() const { return m_staleKeys; }

signals:
    void changed();
    void exportRequested();

private:
    void setFacts(const QString &id, const QList<churnlab::Canvas::Fact> &facts);
    friend class FillFactsCommand;

    QHash<QString, CanvasBlockEditor *> m_blocks;
    QUndoStack *m_undo = nullptr;
    QLabel *m_status = nullptr;
    FactsSource m_source;
    QHash<QString, QList<churnlab::Canvas::Fact>> m_current;
    QHash<QString, QStringList> m_staleKeys;
};
