import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A subcommand: takes its own argv, returns the process exit code. */
export type Command = (argv: string[]) => Promise<number>;

/** An error the user can fix; printed without a stack trace. Exit code 2 is a usage error. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** `node:util` parseArgs, with its errors turned into usage errors that name the command. */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, argv: string[], config: T) {
  try {
    return parseArgs({ ...config, args: argv, strict: true });
  } catch (error) {
    throw new CliError(`${command}: ${(error as Error).message}`, 2);
  }
}

/** How many conversations a command processed; printed with BATON_STATS=1. */
export const statsCount = { value: 0 };
