import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAgentToken } from '@baton/relay';

// `baton token --ttl` bounds a token's lifetime: a leaked agent token stays valid until it expires.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = 'packages/cli/src/main.ts';
const SECRET = 'cli-ttl-test-secret-0123456789-abcdefghij';
const DAY = 86_400_000;

/** Runs the real `baton` CLI from the repository root, signing with SECRET. */
function baton(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, [MAIN, ...args], { cwd: ROOT, env: { ...process.env, BATON_AGENT_SECRET: SECRET } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** How long the printed token stays valid, in milliseconds from now. */
/** The lifetime the relay sees, from the moment the token was issued (a 1s token may be gone by the time this runs). */
async function lifetime(stdout: string): Promise<number> {
  const token = stdout.trim();
  const issuedAt = (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { iat: number }).iat * 1000;
  const verified = await verifyAgentToken(SECRET, token, issuedAt);
  if (!verified.ok) throw new Error(verified.reason);
  return verified.expiresAt - issuedAt;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'baton-token-ttl-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('baton token --ttl', () => {
  it.each([
    ['30d', 30 * DAY],
    ['720h', 30 * DAY],
    ['7d', 7 * DAY],
    ['90', 90 * 60_000],
    ['1s', 1_000],
  ])('signs a token that lives %s', async (ttl, expected) => {
    const result = await baton(['token', '--name', 'Ada', '--ttl', ttl]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const ms = await lifetime(result.stdout);
    expect(ms).toBeLessThanOrEqual(expected);
    expect(ms).toBeGreaterThan(expected - 5_000);
  });

  it.each([
    ['100000h', /--ttl "100000h" is longer than the 30d maximum \(720h\)/],
    ['721h', /--ttl "721h" is longer than the 30d maximum \(720h\)/],
    ['31d', /--ttl "31d" is longer than the 30d maximum/],
    ['0h', /--ttl "0h": a token's lifetime must be more than zero \(from 1s up to 30d\)/],
    ['0', /--ttl "0": a token's lifetime must be more than zero/],
    ['-5m', /--ttl "-5m": a token's lifetime must be more than zero/],
    ['500ms', /--ttl "500ms" is shorter than 1s/],
    ['forever', /--ttl "forever": expected a duration such as .*, from 1s up to 30d/],
  ])('refuses --ttl %s with a usage error naming the flag and the limit', async (ttl, message) => {
    const result = await baton(['token', '--name', 'Ada', `--ttl=${ttl}`]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^baton: token: ${message.source}`));
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['--ttl', '-5m'], /--ttl "-5m": a token's lifetime must be more than zero \(from 1s up to 30d\)/],
    [['--ttl', '-1'], /--ttl "-1": a token's lifetime must be more than zero/],
  ])('reads a negative value after a space (%j) as the value, and refuses it the same way', async (ttl, message) => {
    const result = await baton(['token', '--name', 'Ada', ...ttl]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^baton: token: ${message.source}.*\n$`));
  });

  it('refuses a config whose agents.tokenTtl is over the maximum, naming the path (the relay refuses it too)', async () => {
    const config = join(dir, 'long-ttl.yaml');
    writeFileSync(config, `sites:\n  - key: shop\n    origins: [https://shop.example]\nagents:\n  secret: ${SECRET}\n  tokenTtl: 100000h\n`);
    const [token, relay] = await Promise.all([baton(['token', '--name', 'Cal', '--config', config]), baton(['relay', '--config', config, '--port', '0'])]);
    for (const refused of [token, relay]) {
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain('agents.tokenTtl: expected at most 30d: a leaked token stays valid until it expires');
    }
  });

  it('states the bound in --help', async () => {
    const result = await baton(['token', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--ttl DURATION\s+lifetime from 1s up to 30d/);
  });
});
