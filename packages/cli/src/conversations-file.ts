import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { replayConversationSchema, problemsOf, formatProblems, type ReplayConversation } from '@baton/protocol';
import { CliError } from './command.js';

/** The lines of a JSONL file (or standard input for "-"), read as a stream, with a byte counter for progress. */
export function openLines(file: string): { lines: AsyncIterable<string>; size: number | null; bytesRead: () => number } {
  let size: number | null = null;
  if (file !== '-') {
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new CliError(`${file} is not a file`);
      size = stat.size;
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot read conversations ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  }
  const input = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  let bytes = 0;
  input.on('data', (chunk: Buffer | string) => {
    bytes += chunk.length;
  });
  return { lines: createInterface({ input, crlfDelay: Infinity }), size, bytesRead: () => bytes };
}

/** Parses one replay line; the error message says what is wrong and where, without the line number. */
export function parseConversationLine(line: string): ReplayConversation {
  let document: unknown;
  try {
    document = JSON.parse(line);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  const result = replayConversationSchema.safeParse(document);
  if (!result.success) throw new Error(formatProblems(problemsOf(result.error)).replace(/\n/g, '; '));
  return result.data;
}
