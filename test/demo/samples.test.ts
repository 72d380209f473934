import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePolicy, defaultPolicy } from '../../packages/core/src/index.js';
import { TRIGGER_IDS } from '../../packages/protocol/src/vocabulary.js';
import { parseSamples, runReplay } from '../../demo/src/playground/replay-report.js';
import { generateSamples } from '../../demo/scripts/generate-samples.js';

const text = readFileSync(new URL('../../demo/src/playground/samples.jsonl', import.meta.url), 'utf8');

describe('bundled sample conversations', () => {
  const samples = parseSamples(text);

  it('every line parses with the replay schema, and there are at least 200', () => {
    expect(samples.errors).toEqual([]);
    expect(samples.conversations.length).toBeGreaterThanOrEqual(200);
    expect(new Set(samples.conversations.map((c) => c.id)).size).toBe(samples.conversations.length);
  });

  it('covers every trigger under the default policy, and most conversations do not hand over', () => {
    const report = runReplay(compilePolicy(defaultPolicy), samples.conversations);
    for (const row of report.byTrigger) expect(row.count, row.trigger).toBeGreaterThan(0);
    expect(report.byTrigger.map((r) => r.trigger)).toEqual([...TRIGGER_IDS]);
    expect(report.rate).toBeGreaterThan(0.2);
    expect(report.rate).toBeLessThan(0.6);
    expect(new Set(report.byRule.map((r) => r.rule))).toEqual(new Set(['legal', 'fraud', 'medical', 'finance', 'safety']));
  });

  it('is written in several languages', () => {
    const languages = new Set(samples.conversations.map((c) => c.id.split('-').at(-1)));
    expect(languages).toEqual(new Set(['en', 'es', 'fr', 'de', 'pt', 'it']));
  });

  it('is exactly what the deterministic generator produces', () => {
    const generated = generateSamples().map((c) => JSON.stringify(c)).join('\n') + '\n';
    expect(generated).toBe(text);
  });
});
