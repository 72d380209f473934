import { AGENT_ROLES, SchemaError, idSchema, teamNameSchema, type AgentRole } from '@baton/protocol';
import { DEVELOPMENT_AGENT_SECRET, agentIdFromName, parseDuration, signAgentToken } from '@baton/relay';
import { CliError, parseCommandArgs, type Command } from '../command.js';
import { loadRelayConfig } from './relay.js';

const HELP = `usage: baton token --name NAME [--role agent|supervisor] [--team T]... [--id ID] [--ttl 12h] [--config FILE]

Prints a signed agent token for the desk (or any /agent client).

options:
  --name NAME     display name shown to customers (required)
  --role ROLE     agent (default) or supervisor: supervisors see every escalation, analytics and the audit export
  --team T        a team the agent belongs to; repeat for several
  --id ID         stable agent id (default: derived from the name)
  --ttl DURATION  lifetime such as 8h or 30m (default: the config's agents.tokenTtl, or 12h)
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
  const role = (values.role ?? 'agent') as AgentRole;
  if (!AGENT_ROLES.includes(role)) throw new CliError(`token: --role expects agent or supervisor, got "${values.role}"`, 2);
  const teams = values.team ?? [];
  for (const team of teams) {
    if (!teamNameSchema.safeParse(team).success) throw new CliError(`token: --team "${team}" is not a team name (letters, digits, "_", "-", "."; at most 64)`, 2);
  }
  const id = values.id ?? agentIdFromName(name);
  if (!idSchema.safeParse(id).success) throw new CliError(`token: --id "${id}" is not a valid id (letters, digits, "_", "-", ".", ":")`, 2);

  let secret: string;
  let ttlMs = 12 * 3_600_000;
  if (values.config !== undefined) {
    const config = await loadRelayConfig(values.config);
    secret = config.agents.secret;
    ttlMs = config.agents.tokenTtl;
  } else if (process.env.BATON_AGENT_SECRET) {
    secret = process.env.BATON_AGENT_SECRET;
    if (secret.length < 32) throw new CliError('token: BATON_AGENT_SECRET must be at least 32 characters', 1);
  } else {
    secret = DEVELOPMENT_AGENT_SECRET;
    console.error('baton token: warning: no --config and no BATON_AGENT_SECRET; signing with the public development secret (good for `baton relay` without --config only)');
  }
  if (values.ttl !== undefined) {
    try {
      ttlMs = parseDuration(values.ttl);
    } catch (error) {
      if (error instanceof SchemaError) throw new CliError(`token: --ttl "${values.ttl}": ${error.problems[0]?.message}`, 2);
      throw error;
    }
  }
  console.log(await signAgentToken(secret, { id, name, role, teams, ttlMs }));
  return 0;
};

export default token;
