import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument as parseYamlDocument } from 'yaml';
import { CliError } from './command.js';
import { JsonDocumentError, parseJsonDocument } from './json-document.js';

export type DocumentFormat = 'json' | 'yaml';

/** Why a document file could not be parsed; `location` ("line 5, column 3") where one is known. */
export interface DocumentProblem {
  location?: string;
  message: string;
}

export type ParsedDocument = { ok: true; document: unknown } | { ok: false; problem: DocumentProblem };

/** What went wrong opening a file, in words: the same for conversations, policies and configs. */
export function fileProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error.message;
  }
}

/**
 * Reads a policy or config file as text, without a leading byte order mark (editors on Windows
 * save one; JSON rejects it). A file that cannot be read is a CliError: "cannot read policy FILE: …".
 */
export async function readDocumentFile(file: string, what: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${what} ${file}: ${fileProblem(error as NodeJS.ErrnoException)}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses a JSON or YAML document. Both refuse duplicate keys; a problem is one line with its
 * location, and an empty document (or, in YAML, one of comments only) says so rather than failing
 * the schema with "received null".
 */
export function parseDocument(text: string, format: DocumentFormat): ParsedDocument {
  if (text.trim() === '') return { ok: false, problem: { message: 'the file is empty' } };
  return format === 'json' ? parseJson(text) : parseYaml(text);
}

function parseJson(text: string): ParsedDocument {
  try {
    return { ok: true, document: parseJsonDocument(text) };
  } catch (error) {
    if (!(error instanceof JsonDocumentError)) throw error;
    return { ok: false, problem: { location: `line ${error.line}, column ${error.column}`, message: error.message } };
  }
}

function parseYaml(text: string): ParsedDocument {
  const lineCounter = new LineCounter();
  // Without prettyErrors a message is the bare reason: its location comes from lineCounter, once,
  // and no multi-line code frame follows it.
  const document = parseYamlDocument(text, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const reason = error.code === 'MULTIPLE_DOCS' ? 'a second document starts here ("---"); a file holds one' : error.message;
    return { ok: false, problem: { location: `line ${line}, column ${col}`, message: `not valid YAML: ${reason}` } };
  }
  if (document.contents === null) return { ok: false, problem: { message: 'the file is empty: it holds only comments' } };
  try {
    return { ok: true, document: document.toJS() };
  } catch (error) {
    // toJS refuses an alias bomb ("Excessive alias count …"): a document that would expand without bound.
    return { ok: false, problem: { message: (error as Error).message } };
  }
}
