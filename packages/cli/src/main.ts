#!/usr/bin/env node
import { CliError, statsCount, type Command } from './command.js';
import { guardOutput } from './output.js';

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  relay: () => import('./commands/relay.js'),
  replay: () => import('./commands/replay.js'),
  policy: () => import('./commands/policy.js'),
  token: () => import('./commands/token.js'),
};

const USAGE = `usage: baton <command> [options]

commands:
  relay  [--config FILE] [--port N] [--db FILE] [--host HOST]   run the relay server
         [--take-over]
  replay [--policy FILE] [--json] CONVERSATIONS.jsonl            one decision per conversation
  policy lint FILE                                               validate a policy document
  policy diff [--json] [--limit N] A B CONVERSATIONS.jsonl       how decisions change from policy A to B
  token  --name NAME [--role agent|supervisor] [--team T]...     print a signed agent token
         [--id ID] [--ttl DURATION] [--config FILE]

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

const started = performance.now();
// A reader that goes away (`baton replay --json f.jsonl | head -1`) ends the output quietly, not with EPIPE.
guardOutput(process.stdout);
guardOutput(process.stderr);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // BATON_STATS=1: timing and peak memory on stderr, for benchmarks and capacity planning.
    if (process.env.BATON_STATS === '1') {
      const seconds = (performance.now() - started) / 1000;
      const maxRssMb = process.resourceUsage().maxRSS / 1024;
      process.stderr.write(`stats: conversations=${statsCount.value} seconds=${seconds.toFixed(3)} maxRssMb=${maxRssMb.toFixed(1)}\n`);
    }
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
