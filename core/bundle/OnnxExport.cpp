#include "core/bundle/OnnxExport.h"

#include "core/bundle/Bundle.h"
#include "core/data/ValueParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

#include <cmath>
#include <limits>

namespace churnlab {

namespace {

Error refused(const QString &message)
{
    return Error {Error::Kind::InvalidArgument, message};
}

std::vector<double> doubles(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &e : v.toArray())
        out.push_back(e.toDouble());
    return out;
}

// Builds the graph node by node; every intermediate gets a fresh name.
class GraphBuilder
{
public:
    explicit GraphBuilder(onnx::GraphProto *graph)
        : m_graph(graph)
    {
    }

    std::string fresh(const std::string &stem) { return stem + "_" + std::to_string(m_next++); }

    onnx::NodeProto *node(const std::string &op, const std::vector<std::string> &inputs,
                          const std::vector<std::string> &outputs, const std::string &domain = {})
    {
        onnx::NodeProto *n = m_graph->add_node();
        n->set_op_type(op);
        n->set_name(fresh(op));
        if (!domain.empty())
            n->set_domain(domain);
        for (const auto &i : inputs)
            n->add_input(i);
        for (const auto &o : outputs)
            n->add_output(o);
        return n;
    }
    // One output: returns its name.
    std::string op(const std::string &op, const std::vector<std::string> &inputs,
                   const std::string &domain = {}, onnx::NodeProto **made = nullptr)
    {
        const std::string out = fresh(op);
        onnx::NodeProto *n = node(op, inputs, {out}, domain);
        if (made)
            *made = n;
        return out;
    }
    std::string constant(const std::vector<double> &values, const std::vector<int64_t> &dims)
    {
        onnx::TensorProto *t = m_graph->add_initializer();
        t->set_name(fresh("c"));
        t->set_data_type(onnx::TensorProto::DOUBLE);
        for (int64_t d : dims)
            t->add_dims(d);
        for (double v : values)
            t->add_double_data(v);
        return t->name();
    }
    std::string constantFloat(const std::vector<float> &values, const std::vector<int64_t> &dims)
    {
        onnx::TensorProto *t = m_graph->add_initializer();
        t->set_name(fresh("f"));
        t->set_data_type(onnx::TensorProto::FLOAT);
        for (int64_t d : dims)
            t->add_dims(d);
        for (float v : values)
            t->add_float_data(v);
        return t->name();
    }
    std::string constantInts(const std::vector<int64_t> &values)
    {
        onnx::TensorProto *t = m_graph->add_initializer();
        t->set_name(fresh("i"));
        t->set_data_type(onnx::TensorProto::INT64);
        t->add_dims(int64_t(values.size()));
        for (int64_t v : values)
            t->add_int64_data(v);
        return t->name();
    }
    std::string constantString(const std::string &value)
    {
        onnx::TensorProto *t = m_graph->add_initializer();
        t->set_name(fresh("s"));
        t->set_data_type(onnx::TensorProto::STRING);
        t->add_string_data(value);
        return t->name();
    }
    std::string cast(const std::string &input, int to)
    {
        onnx::NodeProto *n = nullptr;
        const std::string out = op("Cast", {input}, {}, &n);
        intAttr(n, "to", to);
        return out;
    }
    static void intAttr(onnx::NodeProto *n, const char *name, int64_t v)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(v);
    }
    static void floatAttr(onnx::NodeProto *n, const char *name, float v)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::FLOAT);
        a->set_f(v);
    }
    static void stringAttr(onnx::NodeProto *n, const char *name, const std::string &v)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::STRING);
        a->set_s(v);
    }
    static void stringsAttr(onnx::NodeProto *n, const char *name, const QStringList &v)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::STRINGS);
        for (const QString &s : v)
            a->add_strings(s.toStdString());
    }
    static void floatsAttr(onnx::NodeProto *n, const char *name, const std::vector<float> &v)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::FLOATS);
        for (float f : v)
            a->add_floats(f);
    }
    static void intsAttr(onnx::NodeProto *n, const char *name, const std::vector<int64_t> &v)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INTS);
        for (int64_t i : v)
            a->add_ints(i);
    }
    static void doublesTensorAttr(onnx::NodeProto *n, const char *name,
                                  const std::vector<double> &v)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::TENSOR);
        onnx::TensorProto *t = a->mutable_t();
        t->set_data_type(onnx::TensorProto::DOUBLE);
        t->add_dims(int64_t(v.size()));
        for (double d : v)
            t->add_double_data(d);
    }
    void input(const std::string &name, int type)
    {
        onnx::ValueInfoProto *v = m_graph->add_input();
        v->set_name(name);
        auto *t = v->mutable_type()->mutable_tensor_type();
        t->set_elem_type(type);
        t->mutable_shape()->add_dim()->set_dim_param("N");
        t->mutable_shape()->add_dim()->set_dim_value(1);
    }
    void output(const std::string &name, int type)
    {
        onnx::ValueInfoProto *v = m_graph->add_output();
        v->set_name(name);
        auto *t = v->mutable_type()->mutable_tensor_type();
        t->set_elem_type(type);
        t->mutable_shape()->add_dim()->set_dim_param("N");
    }
    // A string column as numbers through a lookup (ai.onnx.ml LabelEncoder), then double.
    std::string lookup(const std::string &in, const QStringList &keys,
                       const std::vector<float> &values, float fallback)
    {
        onnx::NodeProto *n = nullptr;
        const std::string out = op("LabelEncoder", {in}, "ai.onnx.ml", &n);
        stringsAttr(n, "keys_strings", keys);
        floatsAttr(n, "values_floats", values);
        floatAttr(n, "default_float", fallback);
        return cast(out, onnx::TensorProto::DOUBLE);
    }

