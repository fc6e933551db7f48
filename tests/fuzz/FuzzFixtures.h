#pragma once

// Sound files made by the real code, once per fuzzing process: a bundle of a small forest
// (its model.bin holds arrays) and a project holding it. The fuzz targets mutate these, so that
// mutations land past the archive and checksum gates, in the parsers behind them.
#include "core/bundle/Bundle.h"
#include "core/data/SampleData.h"
#include "core/project/Project.h"
#include "core/train/TrainingSession.h"

#include "core/bundle/Sha256.h"

#include <QJsonDocument>

namespace fuzz {

struct Fixtures
{
    std::shared_ptr<const churnlab::Dataset> data;
    QByteArray bundle;
    QByteArray project;
    std::shared_ptr<const churnlab::Bundle> opened;
};

inline const Fixtures &fixtures()
{
    static const Fixtures f = []() {
        using namespace churnlab;
        Fixtures out;
        out.data = std::make_shared<const Dataset>(SampleData::generate(400, 5));
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        TrainingSession session(out.data, spec);
        if (!session.prepare())
            std::abort();
        auto report = session.train({QStringLiteral("rf"), {{QStringLiteral("trees"), 3}}});
        if (!report)
            std::abort();
        auto shared = std::make_shared<const ModelReport>(std::move(report.value()));
        auto model = ProjectModel::fromTraining(
            session, shared, DataFingerprint::ofDataset(QStringLiteral("s"), *out.data));
        if (!model)
            std::abort();
        out.bundle = model->bundleBytes;
        Project project;
        project.models = {*model};
        out.project = project.bytes().value();
        out.opened = std::make_shared<const Bundle>(Bundle::read(out.bundle).value());
        return out;
    }();
    return f;
}

} // namespace fuzz
