#include "Tree.h"

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
    QJsonArray feature, threshold, left, right, value;
    for (const TreeNode &n : nodes) {
        feature.append(n.feature);
        threshold.append(n.threshold);
        left.append(n.left);
        right.append(n.right);
        value.append(n.value);
    }
    return {{QStringLiteral("feature"), feature},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("left"), left},
            {QStringLiteral("right"), right},
            {QStringLiteral("value"), value}};
}

Result<Tree> Tree::fromJson(const QJsonObject &json, int features)
{
    const QJsonArray feature = json.value(QStringLiteral("feature")).toArray(),
                     threshold = json.value(QStringLiteral("threshold")).toArray(),
                     left = json.value(QStringLiteral("left")).toArray(),
                     right = json.value(QStringLiteral("right")).toArray(),
                     value = json.value(QStringLiteral("value")).toArray();
    const qsizetype n = feature.size();
    auto bad = [](const QString &why) {
        return Error {Error::Kind::InvalidArgument,
                      QCoreApplication::translate("churnlab::Tree", "Invalid tree: %1").arg(why)};
    };
    if (n == 0 || threshold.size() != n || left.size() != n || right.size() != n
        || value.size() != n)
        return bad(QCoreApplication::translate("churnlab::Tree", "node arrays differ in length"));
    Tree tree;
    tree.nodes.resize(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        TreeNode &node = tree.nodes[size_t(i)];
        node.feature = feature[i].toInt(-2);
        node.threshold = threshold[i].toDouble();
        node.left = left[i].toInt(-2);
        node.right = right[i].toInt(-2);
        node.value = value[i].toDouble();
        // Children must come later, so that a walk always ends at a leaf.
        if (node.feature >= features || node.feature < -1
            || (node.feature >= 0
                && (node.left <= i || node.right <= i || node.left >= n || node.right >= n)))
            return bad(
                QCoreApplication::translate("churnlab::Tree", "node %1 is malformed").arg(i));
    }
    return tree;
}

} // namespace churnlab
