-- wrk script: one single-row Open Inference Protocol v2 request, the same for churnlab-serve
-- and ../shared/bench/peer_serve.py (model "churn", one tensor per column of the generated
-- churn data). Token from the environment (CHURNLAB_TOKEN), if any.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local token = os.getenv("CHURNLAB_TOKEN")
if token then wrk.headers["Authorization"] = "Bearer " .. token end
local function num(name, v) return string.format('{"name":"%s","datatype":"FP64","shape":[1,1],"data":[%s]}', name, v) end
local function str(name, v) return string.format('{"name":"%s","datatype":"BYTES","shape":[1,1],"data":["%s"]}', name, v) end
wrk.body = '{"inputs":[' .. table.concat({
  str("customer_id", "C0000001"), str("gender", "Female"), num("senior", 0), str("partner", "Yes"),
  str("dependents", "No"), num("tenure_months", 12), str("contract", "Month-to-month"),
  str("internet", "Fiber optic"), str("online_security", "No"), str("tech_support", "No"),
  str("streaming_tv", "Yes"), str("paperless", "Yes"), str("payment_method", "Electronic check"),
  num("monthly_charges", 89.5), num("total_charges", 1074.0), num("support_calls", 3),
  num("last_login_days", 14), str("region", "R07"), str("signup_date", "2023-01-15")}, ",") .. ']}'
wrk.path = "/v2/models/churn/infer"
done = function(summary, latency, requests)
  io.write(string.format('{"requests":%d,"seconds":%.3f,"rps":%.1f,"errors":%d,"non2xx":%d,"p50_ms":%.3f,"p99_ms":%.3f,"p999_ms":%.3f}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000))
end
