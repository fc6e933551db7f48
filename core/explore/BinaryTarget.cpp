#include "BinaryTarget.h"

#include <QCoreApplication>
#include <QSet>

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
    // The distinct labels as text, in order of first appearance.
    QStringList values;
    QSet<QString> seen;
    for (qsizetype r = 0; r < c.size() && values.size() <= 2; ++r) {
        if (c.isMissing(r))
            continue;
        const QString t = c.text(r);
        if (!seen.contains(t)) {
            seen.insert(t);
            values.append(t);
        }
    }
    if (values.size() > 2)
        return Error {Error::Kind::InvalidValue,
                      QCoreApplication::translate(
                          "churnlab::BinaryTarget",
                          "The target “%1” must have two values (such as Yes and No); it has more, "
                          "e.g. %2.")
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
    t.m_labels.assign(size_t(c.size()), -1);
    for (qsizetype r = 0; r < c.size(); ++r) {
        if (c.isMissing(r))
            continue;
        const bool isPositive = c.text(r) == pos;
        t.m_labels[size_t(r)] = isPositive ? 1 : 0;
        (isPositive ? t.m_positives : t.m_negatives)++;
    }
    return t;
}

} // namespace churnlab
