#pragma once

#include <QWidget>

class QLineEdit;

// A file path as forms ask for one: an editable line with a "…" button that opens the file
// dialog for reading or for saving, with the given filter. The Monitor tab, Score a File and
// Retrain on New Data share it.
class PathField final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Open, Save };
    PathField(Mode mode, const QString &filter, const QString &toolTip, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void pathChanged(const QString &path);

private:
    QLineEdit *m_edit = nullptr;
};
