#include "ui/dialogs/ModelParamsDialog.h"

#include "ui/NumberText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace churnlab;

namespace {

// Shows 1 rather than 1.000000000: the decimals bound what can be typed, not what is shown.
class ShortestSpinBox final : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override { return NumberText::stored(value); }
};

} // namespace

ModelParamsDialog::ModelParamsDialog(const ModelInfo &info, const QJsonObject &current,
                                     QWidget *parent)
    : QDialog(parent)
    , m_info(info)
{
    setWindowTitle(tr("%1 — hyperparameters").arg(info.title));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(info.description, this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    for (const HyperParameter &p : info.parameters) {
        QWidget *editor = nullptr;
        switch (p.type) {
        case HyperParameter::Type::Choice: {
            auto *box = new QComboBox(this);
            box->addItems(p.choices);
            editor = box;
            break;
        }
        case HyperParameter::Type::Integer: {
            auto *spin = new QSpinBox(this);
            spin->setRange(int(p.low), int(p.high));
            if (p.zeroIsAuto)
                spin->setSpecialValueText(tr("automatic"));
            editor = spin;
            break;
        }
        case HyperParameter::Type::Real: {
            auto *spin = new ShortestSpinBox(this);
            spin->setDecimals(p.logScale ? 9 : 6);
            spin->setRange(p.low, p.high);
            spin->setSingleStep(p.high <= 1 ? 0.05 : 1);
            editor = spin;
            break;
        }
        }
        const QJsonValue d = p.defaultValue;
        editor->setToolTip(tr("%1\nDefault: %2; %3")
                               .arg(p.translatedDescription(),
                                    d.isString() ? d.toString() : NumberText::stored(d.toDouble()),
                                    p.rangeText()));
        editor->setObjectName(p.name);
        m_editors.insert(p.name, editor);
        setValue(p, current.contains(p.name) ? current.value(p.name) : d);
        auto *label = new QLabel(p.label(), this);
        label->setToolTip(QStringLiteral("%1 (%2)").arg(p.translatedDescription(), p.name));
        label->setBuddy(editor);
        form->addRow(label, editor);
    }
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this]() {
                for (const HyperParameter &p : m_info.parameters)
                    setValue(p, p.defaultValue);
            });
    layout->addWidget(buttons);
}

void ModelParamsDialog::setValue(const HyperParameter &p, const QJsonValue &value)
{
    QWidget *w = m_editors.value(p.name);
    if (auto *box = qobject_cast<QComboBox *>(w))
        box->setCurrentText(value.toString());
    else if (auto *spin = qobject_cast<QSpinBox *>(w))
        spin->setValue(int(value.toDouble()));
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w))
        dspin->setValue(value.toDouble());
}

QJsonObject ModelParamsDialog::values() const
{
    QJsonObject o;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        if (auto *box = qobject_cast<QComboBox *>(*it))
            o.insert(it.key(), box->currentText());
        else if (auto *spin = qobject_cast<QSpinBox *>(*it))
            o.insert(it.key(), spin->value());
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(*it))
            o.insert(it.key(), dspin->value());
    }
    return o;
}

QJsonObject ModelParamsDialog::params() const
{
    QJsonObject changed;
    const QJsonObject all = values();
    for (auto it = all.begin(); it != all.end(); ++it)
        if (m_info.defaults().value(it.key()) != *it)
            changed.insert(it.key(), *it);
    return changed;
}

void ModelParamsDialog::accept()
{
    auto made = ModelCatalog::create(m_info.id, values());
    if (!made) {
        m_error->setText(made.error().message);
        return;
    }
    QDialog::accept();
}
