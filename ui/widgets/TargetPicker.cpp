#include "ui/widgets/TargetPicker.h"

#include "core/data/BinaryTarget.h"

#include <QComboBox>

using namespace churnlab;

TargetPicker::TargetPicker(QWidget *parent, bool allowNone)
    : QObject(parent)
    , m_column(new QComboBox(parent))
    , m_positive(new QComboBox(parent))
    , m_allowNone(allowNone)
{
    m_positive->setToolTip(tr("The value of the target that means “churned”"));
    connect(m_column, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_updating)
            return;
        fillPositive();
        emit changed(column(), positive());
    });
    connect(m_positive, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating)
            emit changed(column(), positive());
    });
}

void TargetPicker::setDataset(std::shared_ptr<const Dataset> dataset,
                              const std::vector<qint64> &distinct)
{
    m_dataset = std::move(dataset);
    m_updating = true;
    m_column->clear();
    if (m_allowNone)
        m_column->addItem(tr("(none)"), QString());
    if (m_dataset)
        for (int c = 0; c < m_dataset->columnCount(); ++c)
            if (size_t(c) < distinct.size() && distinct[size_t(c)] == 2)
                m_column->addItem(m_dataset->column(c).name(), m_dataset->column(c).name());
    const QString guess = m_dataset ? BinaryTarget::guessColumn(*m_dataset, distinct) : QString();
    m_column->setCurrentIndex(std::max(0, m_column->findData(guess)));
    fillPositive();
    m_updating = false;
}

void TargetPicker::fillPositive()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_positive->clear();
    const QString name = column();
    if (m_dataset && !name.isEmpty()) {
        auto target = BinaryTarget::fromColumn(*m_dataset, name);
        if (target) {
            m_positive->addItem(target->positiveLabel());
            if (!target->negativeLabel().isEmpty())
                m_positive->addItem(target->negativeLabel());
        }
    }
    m_positive->setEnabled(m_column->isEnabled() && m_positive->count() > 1);
    m_updating = wasUpdating;
}

void TargetPicker::setTarget(const QString &name, const QString &positiveClass)
{
    const int index = m_column->findData(name);
    if (index >= 0 && index != m_column->currentIndex())
        m_column->setCurrentIndex(index);
    if (!positiveClass.isEmpty() && positiveClass != m_positive->currentText())
        m_positive->setCurrentText(positiveClass);
}

QString TargetPicker::column() const
{
    return m_column->currentData().toString();
}

QString TargetPicker::positive() const
{
    return m_positive->currentText();
}

bool TargetPicker::isEmpty() const
{
    return m_column->count() == (m_allowNone ? 1 : 0);
}

void TargetPicker::setEnabled(bool enabled)
{
    m_column->setEnabled(enabled);
    m_positive->setEnabled(enabled && m_positive->count() > 1);
}
