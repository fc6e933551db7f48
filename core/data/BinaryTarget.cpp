#include "core/data/BinaryTarget.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

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

Result<BinaryTarget> BinaryTarget::fromSpec(const Dataset &dataset, const TargetSpec &spec)
{
    const QString &column = spec.column;
    const int index = dataset.indexOf(column);
    if (index < 0)
        return Error {Error::Kind::MissingColumn, tr("There is no column “%1”.").arg(column)};
    const Column &c = dataset.column(index);
    // The distinct values as text with their counts, in order of first appearance. Coded
    // columns are read by code and numeric ones by value, so a million rows cost no string
    // per row. More than kMaxDistinct values: not a two-class column at all.
    constexpr size_t kMaxDistinct = 64;
    struct Value
    {
        QString text;
        qint64 count = 0;
        qint64 firstRow = 0;
    };
    std::vector<Value> values;
    std::vector<qint32> key(size_t(c.size()), -1); // index into values per row
    qint64 missing = 0;
    auto valueIndex = [&](const QString &text, qsizetype row) {
        for (size_t i = 0; i < values.size(); ++i)
            if (values[i].text == text)
                return qint32(i);
        values.push_back({text, 0, row});
        return qint32(values.size() - 1);
    };
    if (isCodedType(c.type())) {
        std::vector<qint32> levelIndex(c.levels().size(), -1);
        for (qsizetype r = 0; r < c.size() && values.size() <= kMaxDistinct; ++r) {
            const quint32 code = c.code(r);
            if (code == Column::missingCode32) {
                ++missing;
                continue;
            }
            if (levelIndex[code] < 0)
                levelIndex[code] = valueIndex(c.levels().at(code), r);
            key[size_t(r)] = levelIndex[code];
            ++values[size_t(levelIndex[code])].count;
        }
    } else {
        std::vector<double> seen;
        for (qsizetype r = 0; r < c.size() && values.size() <= kMaxDistinct; ++r) {
            const double v = c.number(r);
            if (std::isnan(v)) {
                ++missing;
                continue;
            }
            auto it = std::find(seen.begin(), seen.end(), v);
            if (it == seen.end()) {
                seen.push_back(v);
                values.push_back({c.text(r), 0, r});
                it = seen.end() - 1;
            }
            key[size_t(r)] = qint32(it - seen.begin());
            ++values[size_t(it - seen.begin())].count;
        }
    }
    auto examples = [&]() {
        QStringList out;
        for (size_t i = 0; i < values.size() && i < 5; ++i)
            out << values[i].text;
        return out.join(QStringLiteral(", "));
    };
    if (values.size() > kMaxDistinct)
        return Error {Error::Kind::InvalidValue,
                      tr("The target “%1” must have two values (such as Yes and No); it has "
                         "many, e.g. %2.")
                          .arg(column, examples())};
    // The two classes: the chosen positive and the commonest other value, or the two
    // commonest; anything else is a stray value.
    std::vector<size_t> classes;
    if (values.size() <= 2) {
        for (size_t i = 0; i < values.size(); ++i)
            classes.push_back(i);
    } else {
        std::vector<size_t> byCount(values.size());
        std::iota(byCount.begin(), byCount.end(), size_t(0));
        std::stable_sort(byCount.begin(), byCount.end(),
                         [&](size_t a, size_t b) { return values[a].count > values[b].count; });
        for (size_t i = 0; i < values.size(); ++i)
            if (values[i].text == spec.positive)
                classes.push_back(i);
        for (size_t i : byCount)
            if (classes.size() < 2 && (classes.empty() || classes[0] != i))
                classes.push_back(i);
        std::sort(classes.begin(), classes.end());
    }
    qint64 other = 0, labelled = 0, firstOther = -1;
    QStringList otherValues;
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::find(classes.begin(), classes.end(), i) != classes.end()) {
            labelled += values[i].count;
            continue;
        }
        other += values[i].count;
        otherValues << values[i].text;
        if (firstOther < 0 || values[i].firstRow < firstOther)
            firstOther = values[i].firstRow;
    }
    if (other > 0) {
        if (double(other) > kMaxOtherShare * double(other + labelled))
            return Error {Error::Kind::InvalidValue,
                          tr("The target “%1” must have two values (such as Yes and No); it has "
                             "%2: %3.")
                              .arg(column)
                              .arg(values.size())
                              .arg(examples())};
        if (!spec.dropOtherValues)
            return Error {
                Error::Kind::InvalidValue,
                BinaryTarget::tr("The target “%1” has %n row(s) whose value is neither %2 nor %3 "
                                 "(“%4” first in data row %5). Leave them out (the Model tab's "
                                 "checkbox, or --drop-other-target-values), or correct the file.",
                                 nullptr, int(other))
                    .arg(column, values[classes[0]].text, values[classes[1]].text,
                         otherValues.first())
                    .arg(firstOther + 1)};
    }
    QStringList names;
    for (size_t i : classes)
        names << values[i].text;
    QString pos = spec.positive;
    if (pos.isEmpty()) {
        if (names.size() == 2)
            pos = positiveScore(names[1]) > positiveScore(names[0]) ? names[1] : names[0];
        else if (!names.isEmpty())
            pos = names[0];
        if (names.size() == 2 && positiveScore(names[0]) == 0 && positiveScore(names[1]) == 0)
            pos = names[1]; // no hint from the names: the later-seen value, stated in the UI
    } else if (!names.isEmpty() && !names.contains(pos)) {
        return Error {Error::Kind::InvalidValue,
                      tr("The target “%1” has no value “%2”; its values are %3.")
                          .arg(column, pos, names.join(QStringLiteral(", ")))};
    }
    BinaryTarget t;
    t.m_column = column;
    t.m_index = index;
    t.m_positive = pos;
    for (const QString &v : names)
        if (v != pos)
            t.m_negative = v;
    t.m_missing = missing;
    t.m_other = other;
    t.m_otherValues = otherValues;
    t.m_firstOtherRow = firstOther;
    std::vector<qint8> labelOf(values.size(), -1);
    for (size_t i : classes)
        labelOf[i] = values[i].text == pos ? 1 : 0;
    t.m_labels.assign(size_t(c.size()), -1);
    for (qsizetype r = 0; r < c.size(); ++r) {
        const qint32 k = key[size_t(r)];
        if (k < 0 || labelOf[size_t(k)] < 0)
            continue;
        t.m_labels[size_t(r)] = labelOf[size_t(k)];
        (labelOf[size_t(k)] ? t.m_positives : t.m_negatives)++;
    }
    return t;
}

QStringList BinaryTarget::leftOut() const
{
    QStringList out;
    if (m_missing > 0)
        out << BinaryTarget::tr("%n row(s) with a missing %1 left out.", nullptr, int(m_missing))
                   .arg(m_column);
    if (m_other > 0)
        out << BinaryTarget::tr(
                   "%n row(s) whose %1 is neither %2 nor %3 left out (%4; first in data row %5).",
                   nullptr, int(m_other))
                   .arg(m_column, m_positive, m_negative, m_otherValues.join(QStringLiteral(", ")))
                   .arg(m_firstOtherRow + 1);
    return out;
}

} // namespace churnlab
