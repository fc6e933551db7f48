#pragma once

#include "core/models/ModelCatalog.h"

#include <QDialog>
#include <QHash>

class QLabel;

// Edits one model's hyperparameters, a form made from the learner's hyperparameter table
// (each editor typed and bounded by its range, its description as tooltip). OK is allowed
// only when the catalog accepts the values, so a bad number is caught here, with the reason,
// rather than when training starts.
class ModelParamsDialog final : public QDialog
{
    Q_OBJECT

public:
    ModelParamsDialog(const churnlab::ModelInfo &info, const QJsonObject &current,
                      QWidget *parent = nullptr);
    // Only the values that differ from the defaults.
    QJsonObject params() const;

    void accept() override;

private:
    QJsonObject values() const;
    void setValue(const churnlab::HyperParameter &p, const QJsonValue &value);

    churnlab::ModelInfo m_info;
    QHash<QString, QWidget *> m_editors;
    QLabel *m_error = nullptr;
};
