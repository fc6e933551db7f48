// Scores a ChurnLab ONNX export in ONNX Runtime (the npm package onnxruntime-node, the
// reference runtime), so the test compares our probabilities with another runtime's.
//   node score.mjs MODEL.onnx INPUTS.json  → {"probability": [...], "label": [...]} on stdout
// INPUTS.json: {"column": {"type": "double"|"string", "data": [...]}, ...}; null is NaN.
import { readFileSync } from "node:fs";
import ort from "onnxruntime-node";

const [model, inputsPath] = process.argv.slice(2);
const inputs = JSON.parse(readFileSync(inputsPath, "utf8"));
const session = await ort.InferenceSession.create(model);
const feeds = {};
for (const [name, column] of Object.entries(inputs)) {
  const n = column.data.length;
  feeds[name] = column.type === "double"
    ? new ort.Tensor("float64", Float64Array.from(column.data, (v) => (v === null ? NaN : v)), [n, 1])
    : new ort.Tensor("string", column.data.map((v) => (v === null ? "" : String(v))), [n, 1]);
}
const out = await session.run(feeds);
process.stdout.write(JSON.stringify({
  probability: Array.from(out.probability.data),
  label: Array.from(out.label.data),
}) + "\n");
