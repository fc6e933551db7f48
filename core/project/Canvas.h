#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace churnlab {

// The Machine Learning Canvas (after Louis Dorard): ten blocks that plan a churn project
// before any data is touched. Each block keeps the analyst's own words (rich text) apart from
// the facts ChurnLab filled in from the project (rows, base rate, best AUC, ROI…), so that
// updating stale facts never touches what the analyst wrote.
class Canvas
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Canvas)

public:
    struct Fact
    {
        QString key; // stable id ("auc"), compared across updates
        QString label; // as shown ("Best test ROC AUC")
        QString value; // as shown ("0.846 (lr, 20 % holdout)")
        bool operator==(const Fact &) const = default;
    };
    struct Block
    {
        QString id;
        QString notes; // the analyst's words, as HTML
        QList<Fact> facts; // what was filled in, as it was then
        bool operator==(const Block &) const = default;
    };

    Canvas(); // the ten blocks, empty

    // The block ids in the canvas's reading order; the value proposition is the centre.
    static QStringList blockIds();
    static QString title(const QString &id);
    static QString prompt(const QString &id); // what belongs in the block
    // Blocks that facts can fill.
    static bool hasFacts(const QString &id);

    const QList<Block> &blocks() const { return m_blocks; }
    const Block &block(const QString &id) const;
    void setNotes(const QString &id, const QString &html);
    void setFacts(const QString &id, const QList<Fact> &facts);
    bool isEmpty() const;

    // The keys of the block's filled facts that `current` disagrees with: a value that
    // changed, a fact that is gone. Facts never filled are not stale.
    static QStringList staleKeys(const QList<Fact> &filled, const QList<Fact> &current);

    bool operator==(const Canvas &) const = default;
    QJsonObject toJson() const;
    [[nodiscard]] static Result<Canvas> fromJson(const QJsonObject &json);

private:
    QList<Block> m_blocks;
};

} // namespace churnlab
