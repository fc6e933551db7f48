#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QtGlobal>

#include <vector>

namespace churnlab {

// Reliability diagram: scores cut into equal-width bins on [0, 1]; for each non-empty bin the
// mean predicted probability and the observed share of positives. Bins are closed on the
// right, as scikit-learn's calibration_curve(strategy="uniform"), so the two agree exactly.
struct CalibrationCurve
{
    struct Bin
    {
        double meanPredicted = 0;
        double observedRate = 0;
        qint64 count = 0;
    };
    std::vector<Bin> bins; // non-empty bins only, low to high

    // Rows labelled −1 are skipped; scores are clamped to [0, 1].
    static CalibrationCurve compute(const std::vector<double> &scores,
                                    const std::vector<qint8> &labels, int binCount = 10);
    QJsonArray toJson() const;
    [[nodiscard]] static Result<CalibrationCurve> fromJson(const QJsonArray &json);
};

} // namespace churnlab
