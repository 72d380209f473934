import type { IncomingMessage, ServerResponse } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { PROTOCOL_VERSION } from '@baton/protocol';
import { verifyAgentToken } from './auth/agent-token.js';
import { originAllowed } from './auth/origin.js';
import type { RelayContext } from './context.js';
import type { AuditEntry } from './store/store.js';

/** Audit entries per store read: one page is the most the export does between two turns of the event loop. */
const AUDIT_PAGE = 500;
const CSV_COLUMNS = ['seq', 'at', 'actor_type', 'actor_id', 'actor_name', 'action', 'escalation_id', 'conversation_id', 'note', 'duration_ms', 'detail'] as const;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return match ? match[1]!.trim() : null;
}

/**
 * One CSV cell. Cells a spreadsheet would read as a formula (=, +, -, @) get a leading quote mark,
 * so an agent's note cannot run as a formula on a supervisor's machine.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function auditRecord(entry: AuditEntry) {
  return {
    seq: entry.seq,
    at: new Date(entry.at).toISOString(),
    actor_type: entry.actorType,
    actor_id: entry.actorId,
    actor_name: entry.actorName,
    action: entry.action,
    escalation_id: entry.escalationId,
    conversation_id: entry.conversationId,
    note: entry.note,
    duration_ms: entry.durationMs,
    detail: entry.detail,
  };
}

/** Resolves once the response takes more again, or is closed: 'drain' never comes to a client that went away. */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function parseInstant(value: string | null, fallback: number): number | null {
  if (value === null || value === '') return fallback;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : at;
}

/**
 * `/healthz`, `/metrics` and `/audit/export`. Returns false for any other path so the host's own
 * request handlers (if any) can answer.
 */
export function httpRoutes(ctx: RelayContext, startedAt: number, connections: () => { customer: number; agent: number }) {
  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    if (!origin || !originAllowed(origin, ctx.config.agents.origins)) return {};
    return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-allow-headers': 'authorization', 'access-control-allow-methods': 'GET' };
  };

  async function health(res: ServerResponse) {
    try {
      await ctx.store.ping();
      sendJson(res, 200, { status: 'ok', protocol: PROTOCOL_VERSION, store: ctx.store.kind, uptimeMs: ctx.clock.now() - startedAt, connections: connections(), agentsOnline: ctx.presence.count });
    } catch (error) {
      sendJson(res, 503, { status: 'unavailable', store: ctx.store.kind, error: String(error) });
    }
  }

  async function metrics(req: IncomingMessage, res: ServerResponse) {
    const token = ctx.config.http.metricsToken;
    if (token !== undefined && bearer(req) !== token) return sendJson(res, 401, { error: 'metrics need Authorization: Bearer <http.metricsToken>' });
    ctx.metrics.agentsOnline.set(ctx.presence.count);
    const body = await ctx.metrics.registry.metrics();
    res.writeHead(200, { 'content-type': ctx.metrics.registry.contentType });
    res.end(body);
  }

  async function auditExport(req: IncomingMessage, res: ServerResponse, url: URL) {
    const cors = corsHeaders(req);
    const token = bearer(req);
    if (!token) return sendJson(res, 401, { error: 'the audit export needs Authorization: Bearer <supervisor token>' }, { ...cors, 'www-authenticate': 'Bearer' });
    const verified = await verifyAgentToken(ctx.config.agents.secret, token, ctx.clock.now());
    if (!verified.ok) return sendJson(res, 401, { error: verified.reason }, { ...cors, 'www-authenticate': 'Bearer error="invalid_token"' });
    if (verified.agent.role !== 'supervisor') return sendJson(res, 403, { error: 'the audit export is for supervisors' }, cors);
    const format = url.searchParams.get('format') ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'csv') return sendJson(res, 400, { error: 'expected format=jsonl or format=csv' }, cors);
    const from = parseInstant(url.searchParams.get('from'), 0);
    const to = parseInstant(url.searchParams.get('to'), ctx.clock.now() + 1);
    if (from === null || to === null) return sendJson(res, 400, { error: 'expected from and to as ISO-8601 date-times' }, cors);

    const stamp = new Date(ctx.clock.now()).toISOString().slice(0, 10);
    res.writeHead(200, {
      ...cors,
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="baton-audit-${stamp}.${format}"`,
      'cache-control': 'no-store',
    });
    /**
     * Writes a chunk, waits while the client is behind, then gives the event loop a turn before the
     * next page. The store answers synchronously, and when the socket takes a chunk at once its
     * 'drain' comes on the next tick, not a later turn: without the turn a large export would hold
     * every socket and request of the relay until it ended.
     */
    const write = async (chunk: string) => {
      if (!res.write(chunk)) await drainedOrClosed(res);
      await nextTurn();
    };
    if (format === 'csv') await write(`${CSV_COLUMNS.join(',')}\r\n`);
    let afterSeq = 0;
    for (;;) {
      const page = await ctx.store.auditPage({ from, to, afterSeq, limit: AUDIT_PAGE });
      let chunk = '';
      for (const entry of page) {
        const record = auditRecord(entry);
        chunk += format === 'csv' ? `${CSV_COLUMNS.map((column) => csvCell(record[column])).join(',')}\r\n` : `${JSON.stringify(record)}\n`;
      }
      if (chunk) await write(chunk);
      // A client that went away stops the export.
      if (page.length < AUDIT_PAGE || res.destroyed) break;
      afterSeq = page.at(-1)!.seq;
    }
    res.end();
  }

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://relay.invalid');
    const route = url.pathname;
    if (route !== '/healthz' && route !== '/metrics' && route !== '/audit/export') return false;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders(req));
      res.end();
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: `${req.method} is not supported here; use GET` }, { allow: 'GET' });
      return true;
    }
    const run = route === '/healthz' ? health(res) : route === '/metrics' ? metrics(req, res) : auditExport(req, res, url);
    run.catch((error) => {
      ctx.logger.error('HTTP handler failed', { route, error: String(error) });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
    return true;
  };
}
