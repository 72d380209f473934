import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { replayConversationSchema, problemsOf, formatProblems, type ReplayConversation } from '@baton/protocol';
import { CliError } from './command.js';
import { fileProblem } from './document-file.js';

/**
 * Limits on one replay line, checked before the line is parsed or validated, so one absurd line
 * costs neither the memory nor the time that would sink the whole run. A real conversation is far
 * below all of them (the schema caps a message at 20,000 characters).
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;
export const MAX_MESSAGES = 10_000;
export const MAX_CONTACTS = 10_000;
/** Schema problems shown for one bad line; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 5;
/** This many bad lines in a row means the input is not a conversations file at all: stop. */
export const MAX_CONSECUTIVE_BAD_LINES = 100;
/** Distinct conversation ids remembered to report repeats (see SeenIds). */
export const MAX_IDS_REMEMBERED = 100_000;
/** Repeated ids reported one by one; a file given twice would otherwise bury the terminal. */
export const MAX_REPEATS_REPORTED = 100;

/** A line over MAX_LINE_BYTES: its bytes are counted and dropped, never held. */
export class OversizedLine {
  constructor(readonly bytes: number) {}
}

/** A line whose bytes are not UTF-8: reported as bad, rather than read with U+FFFD for the bad bytes. */
export class NotUtf8Line {}

export type Line = string | OversizedLine | NotUtf8Line;

export interface LineSource {
  /** The lines, in batches (one per chunk read), so the per-line cost stays a plain loop. */
  batches: AsyncIterable<Line[]>;
  size: number | null;
  bytesRead: () => number;
}