private:
    onnx::GraphProto *m_graph;
    int m_next = 0;
};

// Every feature of one numeric block: fill, log, bins, scale, and the missing indicator.
void numericBlock(GraphBuilder &g, const QJsonObject &n, const std::string &value,
                  std::vector<std::string> &features)
{
    const std::string missing = g.op("IsNaN", {value});
    std::string v = g.op(
        "Where", {missing, g.constant({n.value(QStringLiteral("median")).toDouble()}, {1}), value});
    if (n.value(QStringLiteral("log")).toBool()) {
        const std::string magnitude =
            g.op("Log", {g.op("Add", {g.op("Abs", {v}), g.constant({1.0}, {1})})});
        v = g.op("Mul", {g.op("Sign", {v}), magnitude});
    }
    const std::vector<double> edges = doubles(n.value(QStringLiteral("bin_edges")));
    if (!edges.empty()) {
        // The bin index: how many edges lie below the value (std::lower_bound's position).
        const std::string below = g.op("Less", {g.constant(edges, {1, int64_t(edges.size())}), v});
        v = g.op("ReduceSum", {g.cast(below, onnx::TensorProto::DOUBLE), g.constantInts({1})});
    }
    features.push_back(
        g.op("Div",
             {g.op("Sub", {v, g.constant({n.value(QStringLiteral("mean")).toDouble()}, {1})}),
              g.constant({n.value(QStringLiteral("scale")).toDouble()}, {1})}));
    if (n.value(QStringLiteral("missing_indicator")).toBool())
        features.push_back(g.cast(missing, onnx::TensorProto::DOUBLE));
}

