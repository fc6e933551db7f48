#include "ui/widgets/CanvasBlockEditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTextEdit>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace churnlab;

namespace {

// One step of a notes editor's own undo history, on the canvas's stack: undoing it asks the
// document to undo, so the text and the stack never disagree.
class NotesEditCommand final : public QUndoCommand
{
public:
    NotesEditCommand(QTextDocument *document, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
    {
    }
    void undo() override { m_document->undo(); }
    void redo() override
    {
        if (m_first) // the edit itself has happened already
            m_first = false;
        else
            m_document->redo();
    }

private:
    QTextDocument *m_document;
    bool m_first = true;
};

} // namespace

CanvasBlockEditor::CanvasBlockEditor(const QString &id, QUndoStack *undo, QWidget *parent)
    : QFrame(parent)
    , m_id(id)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("canvasBlock_") + id);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(3);
    auto *top = new QHBoxLayout;
    auto *title =
        new QLabel(QStringLiteral("<b>%1</b>").arg(Canvas::title(id).toHtmlEscaped()), this);
    title->setToolTip(Canvas::prompt(id));
    top->addWidget(title, 1);
    m_fill = new QPushButton(tr("Fill"), this);
    m_fill->setFlat(true);
    m_fill->setToolTip(tr("Fill this block with the project's facts; your notes stay as they are"));
    m_fill->setVisible(Canvas::hasFacts(id));
    top->addWidget(m_fill);
    layout->addLayout(top);
    m_factsLabel = new QLabel(this);
    m_factsLabel->setWordWrap(true);
    m_factsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_factsLabel->hide();
    layout->addWidget(m_factsLabel);
    m_notes = new QTextEdit(this);
    m_notes->setPlaceholderText(Canvas::prompt(id));
    m_notes->setAcceptRichText(true);
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);
    layout->addWidget(m_notes, 1);

    connect(m_fill, &QPushButton::clicked, this, [this]() { emit fillRequested(m_id); });
    connect(m_notes->document(), &QTextDocument::undoCommandAdded, this, [this, undo]() {
        if (!m_loading)
            undo->push(new NotesEditCommand(m_notes->document(),
                                            tr("Edit “%1”").arg(Canvas::title(m_id))));
    });
    connect(m_notes, &QTextEdit::textChanged, this, [this]() {
        if (!m_loading)
            emit notesChanged();
    });
}

bool CanvasBlockEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and redo keys go to the window's Edit menu (the canvas's stack), not to the editor's
    // own history, which the stack drives.
    if (watched == m_notes && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

QString CanvasBlockEditor::notes() const
{
    return m_notes->toPlainText().trimmed().isEmpty() ? QString() : m_notes->toHtml();
}

void CanvasBlockEditor::setNotes(const QString &html)
{
    m_loading = true;
    m_notes->setHtml(html);
    m_notes->document()->clearUndoRedoStacks();
    m_loading = false;
}

void CanvasBlockEditor::setFacts(const QList<Canvas::Fact> &facts)
{
    m_facts = facts;
    showFacts();
}

void CanvasBlockEditor::setStale(const QStringList &keys, bool canFill)
{
    m_stale = keys;
    m_fill->setEnabled(canFill);
    m_fill->setText(m_facts.isEmpty() ? tr("Fill") : tr("Update"));
    showFacts();
}

void CanvasBlockEditor::showFacts()
{
    m_factsLabel->setVisible(!m_facts.isEmpty());
    QString html;
    for (const Canvas::Fact &f : m_facts) {
        const bool old = m_stale.contains(f.key);
        html += QStringLiteral("<div style=\"color:%1\">%2: <b>%3</b>%4</div>")
                    .arg(old ? QStringLiteral("#b3261e") : palette().color(QPalette::Link).name(),
                         f.label.toHtmlEscaped(), f.value.toHtmlEscaped(),
                         old ? tr(" (out of date)").toHtmlEscaped() : QString());
    }
    m_factsLabel->setText(html);
    m_factsLabel->setToolTip(m_stale.isEmpty()
                                 ? tr("Filled from the project")
                                 : tr("The project has changed since these facts were filled; "
                                      "press Update"));
}
