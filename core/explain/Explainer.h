#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/scoring/Scorer.h"
#include <QCoreApplication>

#include <Eigen/Dense>

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace churnlab {

// Why a model scored a customer as it did: each source column's contribution to the score, so
// that expected + Σ contributions = the model's output for the row. One-hot indicators and
// missing flags are summed into the column they come from, because an analyst thinks in
// columns. The method follows the model:
//   trees, forests, boosting — exact TreeSHAP (TreeShap), on the model's margin (log-odds for
//     boosting, the probability for a tree or a forest);
//   logistic regression — the exact linear Shapley values w·(x − mean of the background), on
//     the log-odds;
//   any other model — a sampling estimate of the Shapley values (Štrumbelj and Kononenko,
//     2014): for each background row, a random order of the columns and its reverse
//     (antithetic), switching one column at a time from the background row to the customer's,
//     on the probability. Every background row is used equally often, so the estimates still
//     add up exactly to the probability minus the background's mean probability.
// The background is a small sample of training feature rows kept with the model (and in its
// bundle).
class Explainer
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Explainer)

public:
    enum class Method { TreeShap, Linear, Sampling };

    struct Explanations
    {
        Method method = Method::TreeShap;
        bool logOdds = false; // the scale: log-odds, or a probability
        QStringList columns; // source columns, in the pipeline's order
        double expected = 0; // the output with every column at the background
        Eigen::MatrixXd values; // rows × columns
        Eigen::VectorXd output; // the model's output per row (= expected + Σ values)

        // The k columns with the largest |contribution| in the row, largest first.
        std::vector<int> top(Eigen::Index row, int k) const;
        // {"expected", "output", "contributions": [{"column", "value"}…] (top k, or every
        // column if k ≤ 0)}.
        QJsonObject rowJson(Eigen::Index row, int k = 0) const;
        // Mean |contribution| per column: the SHAP importance.
        std::vector<double> meanAbsolute() const;
    };

    static constexpr int kBackgroundRows = 64;

    Explainer(std::shared_ptr<const Scorer> scorer, Eigen::MatrixXd background, quint64 seed = 42);
    // A background sample of training feature rows, spread evenly over them.
    static Eigen::MatrixXd sampleBackground(const Eigen::MatrixXd &x, quint64 seed);

    const Scorer &scorer() const { return *m_scorer; }
    const Eigen::MatrixXd &background() const { return m_background; }
    Method method() const { return m_method; }
    const QStringList &columns() const { return m_columns; }
    // The column for each model feature (its index in columns()).
    const std::vector<int> &featureColumn() const { return m_featureColumn; }

    // Feature rows as the pipeline makes them, rows spread over the cores.
    [[nodiscard]] Result<Explanations> explainFeatures(const Eigen::MatrixXd &x,
                                                       Progress &progress = Progress::none()) const;
    // Rows of input conformed to the scorer's schema.
    [[nodiscard]] Result<Explanations> explain(const ConformedInput &input,
                                               const std::vector<quint32> &rows,
                                               Progress &progress = Progress::none()) const;
    [[nodiscard]] Result<Explanations> explain(const Dataset &input,
                                               const std::vector<quint32> &rows,
                                               Progress &progress = Progress::none()) const;

    // About how many elementary steps explaining one row takes (TreeSHAP: Σ over trees of
    // leaves × depth for trees the per-leaf tables cover, leaves × depth² for deeper ones;
    // sampling: model evaluations × columns), and so how many rows fit in `steps` (between
    // `least` and `most`). A deep forest's rows cost a thousand times a boosting model's.
    double stepsPerRow() const;
    // About how many steps one prediction of the model takes (for the sampling estimate).
    static double evaluationSteps(const Model &model);
    Eigen::Index affordableRows(double steps, Eigen::Index least, Eigen::Index most) const;

    static QString methodId(Method method); // "tree_shap", "linear", "sampling_shapley"
    static QString methodTitle(Method method); // for people: "exact TreeSHAP", …
    static QString scaleTitle(bool logOdds);

private:
    Explanations sampling(const Eigen::MatrixXd &x, Progress &progress) const;
    Eigen::MatrixXd grouped(const Eigen::MatrixXd &perFeature) const;

    std::shared_ptr<const Scorer> m_scorer;
    Eigen::MatrixXd m_background;
    quint64 m_seed;
    Method m_method;
    QStringList m_columns;
    std::vector<int> m_featureColumn;
};

} // namespace churnlab
