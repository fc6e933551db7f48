#pragma once

#include "core/eval/Metrics.h"
#include <QCoreApplication>

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace churnlab {

// What a drift check found: per column, the test that decided (by the rule of DriftMonitor),
// its statistic and p-value or distance, PSI with its band, and the two distributions over
// the reference's bins (for sparklines and overlays); schema violations; drift of the model's
// scores; and, when the current data has the target, the live metrics beside the offline ones.
struct DriftReport
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DriftReport)

public:
    // A test's or PSI band's name as people say it, translated ("Kolmogorov–Smirnov" for
    // "ks", "small" for "none"); the JSON keeps the keys.
    static QString testTitle(const QString &test);
    static QString bandTitle(const QString &band);

    struct Feature
    {
        QString column;
        bool numeric = true;
        QString test; // "ks", "chi_square", "wasserstein", "jensen_shannon"
        double statistic = 0;
        double pValue = qQNaN(); // tests only; distances have none
        double threshold = 0; // p below it, or distance at or above it, is drift
        bool drifted = false;
        double psi = 0;
        QString psiBand; // "none" (< 0.1), "moderate" (< 0.25), "major"
        double jensenShannon = 0;
        double ks = qQNaN(), ksPValue = qQNaN(), wasserstein = qQNaN(); // numeric with a sample
        double chiSquare = qQNaN(), chiSquarePValue = qQNaN();
        double importance = 0; // permutation importance on the test set
        double rank = 0; // drift magnitude × (importance + a little), the ranking key
        QStringList bins; // labels of the reference's bins or levels
        std::vector<double> referenceShares, currentShares;
        double referenceMissing = 0, currentMissing = 0;
        qint64 rows = 0; // current rows with a value
        QStringList newCategories;
        qint64 newCategoryRows = 0;
        qint64 belowRange = 0, aboveRange = 0;
        bool missingRateChanged = false;
        QString note; // e.g. "KS and Wasserstein on a sample of 200000 rows"
    };
    struct Window
    {
        QString label; // "2026-03"
        qint64 rows = 0;
        double auc = qQNaN();
        double positiveRate = 0;
    };

    QString source; // the current data's file
    qint64 referenceRows = 0;
    qint64 currentRows = 0;
    QList<Feature> features; // drifted first, then by rank
    QStringList missingColumns; // required by the model, absent from the current data
    bool scoresAvailable = false;
    std::vector<double> referenceScoreShares, currentScoreShares;
    double scorePsi = 0, scoreJensenShannon = 0;
    QString scoreTest;
    double scoreStatistic = 0, scorePValue = qQNaN();
    bool scoresDrifted = false;
    std::optional<BinaryMetrics> live; // current data with the target
    std::optional<BinaryMetrics> offline; // the bundle's test metrics
    QString dateColumn;
    QList<Window> windows;
    double scoreSeconds = 0; // scoring the current rows with the model
    double compareSeconds = 0; // the columns and the scores compared
    double liveSeconds = 0; // live metrics and their windows

    int driftedFeatures() const;
    double driftedShare() const;
    // Drift in at least one column, or in the scores: what --fail-on-drift acts on.
    bool anyDrift() const;
    // Evidently's dataset drift: half of the columns or more drifted.
    bool datasetDrift() const;
    QString verdict() const; // one sentence for people

    QJsonObject toJson() const;
    // One row per column: what the Monitor tab exports.
    QString toCsv() const;
};

} // namespace churnlab
