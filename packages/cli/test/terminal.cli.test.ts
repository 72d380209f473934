import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen } from './screen.js';

// `baton replay --json` and `baton policy diff --json` run in a terminal: decisions on stdout and the
// progress bar on stderr share one screen. Run under a pseudo-terminal (util-linux `script`; the BSD
// one of macOS takes other arguments, so there only progress.test.ts covers this).
const hasScript = /util-linux/.test(spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout ?? '');

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = 'packages/cli/src/main.ts';

/** Runs the real `baton` CLI with stdout and stderr on one pseudo-terminal; returns what it showed. */
function batonInTerminal(args: string[]): Promise<{ code: number; transcript: string }> {
  const command = [TSX, MAIN, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve) => {
    execFile('script', ['-qec', command, '/dev/null'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, transcript: stdout });
    });
  });
}

const BAR = /^\[[#.]+\]\s+\d+% [\d,]+ conversations, [\d,]+\/s $/;

let dir: string;
let conversations: string;
let lax: string;
let strict: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'baton-cli-terminal-'));
  // Enough conversations for the bar to be drawn (every 1,024) between batches of output; each
  // has an unsure bot reply, so the two policies below decide every one differently.
  const lines = Array.from({ length: 5_000 }, (_, i) =>
    JSON.stringify({ id: `c${i}`, messages: [{ role: 'customer', text: 'why was I charged twice?' }, { role: 'bot', text: 'Maybe?', confidence: 0.42 }] }),
  );
  conversations = join(dir, 'conversations.jsonl');
  writeFileSync(conversations, lines.join('\n') + '\n');
  lax = join(dir, 'lax.json');
  writeFileSync(lax, JSON.stringify({ version: 1, triggers: { low_confidence: { enabled: false } } }));
  strict = join(dir, 'strict.json');
  writeFileSync(strict, JSON.stringify({ version: 1 }));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasScript)('--json output in a terminal with the progress bar', () => {
  it.each([
    ['replay --json', () => ['replay', '--json', conversations], /^\{"id":"c\d+","escalated":true,.*\}$/],
    ['policy diff --json', () => ['policy', 'diff', '--json', strict, lax, conversations], /^\{"id":"c\d+","before":\{.*\},"after":\{.*\}\}$/],
  ])('%s: every output line on a line of its own, the bar below the last one', async (_name, args, outputLine) => {
    const { code, transcript } = await batonInTerminal(args());
    expect(code).toBe(0);
    // The bar was drawn while output was written: this is the case under test.
    expect(transcript).toMatch(/\r\[[#.]+\]\s+\d+% 1,024 conversations/);
    const shown = screen(transcript).filter((line) => line !== '');
    const output = shown.filter((line) => line.startsWith('{'));
    expect(output).toHaveLength(5_000);
    for (const line of output) expect(line).toMatch(outputLine);
    expect(shown.filter((line) => !outputLine.test(line) && !BAR.test(line))).toEqual([]);
    expect(shown.at(-1)).toMatch(/^\[#+\] 100% 5,000 conversations/);
  });
});
