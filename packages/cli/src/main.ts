#!/usr/bin/env node
import { CliError, type Command } from './command.js';

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  relay: () => import('./commands/relay.js'),
  replay: () => import('./commands/replay.js'),
  policy: () => import('./commands/policy.js'),
  token: () => import('./commands/token.js'),
};

const USAGE = `usage: baton <command> [options]

commands:
  relay  [--config FILE] [--port N] [--db FILE]          run the relay server
  replay [--policy FILE] [--json] CONVERSATIONS.jsonl     one decision per conversation
  policy lint FILE                                        validate a policy document
  policy diff A B CONVERSATIONS.jsonl                     how decisions change from policy A to B
  token  --name NAME [--role agent|supervisor] [--team T] print a signed agent token

Run "baton <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`baton: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  const command = (await load()).default;
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(`baton: ${error.message}`);
      process.exitCode = error.exitCode;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
