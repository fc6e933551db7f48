#pragma once

#include "core/data/ColumnProfile.h"

#include <QWidget>

class QChart;
class QChartView;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

// Shows one column's profile: counts, summary statistics, its most frequent values, and a
// histogram or bar chart. Profiles arrive computed (off the UI thread); this only draws.
class ProfilePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePanel(QWidget *parent = nullptr);

    void setProfiles(QList<churnlab::ColumnProfile> profiles);
    void showColumn(int column);
    void clear();
    int currentColumn() const { return m_current; }
    // The label text of a statistic, for tests: "count", "missing", "distinct", "mean", …
    QString statistic(const QString &key) const;

signals:
    // The user asked for a chart of the shown column.
    void plotRequested(const QString &column);

private:
    void addRow(const QString &key, const QString &label);

    QList<churnlab::ColumnProfile> m_profiles;
    int m_current = -1;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_values;
    QTableWidget *m_top = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_plot = nullptr;
};
