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
    return parseArgs({ ...config, args: joinNegativeValues(argv, config.options ?? {}), strict: true });
  } catch (error) {
    throw new CliError(`${command}: ${(error as Error).message}`, 2);
  }
}

/**
 * parseArgs reads `--ttl -5m` as a flag without its value followed by another option, and refuses
 * it as "ambiguous". A dash followed by a digit is never an option, so such a value is joined to its
 * flag (`--ttl=-5m`), and the command's own check names the flag and its limits.
 */
function joinNegativeValues(argv: string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const takesValue = new Map<string, string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue;
    takesValue.set(`--${name}`, `--${name}=`);
    if (option.short) takesValue.set(`-${option.short}`, `-${option.short}`);
  }
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...joined, ...argv.slice(i)];
    const prefix = takesValue.get(arg);
    const value = argv[i + 1];
    if (prefix !== undefined && value !== undefined && /^-\d/.test(value)) {
      joined.push(prefix + value);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/** How many conversations a command processed; printed with BATON_STATS=1. */
export const statsCount = { value: 0 };
