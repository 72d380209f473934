import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = 'packages/cli/src/main.ts';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `baton` CLI from the repository root. */
function baton(args: string[], stdin?: string): Promise<Result> {
  if (stdin !== undefined) {
    return new Promise((resolve, reject) => {
      const child = spawn(TSX, [MAIN, ...args], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
      child.stdin.end(stdin);
    });
  }
  return new Promise((resolve) => {
    execFile(TSX, [MAIN, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

let dir: string;
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const conversation = (value: unknown) => JSON.stringify(value);

/** Four conversations: an explicit request, a confident bot, an unsure bot, a legal topic. */
const GOOD = [
  conversation({
    id: 'c1',
    customer: { id: 'u1' },
    messages: [{ role: 'customer', text: 'agent!!', at: '2026-03-01T10:00:00Z' }],
  }),
  conversation({
    id: 'c2',
    customer: { id: 'u2', tier: 'gold' },
    messages: [
      { role: 'customer', text: 'where is my parcel?', at: '2026-03-01T10:00:00Z' },
      { role: 'bot', text: 'It ships tomorrow.', confidence: 0.9, intent: 'tracking', at: '2026-03-01T10:00:03Z' },
    ],
  }),
  conversation({
    id: 'c3',
    messages: [
      { role: 'customer', text: 'why was I charged twice?', at: '2026-03-01T10:00:00Z' },
      { role: 'bot', text: 'Maybe a pending authorisation?', confidence: 0.42, intent: 'billing', at: '2026-03-01T10:00:04Z' },
    ],
    contacts: [{ at: '2026-01-01T10:00:00Z', topic: 'delivery' }],
  }),
  conversation({ id: 'c4', messages: [{ role: 'customer', text: 'I will contact my lawyer about this' }] }),
];

const DECISIONS = {
  c1: '{"id":"c1","escalated":true,"trigger":"explicit_request","rule":null,"severity":"medium","transfer":"warm","kind":"takeover","messageIndex":0}',
  c2: '{"id":"c2","escalated":false}',
  c2Strict: '{"id":"c2","escalated":true,"trigger":"low_confidence","rule":null,"severity":"medium","transfer":"warm","kind":"takeover","messageIndex":1}',
  c3: '{"id":"c3","escalated":true,"trigger":"low_confidence","rule":null,"severity":"medium","transfer":"warm","kind":"takeover","messageIndex":1}',
  c3Off: '{"id":"c3","escalated":false}',
  c4: '{"id":"c4","escalated":true,"trigger":"topic","rule":"legal","severity":"high","transfer":"warm","kind":"takeover","messageIndex":0}',
};

let good: string;
let mixed: string;
let strictYaml: string;
let laxJson: string;
let defaultJson: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'baton-cli-'));
  good = file('good.jsonl', GOOD.join('\n') + '\n');
  mixed = file(
    'mixed.jsonl',
    [
      GOOD[0],
      '{"id":"broken", "messages": [',
      conversation({ id: 'bad-role', messages: [{ role: 'robot', text: 'hi' }] }),
      '',
      GOOD[3],
      conversation({ id: 'no-messages' }),
    ].join('\n') + '\n',
  );
  strictYaml = file('strict.yaml', 'version: 1\nname: strict\ntriggers:\n  low_confidence:\n    threshold: 0.95\n');
  laxJson = file('lax.json', JSON.stringify({ version: 1, name: 'lax', triggers: { low_confidence: { enabled: false } } }));
  defaultJson = file('default.json', JSON.stringify({ version: 1, name: 'baseline' }));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('baton replay --json', () => {
  it('prints exactly one decision line per conversation, in the documented format', async () => {
    const result = await baton(['replay', '--json', good]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(lines(result.stdout)).toEqual([DECISIONS.c1, DECISIONS.c2, DECISIONS.c3, DECISIONS.c4]);
  });

  it('reports bad lines with their number and problem, runs the others, and exits 1', async () => {
    const result = await baton(['replay', '--json', mixed]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([DECISIONS.c1, DECISIONS.c4]);
    const errors = lines(result.stderr);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^baton replay: line 2: not valid JSON/);
    expect(errors[1]).toBe('baton replay: line 3: messages.0.role: expected role customer, bot, agent or system');
    expect(errors[2]).toMatch(/^baton replay: line 6: messages: /);
  });

  it('reads conversations from standard input with "-"', async () => {
    const result = await baton(['replay', '--json', '-'], GOOD.slice(0, 2).join('\n') + '\n');
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([DECISIONS.c1, DECISIONS.c2]);
  });

  it('names a conversations file that does not exist', async () => {
    const missing = join(dir, 'nope.jsonl');
    const result = await baton(['replay', '--json', missing]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(missing);
    expect(result.stderr).toContain('no such file');
  });
});

describe('baton replay (table)', () => {
  it('prints the escalation rate by trigger with the plain labels', async () => {
    const result = await baton(['replay', good]);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Policy "default" over 4 conversations');
    expect(out).toMatch(/^Trigger\s+Conversations\s+Rate$/m);
    expect(out).toMatch(/^Asked for a person\s+1\s+25\.0%$/m);
    expect(out).toMatch(/^Low AI confidence\s+1\s+25\.0%$/m);
    expect(out).toMatch(/^Negative sentiment\s+0\s+0\.0%$/m);
    expect(out).toMatch(/^Policy topic\s+1\s+25\.0%$/m);
    expect(out).toMatch(/^Repeat contact\s+0\s+0\.0%$/m);
    expect(out).toMatch(/^Conversation loop\s+0\s+0\.0%$/m);
    expect(out).toMatch(/^AI not responding\s+0\s+0\.0%$/m);
    expect(out).toMatch(/^All escalations\s+3\s+75\.0%$/m);
    expect(out).toContain('Policy topics: legal 1');
    expect(out).not.toContain('explicit_request');
  });

  it('counts skipped lines in the table and still exits 1', async () => {
    const result = await baton(['replay', mixed]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('over 2 conversations (3 invalid lines skipped)');
    expect(result.stdout).toMatch(/^All escalations\s+2\s+100\.0%$/m);
    expect(result.stderr).toContain('line 2');
  });
});

describe('baton replay --policy', () => {
  it('reads a YAML policy', async () => {
    const result = await baton(['replay', '--json', '--policy', strictYaml, good]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([DECISIONS.c1, DECISIONS.c2Strict, DECISIONS.c3, DECISIONS.c4]);
  });

  it('reads a JSON policy', async () => {
    const result = await baton(['replay', '--json', '--policy', laxJson, good]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([DECISIONS.c1, DECISIONS.c2, DECISIONS.c3Off, DECISIONS.c4]);
  });

  it('names the policy in the table', async () => {
    const result = await baton(['replay', '--policy', strictYaml, good]);
    expect(result.stdout).toContain('Policy "strict" over 4 conversations');
    expect(result.stdout).toMatch(/^Low AI confidence\s+2\s+50\.0%$/m);
  });

  it.each([
    ['bad.json', JSON.stringify({ version: 1, triggers: { low_confidence: { threshold: 1.5 } } })],
    ['bad.yaml', 'version: 1\ntriggers:\n  low_confidence:\n    threshold: 1.5\n'],
  ])('rejects an invalid policy (%s), naming the file and the path', async (name, content) => {
    const policy = file(name, content);
    const result = await baton(['replay', '--json', '--policy', policy, good]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(policy);
    expect(result.stderr).toContain('triggers.low_confidence.threshold: expected a number between 0 and 1');
  });

  it('refuses a policy that turns off explicit requests', async () => {
    const policy = file('no-humans.yaml', 'version: 1\ntriggers:\n  explicit_request:\n    enabled: false\n');
    const result = await baton(['replay', '--policy', policy, good]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('triggers.explicit_request.enabled: explicit_request cannot be disabled');
  });
});

describe('baton policy lint', () => {
  it('accepts a valid policy and says what it holds', async () => {
    const result = await baton(['policy', 'lint', laxJson]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${laxJson}: ok`);
    expect(result.stdout).toContain('policy "lax"');
    expect(result.stdout).toContain('5 topic rules');
    expect(result.stdout).not.toContain('warning');
  });

  it('rejects an invalid policy with the path and problem, exit 1', async () => {
    const policy = file('lint-bad.yaml', 'version: 1\ntriggers:\n  loop:\n    count: 1\n');
    const result = await baton(['policy', 'lint', policy]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${policy}: invalid policy`);
    expect(result.stderr).toContain('triggers.loop.count: expected a whole number of turns, at least 2');
  });

  it('points at the line of a YAML syntax error, once, in one line', async () => {
    const policy = file('lint-broken.yaml', 'version: 1\ntriggers:\n  low_confidence:\n    threshold: [0.5\n  loop: { count: 3 }\n');
    const result = await baton(['policy', 'lint', policy]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${policy}: invalid policy\n  line 5, column 3: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n`,
    );
  });

  it.each([
    ['dup.json', '{"version": 1,\n "triggers": {"low_confidence": {"threshold": 0.3, "threshold": 0.99}}}', 'line 2, column 52: duplicate key "threshold" in triggers.low_confidence'],
    ['dup.yaml', 'version: 1\ntriggers:\n  low_confidence:\n    threshold: 0.3\n    threshold: 0.99\n', 'line 5, column 5: not valid YAML: Map keys must be unique'],
    ['syntax.json', '{"version": 1,\n "name": "x",\n}', 'line 3, column 1: not valid JSON: expected a key in double quotes, found "}"'],
    ['empty.json', '\n', '(document): the file is empty'],
    ['empty.yaml', '', '(document): the file is empty'],
    ['comments.yaml', '# to do: write the policy\n\n', '(document): the file is empty: it holds only comments'],
  ])('refuses %s with one line naming the place and the problem', async (name, content, problem) => {
    const policy = file(name, content);
    const result = await baton(['policy', 'lint', policy]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${policy}: invalid policy\n  ${problem}\n`);
  });

  it('says a directory is a directory', async () => {
    for (const args of [['policy', 'lint', dir], ['replay', '--policy', dir, good]]) {
      const result = await baton(args);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`baton: cannot read policy ${dir}: it is a directory\n`);
    }
  });

  it('warns about settings that are legal but probably not meant', async () => {
    const result = await baton(['policy', 'lint', strictYaml]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ok');
    expect(result.stdout).toContain('warning: triggers.low_confidence.threshold: 0.95 hands over almost every AI reply');

    const english = file('warranty.yaml', 'version: 1\nlanguages: [en, es]\ntopics:\n  - id: warranty\n    keywords:\n      en: [warranty]\n');
    const warned = await baton(['policy', 'lint', english]);
    expect(warned.code).toBe(0);
    expect(lines(warned.stdout).filter((l) => l.includes('warning'))).toEqual([
      '  warning: topics.warranty: no keywords or patterns for "es", so it never fires in that language',
    ]);
  });
});

describe('baton policy diff', () => {
  it('shows the change per trigger and lists the conversations whose decision changes', async () => {
    const result = await baton(['policy', 'diff', defaultJson, strictYaml, good]);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('4 conversations');
    expect(out).toMatch(/^Low AI confidence\s+1 \(25\.0%\)\s+2 \(50\.0%\)\s+\+1$/m);
    expect(out).toMatch(/^Asked for a person\s+1 \(25\.0%\)\s+1 \(25\.0%\)\s+0$/m);
    expect(out).toMatch(/^All escalations\s+3 \(75\.0%\)\s+4 \(100\.0%\)\s+\+1$/m);
    expect(out).toMatch(/^1 conversations? changes? decision:$/m);
    expect(out).toContain('c2: stays with the AI → low_confidence (medium, warm, takeover) at message 1');
    expect(out).not.toMatch(/^\s+c[134]:/m);
  });

  it('shows a drop as a negative change', async () => {
    const result = await baton(['policy', 'diff', defaultJson, laxJson, good]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Low AI confidence\s+1 \(25\.0%\)\s+0 \(0\.0%\)\s+-1$/m);
    expect(result.stdout).toContain('c3: low_confidence (medium, warm, takeover) at message 1 → stays with the AI');
  });

  it('prints each change as JSON with --json', async () => {
    const result = await baton(['policy', 'diff', '--json', defaultJson, strictYaml, good]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout).map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: 'c2', before: JSON.parse(DECISIONS.c2) as unknown, after: JSON.parse(DECISIONS.c2Strict) as unknown },
    ]);
  });

  it('counts skipped lines in the table and exits 1', async () => {
    const result = await baton(['policy', 'diff', defaultJson, strictYaml, mixed]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^2 conversations \(3 invalid lines skipped\)$/m);
    expect(result.stderr).toContain('line 2');
  });

  it('says so when nothing changes', async () => {
    const result = await baton(['policy', 'diff', defaultJson, defaultJson, good]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('0 conversations change decision.');
  });
});

describe('usage errors', () => {
  it('rejects an unknown command with exit 2 and the usage', async () => {
    const result = await baton(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('usage: baton <command>');
  });

  it('prints the usage and exits 2 without a command', async () => {
    const result = await baton([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('usage: baton <command>');
  });

  it.each([[[]], [['a.jsonl', 'b.jsonl']]])('rejects replay with the wrong number of files (%j)', async (files) => {
    const result = await baton(['replay', ...files]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`expected one CONVERSATIONS.jsonl file, got ${files.length}`);
    expect(result.stderr).toContain('usage: baton replay');
    expect(result.stdout).toBe('');
  });

  it('rejects an unknown option with exit 2', async () => {
    const result = await baton(['replay', '--jsno', good]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jsno');
  });

  it('rejects policy lint and diff with the wrong number of arguments', async () => {
    const lint = await baton(['policy', 'lint']);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain('policy lint: expected one FILE, got 0');

    const diff = await baton(['policy', 'diff', defaultJson, strictYaml]);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toContain('policy diff: expected A B CONVERSATIONS.jsonl, got 2 arguments');
  });

  it('rejects an unknown policy subcommand with exit 2 and its usage', async () => {
    const result = await baton(['policy', 'check', laxJson]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown subcommand "check"');
    expect(result.stderr).toContain('usage: baton policy lint FILE');
  });
});
