import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { SchemaError } from '@baton/protocol';
import {
  DEVELOPMENT_AGENT_SECRET,
  createRelay,
  createSqliteStore,
  developmentConfig,
  jsonLogger,
  parseRelayConfig,
  signAgentToken,
  type Logger,
  type RelayConfig,
  type SqliteStoreOptions,
} from '@baton/relay';
import { CliError, parseCommandArgs, type Command } from '../command.js';
import { parseDocument, readDocumentFile } from '../document-file.js';

const HELP = `usage: baton relay [--config FILE] [--port N] [--db FILE] [--host HOST] [--take-over]

Runs the Baton relay: socket.io namespaces /customer and /agent, plus /healthz, /metrics and
/audit/export. Without --config it runs a development configuration (site key "demo", localhost
origins) and prints an agent token for the desk.

options:
  --config FILE  relay config: JSON when it ends in .json, YAML otherwise (see packages/relay/README.md)
  --port N       port to listen on (default: the config's port, $RELAY_PORT, or 8787; 0 picks a free one)
  --db FILE      SQLite file (default: .baton/relay.sqlite in the current directory)
  --host HOST    interface to listen on (default: the config's host, or 127.0.0.1)
  --take-over    open the database although another relay seems to hold it (one relay per
                 database: use this only when that process is gone or is not a relay; a relay
                 still serving it stops, exit 1)
  -h, --help     show this help

The agent token secret may come from $BATON_AGENT_SECRET when the config file leaves it out.
SIGTERM or SIGINT stops the relay gracefully; a second one while it stops exits at once (exit 1).`;

/**
 * Reads a relay config file (JSON for .json, else YAML), fills `agents.secret` from
 * $BATON_AGENT_SECRET when the file leaves it out, and validates it. Errors name the file and each
 * path; a file that does not parse is one line with its location.
 */
export async function loadRelayConfig(file: string, env: NodeJS.ProcessEnv = process.env): Promise<RelayConfig> {
  const text = await readDocumentFile(file, 'config');
  const parsed = parseDocument(text, extname(file).toLowerCase() === '.json' ? 'json' : 'yaml');
  if (!parsed.ok) {
    const { location, message } = parsed.problem;
    throw new CliError(`invalid config ${file}: ${location ? `${location}: ` : ''}${message}`, 1);
  }
  let document = parsed.document;
  if (document && typeof document === 'object' && !Array.isArray(document)) {
    const agents = (document as { agents?: unknown }).agents;
    if (env.BATON_AGENT_SECRET && (agents === undefined || (typeof agents === 'object' && agents !== null && !('secret' in agents)))) {
      document = { ...document, agents: { ...(agents as object | undefined), secret: env.BATON_AGENT_SECRET } };
    }
  }
  try {
    return parseRelayConfig(document);
  } catch (error) {
    if (error instanceof SchemaError) throw new CliError(`invalid config ${file}:\n${error.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`, 1);
    throw error;
  }
}

/** `where` names the source of the value in the error: "--port" or "$RELAY_PORT". */
function parsePort(value: string, where: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65_535) throw new CliError(`relay: ${where} expects a whole number from 0 to 65535, got "${value}"`, 2);
  return Number(value);
}

/** Opens the SQLite store; any failure (no permission, a directory, not a database) is one clear line. */
function openStore(file: string, options: SqliteStoreOptions) {
  try {
    return createSqliteStore(file, options);
  } catch (error) {
    throw new CliError(`relay: cannot open the database ${file}: ${storeProblem(file, error as NodeJS.ErrnoException)}`, 1);
  }
}

