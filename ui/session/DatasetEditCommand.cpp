#include "ui/session/DatasetEditCommand.h"

DatasetEditCommand::DatasetEditCommand(const QString &text,
                                       std::shared_ptr<const churnlab::Dataset> before,
                                       std::shared_ptr<const churnlab::Dataset> after, Apply apply)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{
}
