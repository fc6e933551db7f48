#pragma once

#include "core/serving/HttpMessage.h"

#include <QCoreApplication>

#include <optional>

namespace churnlab {

class Bundle;
class ScoringCore;

// MLflow's scoring server over the scoring core: POST /invocations with dataframe_split,
// dataframe_records, instances or a CSV body, and GET /version. GET /ping is the service's
// health probe.
class MlflowAdapter
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::MlflowAdapter)

public:
    explicit MlflowAdapter(ScoringCore &core);

    // The response to a path of this protocol, or nothing when the path is not one.
    std::optional<HttpResponse> respond(const HttpRequest &request, const Bundle &bundle,
                                        QString &endpoint);

private:
    HttpResponse invocations(const Bundle &bundle, const HttpRequest &request);

    ScoringCore &m_core;
};

} // namespace churnlab
