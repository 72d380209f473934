// Runs only the per-message and bundle-size parts of bench/core.bench.ts (the replay part
// generates a million conversations): `node --import tsx packages/core/scripts/bench-core.ts`.
import { bundleSize, messageCost } from '../../../bench/core.bench.js';

for (const r of [...messageCost(), ...(await bundleSize())]) {
  const base = r.baseline ? `  (${r.baseline.name}: ${r.baseline.value.toFixed(2)} ${r.unit}, ratio ${r.ratio!.toFixed(2)}x)` : '';
  console.log(`${r.metric.padEnd(9)} ${r.value.toFixed(2).padStart(8)} ${r.unit}${base}  ${r.name}${r.pass === undefined ? '' : r.pass ? '  pass' : '  MISS'}`);
}
