import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '@baton/core';

// `baton policy lint` warns about topic keywords and patterns the matcher can never match; `baton
// replay` with the same policy proves it, through the real matcher, on messages that hold them.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = 'packages/cli/src/main.ts';

function baton(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, [MAIN, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const warnings = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('  warning: '));

let dir: string;
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'baton-lint-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Each flagged entry sits alone in its own topic, with a message that spells it out, so replay shows whether it fires. */
const CASES = [
  { id: 'upper', list: 'patterns', entry: 'Kündigung!!', message: 'Meine Kündigung!!', why: 'never matches: patterns run on the folded message (lowercase, accents removed, ß, œ and æ as ss, oe and ae, ’ as \'), which never contains "K" or "ü"; write "kundigung!!"' },
  { id: 'curly', list: 'patterns', entry: 'don’t', message: 'I don’t want it', why: 'never matches: patterns run on the folded message (lowercase, accents removed, ß, œ and æ as ss, oe and ae, ’ as \'), which never contains "’"; write "don\'t"' },
  { id: 'elongated', list: 'patterns', entry: 'sooo', message: 'sooo bad', why: 'never matches: folding cuts a letter repeated three or more times to one ("sooo" → "so"), so the text never contains "ooo"' },
  { id: 'punctuation', list: 'keywords', entry: '?!', message: 'what ?!', why: "has no letters or digits once folded (lowercase, accents removed, ß, œ and æ as ss, oe and ae, ’ as ') and split into words, so it never matches" },
  { id: 'short-stem', list: 'keywords', entry: 'ab*', message: 'I want an abmahnung', why: 'the "*" after "ab" is ignored: a first word needs at least 4 letters before its "*", so it matches only "ab"' },
] as const;

const yamlList = (values: readonly string[]) => `[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;

describe('baton policy lint: topic keywords and patterns', () => {
  it('warns about each entry that can never match, naming path, topic and reason, and still exits 0', async () => {
    const topics = CASES.map((c) => `  - id: ${c.id}\n    ${c.list}:\n      de: ${yamlList([c.entry])}\n`).join('');
    const policy = file('never.yaml', `version: 1\nextends: none\nlanguages: [de]\ntopics:\n${topics}`);
    // The real matcher: none of those topics fires on a message that holds the entry as written.
    const conversations = file('never.jsonl', CASES.map((c) => JSON.stringify({ id: c.id, messages: [{ role: 'customer', text: c.message }] })).join('\n') + '\n');
    const [result, replay] = await Promise.all([baton(['policy', 'lint', policy]), baton(['replay', '--json', '--policy', policy, conversations])]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`${policy}: ok`);
    expect(warnings(result.stdout)).toEqual(CASES.map((c, at) => `  warning: topics.${at}.${c.list}.de.0 "${c.entry}" (topic "${c.id}"): ${c.why}`));
    expect(replay.code).toBe(0);
    expect(replay.stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual(CASES.map((c) => ({ id: c.id, escalated: false })));
  });

  it('does not warn about clean entries, and the matcher matches them', async () => {
    const clean = [
      { id: 'folded', list: 'patterns', entry: 'kundigung!!', message: 'Meine Kündigung!!' },
      { id: 'apostrophe', list: 'patterns', entry: "don't", message: 'I don’t want it' },
      { id: 'accented-keyword', list: 'keywords', entry: 'Kündigung', message: 'KÜNDIGUNG' },
      { id: 'stem', list: 'keywords', entry: 'abmahn*', message: 'I want an abmahnung' },
    ];
    const topics = clean.map((c) => `  - id: ${c.id}\n    ${c.list}:\n      de: ${yamlList([c.entry])}\n`).join('');
    const policy = file('clean.yaml', `version: 1\nextends: none\nlanguages: [de]\ntopics:\n${topics}`);
    const conversations = file('clean.jsonl', clean.map((c) => JSON.stringify({ id: c.id, messages: [{ role: 'customer', text: c.message }] })).join('\n') + '\n');
    const [result, replay] = await Promise.all([baton(['policy', 'lint', policy]), baton(['replay', '--json', '--policy', policy, conversations])]);
    expect(result.code).toBe(0);
    expect(warnings(result.stdout)).toEqual([]);
    expect(replay.code).toBe(0);
    expect(replay.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; rule: string })).toEqual(
      clean.map((c) => expect.objectContaining({ id: c.id, escalated: true, trigger: 'topic', rule: c.id })),
    );
  });

  it('warns about a pattern that fires on every message, duplicates, and words for a language the policy leaves out', async () => {
    const policy = file(
      'odd.yaml',
      [
        'version: 1',
        'languages: [en]',
        'topics:',
        '  - id: returns',
        '    keywords:',
        "      en: ['Refund', 'refund!', 'chargeback']",
        "      fr: ['remboursement']",
        '    patterns:',
        "      en: ['x?', '\\bmoney back\\b', '\\bmoney back\\b']",
        '',
      ].join('\n'),
    );
    // "x?" really hands over a message that has nothing to do with returns.
    const conversations = file('odd.jsonl', JSON.stringify({ id: 'weather', messages: [{ role: 'customer', text: 'nice weather today' }] }) + '\n');
    const [result, replay] = await Promise.all([baton(['policy', 'lint', policy]), baton(['replay', '--json', '--policy', policy, conversations])]);
    expect(result.code).toBe(0);
    expect(warnings(result.stdout)).toEqual([
      '  warning: topics.0.keywords.en.1 "refund!" (topic "returns"): the same as keywords.en.0 ("Refund") once folded, so it adds nothing',
      '  warning: topics.0.keywords.fr (topic "returns"): "fr" is not among the policy\'s languages (en), so its keyword never matches',
      '  warning: topics.0.patterns.en.0 "x?" (topic "returns"): matches the empty string, so it fires on every message',
      '  warning: topics.0.patterns.en.2 "\\bmoney back\\b" (topic "returns"): the same as patterns.en.1, so it adds nothing',
    ]);
    expect(JSON.parse(replay.stdout)).toMatchObject({ id: 'weather', escalated: true, trigger: 'topic', rule: 'returns' });
  });

  it('says a pattern nested too deep to check is not checked, instead of crashing, and still exits 0', async () => {
    // Valid, and run by the matcher, but deeper than the checks recurse.
    const pattern = `${'(?:'.repeat(1250)}klage${')'.repeat(1250)}`;
    const policy = file('deep.json', JSON.stringify({ version: 1, extends: 'none', languages: ['de'], topics: [{ id: 'deep', patterns: { de: [pattern, 'Klage'] } }] }));
    const conversations = file('deep.jsonl', JSON.stringify({ id: 'complaint', messages: [{ role: 'customer', text: 'ich klage' }] }) + '\n');
    const [result, replay] = await Promise.all([baton(['policy', 'lint', policy]), baton(['replay', '--json', '--policy', policy, conversations])]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${policy}: ok`);
    expect(result.stdout).not.toMatch(/RangeError|\n\s+at /);
    // The other pattern of the topic is still checked.
    expect(warnings(result.stdout)).toEqual([
      `  warning: topics.0.patterns.de.0 "${pattern}" (topic "deep"): too deeply nested to check: its groups nest more than 100 deep, so lint cannot tell whether it ever matches`,
      expect.stringMatching(/^  warning: topics\.0\.patterns\.de\.1 "Klage" \(topic "deep"\): never matches: /),
    ]);
    expect(JSON.parse(replay.stdout)).toMatchObject({ id: 'complaint', escalated: true, trigger: 'topic', rule: 'deep' });
  });

  it('lints the default policy without warnings, spelled out or left to the defaults', async () => {
    const spelledOut = file('default.json', JSON.stringify(defaultPolicy));
    const minimal = file('minimal.yaml', 'version: 1\n');
    const results = await Promise.all([spelledOut, minimal].map((policy) => baton(['policy', 'lint', policy])));
    for (const [i, policy] of [spelledOut, minimal].entries()) {
      const result = results[i]!;
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`${policy}: ok`);
      expect(result.stdout).not.toContain('warning');
    }
  });
});
