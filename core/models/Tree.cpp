#include "core/models/Tree.h"

#include "core/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace churnlab {

int Tree::leafCount() const
{
    return int(
        std::count_if(nodes.begin(), nodes.end(), [](const TreeNode &n) { return n.feature < 0; }));
}

int Tree::depth() const
{
    if (nodes.empty())
        return 0;
    std::vector<int> depths(nodes.size(), 0);
    int deepest = 0;
    // Children always come after their parent, so one forward pass sets every depth.
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].feature < 0)
            continue;
        for (int child : {nodes[i].left, nodes[i].right}) {
            depths[size_t(child)] = depths[i] + 1;
            deepest = std::max(deepest, depths[i] + 1);
        }
    }
    return deepest;
}

QJsonObject Tree::toJson() const
{
    QJsonArray feature, threshold, left, right, value, cover;
    for (const TreeNode &n : nodes) {
        feature.append(n.feature);
        threshold.append(n.threshold);
        left.append(n.left);
        right.append(n.right);
        value.append(n.value);
        cover.append(n.cover);
    }
    return {{QStringLiteral("feature"), feature}, {QStringLiteral("threshold"), threshold},
            {QStringLiteral("left"), left},       {QStringLiteral("right"), right},
            {QStringLiteral("value"), value},     {QStringLiteral("cover"), cover}};
}

Result<Tree> Tree::fromJson(const QJsonObject &json, int features)
{
    JsonFields f(json, Tree::tr("tree"));
    const std::vector<int> feature = f.integers("feature", -1, -1, features - 1);
    const qsizetype n = qsizetype(feature.size());
    const std::vector<double> threshold = f.numbers("threshold", n), value = f.numbers("value", n),
                              cover = f.numbers("cover", n);
    const std::vector<int> left = f.integers("left", n, -1, n - 1),
                           right = f.integers("right", n, -1, n - 1);
    if (f.ok() && n == 0)
        f.fail(QStringLiteral("feature"), Tree::tr("is empty"));
    if (!f.ok())
        return f.error();
    Tree tree;
    tree.nodes.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        TreeNode &node = tree.nodes[size_t(i)];
        node.feature = feature[size_t(i)];
        node.threshold = threshold[size_t(i)];
        node.left = left[size_t(i)];
        node.right = right[size_t(i)];
        node.value = value[size_t(i)];
        node.cover = cover[size_t(i)];
        if (node.feature >= 0 && (node.left <= i || node.right <= i))
            return Error {Error::Kind::Malformed,
                          Tree::tr("tree: node %1 has a child that does not come "
                                   "after it")
                              .arg(i)};
    }
    return tree;
}

} // namespace churnlab
