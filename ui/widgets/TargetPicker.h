#pragma once

#include "core/data/Dataset.h"

#include <QObject>

#include <memory>
#include <vector>

class QComboBox;
class QWidget;

// The churn target as two combo boxes — the column and which of its two values means
// "churned" — for every workspace that needs one (Explore, Model). Lists the two-valued
// columns, guesses the churn column by name and the positive class by value, and says when
// the analyst changes either. The owner places the boxes in its own layout.
class TargetPicker final : public QObject
{
    Q_OBJECT

public:
    // With allowNone the list starts with "(none)": charts without a target.
    TargetPicker(QWidget *parent, bool allowNone);

    QComboBox *columnBox() const { return m_column; }
    QComboBox *positiveBox() const { return m_positive; }

    // Refills the lists and selects the guessed target, without emitting changed().
    void setDataset(std::shared_ptr<const churnlab::Dataset> dataset,
                    const std::vector<qint64> &distinct);
    // Selects a column (if listed) and a positive class; emits changed() when they differ.
    void setTarget(const QString &column, const QString &positive);
    QString column() const;
    QString positive() const;
    bool isEmpty() const;
    void setEnabled(bool enabled);

signals:
    void changed(const QString &column, const QString &positive);

private:
    void fillPositive();

    std::shared_ptr<const churnlab::Dataset> m_dataset;
    QComboBox *m_column = nullptr;
    QComboBox *m_positive = nullptr;
    bool m_allowNone = false;
    bool m_updating = false;
};
