#include "core/scoring/ScoringReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace churnlab {

bool ScoringReport::clean() const
{
    for (const Column &c : columns)
        if (!c.clean())
            return false;
    return true;
}

QStringList ScoringReport::describe() const
{
    QStringList out;
    for (const Column &c : columns) {
        if (c.converted())
            out << ScoringReport::tr(
                       "Column “%1” was read as %2 and converted to %3, as in training; %n "
                       "value(s) did not convert and count as missing.",
                       nullptr, int(c.unparsable))
                       .arg(c.name, columnTypeLabel(c.readAs), columnTypeLabel(c.trainedAs));
        else if (c.unparsable > 0)
            out << ScoringReport::tr(
                       "Column “%1”: %n value(s) could not be read and count as missing.", nullptr,
                       int(c.unparsable))
                       .arg(c.name);
        if (c.unseen > 0)
            out << ScoringReport::tr(
                       "Column “%1”: %n value(s) of categories not seen in training, scored as "
                       "a rare category.",
                       nullptr, int(c.unseen))
                       .arg(c.name);
        if (c.outOfRange > 0)
            out << ScoringReport::tr("Column “%1”: %n value(s) outside the training range.",
                                     nullptr, int(c.outOfRange))
                       .arg(c.name);
    }
    return out;
}

QJsonObject ScoringReport::toJson() const
{
    QJsonArray list;
    for (const Column &c : columns)
        list.append(QJsonObject {{QStringLiteral("column"), c.name},
                                 {QStringLiteral("trained_as"), columnTypeName(c.trainedAs)},
                                 {QStringLiteral("read_as"), columnTypeName(c.readAs)},
                                 {QStringLiteral("unparsable"), c.unparsable},
                                 {QStringLiteral("unseen_categories"), c.unseen},
                                 {QStringLiteral("out_of_range"), c.outOfRange}});
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("columns"), list},
            {QStringLiteral("messages"), QJsonArray::fromStringList(describe())}};
}

void ScoringReport::merge(const ScoringReport &other)
{
    rows += other.rows;
    for (const Column &o : other.columns) {
        auto it = std::find_if(columns.begin(), columns.end(),
                               [&](const Column &c) { return c.name == o.name; });
        if (it == columns.end()) {
            columns << o;
            continue;
        }
        if (it->firstUnparsableRow < 0) {
            it->firstUnparsableRow = o.firstUnparsableRow;
            it->firstUnparsableValue = o.firstUnparsableValue;
        }
        if (it->firstUnseenRow < 0) {
            it->firstUnseenRow = o.firstUnseenRow;
            it->firstUnseenValue = o.firstUnseenValue;
        }
        it->unparsable += o.unparsable;
        it->unseen += o.unseen;
        it->outOfRange += o.outOfRange;
    }
}

} // namespace churnlab
