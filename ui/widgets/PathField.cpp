#include "ui/widgets/PathField.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

PathField::PathField(Mode mode, const QString &filter, const QString &toolTip, QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setToolTip(toolTip);
    auto *browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose the file"));
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &PathField::pathChanged);
    connect(browse, &QToolButton::clicked, this, [this, mode, filter]() {
        const QString chosen = mode == Mode::Save
            ? QFileDialog::getSaveFileName(this, {}, m_edit->text(), filter)
            : QFileDialog::getOpenFileName(this, {}, m_edit->text(), filter);
        if (!chosen.isEmpty())
            m_edit->setText(chosen);
    });
}

QString PathField::path() const
{
    return m_edit->text();
}

void PathField::setPath(const QString &path)
{
    m_edit->setText(path);
}
