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
