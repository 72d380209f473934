import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_AGENT_SECRET, verifyAgentToken } from '@baton/relay';
import token from '../src/commands/token.js';

const SECRET = 'cli-test-secret-0123456789-abcdefghijkl';

describe('baton token', () => {
  let out: string[];
  let err: string[];
  beforeEach(() => {
    out = [];
    err = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
    vi.stubEnv('BATON_AGENT_SECRET', '');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('prints a token with name, role and teams, signed with the development secret and a warning', async () => {
    expect(await token(['--name', 'Ada Lovelace', '--role', 'supervisor', '--team', 'billing', '--team', 'legal'])).toBe(0);
    expect(out).toHaveLength(1);
    const verified = await verifyAgentToken(DEVELOPMENT_AGENT_SECRET, out[0]!, Date.now());
    expect(verified).toMatchObject({ ok: true, agent: { id: 'ada-lovelace', name: 'Ada Lovelace', role: 'supervisor', teams: ['billing', 'legal'] } });
    expect(err.join('\n')).toMatch(/warning: .*development secret/);
  });

  it('signs a team given twice once', async () => {
    expect(await token(['--name', 'Ada', '--team', 'billing', '--team', 'legal', '--team', 'billing'])).toBe(0);
    expect(await verifyAgentToken(DEVELOPMENT_AGENT_SECRET, out[0]!, Date.now())).toMatchObject({ ok: true, agent: { teams: ['billing', 'legal'] } });
  });

  it('signs with BATON_AGENT_SECRET, quietly, with the requested lifetime', async () => {
    vi.stubEnv('BATON_AGENT_SECRET', SECRET);
    expect(await token(['--name', 'Bea', '--ttl', '30m'])).toBe(0);
    expect(err).toEqual([]);
    const verified = await verifyAgentToken(SECRET, out[0]!, Date.now());
    expect(verified.ok && verified.expiresAt - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(verified.ok && verified.expiresAt - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect(await verifyAgentToken(DEVELOPMENT_AGENT_SECRET, out[0]!, Date.now())).toMatchObject({ ok: false });
  });

  it('signs with the secret of --config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-token-'));
    try {
      const file = join(dir, 'baton.config.yaml');
      writeFileSync(file, `sites:\n  - key: shop\n    origins: [https://shop.example]\nagents:\n  secret: ${SECRET}\n  tokenTtl: 2h\n`);
      expect(await token(['--name', 'Cal', '--config', file])).toBe(0);
      expect(await verifyAgentToken(SECRET, out[0]!, Date.now())).toMatchObject({ ok: true, agent: { name: 'Cal', role: 'agent' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [[], /--name NAME is required/],
    [['--name', 'Ada', '--role', 'admin'], /--role expects agent or supervisor, got "admin"/],
    [['--name', 'Ada', '--team', 'has space'], /--team "has space" is not a team name/],
    [['--name', 'Ada', '--ttl', 'forever'], /--ttl "forever": expected a duration/],
    [['--name', 'Ada', '--wat'], /Unknown option '--wat'/],
    [['--name', 'Ada\nLovelace'], /^token: --name contains a control character \(U\+000A\); the name is shown to customers/],
    [['--name', 'Ada \x1b[31mLovelace'], /^token: --name contains a control character \(U\+001B\)/],
    [['--name', 'Ada\u0085'], /^token: --name contains a control character \(U\+0085\)/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    await expect(token(argv)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(message) });
    expect(out).toEqual([]);
  });
});