/** The lines of a JSONL file, a pipe (`<(…)`), or standard input for "-", read as a stream. */
export function openLines(file: string): LineSource {
  let size: number | null = null;
  if (file !== '-') {
    try {
      const stat = statSync(file);
      if (stat.isDirectory()) throw new CliError(`cannot read conversations ${file}: it is a directory`);
      // Pipes and character devices have no size: the progress bar then shows counts only.
      size = stat.isFile() ? stat.size : null;
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot read conversations ${file}: ${fileProblem(error as NodeJS.ErrnoException)}`);
    }
  }
  const input: AsyncIterable<Buffer> = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  let bytes = 0;
  async function* counted() {
    for await (const chunk of input) {
      bytes += chunk.length;
      yield chunk;
    }
  }
  return { batches: splitLines(counted(), MAX_LINE_BYTES), size, bytesRead: () => bytes };
}

const NEWLINE = 0x0a;
/** Fatal: bytes that are not UTF-8 make the line bad. ignoreBOM: only the file's first line drops one. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Splits a byte stream into lines (LF or CRLF), decoded as UTF-8 without a leading byte order mark.
 * Splitting bytes at LF is safe: LF never occurs inside a multi-byte UTF-8 sequence.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line[]> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  let first = true;
  const finish = (tail: Buffer): Line => {
    const total = pendingBytes + tail.length;
    let line: Line;
    if (oversized || total > maxBytes) line = new OversizedLine(total);
    else line = decodeLine(pending.length === 0 ? tail : Buffer.concat([...pending, tail]), first);
    first = false;
    pending = [];
    pendingBytes = 0;
    oversized = false;
    return line;
  };
  for await (const chunk of chunks) {
    const lines: Line[] = [];
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      lines.push(finish(chunk.subarray(start, end)));
      start = end + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      pendingBytes += rest.length;
      if (oversized || pendingBytes > maxBytes) {
        oversized = true;
        pending = [];
      } else pending.push(rest);
    }
    if (lines.length > 0) yield lines;
  }
  if (pendingBytes > 0 || oversized) yield [finish(Buffer.alloc(0))];
}

/** One line's text, without its CR and, on the file's first line, a byte order mark. */
function decodeLine(bytes: Buffer, first: boolean): Line {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return new NotUtf8Line();
  }
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Parses one replay line; the error message says what is wrong and where, without the line number. */
export function parseConversationLine(line: Line): ReplayConversation {
  if (line instanceof OversizedLine) {
    throw new Error(`${mebibytes(line.bytes)} long, over the ${mebibytes(MAX_LINE_BYTES)} limit for one conversation`);
  }
  if (line instanceof NotUtf8Line) throw new Error('not valid UTF-8');
  let document: unknown;
  try {
    document = JSON.parse(line);
  } catch (error) {
    throw new Error(`not valid JSON (${printable((error as Error).message)})`);
  }
  // Checked before zod walks the arrays: a million bad items would make a million problems.
  if (document !== null && typeof document === 'object') {
    const { messages, contacts } = document as { messages?: unknown; contacts?: unknown };
    if (Array.isArray(messages) && messages.length > MAX_MESSAGES) {
      throw new Error(`messages: ${messages.length.toLocaleString('en')} items, more than the ${MAX_MESSAGES.toLocaleString('en')} a conversation may hold`);
    }
    if (Array.isArray(contacts) && contacts.length > MAX_CONTACTS) {
      throw new Error(`contacts: ${contacts.length.toLocaleString('en')} items, more than the ${MAX_CONTACTS.toLocaleString('en')} a conversation may hold`);
    }
  }
  const result = replayConversationSchema.safeParse(document);
  if (!result.success) {
    const problems = problemsOf(result.error);
    const shown = formatProblems(problems.slice(0, MAX_PROBLEMS_SHOWN)).replace(/\n/g, '; ');
    const more = problems.length - MAX_PROBLEMS_SHOWN;
    throw new Error(more > 0 ? `${shown}; and ${more.toLocaleString('en')} more problem${more === 1 ? '' : 's'}` : shown);
  }
  checkMessageOrder(result.data);
  return result.data;
}

/**
 * Replay reads the passing of time from the messages' `at`: one earlier than the message before it
 * (a clock or export mistake) would make up a gap, and a false "AI not responding" escalation.
 * Messages without `at` are not compared.
 */
function checkMessageOrder(conversation: ReplayConversation): void {
  let previous: { index: number; at: string; time: number } | undefined;
  conversation.messages.forEach((message, index) => {
    if (message.at === undefined) return;
    const time = Date.parse(message.at);
    if (previous && time < previous.time) {
      throw new Error(`messages.${index}.at: ${message.at} is earlier than messages.${previous.index}.at (${previous.at})`);
    }
    previous = { index, at: message.at, time };
  });
}

/**
 * The line each conversation id was first seen on, to report a repeat. Memory stays flat on a file of
 * millions of conversations: only the first MAX_IDS_REMEMBERED distinct ids are kept, and an id over
 * 64 characters by its SHA-256. Later lines are still checked against them, so a file given twice
 * (the usual cause) is caught; a repeat of an id first seen after that many is not.
 */
class SeenIds {
  private readonly firstLines = new Map<string, number>();

  /** Where `id` was seen before, or undefined (and then it is remembered while there is room). */
  firstLineOf(id: string, lineNumber: number): number | undefined {
    // The digest key is 71 characters, so it never equals an id kept as itself.
    const key = id.length <= 64 ? id : `sha256:${createHash('sha256').update(id).digest('hex')}`;
    const firstLine = this.firstLines.get(key);
    if (firstLine === undefined && this.firstLines.size < MAX_IDS_REMEMBERED) this.firstLines.set(key, lineNumber);
    return firstLine;
  }
}

export interface ReadConversationsOptions {
  /** Called for each valid conversation; a returned promise is awaited (output backpressure). */
  onConversation: (conversation: ReplayConversation, lineNumber: number) => void | Promise<void>;
  /** Called for each bad line, with its number and what is wrong. */
  onBadLine: (lineNumber: number, message: string) => void;
  /** Called for a line that runs but looks wrong (a repeated conversation id). */
  onWarning: (lineNumber: number, message: string) => void;
  /** Checked between lines: true stops reading (the reader of our output went away). */
  stop?: () => boolean;
}

/**
 * Runs every conversation of `source`, reporting bad lines and going on, in constant memory.
 * Throws a CliError after MAX_CONSECUTIVE_BAD_LINES bad lines in a row (a binary file, the wrong
 * file), rather than printing one error per line of it.
 */
export async function readConversations(source: LineSource, name: string, options: ReadConversationsOptions): Promise<void> {
  let lineNumber = 0;
  let badInARow = 0;
  const seenIds = new SeenIds();
  let repeats = 0;
  for await (const batch of source.batches) {
    for (const line of batch) {
      lineNumber++;
      if (typeof line === 'string' && line.trim() === '') continue;
      if (options.stop?.()) return;
      try {
        const conversation = parseConversationLine(line);
        const firstLine = seenIds.firstLineOf(conversation.id, lineNumber);
        if (firstLine !== undefined && ++repeats <= MAX_REPEATS_REPORTED) {
          const more = repeats === MAX_REPEATS_REPORTED ? ' (further repeated ids are not reported)' : '';
          options.onWarning(lineNumber, `conversation id "${shortened(printable(conversation.id))}" is also on line ${firstLine}; both are replayed${more}`);
        }
        const pending = options.onConversation(conversation, lineNumber);
        if (pending) await pending;
        badInARow = 0;
      } catch (error) {
        options.onBadLine(lineNumber, (error as Error).message);
        if (++badInARow === MAX_CONSECUTIVE_BAD_LINES) {
          throw new CliError(`stopped at line ${lineNumber} of ${name}: ${MAX_CONSECUTIVE_BAD_LINES} bad lines in a row; is it a JSONL file of conversations, one JSON object per line?`);
        }
      }
    }
  }
}

const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A long id would fill the terminal: its start is enough to find it. */
const shortened = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** Control characters from a binary line would garble the terminal: shown as \u escapes. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
