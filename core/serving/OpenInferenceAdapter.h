#pragma once

#include "core/serving/HttpMessage.h"

#include <QCoreApplication>

#include <optional>

namespace churnlab {

class Bundle;
class ScoringCore;

// The Open Inference Protocol v2 (KServe, Seldon, Triton clients) over the scoring core:
// GET /v2, /v2/models/{name}, /v2/models/{name}/ready and POST /v2/models/{name}/infer with
// one input tensor per source column. The health probes are the service's: they are answered
// before authorisation and without a model.
class OpenInferenceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::OpenInferenceAdapter)

public:
    explicit OpenInferenceAdapter(ScoringCore &core);

    // The response to a path of this protocol, or nothing when the path is not one;
    // `endpoint` names it for the metrics, with {name} for the model's name.
    std::optional<HttpResponse> respond(const HttpRequest &request, const Bundle &bundle,
                                        QString &endpoint);

private:
    struct Tensors;
    static HttpResponse modelMetadata(const Bundle &bundle);
    HttpResponse infer(const Bundle &bundle, const HttpRequest &request);
    // The request's tensors by input name, checked against the model's schema; an error
    // response says which input is wrong and how.
    std::optional<HttpResponse> readTensors(const Bundle &bundle, const QJsonObject &body,
                                            Tensors &out) const;

    ScoringCore &m_core;
};

} // namespace churnlab
