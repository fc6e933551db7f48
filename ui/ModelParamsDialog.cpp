#include "ModelParamsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace churnlab;

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
    for (auto it = info.defaults.begin(); it != info.defaults.end(); ++it) {
        const QJsonValue value = current.contains(it.key()) ? current.value(it.key()) : *it;
        QWidget *editor = nullptr;
        if (it->isString()) {
            auto *box = new QComboBox(this);
            box->setEditable(true);
            if (it.key() == QLatin1String("penalty"))
                box->addItems(
                    {QStringLiteral("l2"), QStringLiteral("l1"), QStringLiteral("elasticnet")});
            box->setCurrentText(value.toString());
            editor = box;
        } else if (std::floor(it->toDouble()) == it->toDouble() && it->toDouble() >= 1
                   && !it.key().contains(QLatin1String("subsample"))
                   && it.key() != QLatin1String("c") && it.key() != QLatin1String("lambda")) {
            auto *spin = new QSpinBox(this);
            spin->setRange(0, 1000000);
            spin->setValue(int(value.toDouble()));
            editor = spin;
        } else {
            auto *spin = new QDoubleSpinBox(this);
            spin->setDecimals(6);
            spin->setRange(0, 1e6);
            spin->setSingleStep(it->toDouble() > 0 && it->toDouble() < 1 ? 0.05 : 1);
            spin->setValue(value.toDouble());
            editor = spin;
        }
        editor->setToolTip(
            tr("Default: %1")
                .arg(it->isString() ? it->toString() : QString::number(it->toDouble())));
        m_editors.insert(it.key(), editor);
        form->addRow(it.key(), editor);
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
                for (auto it = m_info.defaults.begin(); it != m_info.defaults.end(); ++it) {
                    QWidget *w = m_editors.value(it.key());
                    if (auto *box = qobject_cast<QComboBox *>(w))
                        box->setCurrentText(it->toString());
                    else if (auto *spin = qobject_cast<QSpinBox *>(w))
                        spin->setValue(int(it->toDouble()));
                    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w))
                        dspin->setValue(it->toDouble());
                }
            });
    layout->addWidget(buttons);
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
        if (m_info.defaults.value(it.key()) != *it)
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
