#include "ui/panels/QualityPanel.h"

#include "ui/document/JobTracker.h"

#include "core/fairness/ProxyCheck.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

QualityPanel::QualityPanel(JobTracker *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Severity"), tr("Columns"), tr("Finding"), tr("Suggestion")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    // Rows follow the wrapped text as the columns widen (the tab is often sized after filling).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setToolTip(tr("Double-click a finding to see its column"));
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_findings.size() && !m_findings[row].columns.isEmpty())
            emit columnActivated(m_findings[row].columns.first());
    });
    m_summary->setText(tr("No data"));
}

QualityPanel::~QualityPanel() = default;

void QualityPanel::setDataset(std::shared_ptr<const Dataset> dataset,
                              const QList<ColumnProfile> &profiles)
{
    m_dataset = std::move(dataset);
    m_profiles = profiles;
    refresh();
}

void QualityPanel::setTarget(const QString &column, const QString &positive)
{
    if (column == m_target && positive == m_positive)
        return;
    m_target = column;
    m_positive = positive;
    refresh();
}

void QualityPanel::setSensitiveColumns(const QStringList &columns)
{
    if (columns == m_sensitive)
        return;
    m_sensitive = columns;
    refresh();
}

void QualityPanel::refresh()
{
    if (!m_dataset)
        return;
    m_summary->setText(tr("Checking the data…"));
    using Findings = QList<QualityFinding>;
    m_jobs->start<Findings>(
        QStringLiteral("quality"), this,
        [dataset = m_dataset, profiles = m_profiles, column = m_target, positive = m_positive,
         sensitive = m_sensitive]() {
            std::optional<BinaryTarget> target;
            if (!column.isEmpty()) {
                if (auto t = BinaryTarget::fromColumn(*dataset, column, positive))
                    target = std::move(t.value());
            }
            return DataQuality::assess(*dataset, target, profiles)
                + ProxyCheck::assess(*dataset, sensitive, column);
        },
        [this](Findings findings) { show(findings); });
}

void QualityPanel::show(const QList<QualityFinding> &findings)
{
    m_findings = findings;
    int counts[3] = {0, 0, 0};
    m_table->setRowCount(int(findings.size()));
    for (int i = 0; i < findings.size(); ++i) {
        const QualityFinding &f = findings[i];
        ++counts[int(f.severity)];
        QString label;
        QColor color;
        switch (f.severity) {
        case QualityFinding::Severity::Error:
            label = tr("Error");
            color = QColor(0xc6, 0x28, 0x28);
            break;
        case QualityFinding::Severity::Warning:
            label = tr("Warning");
            color = QColor(0xe0, 0x8a, 0x00);
            break;
        case QualityFinding::Severity::Info:
            label = tr("Info");
            color = QColor(0x1f, 0x77, 0xb4);
            break;
        }
        auto *severity = new QTableWidgetItem(label);
        severity->setForeground(color);
        QFont bold = severity->font();
        bold.setBold(true);
        severity->setFont(bold);
        m_table->setItem(i, 0, severity);
        m_table->setItem(i, 1, new QTableWidgetItem(f.columns.join(QStringLiteral(", "))));
        auto *message = new QTableWidgetItem(f.message);
        message->setToolTip(f.message);
        m_table->setItem(i, 2, message);
        auto *suggestion = new QTableWidgetItem(f.suggestion);
        suggestion->setToolTip(f.suggestion);
        m_table->setItem(i, 3, suggestion);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_summary->setText(findings.isEmpty()
                           ? tr("No problems found.")
                           : tr("%1 errors, %2 warnings, %3 notes%4")
                                 .arg(counts[2])
                                 .arg(counts[1])
                                 .arg(counts[0])
                                 .arg(m_target.isEmpty()
                                          ? tr(" — choose a target in Explore to check it too")
                                          : tr(" — target: %1").arg(m_target)));
    emit findingsShown();
}
