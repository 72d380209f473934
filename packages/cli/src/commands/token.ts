import { AGENT_ROLES, SchemaError, idSchema, teamNameSchema, type AgentRole } from '@baton/protocol';
import { DEVELOPMENT_AGENT_SECRET, MAX_AGENT_TOKEN_TTL_MS, agentIdFromName, parseDuration, signAgentToken } from '@baton/relay';
import { CliError, parseCommandArgs, type Command } from '../command.js';
import { loadRelayConfig } from './relay.js';

const HELP = `usage: baton token --name NAME [--role agent|supervisor] [--team T]... [--id ID] [--ttl 12h] [--config FILE]

Prints a signed agent token for the desk (or any /agent client).

options:
  --name NAME     display name shown to customers (required; plain text, at most 100 characters)
  --role ROLE     agent (default) or supervisor: supervisors see every escalation, analytics and the audit export
  --team T        a team the agent belongs to; repeat for several (a repeat counts once)
  --id ID         stable agent id (default: derived from the name)
  --ttl DURATION  lifetime from 1s up to 30d, such as 8h, 30m or 7d (a bare number means minutes);
                  default: the config's agents.tokenTtl (also at most 30d), or 12h
  --config FILE   sign with this relay config's agents.secret
  -h, --help      show this help

Without --config the secret comes from $BATON_AGENT_SECRET, else the development secret (with a warning).`;

const token: Command = async (argv) => {
  const { values } = parseCommandArgs('token', argv, {
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      team: { type: 'string', multiple: true },
      id: { type: 'string' },
      ttl: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const name = values.name?.trim();
  if (!name) throw new CliError('token: --name NAME is required', 2);
  if (name.length > 100) throw new CliError('token: --name is longer than 100 characters', 2);
  // Customers and the desk show the name: a newline or an escape sequence would forge lines or drive a terminal.
  const control = /\p{Cc}/u.exec(name)?.[0];
  if (control !== undefined) {
    const code = `U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new CliError(`token: --name contains a control character (${code}); the name is shown to customers, so it must be plain text`, 2);
  }
  const role = (values.role ?? 'agent') as AgentRole;
  if (!AGENT_ROLES.includes(role)) throw new CliError(`token: --role expects agent or supervisor, got "${values.role}"`, 2);
  // A team given twice is one membership, signed once.
  const teams = [...new Set(values.team ?? [])];
  for (const team of teams) {
    if (!teamNameSchema.safeParse(team).success) throw new CliError(`token: --team "${team}" is not a team name (letters, digits, "_", "-", "."; at most 64)`, 2);
  }
  const id = values.id ?? agentIdFromName(name);
  if (!idSchema.safeParse(id).success) throw new CliError(`token: --id "${id}" is not a valid id (letters, digits, "_", "-", ".", ":")`, 2);

  // Checked before the secret is looked for, so a bad --ttl is reported alone.
  let ttlMs = values.ttl === undefined ? 12 * 3_600_000 : parseTtl(values.ttl);
  let secret: string;
  if (values.config !== undefined) {
    const config = await loadRelayConfig(values.config);
    secret = config.agents.secret;
    // The config's tokenTtl is bounded like --ttl (the relay's config schema checks it).
    if (values.ttl === undefined) ttlMs = config.agents.tokenTtl;
  } else if (process.env.BATON_AGENT_SECRET) {
    secret = process.env.BATON_AGENT_SECRET;
    if (secret.length < 32) throw new CliError('token: BATON_AGENT_SECRET must be at least 32 characters', 1);
  } else {
    secret = DEVELOPMENT_AGENT_SECRET;
    console.error('baton token: warning: no --config and no BATON_AGENT_SECRET; signing with the public development secret (good for `baton relay` without --config only)');
  }
  console.log(await signAgentToken(secret, { id, name, role, teams, ttlMs }));
  return 0;
};

/** The longest lifetime a signed token gets (the relay's bound: a leaked token stays valid until it expires). */
const MAX_TTL = '30d';
const MAX_TTL_MS = MAX_AGENT_TOKEN_TTL_MS;
/** A token's expiry is written in whole seconds: anything shorter than one second cannot be signed. */
const MIN_TTL_MS = 1_000;

/** `--ttl` in milliseconds, parsed like the config's durations (a bare number means minutes), from 1s to 30d. */
function parseTtl(value: string): number {
  const number = /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:ms|s|m|h|d)?\s*$/.exec(value);
  if (number && Number(number[1]) <= 0) {
    throw new CliError(`token: --ttl "${value}": a token's lifetime must be more than zero (from 1s up to ${MAX_TTL})`, 2);
  }
  let ttlMs: number;
  try {
    // The config reads a bare number as minutes; so does the flag.
    ttlMs = parseDuration(/^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value);
  } catch (error) {
    if (error instanceof SchemaError) throw new CliError(`token: --ttl "${value}": ${error.problems[0]?.message}, from 1s up to ${MAX_TTL}`, 2);
    throw error;
  }
  if (ttlMs < MIN_TTL_MS) throw new CliError(`token: --ttl "${value}" is shorter than 1s, the shortest lifetime a token can carry (from 1s up to ${MAX_TTL})`, 2);
  if (ttlMs > MAX_TTL_MS) {
    throw new CliError(`token: --ttl "${value}" is longer than the ${MAX_TTL} maximum (${MAX_TTL_MS / 3_600_000}h): a leaked token stays valid until it expires, so sign a new one when it runs out`, 2);
  }
  return ttlMs;
}

export default token;
