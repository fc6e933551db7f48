#pragma once

#include <QtGlobal>

namespace churnlab {

// The costs of a wrong decision, in the analyst's unit (money, effort): contacting a customer
// who would have stayed (false positive) and missing one who leaves (false negative).
struct CostMatrix
{
    // The largest cost of one wrong prediction anything accepts: far above any real offer or
    // customer value, and small enough that a cost × millions of customers stays finite.
    static constexpr double kMaxCost = 1e12;
    double falsePositive = 1;
    double falseNegative = 5;
    bool operator==(const CostMatrix &) const = default;

    // What these wrong decisions cost together.
    double of(double falsePositives, double falseNegatives) const
    {
        return falsePositives * falsePositive + falseNegatives * falseNegative;
    }
    // The same per customer of `customers` (0 when there are none): the one definition of the
    // expected cost every view, report, retrain rule and search uses.
    double perCustomer(qint64 falsePositives, qint64 falseNegatives, qint64 customers) const
    {
        return customers > 0
            ? of(double(falsePositives), double(falseNegatives)) / double(customers)
            : 0.0;
    }
};

} // namespace churnlab
