import type { IncomingMessage, ServerResponse } from 'node:http';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsSchema } from '@baton/protocol';
import { signAgentToken } from '../src/index.js';
import { AGENT_SECRET, DESK_ORIGIN, requestTakeover, startRelay, testConfig, uid, type TestRelay } from './harness.js';

/**
 * Reads a response to the end on its own thread, as a client on another machine would: it keeps up
 * with the relay and shares no event loop with it. Posts `{ streaming }` at the first bytes, then
 * `{ lines }` at the end.
 */
const FAST_READER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const response = await fetch(workerData.url, { headers: workerData.headers });
  let lines = 0;
  for await (const chunk of response.body) {
    if (lines === 0) parentPort.postMessage({ streaming: true });
    for (const byte of chunk) if (byte === 10) lines += 1;
  }
  parentPort.postMessage({ lines });
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

describe('HTTP: health, metrics, audit export; analytics', () => {
  let relay: TestRelay;
  let supervisorToken: string;
  let escalationId: string;

  beforeAll(async () => {
    relay = await startRelay({ config: testConfig({ routing: [{ id: 'fraud', match: { rule: 'fraud' }, route: { team: 'fraud' } }, { id: 'everyone' }] }) });
    supervisorToken = await signAgentToken(AGENT_SECRET, { name: 'Sam Supervisor', role: 'supervisor', ttlMs: 60_000 });
    const agent = await relay.agent({ name: 'Ada, "the" Agent', id: 'ada', teams: ['fraud'] });
    const customer = await relay.customer({ visitorId: 'repeat-visitor' });
    ({ escalationId } = await requestTakeover(customer, { decision: { trigger: 'topic', rule: 'fraud', severity: 'high' } }));
    await agent.emitWithAck('escalation:claim', { escalationId });
    await agent.emitWithAck('agent:message', { id: uid('m'), escalationId, text: 'Hello' });
    await agent.emitWithAck('escalation:resolve', { id: uid('r'), escalationId, action: 'resolved', note: '=HYPERLINK("http://evil")\nsecond line' });
    await requestTakeover(customer);
  });
  afterAll(async () => {
    await relay.stop();
  });

  it('/healthz reports the store and connections', async () => {
    const response = await fetch(`${relay.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', protocol: 1, store: 'sqlite', connections: { customer: 1, agent: 1 } });
  });

  it('/metrics speaks Prometheus text with the relay counters', async () => {
    const response = await fetch(`${relay.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/baton_escalations_total\{kind="takeover",trigger="topic",severity="high",status="queued"\} 1/);
    expect(text).toMatch(/baton_claims_total\{outcome="won"\} 1/);
    expect(text).toMatch(/baton_connections\{namespace="customer"\} 1/);
    expect(text).toMatch(/baton_queue_depth\{kind="takeover"\} 1/);
    expect(text).toMatch(/baton_command_duration_seconds_count\{namespace="agent",command="escalation:claim"\} 1/);
  });

  it('answers 404 on unknown paths and 405 on other methods', async () => {
    expect((await fetch(`${relay.url}/nope`)).status).toBe(404);
    expect((await fetch(`${relay.url}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('exports the audit log as JSONL for supervisors only', async () => {
    expect((await fetch(`${relay.url}/audit/export`)).status).toBe(401);
    const agentToken = await signAgentToken(AGENT_SECRET, { name: 'Ada', ttlMs: 60_000 });
    expect((await fetch(`${relay.url}/audit/export`, { headers: { authorization: `Bearer ${agentToken}` } })).status).toBe(403);
    expect((await fetch(`${relay.url}/audit/export`, { headers: { authorization: 'Bearer forged' } })).status).toBe(401);

    const response = await fetch(`${relay.url}/audit/export?format=jsonl`, { headers: { authorization: `Bearer ${supervisorToken}`, origin: DESK_ORIGIN } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(DESK_ORIGIN);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="baton-audit-\d{4}-\d{2}-\d{2}\.jsonl"/);
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.action)).toEqual(['escalation_created', 'claim', 'message', 'resolve', 'escalation_created']);
    expect(lines[1]).toMatchObject({ actor_type: 'agent', actor_id: 'ada', escalation_id: escalationId, duration_ms: expect.any(Number) });
    expect(lines[3]).toMatchObject({ note: '=HYPERLINK("http://evil")\nsecond line', detail: { action: 'resolved' } });
  });

  it('exports CSV with quoting, and defuses spreadsheet formulas', async () => {
    const response = await fetch(`${relay.url}/audit/export?format=csv`, { headers: { authorization: `Bearer ${supervisorToken}` } });
    const text = await response.text();
    const [header] = text.split('\r\n');
    expect(header).toBe('seq,at,actor_type,actor_id,actor_name,action,escalation_id,conversation_id,note,duration_ms,detail');
    expect(text).toContain(`"Ada, ""the"" Agent"`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")\nsecond line"`);
    expect(text).toContain('"{""action"":""resolved""}"');
  });

  it('filters the export by time and rejects a bad format', async () => {
    const headers = { authorization: `Bearer ${supervisorToken}` };
    const future = await fetch(`${relay.url}/audit/export?from=2999-01-01T00:00:00Z`, { headers });
    expect(await future.text()).toBe('');
    expect((await fetch(`${relay.url}/audit/export?format=xml`, { headers })).status).toBe(400);
    expect((await fetch(`${relay.url}/audit/export?from=yesterday`, { headers })).status).toBe(400);
  });

  it('analytics:get answers supervisors with the DESIGN.md figures', async () => {
    const agent = await relay.agent({ name: 'Ada' });
    expect(await agent.emitWithAck('analytics:get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const boss = await relay.agent({ role: 'supervisor', name: 'Sam Supervisor' });
    const answer = await boss.emitWithAck('analytics:get', { timezone: 'Europe/Paris' });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const analytics = analyticsSchema.parse(answer.analytics);
    expect(analytics.escalations).toBe(2);
    expect(analytics.conversations).toBe(2);
    expect(analytics.byTrigger.find((t) => t.trigger === 'topic')).toEqual({ trigger: 'topic', count: 1, conversations: 1, rate: 0.5 });
    expect(analytics.topRules).toEqual([{ rule: 'fraud', count: 1 }]);
    expect(analytics.resolutions).toEqual([{ action: 'resolved', count: 1 }]);
    expect(analytics.outcomesByRule).toEqual([
      { rule: 'explicit_request', trigger: 'explicit_request', escalations: 1, resolved: 0, actions: {} },
      { rule: 'fraud', trigger: 'topic', escalations: 1, resolved: 1, actions: { resolved: 1 } },
    ]);
    expect(analytics.sla).toMatchObject({ met: 1, breached: 0, compliance: 1 });
    expect(analytics.resolutionTime.find((r) => r.severity === 'high')).toMatchObject({ count: 1, meanMs: expect.any(Number) });
    expect(analytics.repeatCustomers).toEqual({ count: 1, top: [{ customer: 'v:repeat-visitor', escalations: 2 }] });
    expect(analytics.byHour.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await boss.emitWithAck('analytics:get', { timezone: 'Mars/Olympus' })).toMatchObject({ ok: false, error: { code: 'invalid_payload', issues: [{ path: 'timezone' }] } });
  });
});

describe('HTTP: a large audit export', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startRelay();
  });
  afterAll(async () => {
    await relay.stop();
  });

  it('leaves the relay answering: a command sent while the export streams is answered before it ends', async () => {
    const entries = 20_000;
    await relay.store.appendEvents('bulk', {
      at: Date.now(),
      events: [],
      audit: Array.from({ length: entries }, (_, i) => ({ actorType: 'system' as const, actorId: null, actorName: null, action: 'sla_warning' as const, note: `entry ${i}` })),
    });
    const customer = await relay.customer();
    const conversationId = uid('conv');
    await customer.emitWithAck('conversation:open', { id: conversationId });

    const order: string[] = [];
    const watchExport = (req: IncomingMessage, res: ServerResponse) => {
      if (req.url?.startsWith('/audit/export')) res.once('finish', () => order.push('export finished'));
    };
    relay.http.on('request', watchExport);
    const token = await signAgentToken(AGENT_SECRET, { name: 'Sam Supervisor', role: 'supervisor', ttlMs: 60_000 });
    const reader = new Worker(FAST_READER, { eval: true, workerData: { url: `${relay.url}/audit/export?format=jsonl`, headers: { authorization: `Bearer ${token}` } } });
    try {
      const answered = new Promise<void>((resolve, reject) => {
        reader.once('message', () =>
          customer.emitWithAck('customer:typing', { conversationId, typing: true }).then(() => {
            order.push('command answered');
            resolve();
          }, reject),
        );
      });
      const lines = new Promise<number>((resolve, reject) => {
        reader.on('message', (message: { lines?: number; error?: string }) => {
          if (message.lines !== undefined) resolve(message.lines);
          if (message.error !== undefined) reject(new Error(message.error));
        });
        reader.on('error', reject);
      });
      expect(await lines).toBe(entries);
      await answered;
      expect(order).toEqual(['command answered', 'export finished']);
    } finally {
      relay.http.off('request', watchExport);
      await reader.terminate();
    }
  });
});