/** Says what is wrong in words, for errors from creating the directory (errno) and from SQLite. */
function storeProblem(file: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied creating ${error.path ?? 'its directory'}`;
    case 'EEXIST':
    case 'ENOTDIR':
      return `${error.path ?? 'a parent'} is not a directory`;
    case 'EROFS':
      return 'the file system is read-only';
    case 'SQLITE_CANTOPEN':
      return isDirectory(file) ? 'it is a directory' : `${error.message} (does its directory exist and can this user write to it?)`;
    default:
      // SQLITE_READONLY, SQLITE_READONLY_DIRECTORY, …: SQLite's WAL mode writes beside the file too.
      return error.code?.startsWith('SQLITE_READONLY') ? `${error.message} (can this user write to the file and its directory?)` : error.message;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

type LogLevel = keyof Logger;

/**
 * The relay's log, held back until the port is bound. createRelay logs "relay ready" once its state
 * is restored, and only then may the server listen (earlier, sockets could connect before the
 * relay's handshake checks are in place): so a port in use would follow a false "ready". Once
 * listening, the held lines are written in order and later ones pass straight through; when
 * listening fails, only warnings and errors are written, never the "ready" of a relay that did not
 * start.
 */
function holdLogUntilListening(logger: Logger) {
  let held: Array<{ level: LogLevel; message: string; fields?: Record<string, unknown> }> = [];
  let written: readonly LogLevel[] | null = null;
  const log = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    if (written === null) held.push({ level, message, fields });
    else if (written.includes(level)) logger[level](message, fields);
  };
  const release = (levels: readonly LogLevel[]) => {
    written = levels;
    for (const { level, message, fields } of held) log(level)(message, fields);
    held = [];
  };
  return {
    logger: { info: log('info'), warn: log('warn'), error: log('error') } satisfies Logger,
    listening: () => release(['info', 'warn', 'error']),
    failed: () => release(['warn', 'error']),
  };
}

const relay: Command = async (argv) => {
  const { values } = parseCommandArgs('relay', argv, {
    options: {
      config: { type: 'string' },
      port: { type: 'string' },
      db: { type: 'string' },
      host: { type: 'string' },
      'take-over': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const port = values.port !== undefined ? parsePort(values.port, '--port') : undefined;
  if (values.db === '') throw new CliError('relay: --db expects a file path', 2);
  const development = values.config === undefined;
  const config = development ? developmentConfig() : await loadRelayConfig(values.config!);
  // $RELAY_PORT only matters (and is only checked) when neither --port nor the config sets the port.
  const envPort = port === undefined && config.port === undefined && process.env.RELAY_PORT ? parsePort(process.env.RELAY_PORT, '$RELAY_PORT') : undefined;
  const listenPort = port ?? config.port ?? envPort ?? 8787;
  const host = values.host ?? config.host ?? '127.0.0.1';
  const dbFile = values.db ?? join(process.cwd(), '.baton', 'relay.sqlite');

  // Another relay may take the file over (--take-over, or our heartbeat looked stale to it): from then
  // on this one can write nothing, so it stops rather than serve customers and agents it cannot help.
  let lockLost!: (error: Error) => void;
  const lost = new Promise<Error>((resolve) => (lockLost = resolve));
  const store = openStore(dbFile, { takeOver: values['take-over'] ?? false, onLockLost: lockLost });
  const http = createServer();
  const log = holdLogUntilListening(jsonLogger);
  const server = await createRelay(http, { store, logger: log.logger }, { config });
  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(listenPort, host, () => {
        http.off('error', reject);
        resolve();
      });
    });
    log.listening();
  } catch (error) {
    log.failed();
    // The relay first: it stops its timers and deliveries, which use the store.
    await server.close();
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`relay: port ${listenPort} is already in use on ${host}; pick another with --port`, 1);
    throw new CliError(`relay: cannot listen on ${host}:${listenPort}: ${(error as Error).message}`, 1);
  }
  const address = http.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  const shownDb = relative(process.cwd(), dbFile).startsWith('..') ? dbFile : relative(process.cwd(), dbFile);
  const lines = [
    `Baton relay listening on ${url}`,
    `  sites:     ${config.sites.map((s) => s.key).join(', ')} (socket.io namespace /customer); agents on /agent`,
    `  health:    ${url}/healthz   metrics: ${url}/metrics`,
    `  database:  ${shownDb}`,
  ];
  if (development) {
    const token = await signAgentToken(DEVELOPMENT_AGENT_SECRET, { name: 'Demo Agent', id: 'demo-agent', role: 'supervisor', ttlMs: config.agents.tokenTtl });
    lines.push(
      '',
      `Development configuration: site key "demo", origins ${config.sites[0]!.origins.join(', ')}`,
      `Development agent token (supervisor "Demo Agent", valid ${Math.round(config.agents.tokenTtl / 3_600_000)} h):`,
      token,
      'Not for production: the development secret is public. Run with --config FILE for real use.',
    );
  }
  console.log(lines.join('\n'));

  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutDown = (exitCode: number) => {
      stopping = true;
      server
        .close()
        .then(() => store.close())
        .then(
          () => {
            console.log('Baton relay stopped.');
            process.off('SIGTERM', stop);
            process.off('SIGINT', stop);
            resolve(exitCode);
          },
          (error: unknown) => {
            console.error(`baton relay: shutdown failed: ${String(error)}`);
            resolve(1);
          },
        );
    };
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        console.error(`baton relay: ${signal} again, exiting now`);
        process.exit(1);
      }
      console.log(`\n${signal}: finishing running commands, then stopping…`);
      shutDown(0);
    };
    // `on`, not `once`: a second signal during a slow shutdown must reach the "exiting now" branch
    // instead of the default action, which would kill the process without a word.
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    void lost.then((error) => {
      if (stopping) return;
      console.error(`baton relay: stopping: ${error.message}`);
      shutDown(1);
    });
  });
};

export default relay;
