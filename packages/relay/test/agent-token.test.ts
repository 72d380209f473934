import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { agentIdFromName, signAgentToken, verifyAgentToken } from '../src/index.js';

const SECRET = 'agent-token-test-secret-0123456789';

describe('agent ids from display names', () => {
  it('slugs Latin names, accents folded', () => {
    expect(agentIdFromName('Ada Lovelace')).toBe('ada-lovelace');
    expect(agentIdFromName('Zoë Ünal')).toBe('zoe-unal');
    expect(agentIdFromName("O'Brien, Pat")).toBe('o-brien-pat');
  });

  it('never gives two names the slug cannot hold the same id (one agent could otherwise write in another’s chat)', () => {
    const names = ['李雷', '王芳', 'Иван Петров', 'Иван Сидоров', 'Мария', '!!!', '???'];
    const ids = names.map(agentIdFromName);
    expect(new Set(ids).size).toBe(names.length);
    for (const id of ids) expect(id).toMatch(/^agent-[0-9a-f]{10}$/);
    // Stable: the same name always maps to the same id.
    expect(agentIdFromName('李雷')).toBe(ids[0]);
    expect(agentIdFromName('Ivan Петров')).not.toBe(agentIdFromName('Ivan Сидоров'));
  });

  it('signs tokens whose subject is that id', async () => {
    const token = await signAgentToken(SECRET, { name: '李雷', ttlMs: 60_000 });
    const verified = await verifyAgentToken(SECRET, token, Date.now());
    expect(verified.ok && verified.agent).toMatchObject({ id: agentIdFromName('李雷'), name: '李雷' });
  });
});

describe('agent token lifetime', () => {
  it('signs from 1 s to 30 days and refuses anything else, so no token outlives a month', async () => {
    const secret = 'x'.repeat(32);
    const ok = await signAgentToken(secret, { name: 'Ada', ttlMs: 30 * 86_400_000 });
    const now = Date.now();
    expect((await verifyAgentToken(secret, ok, now + 29 * 86_400_000)).ok).toBe(true);
    expect((await verifyAgentToken(secret, ok, now + 31 * 86_400_000)).ok).toBe(false);
    for (const ttlMs of [30 * 86_400_000 + 1_000, 100_000 * 3_600_000, 0, -5, 999, Number.NaN]) {
      await expect(signAgentToken(secret, { name: 'Ada', ttlMs })).rejects.toThrow(/from 1 s to 30 days/);
    }
  });
});

describe('agent tokens signed elsewhere', () => {
  const secret = 'y'.repeat(32);
  const DAY_S = 86_400;
  /** A token made with jose directly, as another tool holding the secret would; times in seconds. */
  const foreignToken = (times: { iat?: number; exp: number }) => {
    const jwt = new SignJWT({ name: 'Ada', role: 'agent', teams: [] })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('ada')
      .setIssuer('baton')
      .setAudience('baton-agent')
      .setExpirationTime(times.exp);
    return (times.iat === undefined ? jwt : jwt.setIssuedAt(times.iat)).sign(new TextEncoder().encode(secret));
  };

  it('accepts a foreign token that keeps to the rules', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await verifyAgentToken(secret, await foreignToken({ iat: now - 60, exp: now - 60 + 30 * DAY_S }), Date.now())).toMatchObject({ ok: true, agent: { id: 'ada' } });
  });

  it('refuses a token without an issue time: its lifetime cannot be checked', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await verifyAgentToken(secret, await foreignToken({ exp: now + 3_600 }), Date.now())).toEqual({
      ok: false,
      reason: 'the agent token is not valid here: missing required "iat" claim',
    });
  });

  it('refuses a token that lives longer than 30 days, although it has not expired', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const token of [await foreignToken({ iat: now - 60, exp: now - 60 + 30 * DAY_S + 1 }), await foreignToken({ iat: now, exp: now + 10 * 365 * DAY_S })]) {
      expect(await verifyAgentToken(secret, token, Date.now())).toEqual({ ok: false, reason: 'the agent token lives longer than 30 days; sign a new one' });
    }
  });

  it('refuses a token issued more than a minute in the future (a clock set ahead would stretch its life)', async () => {
    const now = Date.now();
    const ahead = await signAgentToken(secret, { name: 'Ada', ttlMs: 30 * 86_400_000, now: now + 10 * 60_000 });
    expect(await verifyAgentToken(secret, ahead, now)).toEqual({ ok: false, reason: 'the agent token was issued in the future; check the clock where it was signed' });
    const foreign = await foreignToken({ iat: Math.floor(now / 1000) + 120, exp: Math.floor(now / 1000) + 3_600 });
    expect((await verifyAgentToken(secret, foreign, now)).ok).toBe(false);
    // Clocks drift a little: a token from a machine a few seconds ahead is fine.
    const slightlyAhead = await signAgentToken(secret, { name: 'Ada', ttlMs: 3_600_000, now: now + 30_000 });
    expect((await verifyAgentToken(secret, slightlyAhead, now)).ok).toBe(true);
  });
});
