import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { safeParsePolicy, formatProblems, type Policy, type SchemaProblem } from '@baton/protocol';
import { CliError } from './command.js';

export type PolicyFileResult = { ok: true; policy: Policy } | { ok: false; problems: SchemaProblem[] };

/** Reads a policy document (JSON, or YAML for .yaml/.yml) and validates it. */
export async function readPolicyFile(file: string): Promise<PolicyFileResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read policy ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  // Editors on Windows may save a byte order mark; JSON.parse rejects it (the yaml parser skips it).
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let document: unknown;
  const yaml = ['.yaml', '.yml'].includes(extname(file).toLowerCase());
  try {
    document = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0];
      return { ok: false, problems: [{ path: where ? `line ${where.line}, column ${where.col}` : '(document)', message: error.message.split('\n')[0]! }] };
    }
    return { ok: false, problems: [{ path: '(document)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const result = safeParsePolicy(document);
  return result.ok ? { ok: true, policy: result.value } : { ok: false, problems: result.problems };
}

/** Like readPolicyFile, but a problem is fatal: the message names the file, each path and problem. */
export async function loadPolicy(file: string): Promise<Policy> {
  const result = await readPolicyFile(file);
  if (!result.ok) throw new CliError(`invalid policy ${file}:\n${indent(formatProblems(result.problems))}`);
  return result.policy;
}

export function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
