#include "ui/panels/CanvasPanel.h"

#include "ui/report/CanvasPainter.h"
#include "ui/widgets/CanvasBlockEditor.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace churnlab;

// Facts filled into blocks, with what they replaced, so that undo puts the old ones back.
class FillFactsCommand final : public QUndoCommand
{
public:
    FillFactsCommand(CanvasPanel *panel, QHash<QString, QList<Canvas::Fact>> before,
                     QHash<QString, QList<Canvas::Fact>> after, const QString &text)
        : QUndoCommand(text)
        , m_panel(panel)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const QHash<QString, QList<Canvas::Fact>> &facts)
    {
        for (auto it = facts.begin(); it != facts.end(); ++it)
            m_panel->setFacts(it.key(), it.value());
        m_panel->refreshFacts();
        emit m_panel->changed();
    }
    CanvasPanel *m_panel;
    QHash<QString, QList<Canvas::Fact>> m_before, m_after;
};

CanvasPanel::CanvasPanel(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    bar->addWidget(m_status, 1);
    auto *fillAllButton = new QPushButton(tr("Fill &All Facts"), this);
    fillAllButton->setToolTip(
        tr("Fill every block the project has facts for; your own notes are kept"));
    bar->addWidget(fillAllButton);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export Canvas…"));
    exportButton->setToolTip(tr("Save the canvas as a one-page landscape PDF or PNG"));
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    for (const QString &id : Canvas::blockIds()) {
        auto *editor = new CanvasBlockEditor(id, m_undo, this);
        const QRect cell = CanvasPainter::cell(id);
        grid->addWidget(editor, cell.y(), cell.x(), cell.height(), cell.width());
        m_blocks.insert(id, editor);
        connect(editor, &CanvasBlockEditor::fillRequested, this, &CanvasPanel::fill);
        connect(editor, &CanvasBlockEditor::notesChanged, this, &CanvasPanel::changed);
    }
    for (int c = 0; c < CanvasPainter::kColumns; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 1);
    layout->addLayout(grid, 1);

    connect(fillAllButton, &QPushButton::clicked, this, &CanvasPanel::fillAll);
    connect(exportButton, &QToolButton::clicked, this, &CanvasPanel::exportRequested);
    refreshFacts();
}

Canvas CanvasPanel::canvas() const
{
    Canvas c;
    for (const QString &id : Canvas::blockIds()) {
        const CanvasBlockEditor *e = m_blocks.value(id);
        c.setNotes(id, e->notes());
        c.setFacts(id, e->facts());
    }
    return c;
}

void CanvasPanel::setCanvas(const Canvas &canvas)
{
    for (const Canvas::Block &b : canvas.blocks()) {
        if (CanvasBlockEditor *e = m_blocks.value(b.id)) {
            e->setNotes(b.notes);
            e->setFacts(b.facts);
        }
    }
    m_undo->clear();
    refreshFacts();
}

void CanvasPanel::setFacts(const QString &id, const QList<Canvas::Fact> &facts)
{
    if (CanvasBlockEditor *e = m_blocks.value(id))
        e->setFacts(facts);
}

void CanvasPanel::fill(const QString &id)
{
    refreshFacts();
    const auto current = m_current.value(id);
    if (current.isEmpty())
        return;
    m_undo->push(new FillFactsCommand(this, {{id, m_blocks.value(id)->facts()}}, {{id, current}},
                                      tr("Fill “%1”").arg(Canvas::title(id))));
}

void CanvasPanel::fillAll()
{
    refreshFacts();
    QHash<QString, QList<Canvas::Fact>> before, after;
    for (auto it = m_current.begin(); it != m_current.end(); ++it) {
        if (it.value().isEmpty() || m_blocks.value(it.key())->facts() == it.value())
            continue;
        before.insert(it.key(), m_blocks.value(it.key())->facts());
        after.insert(it.key(), it.value());
    }
    if (!after.isEmpty())
        m_undo->push(new FillFactsCommand(this, before, after, tr("Fill all facts")));
}

void CanvasPanel::refreshFacts()
{
    m_current = m_source ? m_source() : QHash<QString, QList<Canvas::Fact>>();
    m_staleKeys.clear();
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
        const QStringList stale = Canvas::staleKeys(it.value()->facts(), m_current.value(it.key()));
        if (!stale.isEmpty())
            m_staleKeys.insert(it.key(), stale);
        it.value()->setStale(stale, !m_current.value(it.key()).isEmpty());
    }
    const QStringList stale = staleBlocks();
    m_status->setText(stale.isEmpty()
                          ? tr("Plan the project here; facts from the data and the models fill in "
                               "with one click.")
                          : tr("%n block(s) show facts that are out of date: press Update in "
                               "each, or Fill All Facts.",
                               nullptr, int(stale.size())));
}

QStringList CanvasPanel::staleBlocks() const
{
    QStringList out;
    for (const QString &id : Canvas::blockIds())
        if (m_staleKeys.contains(id))
            out << id;
    return out;
}
