import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore, DEVELOPMENT_AGENT_SECRET, verifyAgentToken } from '../../packages/relay/src/index.js';
import { DemoStartError, startDemo, type RunningDemo } from '../../demo/server.js';

const dir = mkdtempSync(join(tmpdir(), 'baton-demo-test-'));
const cacheDir = join(dir, 'vite-cache');

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, body: await response.text() };
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch {
    return true;
  }
}

describe('startDemo()', () => {
  let demo: RunningDemo;

  beforeAll(async () => {
    demo = await startDemo({ relayPort: 0, port: 0, dbFile: join(dir, 'relay.sqlite'), cacheDir, viteLogLevel: 'silent', watch: false });
  }, 60_000);

  afterAll(async () => {
    await demo?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves every page with its element and a module script that compiles', async () => {
    const expected: Record<keyof RunningDemo['pages'], { tag: string; script: string }> = {
      storefront: { tag: '<baton-chat', script: '/src/storefront/storefront.ts' },
      dropin: { tag: '<baton-handoff', script: '/src/dropin/dropin.ts' },
      desk: { tag: '<baton-desk', script: '/src/desk/desk.ts' },
      gallery: { tag: 'id="stage"', script: '/src/gallery/gallery.ts' },
      playground: { tag: 'id="playground"', script: '/src/playground/playground.ts' },
    };
    for (const [page, { tag, script }] of Object.entries(expected) as Array<[keyof RunningDemo['pages'], { tag: string; script: string }]>) {
      const html = await get(demo.pages[page]);
      expect(html.status, page).toBe(200);
      expect(html.body, page).toContain(tag);
      expect(html.body, page).toContain('aria-label="Demo pages"');
      expect(html.body, page).toContain(`src="${script}"`);
      const module = await get(`${demo.url}${script}`);
      expect(module.status, script).toBe(200);
      expect(module.body, script).toMatch(/^import /m);
    }
  });

  it('hands the relay URL and both agent tokens to the pages', async () => {
    const env = await get(`${demo.url}/src/shared/demo-env.ts`);
    expect(env.body).toContain(JSON.stringify(demo.relayUrl));
    for (const agent of demo.agents) expect(env.body).toContain(agent.token);
    const [first, second] = await Promise.all(demo.agents.map((a) => verifyAgentToken(DEVELOPMENT_AGENT_SECRET, a.token, Date.now())));
    expect(first).toMatchObject({ ok: true, agent: { id: 'demo-agent', role: 'supervisor' } });
    expect(second).toMatchObject({ ok: true, agent: { id: 'demo-agent-2', role: 'agent' } });
    expect(demo.agents[1].deskUrl).toBe(`${demo.pages.desk}?agent=2`);
  });

  it('runs a relay that answers and admits the demo pages’ origin only', async () => {
    expect(JSON.parse((await get(`${demo.relayUrl}/healthz`)).body)).toMatchObject({ status: 'ok', store: 'sqlite' });
    const handshake = `${demo.relayUrl}/socket.io/?EIO=4&transport=polling`;
    expect((await get(handshake, { origin: demo.url })).status).toBe(200);
    expect((await get(handshake, { origin: 'http://evil.example' })).status).not.toBe(200);
  });

  it('takes the relay down and brings it back on the same port', async () => {
    await demo.stopRelay();
    expect(await refused(`${demo.relayUrl}/healthz`)).toBe(true);
    expect((await get(demo.pages.storefront)).status).toBe(200);
    await demo.startRelay();
    expect((await get(`${demo.relayUrl}/healthz`)).status).toBe(200);
  });

  it('names the port that is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      await expect(startDemo({ relayPort: taken, port: 0, dbFile: join(dir, 'other.sqlite'), cacheDir, viteLogLevel: 'silent' })).rejects.toThrow(
        new DemoStartError(`the relay's port ${taken} is already in use: stop what runs there, or pick another with RELAY_PORT=…`),
      );
      await expect(startDemo({ relayPort: 0, port: taken, dbFile: join(dir, 'other.sqlite'), cacheDir, viteLogLevel: 'silent' })).rejects.toThrow(
        `the demo's port ${taken} is already in use`,
      );
    } finally {
      blocker.close();
    }
  });
});

describe('startDemo().stop()', () => {
  it('stops both servers and frees their ports', async () => {
    const demo = await startDemo({ relayPort: 0, port: 0, dbFile: join(dir, 'stop.sqlite'), cacheDir, viteLogLevel: 'silent' });
    await demo.stop();
    await demo.stop();
    expect(await refused(`${demo.relayUrl}/healthz`)).toBe(true);
    expect(await refused(demo.pages.storefront)).toBe(true);
  }, 60_000);
});

describe('pnpm start', () => {
  it('says in one line that another relay holds the database, and exits 1', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const held = mkdtempSync(join(tmpdir(), 'baton-start-test-'));
    const dbFile = join(held, 'relay.sqlite');
    const holder = createSqliteStore(dbFile);
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: { ...process.env, RELAY_PORT: '0', PORT: '0', RELAY_DB: dbFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (chunk) => (stdout += chunk));
      child.stderr!.on('data', (chunk) => (stderr += chunk));
      // Bounded here rather than by the test's timeout, so that `finally` stops a demo that did start.
      const code = await new Promise((resolve) => {
        child.once('exit', resolve);
        setTimeout(() => resolve('still running after 30 s'), 30_000).unref();
      });
      expect(stderr).toMatch(
        new RegExp(`^pnpm start: another relay is using ${dbFile} \\(process ${process.pid} on ${hostname()}, since \\S+Z\\); stop it first \\(is \`pnpm start\` already running\\?\\)\n$`),
      );
      expect(code).toBe(1);
      expect(stdout).toBe('');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await holder.close();
      rmSync(held, { recursive: true, force: true });
    }
  }, 60_000);
});
