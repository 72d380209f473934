import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestTakeover, startRelay, uid, type AgentClient, type TestRelay } from './harness.js';

describe('claim race', () => {
  let relay: TestRelay;
  let agents: AgentClient[];
  beforeAll(async () => {
    relay = await startRelay();
    agents = await Promise.all(Array.from({ length: 50 }, (_, i) => relay.agent({ name: `Agent ${i}`, id: `agent-${i}` })));
  });
  afterAll(async () => {
    await relay.stop();
  });

  it('50 agents claim the same escalation at once: exactly one wins, every other gets already_claimed (10 rounds)', async () => {
    for (let round = 0; round < 10; round++) {
      const customer = await relay.customer();
      const { escalationId } = await requestTakeover(customer);
      const results = await Promise.all(agents.map((agent) => agent.emitWithAck('escalation:claim', { escalationId })));
      const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
      expect(winners).toHaveLength(1);
      const losers = results.filter((r) => !r.ok);
      expect(losers).toHaveLength(49);
      for (const loser of losers) expect(loser).toMatchObject({ ok: false, error: { code: 'already_claimed' } });
      const stored = await relay.store.getEscalation(escalationId);
      expect(stored?.assignee?.id).toBe(`agent-${winners[0]}`);
      const claims = await relay.store.auditPage({ from: 0, to: Date.now() + 1, afterSeq: 0, limit: 1_000, actions: ['claim'] });
      expect(claims.filter((c) => c.escalationId === escalationId)).toHaveLength(1);
      customer.disconnect();
    }
  });

  it('a customer cancelling while agents claim always cancels: whoever claimed first loses the handoff (15 rounds)', async () => {
    // Agents of their own: the 50 above have spent much of their rate limit.
    const claimers = await Promise.all(Array.from({ length: 10 }, (_, i) => relay.agent({ name: `Claimer ${i}`, id: `claimer-${i}` })));
    for (let round = 0; round < 15; round++) {
      const customer = await relay.customer();
      const { escalationId, conversationId } = await requestTakeover(customer);
      const claims = Promise.all(claimers.map((agent) => agent.emitWithAck('escalation:claim', { escalationId })));
      const cancelled = await customer.emitWithAck('handoff:cancel', { conversationId, escalationId, reason: 'sorted it myself' });
      expect(cancelled).toEqual({ ok: true, status: 'returned' });
      expect(await relay.store.getEscalation(escalationId)).toMatchObject({ status: 'cancelled' });
      const winner = (await claims).findIndex((claim) => claim.ok);
      if (winner >= 0) {
        expect(await claimers[winner]!.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'Hello?' })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
      }
      customer.disconnect();
    }
  });
});
