#!/usr/bin/env node
// `pnpm start`: the relay and the demo pages in one command (see demo/server.ts), with the URLs and
// the demo agents' sign-in printed. RELAY_PORT and PORT move them off 8787 and 5173, RELAY_DB the
// relay's database off .baton/relay.sqlite.
import { relative } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = new URL('..', import.meta.url).pathname;
const { startDemo, DemoStartError } = await tsImport('../demo/server.ts', import.meta.url);

function port(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) > 65_535) {
    console.error(`pnpm start: ${name} must be a port number from 0 to 65535, got "${value}"`);
    process.exit(2);
  }
  return Number(value);
}

// The relay's warnings and errors, one readable line each; its routine info stays quiet.
const logger = {
  info() {},
  warn: (message, fields) => console.warn(`relay warning: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`),
  error: (message, fields) => console.error(`relay error: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`),
};

const dbFile = process.env.RELAY_DB || `${root}.baton/relay.sqlite`;
const shownDb = relative(process.cwd(), dbFile).startsWith('..') ? dbFile : relative(process.cwd(), dbFile);

/** Why the demo could not start, in one line where the cause is known. */
function startProblem(error) {
  if (error instanceof DemoStartError) return error.message;
  // StoreInUseError: its own advice (--take-over) is for `baton relay`; here the likely holder is another `pnpm start`.
  if (error?.code === 'STORE_IN_USE') {
    const { pid, host, startedAt } = error.holder;
    return `another relay is using ${shownDb} (process ${pid} on ${host}, since ${new Date(startedAt).toISOString()}); stop it first (is \`pnpm start\` already running?)`;
  }
  return error?.stack ?? error;
}

let demo;
try {
  demo = await startDemo({
    relayPort: port('RELAY_PORT', 8787),
    port: port('PORT', 5173),
    dbFile,
    logger,
  });
} catch (error) {
  console.error(`pnpm start: ${startProblem(error)}`);
  process.exit(1);
}

const [first, second] = demo.agents;
const rows = [
  ['Storefront', demo.pages.storefront, '<baton-chat> with a simulated AI bot'],
  ['Drop-in', demo.pages.dropin, 'a hand-made chat UI with <baton-handoff>'],
  ['Agent desk', first.deskUrl, `signed in as ${first.name} (${first.role})`],
  ['Second agent', second.deskUrl, `signed in as ${second.name} (${second.role})`],
  ['State gallery', demo.pages.gallery, 'every customer-side state, themes and locales'],
  ['Playground', demo.pages.playground, 'edit a policy, replay 240 conversations'],
];
const width = Math.max(...rows.map(([, url]) => url.length));
console.log(
  [
    '',
    'Baton demo is running.',
    '',
    ...rows.map(([name, url, what]) => `  ${name.padEnd(14)} ${url.padEnd(width)}  ${what}`),
    '',
    `  ${'Relay'.padEnd(14)} ${demo.relayUrl.padEnd(width)}  site key "${demo.siteKey}", health ${demo.relayUrl}/healthz, database ${shownDb}`,
    '',
    'Demo agent sign-in: the desk pages are signed in already (open the second-agent URL in another tab',
    `to be a second agent). To sign in elsewhere, ${first.name}'s token (development secret, valid 24 h):`,
    first.token,
    '',
    'Press Ctrl-C to stop.',
  ].join('\n'),
);

let stopping = false;
async function stop(signal) {
  if (stopping) {
    console.error(`\n${signal} again: exiting now.`);
    process.exit(1);
  }
  stopping = true;
  console.log(`\n${signal}: stopping the demo and the relay…`);
  try {
    await demo.stop();
    console.log('Stopped.');
    process.exit(0);
  } catch (error) {
    console.error(`pnpm start: shutdown failed: ${error?.stack ?? error}`);
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
