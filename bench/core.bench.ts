// Per-message cost of evaluate() against the `sentiment` package's AFINN analyze() on the same
// messages, in the same process; replay throughput and peak memory on a generated file of
// 1,000,000 conversations; the browser bundle size of @baton/core.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import Sentiment from 'sentiment';
import type { ConversationMessage } from '../packages/protocol/src/index.js';
import { compilePolicy, defaultPolicy, evaluate, initialState } from '../packages/core/src/index.js';
import { registerAllLanguages } from '../packages/core/src/languages/all.js';
import { compare, percentile, type BenchResult, type BenchSuite } from './harness.js';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, 'bench/.tmp');

function corpusTexts(): string[] {
  const dir = join(root, 'packages/core/test/corpus');
  return ['explicit-request.jsonl', 'explicit-request.holdout.jsonl', 'explicit-request.blind.jsonl', 'topics.jsonl'].flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}

/** Times each call separately; returns microseconds per call, sorted. */
function timeEach(rounds: number, items: readonly string[], fn: (text: string) => unknown): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of items) {
      const start = process.hrtime.bigint();
      fn(text);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  return samples.sort((a, b) => a - b);
}

/** Exported (like bundleSize) so a package script can run this part alone: packages/core/scripts/bench-core.ts. */
export function messageCost(): BenchResult[] {
  // The corpus is in six languages: all six packs, as replay runs them.
  registerAllLanguages();
  const texts = corpusTexts();
  const compiled = compilePolicy(defaultPolicy);
  const afinn = new Sentiment();
  const state = initialState();
  const at = '2026-03-01T10:00:00Z';
  const ours = (text: string) => evaluate(compiled, state, { role: 'customer', text, at } as ConversationMessage);
  const theirs = (text: string) => afinn.analyze(text);
  // Warm both up so the JIT has compiled them before anything is measured.
  timeEach(20, texts, ours);
  timeEach(20, texts, theirs);
  const rounds = 30;
  // Interleave the two so machine noise falls on both alike.
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(...timeEach(1, texts, ours));
    b.push(...timeEach(1, texts, theirs));
  }
  a.sort((x, y) => x - y);
  b.sort((x, y) => x - y);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const name = `evaluate() per message, all detectors (${texts.length} corpus messages x ${rounds})`;
  return [
    compare({ name, metric: 'p50', value: percentile(a, 50), unit: 'µs', baseline: { name: 'AFINN analyze()', value: percentile(b, 50) } }),
    compare(
      { name, metric: 'p99', value: percentile(a, 99), unit: 'µs', baseline: { name: 'AFINN analyze()', value: percentile(b, 99) }, target: '< 50 µs and < 3x AFINN' },
      { max: 50, maxRatio: 3 },
    ),
    compare({ name, metric: 'mean', value: mean(a), unit: 'µs', baseline: { name: 'AFINN analyze()', value: mean(b) } }),
  ];
}

/** Writes a JSONL file of realistic conversations built from the corpus (customer turns) and scripted bot turns. */
async function generate(file: string, count: number): Promise<void> {
  const texts = corpusTexts();
  const intents = ['tracking', 'billing', 'returns', 'account', 'shipping', 'product'];
  const out = createWriteStream(file);
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  for (let i = 0; i < count; i++) {
    const start = Date.UTC(2026, 0, 1) + i * 1_000;
    const turns = 1 + Math.floor(random() * 4);
    const messages: object[] = [];
    for (let t = 0; t < turns; t++) {
      const at = new Date(start + t * 20_000).toISOString();
      // Most customer turns are everyday questions; the corpus supplies the rest.
      const text = random() < 0.7 ? pick(['where is my order 12345678?', 'I want to change my address', 'how do I reset my password', 'thanks!', 'can I pay with PayPal?']) : pick(texts);
      messages.push({ role: 'customer', text, at });
      messages.push({ role: 'bot', text: 'Here is what I found.', confidence: Math.round((0.35 + random() * 0.65) * 100) / 100, intent: pick(intents), at: new Date(start + t * 20_000 + 3_000).toISOString() });
    }
    const contacts = random() < 0.1 ? [{ at: new Date(start - 86_400_000).toISOString(), topic: pick(intents) }] : [];
    const line = JSON.stringify({ id: `c${i}`, customer: { id: `u${i % 5000}` }, messages, contacts }) + '\n';
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function replayRun(file: string): { seconds: number; maxRssMb: number; conversations: number } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'packages/cli/src/main.ts'), 'replay', '--json', file],
    { cwd: root, env: { ...process.env, BATON_STATS: '1' }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 },
  );
  const stats = /stats: conversations=(\d+) seconds=([\d.]+) maxRssMb=([\d.]+)/.exec(result.stderr.toString());
  if (!stats) throw new Error(`replay printed no stats (exit ${result.status}): ${result.stderr.toString().slice(0, 500)}`);
  return { conversations: Number(stats[1]), seconds: Number(stats[2]), maxRssMb: Number(stats[3]) };
}

