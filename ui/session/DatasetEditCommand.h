#pragma once

#include "core/data/Dataset.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

// An undoable change of the whole table (a column's type, later other edits): it holds the
// dataset before and after as immutable snapshots, so undo and redo are a pointer swap.
class DatasetEditCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(std::shared_ptr<const churnlab::Dataset>)>;

    DatasetEditCommand(const QString &text, std::shared_ptr<const churnlab::Dataset> before,
                       std::shared_ptr<const churnlab::Dataset> after, Apply apply);

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    std::shared_ptr<const churnlab::Dataset> m_before;
    std::shared_ptr<const churnlab::Dataset> m_after;
    Apply m_apply;
};
