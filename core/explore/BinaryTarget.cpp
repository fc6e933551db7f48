#include "BinaryTarget.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace churnlab {

namespace {

// Names a churn analyst uses for "this customer left".
int positiveScore(const QString &label)
{
    static const QStringList likely = {QStringLiteral("yes"),      QStringLiteral("true"),
                                       QStringLiteral("1"),        QStringLiteral("y"),
                                       QStringLiteral("churn"),    QStringLiteral("churned"),
                                       QStringLiteral("exited"),   QStringLiteral("left"),
                                       QStringLiteral("attrited"), QStringLiteral("positive")};
    const qsizetype i = likely.indexOf(label.trimmed().toLower());
    return i < 0 ? 0 : int(likely.size() - i);
}

} // namespace

QString BinaryTarget::guessColumn(const Dataset &dataset, const std::vector<qint64> &distinct)
{
    static const QStringList names = {QStringLiteral("churn"),  QStringLiteral("churned"),
                                      QStringLiteral("exited"), QStringLiteral("attrition"),
                                      QStringLiteral("left"),   QStringLiteral("target"),
                                      QStringLiteral("label"),  QStringLiteral("is_churn")};
    QString best;
    int bestScore = 0;
    for (int c = 0; c < dataset.columnCount(); ++c) {
        if (size_t(c) >= distinct.size() || distinct[size_t(c)] != 2)
            continue;
        const QString name = dataset.column(c).name().toLower();
        int score = 0;
        if (names.contains(name))
            score = 3;
        else if (name.contains(QLatin1String("churn")) || name.contains(QLatin1String("attrition")))
            score = 2;
        if (score > bestScore)
            bestScore = score, best = dataset.column(c).name();
    }
    return best;
}

Result<BinaryTarget> BinaryTarget::fromColumn(const Dataset &dataset, const QString &column,
                                              const QString &positive)
{
    const int index = dataset.indexOf(column);
    if (index < 0)
        return Error {
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("churnlab::BinaryTarget", "There is no column “%1”.")
                .arg(column)};
    const Column &c = dataset.column(index);
    // The distinct labels as text, in order of first appearance. Coded columns are read by
    // code and numeric ones by value, so a million rows cost no string per row.
    QStringList values;
    std::vector<qint32> key(size_t(c.size()), -1); // index into values per row
    if (isCodedType(c.type())) {
        std::vector<qint32> levelIndex(c.levels().size(), -1);
        for (qsizetype r = 0; r < c.size() && values.size() <= 2; ++r) {
            const quint32 code = c.code(r);
            if (code == Column::missingCode32)
                continue;
            if (levelIndex[code] < 0) {
                const QString t = c.levels().at(code);
                qsizetype i = values.indexOf(t);
                if (i < 0) {
                    values.append(t);
                    i = values.size() - 1;
                }
                levelIndex[code] = qint32(i);
            }
            key[size_t(r)] = levelIndex[code];
        }
    } else {
        std::vector<double> seen;
        for (qsizetype r = 0; r < c.size() && values.size() <= 2; ++r) {
            const double v = c.number(r);
            if (std::isnan(v))
                continue;
            auto it = std::find(seen.begin(), seen.end(), v);
            if (it == seen.end()) {
                seen.push_back(v);
                values.append(c.text(r));
                it = seen.end() - 1;
            }
            key[size_t(r)] = qint32(it - seen.begin());
        }
    }
    if (values.size() > 2)
        return Error {Error::Kind::InvalidValue,
                      QCoreApplication::translate(
                          "churnlab::BinaryTarget",
                          "The target “%1” must have two values (such as Yes and No); it has "
                          "more, e.g. %2.")
                          .arg(column, values.join(QStringLiteral(", ")))};
    QString pos = positive;
    if (pos.isEmpty()) {
        if (values.size() == 2)
            pos = positiveScore(values[1]) > positiveScore(values[0]) ? values[1] : values[0];
        else if (!values.isEmpty())
            pos = values[0];
        if (values.size() == 2 && positiveScore(values[0]) == 0 && positiveScore(values[1]) == 0)
            pos = values[1]; // no hint from the names: the later-seen value, stated in the UI
    } else if (!values.isEmpty() && !values.contains(pos)) {
        return Error {
            Error::Kind::InvalidValue,
            QCoreApplication::translate("churnlab::BinaryTarget",
                                        "The target “%1” has no value “%2”; its values are %3.")
                .arg(column, pos, values.join(QStringLiteral(", ")))};
    }
    BinaryTarget t;
    t.m_column = column;
    t.m_index = index;
    t.m_positive = pos;
    for (const QString &v : values) {
        if (v != pos)
            t.m_negative = v;
    }
    const qint32 positiveKey = qint32(values.indexOf(pos));
    t.m_labels.assign(size_t(c.size()), -1);
    for (qsizetype r = 0; r < c.size(); ++r) {
        if (key[size_t(r)] < 0)
            continue;
        const bool isPositive = key[size_t(r)] == positiveKey;
        t.m_labels[size_t(r)] = isPositive ? 1 : 0;
        (isPositive ? t.m_positives : t.m_negatives)++;
    }
    return t;
}

} // namespace churnlab