void categoricalBlock(GraphBuilder &g, const QJsonObject &c, const std::string &value,
                      std::vector<std::string> &features)
{
    const QStringList levels = c.value(QStringLiteral("levels")).toVariant().toStringList();
    const QString encoding = c.value(QStringLiteral("encoding")).toString();
    const int64_t width = levels.size();
    if (encoding == QLatin1String("ordinal")) {
        std::vector<float> index;
        for (int64_t i = 0; i < width; ++i)
            index.push_back(float(i));
        features.push_back(g.lookup(value, levels, index, float(width)));
        return;
    }
    if (encoding == QLatin1String("target")) {
        const std::vector<double> rates = doubles(c.value(QStringLiteral("target_rate")));
        features.push_back(g.lookup(value, levels,
                                    std::vector<float>(rates.begin(), rates.end() - 1),
                                    float(rates.back())));
        return;
    }
    onnx::NodeProto *n = nullptr;
    const std::string hot = g.op("OneHotEncoder", {value}, "ai.onnx.ml", &n);
    GraphBuilder::stringsAttr(n, "cats_strings", levels);
    GraphBuilder::intAttr(n, "zeros", 1);
    const std::string flat =
        g.cast(g.op("Reshape", {hot, g.constantInts({-1, width})}), onnx::TensorProto::DOUBLE);
    features.push_back(flat);
    if (c.value(QStringLiteral("other")).toBool())
        features.push_back(
            g.op("Sub", {g.constant({1.0}, {1}), g.op("ReduceSum", {flat, g.constantInts({1})})}));
}

Result<std::string> treeModel(GraphBuilder &g, const QString &learner, const QJsonObject &state,
                              const std::string &x)
{
    onnx::NodeProto *n = nullptr;
    const std::string margin = g.op("TreeEnsembleRegressor", {x}, "ai.onnx.ml", &n);
    std::vector<int64_t> treeIds, nodeIds, featureIds, trueIds, falseIds, missingTrue;
    std::vector<int64_t> targetTrees, targetNodes, targetIds;
    std::vector<double> thresholds, weights;
    QStringList modes;
    const QJsonArray trees = state.value(QStringLiteral("trees")).toArray();
    for (qsizetype t = 0; t < trees.size(); ++t) {
        const QJsonObject tree = trees[t].toObject();
        const QJsonArray feature = tree.value(QStringLiteral("feature")).toArray(),
                         threshold = tree.value(QStringLiteral("threshold")).toArray(),
                         left = tree.value(QStringLiteral("left")).toArray(),
                         right = tree.value(QStringLiteral("right")).toArray(),
                         value = tree.value(QStringLiteral("value")).toArray();
        for (qsizetype i = 0; i < feature.size(); ++i) {
            const bool leaf = feature[i].toInt() < 0;
            treeIds.push_back(t);
            nodeIds.push_back(i);
            featureIds.push_back(leaf ? 0 : feature[i].toInt());
            modes << (leaf ? QStringLiteral("LEAF") : QStringLiteral("BRANCH_LEQ"));
            thresholds.push_back(leaf ? 0 : threshold[i].toDouble());
            trueIds.push_back(leaf ? 0 : left[i].toInt());
            falseIds.push_back(leaf ? 0 : right[i].toInt());
            missingTrue.push_back(0);
            if (leaf) {
                targetTrees.push_back(t);
                targetNodes.push_back(i);
                targetIds.push_back(0);
                weights.push_back(value[i].toDouble());
            }
        }
    }
    GraphBuilder::intAttr(n, "n_targets", 1);
    GraphBuilder::intsAttr(n, "nodes_treeids", treeIds);
    GraphBuilder::intsAttr(n, "nodes_nodeids", nodeIds);
    GraphBuilder::intsAttr(n, "nodes_featureids", featureIds);
    GraphBuilder::stringsAttr(n, "nodes_modes", modes);
    GraphBuilder::doublesTensorAttr(n, "nodes_values_as_tensor", thresholds);
    GraphBuilder::intsAttr(n, "nodes_truenodeids", trueIds);
    GraphBuilder::intsAttr(n, "nodes_falsenodeids", falseIds);
    GraphBuilder::intsAttr(n, "nodes_missing_value_tracks_true", missingTrue);
    GraphBuilder::intsAttr(n, "target_treeids", targetTrees);
    GraphBuilder::intsAttr(n, "target_nodeids", targetNodes);
    GraphBuilder::intsAttr(n, "target_ids", targetIds);
    GraphBuilder::doublesTensorAttr(n, "target_weights_as_tensor", weights);
    GraphBuilder::stringAttr(n, "aggregate_function",
                             learner == QLatin1String("rf") ? "AVERAGE" : "SUM");
    const std::string sum = g.cast(margin, onnx::TensorProto::DOUBLE);
    if (learner != QLatin1String("gbt"))
        return sum;
    return g.op(
        "Sigmoid",
        {g.op("Add",
              {sum, g.constant({state.value(QStringLiteral("base_score")).toDouble()}, {1})})});
}

