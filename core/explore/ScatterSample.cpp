#include "core/explore/ScatterSample.h"

#include <cmath>
#include <random>

namespace churnlab {

ScatterSample ScatterSample::compute(const Column &x, const Column &y, const BinaryTarget *target,
                                     qsizetype maxPoints, quint64 seed)
{
    ScatterSample s;
    s.xColumn = x.name();
    s.yColumn = y.name();
    std::vector<quint32> rows;
    for (qsizetype r = 0; r < x.size(); ++r) {
        if (std::isfinite(x.number(r)) && std::isfinite(y.number(r)))
            rows.push_back(quint32(r));
    }
    s.completeRows = qint64(rows.size());
    if (qsizetype(rows.size()) > maxPoints) {
        // Selection sampling (Knuth's algorithm S) keeps file order and needs one pass.
        std::mt19937_64 rng(seed);
        std::vector<quint32> kept;
        kept.reserve(size_t(maxPoints));
        size_t needed = size_t(maxPoints);
        for (size_t i = 0; i < rows.size() && needed > 0; ++i) {
            const double u = double(rng() >> 11) * 0x1.0p-53;
            if (u * double(rows.size() - i) < double(needed)) {
                kept.push_back(rows[i]);
                --needed;
            }
        }
        rows = std::move(kept);
    }
    for (quint32 r : rows) {
        s.x.push_back(x.number(r));
        s.y.push_back(y.number(r));
        s.label.push_back(target ? target->label(r) : qint8(-1));
    }
    return s;
}

} // namespace churnlab