async function replayThroughput(): Promise<BenchResult[]> {
  mkdirSync(tmp, { recursive: true });
  const small = join(tmp, 'replay-100k.jsonl');
  const large = join(tmp, 'replay-1m.jsonl');
  await generate(small, 100_000);
  await generate(large, 1_000_000);
  const sizeMb = statSync(large).size / 1e6;
  const a = replayRun(small);
  const b = replayRun(large);
  rmSync(tmp, { recursive: true, force: true });
  return [
    compare(
      { name: `baton replay --json, 1,000,000 conversations (${sizeMb.toFixed(0)} MB)`, metric: 'throughput', value: b.conversations / b.seconds, unit: 'conv/s', target: '>= 20,000 conv/s' },
      { max: Number.POSITIVE_INFINITY },
    ),
    compare(
      { name: 'baton replay peak RSS, 1,000,000 vs 100,000 conversations', metric: 'max RSS', value: b.maxRssMb, unit: 'MB', baseline: { name: '100,000 conversations', value: a.maxRssMb }, target: 'constant: <= 1.2x the 100k run' },
      { maxRatio: 1.2 },
    ),
  ].map((r) => (r.metric === 'throughput' ? { ...r, pass: r.value >= 20_000 } : r));
}

/** The language packs a browser loads on demand (English is built into the default entry). */
const PACKS = ['es', 'fr', 'de', 'pt', 'it'] as const;

/**
 * min+gzip KB of the default entry (what a browser loads before any language pack), of each pack a
 * browser loads when a message needs it, and of all five packs together.
 */
export async function bundleSize(): Promise<BenchResult[]> {
  const gzipKb = async (entry: { file: string } | { contents: string }, external: string[] = []) => {
    const input = 'file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.contents, resolveDir: join(root, 'packages/core/src/languages'), loader: 'ts' as const } };
    const result = await build({ ...input, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, external });
    return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length / 1024;
  };
  const entry = { file: join(root, 'packages/core/src/index.ts') };
  const own = await gzipKb(entry, ['xstate']);
  const all = await gzipKb(entry);
  const packs = await Promise.all(PACKS.map((language) => gzipKb({ file: join(root, `packages/core/src/languages/${language}.ts`) })));
  const together = await gzipKb({ contents: PACKS.map((language) => `export { ${language} } from './${language}.ts';`).join('\n') });
  return [
    compare({ name: '@baton/core browser bundle, default entry with English built in (xstate shared with the widget, not counted)', metric: 'min+gzip', value: own, unit: 'KB', target: '<= 15 KB' }, { max: 15 }),
    compare({ name: '@baton/core browser bundle including xstate', metric: 'min+gzip', value: all, unit: 'KB' }),
    ...PACKS.map((language, i) => compare({ name: `@baton/core/languages/${language}, loaded when a message needs it`, metric: 'min+gzip', value: packs[i]!, unit: 'KB' })),
    compare({ name: '@baton/core language packs es, fr, de, pt, it together', metric: 'min+gzip', value: together, unit: 'KB' }),
  ];
}

const suite: BenchSuite = async () => [...messageCost(), ...(await bundleSize()), ...(await replayThroughput())];
export default suite;