Result<std::string> model(GraphBuilder &g, const QJsonObject &json, const std::string &x)
{
    const QString learner = json.value(QStringLiteral("learner")).toString();
    const QJsonObject state = json.value(QStringLiteral("state")).toObject();
    const int64_t features = json.value(QStringLiteral("features")).toInt();
    if (learner == QLatin1String("lr")) {
        const std::string z =
            g.op("Add",
                 {g.op("MatMul",
                       {x,
                        g.constant(doubles(state.value(QStringLiteral("coefficients"))),
                                   {features, 1})}),
                  g.constant({state.value(QStringLiteral("intercept")).toDouble()}, {1})});
        return g.op("Sigmoid", {z});
    }
    if (learner == QLatin1String("tree") || learner == QLatin1String("rf")
        || learner == QLatin1String("gbt"))
        return treeModel(g, learner, state, x);
    if (learner == QLatin1String("mlp")) {
        const int64_t hidden = state.value(QStringLiteral("hidden_units")).toInt();
        // w1 is saved column-major (inputs × hidden); ONNX wants it row-major.
        const std::vector<double> w1c = doubles(state.value(QStringLiteral("w1_column_major")));
        std::vector<float> w1(w1c.size());
        for (int64_t i = 0; i < features; ++i)
            for (int64_t h = 0; h < hidden; ++h)
                w1[size_t(i * hidden + h)] = float(w1c[size_t(h * features + i)]);
        const std::vector<double> b1 = doubles(state.value(QStringLiteral("b1"))),
                                  w2 = doubles(state.value(QStringLiteral("w2")));
        const std::string xf = g.cast(x, onnx::TensorProto::FLOAT);
        const std::string act =
            g.op("Relu",
                 {g.op("Add",
                       {g.op("MatMul", {xf, g.constantFloat(w1, {features, hidden})}),
                        g.constantFloat(std::vector<float>(b1.begin(), b1.end()), {hidden})})});
        const std::string z = g.op(
            "Add",
            {g.op("MatMul",
                  {act, g.constantFloat(std::vector<float>(w2.begin(), w2.end()), {hidden, 1})}),
             g.constantFloat({float(state.value(QStringLiteral("b2")).toDouble())}, {1})});
        return g.cast(g.op("Sigmoid", {z}), onnx::TensorProto::DOUBLE);
    }
    if (learner == QLatin1String("ensemble")) {
        // Soft voting is the mean of the members' probabilities.
        if (state.value(QStringLiteral("models")).toArray().isEmpty())
            return refused(OnnxExport::tr("The ensemble has no members."));
        std::vector<std::string> members;
        for (const QJsonValue &m : state.value(QStringLiteral("models")).toArray()) {
            auto member = model(g, m.toObject(), x);
            if (!member)
                return member.error();
            members.push_back(member.value());
        }
        // Added in order and divided, as VotingEnsemble does (ONNX Runtime has no double Mean).
        std::string sum = members.front();
        for (size_t i = 1; i < members.size(); ++i)
            sum = g.op("Add", {sum, members[i]});
        return g.op("Div", {sum, g.constant({double(members.size())}, {1})});
    }
    return refused(
        OnnxExport::tr("A %1 model cannot be expressed in standard ONNX operators; export logistic "
                       "regression, a tree, a forest, gradient boosting, a neural network or an "
                       "ensemble of them.")
            .arg(learner == QLatin1String("nb") ? OnnxExport::tr("naive Bayes") : learner));
}

} // namespace

