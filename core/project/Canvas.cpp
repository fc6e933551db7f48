#include "core/project/Canvas.h"

#include "core/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace churnlab {

namespace {

struct BlockText
{
    const char *id;
    const char *title;
    const char *prompt;
    bool facts;
};

// Titles and prompts are marked for translation here and translated where they are shown.
const BlockText kBlocks[] = {
    {"prediction_task", QT_TRANSLATE_NOOP("churnlab::Canvas", "Prediction task"),
     QT_TRANSLATE_NOOP("churnlab::Canvas",
                       "What is predicted, for whom, and when? The target, its positive class, "
                       "and how often it occurs."),
     true},
    {"decisions", QT_TRANSLATE_NOOP("churnlab::Canvas", "Decisions"),
     QT_TRANSLATE_NOOP("churnlab::Canvas",
                       "How predictions become actions: who gets an offer, at which threshold, "
                       "and what a wrong decision costs."),
     true},
    {"value_proposition", QT_TRANSLATE_NOOP("churnlab::Canvas", "Value proposition"),
     QT_TRANSLATE_NOOP("churnlab::Canvas",
                       "Who benefits, and how? What is the goal in the business's own terms, "
                       "and what is it worth?"),
     false},
    {"data_collection", QT_TRANSLATE_NOOP("churnlab::Canvas", "Data collection"),
     QT_TRANSLATE_NOOP("churnlab::Canvas",
                       "How new labelled data is gathered: when churn becomes known, and how "
                       "often the training set is refreshed."),
     false},
    {"data_sources", QT_TRANSLATE_NOOP("churnlab::Canvas", "Data sources"),
     QT_TRANSLATE_NOOP("churnlab::Canvas",
                       "Which systems the data comes from: the files and tables, their size, "
                       "and who owns them."),
     true},
    {"offline_evaluation", QT_TRANSLATE_NOOP("churnlab::Canvas", "Offline evaluation"),
     QT_TRANSLATE_NOOP("churnlab::Canvas",
                       "How models are judged before deployment: the metrics, the validation, "
                       "and the score that is good enough."),
     true},
    {"when_not_to_use_ml", QT_TRANSLATE_NOOP("churnlab::Canvas", "When not to use ML"),
     QT_TRANSLATE_NOOP("churnlab::Canvas",
                       "Where a simple rule would do, where the model must not decide alone, "
                       "and which customers it should not be used for."),
     false},
    {"building_models", QT_TRANSLATE_NOOP("churnlab::Canvas", "Building models"),
     QT_TRANSLATE_NOOP("churnlab::Canvas",
                       "Which learners are tried, with which settings, how long training "
                       "takes, and how often models are rebuilt."),
     true},
    {"features", QT_TRANSLATE_NOOP("churnlab::Canvas", "Features"),
     QT_TRANSLATE_NOOP("churnlab::Canvas",
                       "The inputs the model sees: which columns, how they are transformed, and "
                       "which are left out on purpose."),
     true},
    {"live_monitoring", QT_TRANSLATE_NOOP("churnlab::Canvas", "Live evaluation and monitoring"),
     QT_TRANSLATE_NOOP("churnlab::Canvas",
                       "How the deployed model is watched: drift checks, live metrics once "
                       "churn is known, and when to retrain."),
     true},
};

const BlockText *find(const QString &id)
{
    for (const BlockText &b : kBlocks)
        if (id == QLatin1StringView(b.id))
            return &b;
    return nullptr;
}

} // namespace

Canvas::Canvas()
{
    for (const BlockText &b : kBlocks)
        m_blocks.append(Block {QLatin1StringView(b.id).toString(), {}, {}});
}

QStringList Canvas::blockIds()
{
    QStringList ids;
    for (const BlockText &b : kBlocks)
        ids << QLatin1StringView(b.id).toString();
    return ids;
}

QString Canvas::title(const QString &id)
{
    const BlockText *b = find(id);
    return b ? Canvas::tr(b->title) : id;
}

QString Canvas::prompt(const QString &id)
{
    const BlockText *b = find(id);
    return b ? Canvas::tr(b->prompt) : QString();
}

bool Canvas::hasFacts(const QString &id)
{
    const BlockText *b = find(id);
    return b && b->facts;
}

const Canvas::Block &Canvas::block(const QString &id) const
{
    for (const Block &b : m_blocks)
        if (b.id == id)
            return b;
    static const Block none;
    return none;
}

void Canvas::setNotes(const QString &id, const QString &html)
{
    for (Block &b : m_blocks)
        if (b.id == id)
            b.notes = html;
}

void Canvas::setFacts(const QString &id, const QList<Fact> &facts)
{
    for (Block &b : m_blocks)
        if (b.id == id)
            b.facts = facts;
}

bool Canvas::isEmpty() const
{
    for (const Block &b : m_blocks)
        if (!b.notes.isEmpty() || !b.facts.isEmpty())
            return false;
    return true;
}

QStringList Canvas::staleKeys(const QList<Fact> &filled, const QList<Fact> &current)
{
    QStringList stale;
    for (const Fact &f : filled) {
        auto it = std::find_if(current.begin(), current.end(),
                               [&](const Fact &c) { return c.key == f.key; });
        if (it == current.end() || it->value != f.value)
            stale << f.key;
    }
    return stale;
}

QJsonObject Canvas::toJson() const
{
    QJsonArray blocks;
    for (const Block &b : m_blocks) {
        QJsonArray facts;
        for (const Fact &f : b.facts)
            facts.append(QJsonObject {{QStringLiteral("key"), f.key},
                                      {QStringLiteral("label"), f.label},
                                      {QStringLiteral("value"), f.value}});
        blocks.append(QJsonObject {{QStringLiteral("id"), b.id},
                                   {QStringLiteral("notes"), b.notes},
                                   {QStringLiteral("facts"), facts}});
    }
    return {{QStringLiteral("blocks"), blocks}};
}

Result<Canvas> Canvas::fromJson(const QJsonObject &json)
{
    JsonFields f(json, Canvas::tr("canvas"));
    Canvas c;
    const QJsonArray blocks = f.array("blocks");
    for (qsizetype i = 0; f.ok() && i < blocks.size(); ++i) {
        JsonFields b = f.nested(blocks.at(i).toObject(), QStringLiteral("blocks[%1]").arg(i));
        const QString id = b.text("id");
        const QString notes = b.text("notes");
        const QJsonArray facts = b.array("facts");
        if (b.ok() && !find(id)) {
            // A block of a later canvas layout: kept out rather than refused.
            continue;
        }
        QList<Fact> list;
        for (qsizetype k = 0; b.ok() && k < facts.size(); ++k) {
            JsonFields fact = b.nested(facts.at(k).toObject(), QStringLiteral("facts[%1]").arg(k));
            list.append(Fact {fact.text("key"), fact.text("label"), fact.text("value")});
        }
        if (!f.ok())
            break;
        c.setNotes(id, notes);
        c.setFacts(id, list);
    }
    if (!f.ok())
        return f.error();
    return c;
}

} // namespace churnlab
