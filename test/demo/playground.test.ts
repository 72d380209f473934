import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePolicy, defaultPolicy } from '../../packages/core/src/index.js';
import { formatPolicyDocument, parsePolicySource } from '../../demo/src/playground/policy-source.js';
import { compareReports, describeOutcome, parseSamples, runReplay, traceConversation } from '../../demo/src/playground/replay-report.js';
import { POLICY_PRESETS } from '../../demo/src/playground/presets.js';

const samples = parseSamples(readFileSync(new URL('../../demo/src/playground/samples.jsonl', import.meta.url), 'utf8')).conversations;

describe('policy source', () => {
  it('reads a YAML policy and fills the defaults', () => {
    const result = parsePolicySource('version: 1\nreview: { enabled: true }\n', 'yaml');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.policy.review).toMatchObject({ enabled: true, floor: 0.3 });
      expect(result.policy.triggers.loop.count).toBe(3);
    }
  });

  it('names the path and the editor line of each schema problem', () => {
    const yaml = ['version: 1', 'triggers:', '  low_confidence:', '    threshold: 1.5', '  loop: { count: 0 }', 'topics:', '  - id: Bad Id'].join('\n');
    const result = parsePolicySource(yaml, 'yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'triggers.low_confidence.threshold', message: 'expected a number between 0 and 1', line: 4 },
        expect.objectContaining({ path: 'triggers.loop.count', line: 5 }),
        expect.objectContaining({ path: 'topics.0.id', line: 7 }),
      ]),
    );
  });

  it('points an unknown key at its own line, so a typo is easy to find', () => {
    const result = parsePolicySource('version: 1\ntriggers:\n  loop: { count: 3 }\n  sentimnet: { threshold: -0.5 }\n', 'yaml');
    expect(result).toEqual({ ok: false, problems: [{ path: 'triggers', message: 'Unrecognized key: "sentimnet"', line: 4 }] });
  });

  it('refuses to turn off explicit requests', () => {
    const result = parsePolicySource('{ "version": 1, "triggers": { "explicit_request": { "enabled": false } } }', 'json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: 'triggers.explicit_request.enabled', line: 1 });
  });

  it('reports syntax errors with a line, in YAML and in JSON', () => {
    const yaml = parsePolicySource('version: 1\ntriggers:\n  loop: [1,\n', 'yaml');
    expect(yaml.ok).toBe(false);
    if (!yaml.ok) expect(yaml.problems[0]).toMatchObject({ path: '(syntax)', line: expect.any(Number) });
    const json = parsePolicySource('{\n  "version": 1,\n}', 'json');
    expect(json.ok).toBe(false);
    if (!json.ok) expect(json.problems[0]).toMatchObject({ path: '(syntax)', line: 3 });
  });

  it('explains an empty editor', () => {
    expect(parsePolicySource('', 'yaml')).toMatchObject({ ok: false, problems: [{ path: '(root)', line: 1 }] });
  });

  it('switches a document between YAML and JSON without changing it', () => {
    const first = parsePolicySource(POLICY_PRESETS[1]!.yaml, 'yaml');
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const json = formatPolicyDocument(first.document, 'json');
    const back = parsePolicySource(json, 'json');
    expect(back.ok && back.policy).toEqual(first.policy);
    const yaml = parsePolicySource(formatPolicyDocument(first.document, 'yaml'), 'yaml');
    expect(yaml.ok && yaml.policy).toEqual(first.policy);
  });

  it('ships presets that all validate, the first equal to the default policy', () => {
    for (const preset of POLICY_PRESETS) expect(parsePolicySource(preset.yaml, 'yaml').ok, preset.name).toBe(true);
    const first = parsePolicySource(POLICY_PRESETS[0]!.yaml, 'yaml');
    expect(first.ok && { ...first.policy, name: 'default' }).toEqual({ ...defaultPolicy, topics: [] });
  });
});

describe('replay report', () => {
  const baseline = runReplay(compilePolicy(defaultPolicy), samples);

  it('counts escalations by trigger as a share of all conversations', () => {
    const total = baseline.byTrigger.reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(baseline.escalated);
    for (const row of baseline.byTrigger) expect(row.rate).toBeCloseTo(row.count / samples.length);
    expect(baseline.byTrigger.find((r) => r.trigger === 'explicit_request')?.label).toBe('Asked for a person');
  });

  it('diffs a policy against the default: review band on turns some takeovers into reviews', () => {
    const policy = parsePolicySource('version: 1\nreview: { enabled: true, floor: 0.3 }\n', 'yaml');
    if (!policy.ok) throw new Error('preset invalid');
    const candidate = runReplay(compilePolicy(policy.policy), samples);
    const comparison = compareReports(baseline, candidate);
    expect(comparison.changes.length).toBeGreaterThan(0);
    for (const change of comparison.changes) {
      expect(change.before).toMatchObject({ escalated: true, trigger: 'low_confidence', kind: 'takeover' });
      expect(change.after).toMatchObject({ escalated: true, trigger: 'low_confidence', kind: 'review' });
      expect(describeOutcome(change.after)).toBe('Low AI confidence (review)');
    }
    expect(comparison.escalatedAfter).toBe(comparison.escalatedBefore);
  });

  it('diffs a policy that turns a topic off: those conversations stop handing over', () => {
    const policy = parsePolicySource('version: 1\ntopics:\n  - id: finance\n    enabled: false\n', 'yaml');
    if (!policy.ok) throw new Error('invalid');
    const comparison = compareReports(baseline, runReplay(compilePolicy(policy.policy), samples));
    expect(comparison.changes.length).toBeGreaterThan(0);
    expect(comparison.changes.every((c) => c.before.escalated && c.before.rule === 'finance' && !c.after.escalated)).toBe(true);
    expect(comparison.byTrigger.find((r) => r.trigger === 'topic')!.after).toBe(comparison.byTrigger.find((r) => r.trigger === 'topic')!.before - comparison.changes.length);
  });

  it('the same policy as the default changes nothing', () => {
    expect(compareReports(baseline, runReplay(compilePolicy(defaultPolicy), samples)).changes).toEqual([]);
  });

  it('traces a conversation message by message, marking where it hands over', () => {
    const loop = samples.find((c) => c.id.includes('-loop-'))!;
    const steps = traceConversation(compilePolicy(defaultPolicy), loop);
    expect(steps).toHaveLength(loop.messages.length);
    const handover = steps.filter((s) => s.handsOver);
    expect(handover).toHaveLength(1);
    expect(handover[0]!.decision).toMatchObject({ trigger: 'loop' });
    expect(handover[0]!.intentRun).toBe(3);
    expect(handover[0]!.index).toBe(baseline.outcomes.get(loop.id)!.decision.escalated ? (baseline.outcomes.get(loop.id)!.decision as { messageIndex: number }).messageIndex : -1);
    expect(steps.filter((s) => s.message.role === 'customer').every((s) => typeof s.sentiment === 'number')).toBe(true);
    const calm = samples.find((c) => c.id.includes('-calm-'))!;
    expect(traceConversation(compilePolicy(defaultPolicy), calm).every((s) => s.decision === null && !s.afterHandoff)).toBe(true);
  });
});
