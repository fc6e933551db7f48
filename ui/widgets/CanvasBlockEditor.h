#pragma once

#include "core/project/Canvas.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTextEdit;
class QUndoStack;

// One block of the ML Canvas: its title, the facts filled in from the project (stale ones
// marked, with one click to update them), and the analyst's own notes as rich text. Edits
// to the notes and fills of facts go on the canvas's undo stack, so that Edit ▸ Undo walks
// back through both in order.
class CanvasBlockEditor final : public QFrame
{
    Q_OBJECT

public:
    CanvasBlockEditor(const QString &id, QUndoStack *undo, QWidget *parent = nullptr);

    const QString &id() const { return m_id; }
    QString notes() const; // HTML; empty when there is no text
    void setNotes(const QString &html); // not undoable: a project being opened
    const QList<churnlab::Canvas::Fact> &facts() const { return m_facts; }
    void setFacts(const QList<churnlab::Canvas::Fact> &facts);
    // The keys of the filled facts that no longer hold, and whether the project has facts
    // to offer for this block at all.
    void setStale(const QStringList &keys, bool canFill);
    bool isStale() const { return !m_stale.isEmpty(); }
    QTextEdit *editor() const { return m_notes; }
    QPushButton *fillButton() const { return m_fill; }

signals:
    void fillRequested(const QString &id);
    void notesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFacts();

    QString m_id;
    QList<churnlab::Canvas::Fact> m_facts;
    QStringList m_stale;
    QLabel *m_factsLabel = nullptr;
    QPushButton *m_fill = nullptr;
    QTextEdit *m_notes = nullptr;
    bool m_loading = false;
};
