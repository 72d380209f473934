// `pnpm bench`: runs every bench/*.bench.ts (or those named on the command line), prints a table,
// and writes bench/results.json.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult, BenchSuite } from './harness.js';

const dir = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const results: Array<BenchResult & { suite: string }> = [];
for (const file of files) {
  const suite = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`running ${suite}…\n`);
  const run = (await import(join(dir, file))).default as BenchSuite;
  for (const result of await run()) results.push({ suite, ...result });
}

const format = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));
const rows = results.map((r) => [
  r.suite,
  r.name,
  r.metric,
  `${format(r.value)} ${r.unit}`,
  r.baseline ? `${r.baseline.name}: ${format(r.baseline.value)} ${r.unit}` : '',
  r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`,
  r.target ?? '',
  r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS',
]);
const header = ['suite', 'benchmark', 'metric', 'value', 'baseline', 'ratio', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

writeFileSync(join(dir, 'results.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2) + '\n');
console.log(`\nwrote ${join(dir, 'results.json')}`);
