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
