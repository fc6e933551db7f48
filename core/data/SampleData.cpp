#include "core/data/SampleData.h"

#include "core/data/ValueParser.h"

#include <cmath>
#include <random>

namespace churnlab {

namespace {

// Our own draws from the engine's raw output: std::*_distribution differ between standard
// libraries, and the sample must be the same wherever ChurnLab is built.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {
    }
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    bool chance(double p) { return uniform() < p; }
    int pick(std::initializer_list<double> weights)
    {
        double u = uniform(), acc = 0;
        int i = 0;
        for (double w : weights) {
            acc += w;
            if (u < acc)
                return i;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};

struct CodedBuilder
{
    StringPool levels;
    std::vector<quint32> codes;

    explicit CodedBuilder(std::initializer_list<const char *> names)
    {
        for (const char *n : names)
            levels.append(n);
    }
    void add(int code) { codes.push_back(code < 0 ? Column::missingCode32 : quint32(code)); }
    Column build(const QString &name, ColumnType type)
    {
        const quint32 n = levels.size();
        return Column::makeCoded(name, type, std::move(levels), Column::narrowCodes(codes, n));
    }
};

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

} // namespace

Dataset SampleData::generate(qsizetype rows, quint64 seed)
{
    Rng rng(seed);
    const size_t n = size_t(rows);
    StringPool ids;
    std::vector<quint32> idCodes;
    CodedBuilder gender {"Female", "Male"};
    CodedBuilder senior {"No", "Yes"}, partner {"No", "Yes"}, dependents {"No", "Yes"};
    CodedBuilder contract {"Month-to-month", "One year", "Two year"};
    CodedBuilder internet {"DSL", "Fiber optic", "No"};
    CodedBuilder techSupport {"No", "Yes", "No internet service"};
    CodedBuilder streaming {"No", "Yes", "No internet service"};
    CodedBuilder paperless {"No", "Yes"};
    CodedBuilder payment {"Electronic check", "Mailed check", "Bank transfer (automatic)",
                          "Credit card (automatic)"};
    CodedBuilder churn {"No", "Yes"};
    std::vector<qint64> tenure(n), calls(n), signup(n), satisfaction(n);
    std::vector<double> monthly(n), total(n);
    MissingMask monthlyMissing, totalMissing, satisfactionMissing;
    const qint64 today = ValueParser::daysFromCivil(2026, 6, 30);

    for (size_t i = 0; i < n; ++i) {
        ids.append(QStringLiteral("CL-%1").arg(i + 1, 6, 10, QLatin1Char('0')).toStdString());
        idCodes.push_back(quint32(i));
        const int g = rng.chance(0.002) ? -1 : rng.pick({0.5, 0.5});
        const bool isSenior = rng.chance(0.16);
        const bool hasPartner = rng.chance(0.48);
        const bool hasDependents = hasPartner ? rng.chance(0.5) : rng.chance(0.12);
        const int c = rng.pick({0.55, 0.21, 0.24});
        // Tenure grows with the contract length; some brand-new customers have zero.
        double t = c == 0 ? -std::log(std::max(rng.uniform(), 1e-12)) * 14.0
                          : 10.0 + rng.uniform() * 62.0 * (c == 2 ? 1.0 : 0.75);
        if (rng.chance(0.02))
            t = 0;
        const qint64 months = std::clamp<qint64>(qint64(t), 0, 72);
        const int net = rng.pick({0.34, 0.44, 0.22});
        const int support = net == 2 ? 2 : (rng.chance(0.35) ? 1 : 0);
        const int stream = net == 2 ? 2 : (rng.chance(0.45) ? 1 : 0);
        const bool paper = rng.chance(0.59);
        const int pay = rng.pick({0.34, 0.23, 0.22, 0.21});
        double charge = 20.0
            + (net == 1       ? 55.0
                   : net == 0 ? 30.0
                              : 0.0)
            + (stream == 1 ? 12.0 : 0.0) + (support == 1 ? 6.0 : 0.0) + rng.normal() * 5.0;
        charge = std::round(std::max(18.0, charge) * 100.0) / 100.0;
        const qint64 nCalls =
            qint64(std::floor(-std::log(std::max(rng.uniform(), 1e-12)) * (net == 1 ? 1.6 : 0.9)));
        const qint64 sat = std::clamp<qint64>(
            qint64(std::lround(3.6 - 0.35 * double(nCalls) + rng.normal() * 0.9)), 1, 5);

        // Churn: high early in the relationship, much higher month-to-month, fibre without
        // tech support, seniors paying by electronic check, frequent callers; U-shaped in
        // charges.
        double logit = -2.45;
        logit += 1.7 * std::exp(-double(months) / 9.0);
        logit += c == 0 ? 1.15 : (c == 1 ? -0.25 : -1.45);
        logit += (net == 1 && support == 0) ? 0.85 : 0.0;
        logit += net == 2 ? -0.9 : 0.0;
        logit += (isSenior && pay == 0) ? 0.7 : 0.0;
        logit += pay == 0 ? 0.35 : 0.0;
        logit += paper && c == 0 ? 0.25 : 0.0;
        logit += 0.28 * std::max<double>(0.0, double(nCalls) - 1.0);
        logit += 0.00035 * (charge - 65.0) * (charge - 65.0) - 0.25;
        logit += -0.3 * (double(sat) - 3.0);
        logit += hasDependents ? -0.3 : 0.0;
        logit += rng.normal() * 0.35;
        const bool churned = rng.chance(sigmoid(logit));

        gender.add(g);
        senior.add(isSenior);
        partner.add(hasPartner);
        dependents.add(hasDependents);
        contract.add(c);
        internet.add(net);
        techSupport.add(support);
        streaming.add(stream);
        paperless.add(paper);
        payment.add(rng.chance(0.003) ? -1 : pay);
        churn.add(churned);
        tenure[i] = months;
        calls[i] = nCalls;
        satisfaction[i] = sat;
        if (rng.chance(0.04))
            satisfactionMissing.set(qsizetype(i), rows);
        monthly[i] = charge;
        if (rng.chance(0.002))
            monthlyMissing.set(qsizetype(i), rows);
        total[i] =
            std::round(charge * double(months) * (0.97 + 0.06 * rng.uniform()) * 100.0) / 100.0;
        if (months == 0 || rng.chance(0.002))
            totalMissing.set(qsizetype(i), rows);
        signup[i] = today - months * 30 - qint64(rng.uniform() * 30.0);
    }

    Dataset d;
    d.addColumn(Column::makeCoded(QStringLiteral("customer_id"), ColumnType::Text, std::move(ids),
                                  Column::narrowCodes(idCodes, quint32(n))));
    d.addColumn(gender.build(QStringLiteral("gender"), ColumnType::Categorical));
    d.addColumn(senior.build(QStringLiteral("senior"), ColumnType::Boolean));
    d.addColumn(partner.build(QStringLiteral("partner"), ColumnType::Boolean));
    d.addColumn(dependents.build(QStringLiteral("dependents"), ColumnType::Boolean));
    d.addColumn(
        Column::makeInt(QStringLiteral("tenure_months"), ColumnType::Integer, std::move(tenure)));
    d.addColumn(contract.build(QStringLiteral("contract"), ColumnType::Categorical));
    d.addColumn(internet.build(QStringLiteral("internet"), ColumnType::Categorical));
    d.addColumn(techSupport.build(QStringLiteral("tech_support"), ColumnType::Categorical));
    d.addColumn(streaming.build(QStringLiteral("streaming_tv"), ColumnType::Categorical));
    d.addColumn(paperless.build(QStringLiteral("paperless_billing"), ColumnType::Boolean));
    d.addColumn(payment.build(QStringLiteral("payment_method"), ColumnType::Categorical));
    d.addColumn(Column::makeReal(QStringLiteral("monthly_charges"), std::move(monthly),
                                 std::move(monthlyMissing)));
    d.addColumn(Column::makeReal(QStringLiteral("total_charges"), std::move(total),
                                 std::move(totalMissing)));
    d.addColumn(
        Column::makeInt(QStringLiteral("support_calls"), ColumnType::Integer, std::move(calls)));
    d.addColumn(Column::makeInt(QStringLiteral("satisfaction"), ColumnType::Integer,
                                std::move(satisfaction), std::move(satisfactionMissing)));
    d.addColumn(
        Column::makeInt(QStringLiteral("signup_date"), ColumnType::Date, std::move(signup)));
    d.addColumn(churn.build(targetColumn(), ColumnType::Boolean));
    return d;
}

} // namespace churnlab
