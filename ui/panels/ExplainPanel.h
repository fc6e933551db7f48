#pragma once

#include "core/train/ModelEvaluation.h"

#include "core/explain/Explainer.h"
#include "core/explain/PartialDependence.h"
#include "core/train/ModelReport.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTabWidget;

// The Explain tab: why the chosen model scores each customer as it does. On the left the
// explained customers (the test rows, highest score first, searchable by ID); on the right the
// selected customer's waterfall of contributions per column, and below it the model's mean
// |SHAP| importance, a column's SHAP dependence and its partial dependence with ICE curves.
// Contributions are computed off the UI thread (Explainer: exact for trees and logistic
// regression, a labelled estimate otherwise).
class JobTracker;
class ExplainPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainPanel(JobTracker *jobs, QWidget *parent = nullptr);
    ~ExplainPanel() override;

    // The model and the customers to explain (its test rows), with the actual outcome per
    // dataset row (0/1, −1 unknown; may be empty); a null report clears the tab.
    void setModel(std::shared_ptr<const churnlab::ModelReport> report,
                  std::shared_ptr<const churnlab::Dataset> data, std::vector<quint32> rows,
                  std::vector<qint8> labels = {});
    // The model's customers: the rows it was judged on (said on screen, e.g. "1,409 holdout
    // rows").
    void setModel(std::shared_ptr<const churnlab::ModelReport> report,
                  const churnlab::ModelEvaluation &on);
    bool isBusy() const;
    // For tests and screenshots.
    QTableWidget *customers() const { return m_table; }
    QChartView *waterfallView() const { return m_waterfall; }
    QTabWidget *globalTabs() const { return m_tabs; }
    QComboBox *columnPicker() const { return m_column; }
    void selectCustomer(int tableRow);
    const std::optional<churnlab::Explainer::Explanations> &explanations() const
    {
        return m_explained;
    }
    QString message() const;

    // Rows explained at most: exact methods are fast, sampling is a hundred model calls per
    // column and row.
    static constexpr int kExactRows = 3000;
    static constexpr int kSampledRows = 300;
    static constexpr double kExplainSteps = 2e9;

signals:
    void explained();
    void partialDependenceShown();

private:
    struct Result
    {
        std::optional<churnlab::Explainer::Explanations> explanations;
        std::vector<double> probability;
        QString error;
    };
    void showExplanations(const Result &r);
    void showCustomer();
    void showColumn();
    void filter(const QString &text);
    void drawGlobal();
    QString customerName(int sampleRow) const;

    std::shared_ptr<const churnlab::ModelReport> m_report;
    QString m_rowsText;
    std::shared_ptr<const churnlab::Dataset> m_data;
    std::vector<quint32> m_rows; // the explained sample, dataset rows
    std::vector<qint8> m_labels; // per dataset row
    std::optional<churnlab::Explainer::Explanations> m_explained;
    std::vector<double> m_probability;
    struct Dependence
    {
        QString column;
        std::vector<double> x, y;
        QStringList levels;
    };
    std::optional<Dependence> m_dependenceData;
    std::optional<churnlab::PartialDependence> m_partialData;
    JobTracker *m_jobs;
    QLabel *m_message = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_waterfall = nullptr;
    QComboBox *m_column = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_importance = nullptr;
    QChartView *m_dependence = nullptr;
    QChartView *m_partial = nullptr;
};
