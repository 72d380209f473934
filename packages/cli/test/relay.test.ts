import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@baton/protocol';
import { createSqliteStore } from '@baton/relay';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const main = join(root, 'packages/cli/src/main.ts');
// Resolved here so the CLI can run from any working directory (the default database lands in its cwd).
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const SECRET = 'cli-relay-secret-0123456789-abcdefghijk';

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** The conventional uid (and gid) of `nobody` on Debian. */
const NOBODY = 65534;

function baton(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; uid?: number } = {}): Run {
  const child = spawn(process.execPath, ['--import', tsx, main, ...args], {
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    cwd: options.cwd ?? root,
    env: { ...process.env, RELAY_PORT: '', BATON_AGENT_SECRET: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

async function listening(run: Run): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const match = /listening on (http:\/\/\S+)/.exec(run.stdout());
    if (match) return match[1]!;
    if (run.child.exitCode !== null || Date.now() > deadline) throw new Error(`relay did not start:\n${run.stdout()}\n${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('baton relay', () => {
  const dirs: string[] = [];
  const runs: Run[] = [];
  const tmp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-cli-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const run of runs.splice(0)) {
      if (run.child.exitCode === null) {
        run.child.kill('SIGKILL');
        await run.exit;
      }
    }
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('without --config runs the development setup, prints a working agent token, and stops cleanly on SIGTERM', async () => {
    const cwd = tmp();
    const run = baton(['relay', '--port', '0'], { cwd });
    runs.push(run);
    const url = await listening(run);
    expect(run.stdout()).toContain('Development configuration: site key "demo"');
    expect(run.stdout()).toContain('http://localhost:5173');
    const token = /valid 24 h\):\n(\S+)/.exec(run.stdout())?.[1];
    expect(token).toBeDefined();
    expect(existsSync(join(cwd, '.baton', 'relay.sqlite'))).toBe(true);

    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok' });
    const agent = io(`${url}/agent`, { forceNew: true, transports: ['websocket'], reconnection: false, auth: { protocolVersion: PROTOCOL_VERSION, token } });
    const snapshot = await new Promise<{ agent: { name: string; role: string } }>((resolve, reject) => {
      agent.once('queue:snapshot', resolve);
      agent.once('connect_error', reject);
    });
    expect(snapshot.agent).toMatchObject({ name: 'Demo Agent', role: 'supervisor' });
    const customer = io(`${url}/customer`, {
      forceNew: true,
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { origin: 'http://localhost:5173' },
      auth: { protocolVersion: PROTOCOL_VERSION, siteKey: 'demo', visitorId: 'cli-visitor' },
    });
    expect(await customer.emitWithAck('conversation:open', { id: 'cli-conv' })).toMatchObject({ ok: true });

    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toContain('Baton relay stopped.');
    agent.disconnect();
    customer.disconnect();
  });

  it('runs a YAML config; `baton token --config` signs tokens it accepts', async () => {
    const dir = tmp();
    const config = join(dir, 'baton.config.yaml');
    writeFileSync(config, ['sites:', '  - key: shop', '    origins: [https://shop.example]', 'agents:', `  secret: ${SECRET}`, 'routing:', '  - id: legal', '    match: { rule: legal }', '    route: { team: legal }', '  - id: everyone', ''].join('\n'));
    const run = baton(['relay', '--config', config, '--port', '0', '--db', join(dir, 'data', 'relay.sqlite')]);
    runs.push(run);
    const url = await listening(run);
    expect(run.stdout()).not.toContain('Development');
    expect(existsSync(join(dir, 'data', 'relay.sqlite'))).toBe(true);

    const signed = baton(['token', '--name', 'Lee Legal', '--team', 'legal', '--config', config]);
    expect(await signed.exit).toBe(0);
    const token = signed.stdout().trim();
    const agent = io(`${url}/agent`, { forceNew: true, transports: ['websocket'], reconnection: false, auth: { protocolVersion: PROTOCOL_VERSION, token } });
    const snapshot = await new Promise<{ agent: { teams: string[] } }>((resolve, reject) => {
      agent.once('queue:snapshot', resolve);
      agent.once('connect_error', reject);
    });
    expect(snapshot.agent.teams).toEqual(['legal']);
    agent.disconnect();
  });

  it('reports an invalid config with the path of each problem (exit 1)', async () => {
    const dir = tmp();
    const config = join(dir, 'baton.config.json');
    writeFileSync(config, JSON.stringify({ sites: [{ key: 'shop', origins: ['shop.example'] }], agents: {}, sla: { review: { critical: 'soon' } } }));
    const run = baton(['relay', '--config', config, '--port', '0', '--db', join(dir, 'r.sqlite')]);
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain(`invalid config ${config}:`);
    expect(run.stderr()).toContain('sites.0.origins.0: expected an origin');
    expect(run.stderr()).toContain('agents.secret: expected the agent token secret (or set BATON_AGENT_SECRET)');
    expect(run.stderr()).toContain('sla.review.critical: expected a duration');
  });

  it('asks for the agent secret by its path when the config has no agents section (relay and token)', async () => {
    const config = join(tmp(), 'baton.config.yaml');
    writeFileSync(config, 'sites:\n  - key: shop\n    origins: ["https://shop.example"]\n');
    for (const args of [['relay', '--config', config, '--port', '0'], ['token', '--name', 'Ada', '--config', config]]) {
      const run = baton(args);
      expect(await run.exit).toBe(1);
      expect(run.stderr()).toBe(`baton: invalid config ${config}:\n  agents.secret: expected the agent token secret (or set BATON_AGENT_SECRET)\n`);
    }
  });

  it.each([
    ['syntax.json', '{"sites": [}', 'line 1, column 12: not valid JSON: expected a value, found "}"'],
    ['duplicate.json', '{"sites": [{"key": "shop", "origins": ["*"]}],\n "agents": {"secret": "a", "secret": "b"}}', 'line 2, column 28: duplicate key "secret" in agents'],
    ['syntax.yaml', 'sites:\n  - key: shop\n    origins: [https://shop.example\n', 'line 4, column 1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['empty.yaml', '# filled in by the deploy script\n', 'the file is empty: it holds only comments'],
    ['empty.json', '', 'the file is empty'],
  ])('refuses a config (%s) that does not parse in one line: where and why (exit 1)', async (name, content, problem) => {
    const config = join(tmp(), name);
    writeFileSync(config, content);
    const run = baton(['relay', '--config', config, '--port', '0']);
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toBe(`baton: invalid config ${config}: ${problem}\n`);
    expect(run.stdout()).toBe('');
  });

  it('says a config that is a directory is a directory (exit 1)', async () => {
    const dir = tmp();
    const run = baton(['relay', '--config', dir, '--port', '0']);
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toBe(`baton: cannot read config ${dir}: it is a directory\n`);
  });

  it('takes the agent secret from BATON_AGENT_SECRET when the config leaves it out', async () => {
    const dir = tmp();
    const config = join(dir, 'baton.config.yaml');
    writeFileSync(config, 'sites:\n  - key: shop\n    origins: ["*"]\n');
    const run = baton(['relay', '--config', config, '--port', '0', '--db', join(dir, 'r.sqlite')], { env: { BATON_AGENT_SECRET: SECRET } });
    runs.push(run);
    await listening(run);
  });

  it('reports a --db it cannot open in one line, without a stack trace (exit 1)', async () => {
    const dir = tmp();
    const notDatabase = join(dir, 'notes.sqlite');
    writeFileSync(notDatabase, 'these are my notes, not a database; '.repeat(200));
    const cases: Array<[string, string]> = [
      [dir, 'it is a directory'],
      [notDatabase, 'file is not a database'],
      [join(notDatabase, 'relay.sqlite'), `${notDatabase} is not a directory`],
    ];
    for (const [db, reason] of cases) {
      const run = baton(['relay', '--port', '0', '--db', db]);
      expect(await run.exit).toBe(1);
      expect(run.stderr()).toBe(`baton: relay: cannot open the database ${db}: ${reason}\n`);
      expect(run.stdout()).toBe('');
    }
  });

  it('refuses a second relay on a database another one is serving, unless told to take it over', async () => {
    const db = join(tmp(), 'relay.sqlite');
    const first = baton(['relay', '--port', '0', '--db', db]);
    runs.push(first);
    await listening(first);
    const second = baton(['relay', '--port', '0', '--db', db]);
    expect(await second.exit).toBe(1);
    expect(second.stderr()).toMatch(new RegExp(`^baton: relay: cannot open the database ${db}: another relay is using it \\(process ${first.child.pid} on .+\\); run one relay per database: stop that one first, or, if that process is not a Baton relay, take the file over \\(--take-over\\)\n$`));
    expect(second.stdout()).toBe('');
    const forced = baton(['relay', '--port', '0', '--db', db, '--take-over']);
    runs.push(forced);
    expect(await listening(forced)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('stops with exit 1, saying why, when another relay takes its database over', async () => {
    const db = join(tmp(), 'relay.sqlite');
    const run = baton(['relay', '--port', '0', '--db', db]);
    runs.push(run);
    await listening(run);
    const taker = createSqliteStore(db, { takeOver: true });
    try {
      // With no traffic at all, its heartbeat (every 5 s) finds the file taken.
      const exit = await Promise.race([run.exit, new Promise((resolve) => setTimeout(() => resolve('still running after 10 s'), 10_000).unref())]);
      expect(exit).toBe(1);
      // Besides the JSON log lines, one line for a person.
      const said = run.stderr().split('\n').filter((line) => line !== '' && !line.startsWith('{'));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(
        new RegExp(`^baton relay: stopping: another relay took over this database \\(${db}\\): process ${process.pid} on ${hostname()}, since \\S+Z; this relay no longer writes to it$`),
      );
      expect(run.stdout()).toContain('Baton relay stopped.');
      await taker.ping();
    } finally {
      await taker.close();
    }
  });

  it('on a port in use, says so without first logging "relay ready" (exit 1)', async () => {
    const squatter = createServer();
    squatter.listen(0, '127.0.0.1');
    await once(squatter, 'listening');
    const { port } = squatter.address() as AddressInfo;
    try {
      const run = baton(['relay', '--port', String(port), '--db', join(tmp(), 'r.sqlite')]);
      expect(await run.exit).toBe(1);
      expect(run.stderr()).toBe(`baton: relay: port ${port} is already in use on 127.0.0.1; pick another with --port\n`);
      expect(run.stdout()).toBe('');
    } finally {
      squatter.close();
    }
  });

  it('logs "relay ready" once it listens', async () => {
    const run = baton(['relay', '--port', '0', '--db', join(tmp(), 'r.sqlite')]);
    runs.push(run);
    await listening(run);
    await expect.poll(run.stderr).toMatch(/"message":"relay ready"/);
  });

  it('exits at once on a second SIGTERM while the first is still stopping it (exit 1)', async () => {
    const run = baton(['relay', '--port', '0', '--db', join(tmp(), 'r.sqlite')]);
    runs.push(run);
    const url = new URL(await listening(run));
    // A request whose headers never finish holds the graceful stop for a second (until the relay
    // closes every connection), long enough to send the second signal.
    const unfinished = connect(Number(url.port), url.hostname);
    await once(unfinished, 'connect');
    unfinished.on('error', () => {});
    unfinished.write('GET /healthz HTTP/1.1\r\nHost: relay\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      run.child.kill('SIGTERM');
      await expect.poll(run.stdout).toContain('SIGTERM: finishing running commands, then stopping');
      run.child.kill('SIGTERM');
      expect(await run.exit).toBe(1);
      expect(run.stderr()).toContain('baton relay: SIGTERM again, exiting now\n');
      expect(run.stdout()).not.toContain('Baton relay stopped.');
    } finally {
      unfinished.destroy();
    }
  });

  it('names the database when the working directory is not writable (exit 1)', async () => {
    const cwd = tmp();
    chmodSync(cwd, 0o555);
    try {
      // root may write anywhere: as root (CI), run the relay as the unprivileged user `nobody`.
      const run = baton(['relay', '--port', '0'], { cwd, ...(process.getuid?.() === 0 ? { uid: NOBODY } : {}) });
      expect(await run.exit).toBe(1);
      expect(run.stderr()).toBe(`baton: relay: cannot open the database ${join(cwd, '.baton', 'relay.sqlite')}: permission denied creating ${join(cwd, '.baton')}\n`);
    } finally {
      chmodSync(cwd, 0o755);
    }
  });

  it('uses --port even when $RELAY_PORT is not a port', async () => {
    const dir = tmp();
    const run = baton(['relay', '--port', '0', '--db', join(dir, 'r.sqlite')], { env: { RELAY_PORT: 'abc' } });
    runs.push(run);
    await listening(run);
    expect(run.stderr()).not.toContain('RELAY_PORT');
  });

  it('blames $RELAY_PORT, not --port, for a bad $RELAY_PORT (exit 2)', async () => {
    const dir = tmp();
    const run = baton(['relay', '--db', join(dir, 'r.sqlite')], { env: { RELAY_PORT: 'abc' } });
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toBe('baton: relay: $RELAY_PORT expects a whole number from 0 to 65535, got "abc"\n');
  });

  it.each([
    [['relay', '--port', '99999'], /--port expects a whole number from 0 to 65535, got "99999"/],
    [['relay', '--port', '-1'], /^baton: relay: --port expects a whole number from 0 to 65535, got "-1"\n$/],
    [['relay', '--verbose'], /Unknown option '--verbose'/],
    [['relay', 'extra'], /Unexpected argument 'extra'/],
  ])('%j is a usage error: exit 2 with the reason', async (args, message) => {
    const run = baton(args);
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toMatch(message);
  });
});
