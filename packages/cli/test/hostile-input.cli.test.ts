import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Inputs a careless or hostile user feeds the real `baton` command: huge or malformed lines,
// binary files, byte order marks, pipes, a reader that goes away.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = 'packages/cli/src/main.ts';

interface Run {
  code: Promise<number>;
  stdout: () => string;
  stderr: () => string;
  stdin: NodeJS.WritableStream;
  destroyStdout: () => void;
}

function start(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(TSX, [MAIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit ?? -1));
  });
  return { code, stdout: () => stdout, stderr: () => stderr, stdin: child.stdin, destroyStdout: () => child.stdout.destroy() };
}

async function baton(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  const run = start(args, options.env);
  run.stdin.end(options.stdin ?? '');
  const code = await run.code;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

const C1 = JSON.stringify({ id: 'c1', messages: [{ role: 'customer', text: 'agent!!' }] });
const C4 = JSON.stringify({ id: 'c4', messages: [{ role: 'customer', text: 'I will contact my lawyer about this' }] });
const D1 = '{"id":"c1","escalated":true,"trigger":"explicit_request","rule":null,"severity":"medium","transfer":"warm","kind":"takeover","messageIndex":0}';
const D4 = '{"id":"c4","escalated":true,"trigger":"topic","rule":"legal","severity":"high","transfer":"warm","kind":"takeover","messageIndex":0}';

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'baton-cli-hostile-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('baton replay: absurd lines cost a short error, not the run', () => {
  it('rejects a messages array of a million non-objects briefly, in little memory, and runs the lines around it', async () => {
    const huge = JSON.stringify({ id: 'huge', messages: new Array(1_000_000).fill(1) });
    const input = file('huge-array.jsonl', [C1, huge, C4].join('\n') + '\n');
    const result = await baton(['replay', '--json', input], { env: { BATON_STATS: '1' } });
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([D1, D4]);
    const errors = lines(result.stderr).filter((l) => !l.startsWith('stats:'));
    expect(errors).toEqual(['baton replay: line 2: messages: 1,000,000 items, more than the 10,000 a conversation may hold']);
    const maxRssMb = Number(/maxRssMb=([\d.]+)/.exec(result.stderr)?.[1]);
    expect(maxRssMb).toBeLessThan(400);
  });

  it('shows the first 5 schema problems of a line and counts the rest', async () => {
    const bad = JSON.stringify({ id: 'bad', messages: new Array(2_000).fill('hello') });
    const input = file('many-problems.jsonl', [bad, C4].join('\n') + '\n');
    const result = await baton(['replay', '--json', input]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([D4]);
    const errors = lines(result.stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^baton replay: line 1: messages\.0: .*; messages\.4: [^;]*; and 1,995 more problems$/);
    expect(errors[0]!.length).toBeLessThan(600);
  });

  it('skips a line over 8 MiB without reading it into memory, and goes on', async () => {
    const long = `{"id":"long","messages":[],"note":"${'x'.repeat(9 * 1024 * 1024)}"}`;
    const input = file('long-line.jsonl', [C1, long, C4].join('\n') + '\n');
    const result = await baton(['replay', '--json', input]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([D1, D4]);
    expect(lines(result.stderr)).toEqual(['baton replay: line 2: 9.0 MiB long, over the 8.0 MiB limit for one conversation']);
  });

  it('writes each decision while the input is still streaming, not only at the end', async () => {
    const run = start(['replay', '--json', '-']);
    run.stdin.write(C1 + '\n');
    await expect.poll(run.stdout, { timeout: 10_000 }).toBe(D1 + '\n');
    run.stdin.end(C4 + '\n');
    expect(await run.code).toBe(0);
    expect(lines(run.stdout())).toEqual([D1, D4]);
  });

  it('stops a binary file after 100 bad lines in a row, with one clear message', async () => {
    const garbage = Buffer.alloc(300 * 40);
    // Newline-separated runs of escape characters and bytes that are not UTF-8.
    for (let i = 0; i < garbage.length; i++) garbage[i] = i % 40 === 39 ? 0x0a : i % 9 === 0 ? 0x1b : 0x80 + (i % 100);
    const binary = file('binary.bin', garbage);
    const result = await baton(['replay', '--json', binary]);
    expect(result.code).toBe(1);
    const errors = lines(result.stderr);
    expect(errors).toHaveLength(101);
    expect(errors[100]).toBe(`baton: replay: stopped at line 100 of ${binary}: 100 bad lines in a row; is it a JSONL file of conversations, one JSON object per line?`);
    // Control bytes from the file are escaped, so they cannot drive the terminal.
    expect(result.stderr).not.toContain('\x1b');
  });

  it('resets the count of bad lines in a row at each good line', async () => {
    const input = file('alternating.jsonl', Array.from({ length: 150 }, (_, i) => (i % 2 ? C1 : '{oops')).join('\n') + '\n');
    const result = await baton(['replay', '--json', input]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toHaveLength(75);
    expect(result.stderr).not.toContain('stopped');
  });
});

describe('baton replay: inputs from other tools', () => {
  it('accepts a UTF-8 byte order mark at the start of the JSONL file and of a JSON policy', async () => {
    const input = file('bom.jsonl', `\uFEFF${C1}\r\n${C4}\r\n`);
    const policy = file('bom-policy.json', `\uFEFF${JSON.stringify({ version: 1, name: 'with-bom' })}`);
    const result = await baton(['replay', '--json', '--policy', policy, input]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([D1, D4]);

    const lint = await baton(['policy', 'lint', policy]);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toContain('policy "with-bom"');
  });

  it('reads a pipe given as a path (as `replay <(zcat f.gz)` does), but not a directory', async () => {
    const input = file('for-pipe.jsonl', `${C1}\n${C4}\n`);
    // bash turns <(cat …) into a /dev/fd/N path that is a pipe, not a file.
    const piped = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('bash', ['-c', `"$0" ${MAIN} replay --json <(cat "$1")`, TSX, input], { cwd: ROOT }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
    expect(piped.stderr).toBe('');
    expect(piped.code).toBe(0);
    expect(lines(piped.stdout)).toEqual([D1, D4]);

    const directory = await baton(['replay', '--json', dir]);
    expect(directory.code).toBe(1);
    expect(directory.stderr).toBe(`baton: cannot read conversations ${dir}: it is a directory\n`);
  });

  it('stops quietly when the reader of its output goes away (`| head -1`)', async () => {
    const many = Array.from({ length: 100_000 }, (_, i) => JSON.stringify({ id: `c${i}`, messages: [{ role: 'customer', text: 'agent!!' }] }));
    const input = file('many.jsonl', many.join('\n') + '\n');
    const run = start(['replay', '--json', input]);
    await expect.poll(() => run.stdout().length > 0, { timeout: 10_000 }).toBe(true);
    run.destroyStdout();
    expect(await run.code).toBe(0);
    expect(run.stderr()).toBe('');
  });
});

describe('baton policy: help and options', () => {
  it.each([['lint'], ['diff']])('policy %s --help prints the usage and exits 0', async (sub) => {
    const result = await baton(['policy', sub, '--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('usage: baton policy lint FILE');
    expect(result.stdout).toContain('baton policy diff [--json] [--limit N]');
  });

  it.each([[['--limit=']], [['--limit=-1']], [['--limit=2.5']], [['--limit', '-1']]])('policy diff %j is a usage error', async (limit) => {
    const policy = file('p.json', JSON.stringify({ version: 1 }));
    const input = file('one.jsonl', C1 + '\n');
    const result = await baton(['policy', 'diff', ...limit, policy, policy, input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^baton: policy diff: --limit expects a whole number, 0 or more, got "[^"]*"\n$/);
    expect(result.stdout).toBe('');
  });

  it('lists every option of every command in the top-level usage', async () => {
    const result = await baton(['--help']);
    expect(result.code).toBe(0);
    for (const option of ['--host', '--take-over', '--limit', '--json', '--id', '--ttl', '--config', '--team', '--db', '--port', '--policy']) {
      expect(result.stdout).toContain(option);
    }
    expect(result.stdout).toMatch(/policy diff \[--json\] \[--limit N\]/);
  });
});

describe('baton replay: lines that parse but cannot be trusted', () => {
  it('reports a line whose bytes are not UTF-8 rather than reading it with replacement characters', async () => {
    // "café" written by a Latin-1 tool: é is the single byte 0xE9.
    const latin1 = Buffer.concat([Buffer.from('{"id":"latin1","messages":[{"role":"customer","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}]}')]);
    const input = file('latin1.jsonl', Buffer.concat([Buffer.from(`${C1}\n`), latin1, Buffer.from(`\n${C4}\n`)]));
    const result = await baton(['replay', '--json', input]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([D1, D4]);
    expect(result.stderr).toBe('baton replay: line 2: not valid UTF-8\n');
  });

  it('reports a message earlier than the one before it, which would fake an "AI not responding" gap', async () => {
    const backwards = JSON.stringify({
      id: 'backwards',
      messages: [
        { role: 'customer', text: 'where is my parcel?', at: '2026-03-01T10:05:00Z' },
        { role: 'bot', text: 'Let me check.', confidence: 0.9, at: '2026-03-01T10:05:02Z' },
        { role: 'customer', text: 'thanks', at: '2026-03-01T10:00:00Z' },
      ],
    });
    const input = file('backwards.jsonl', [C1, backwards, C4].join('\n') + '\n');
    const result = await baton(['replay', '--json', input]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([D1, D4]);
    expect(result.stderr).toBe('baton replay: line 2: messages.2.at: 2026-03-01T10:00:00Z is earlier than messages.1.at (2026-03-01T10:05:02Z)\n');
  });

  it('warns about a conversation id seen on an earlier line, naming both lines, and runs both', async () => {
    const input = file('repeated.jsonl', [C1, C4, '', C1].join('\n') + '\n');
    const replay = await baton(['replay', '--json', input]);
    expect(replay.code).toBe(0);
    expect(lines(replay.stdout)).toEqual([D1, D4, D1]);
    expect(replay.stderr).toBe('baton replay: line 4: warning: conversation id "c1" is also on line 1; both are replayed\n');

    const policy = file('plain.json', JSON.stringify({ version: 1 }));
    const diff = await baton(['policy', 'diff', policy, policy, input]);
    expect(diff.code).toBe(0);
    expect(diff.stderr).toBe('baton policy diff: line 4: warning: conversation id "c1" is also on line 1; both are replayed\n');
  });
});
