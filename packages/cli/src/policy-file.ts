import { extname } from 'node:path';
import { safeParsePolicy, formatProblems, type Policy, type SchemaProblem } from '@baton/protocol';
import { CliError } from './command.js';
import { parseDocument, readDocumentFile } from './document-file.js';

export type PolicyFileResult = { ok: true; policy: Policy } | { ok: false; problems: SchemaProblem[] };

/** Reads a policy document (JSON, or YAML for .yaml/.yml) and validates it. */
export async function readPolicyFile(file: string): Promise<PolicyFileResult> {
  const text = await readDocumentFile(file, 'policy');
  const yaml = ['.yaml', '.yml'].includes(extname(file).toLowerCase());
  const parsed = parseDocument(text, yaml ? 'yaml' : 'json');
  if (!parsed.ok) return { ok: false, problems: [{ path: parsed.problem.location ?? '(document)', message: parsed.problem.message }] };
  const result = safeParsePolicy(parsed.document);
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