Result<QByteArray> OnnxExport::serialize(const Bundle &bundle)
{
    const Scorer &scorer = *bundle.scorer();
    const QJsonObject pipeline = scorer.pipeline().toJson();
    const QJsonObject modelJson = scorer.model().toJson();
    onnx::ModelProto proto;
    proto.set_ir_version(8);
    proto.set_producer_name("ChurnLab");
    proto.set_producer_version(CHURNLAB_VERSION);
    proto.set_model_version(1);
    proto.set_doc_string(bundle.modelCard().toStdString());
    auto *core = proto.add_opset_import();
    core->set_domain("");
    core->set_version(17);
    auto *ml = proto.add_opset_import();
    ml->set_domain("ai.onnx.ml");
    ml->set_version(3);
    onnx::GraphProto *graph = proto.mutable_graph();
    graph->set_name("churnlab_" + bundle.name().toStdString());
    GraphBuilder g(graph);

    // Inputs: one per source column the pipeline reads.
    QHash<QString, std::string> values;
    for (const QString &name : scorer.pipeline().inputColumns()) {
        const InputSchema::Column *c = scorer.schema().column(name);
        if (!c)
            return refused(tr("The bundle's schema lacks “%1”.").arg(name));
        const std::string id = name.toStdString();
        // Dates and times go in as the numbers ChurnLab computes with: days, or milliseconds,
        // since 1970-01-01 (ONNX has no date parsing).
        if (isNumericType(c->type) || isTemporalType(c->type)) {
            g.input(id, onnx::TensorProto::DOUBLE);
            values.insert(name, id);
        } else if (c->type == ColumnType::Boolean) {
            g.input(id, onnx::TensorProto::STRING);
            std::vector<float> truth;
            for (const QString &k : c->categories) {
                const auto b = ValueParser::parseBoolean(k.toStdString());
                truth.push_back(b ? float(*b) : std::numeric_limits<float>::quiet_NaN());
            }
            values.insert(
                name, g.lookup(id, c->categories, truth, std::numeric_limits<float>::quiet_NaN()));
        } else {
            g.input(id, onnx::TensorProto::STRING);
            values.insert(name, id);
        }
    }
    // Features in the pipeline's own order.
    std::vector<std::string> features;
    const QJsonArray numeric = pipeline.value(QStringLiteral("numeric")).toArray(),
                     categorical = pipeline.value(QStringLiteral("categorical")).toArray();
    qsizetype nextNumeric = 0, nextCategorical = 0;
    for (const QJsonValue &kind : pipeline.value(QStringLiteral("order")).toArray()) {
        if (kind.toString() == QLatin1String("numeric")) {
            const QJsonObject n = numeric[nextNumeric++].toObject();
            numericBlock(g, n, values.value(n.value(QStringLiteral("column")).toString()),
                         features);
        } else {
            const QJsonObject c = categorical[nextCategorical++].toObject();
            categoricalBlock(g, c, values.value(c.value(QStringLiteral("column")).toString()),
                             features);
        }
    }
    onnx::NodeProto *concat = nullptr;
    const std::string x = g.op("Concat", features, {}, &concat);
    GraphBuilder::intAttr(concat, "axis", 1);
    auto p = model(g, modelJson, x);
    if (!p)
        return p.error();
    g.node("Reshape", {*p, g.constantInts({-1})}, {"probability"});
    const ClassLabels &labels = scorer.labels();
    const std::string flagged =
        g.op("GreaterOrEqual", {"probability", g.constant({scorer.threshold()}, {1})});
    g.node("Where",
           {flagged, g.constantString(labels.positive.toStdString()),
            g.constantString(labels.negative.toStdString())},
           {"label"});
    g.output("probability", onnx::TensorProto::DOUBLE);
    g.output("label", onnx::TensorProto::STRING);
    try {
        onnx::checker::check_model(proto);
    } catch (const std::exception &e) {
        return Error {
            Error::Kind::Malformed,
            tr("The ONNX checker refused the graph: %1").arg(QString::fromUtf8(e.what()))};
    }
    std::string bytes;
    if (!proto.SerializeToString(&bytes))
        return Error {Error::Kind::Io, tr("The ONNX graph could not be serialised.")};
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

Result<bool> OnnxExport::write(const Bundle &bundle, const QString &path)
{
    auto bytes = serialize(bundle);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error {Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return true;
}

} // namespace churnlab
