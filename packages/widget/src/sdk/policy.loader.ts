import { compilePolicy, type CompiledPolicy } from '@baton/core';
import type { HandoffOptions } from './handoff.types.js';

/** What `createHandoff` runs with: a compiled policy now, or once a policy document is validated. */
export type PolicySource =
  | { kind: 'ready'; policy: CompiledPolicy }
  | { kind: 'loading'; policy: Promise<{ policy: CompiledPolicy; error: Error | null }> };

const isCompiled = (policy: NonNullable<HandoffOptions['policy']>): policy is CompiledPolicy =>
  'redactor' in policy && 'topics' in policy && 'policy' in policy;

/**
 * A compiled policy is used as it is; no policy means core's default. A policy document is
 * validated by the zod schema, loaded on demand so the default browser path carries no zod.
 * An invalid document falls back to the default policy (a person is still one press away) and
 * reports the error, which names each path and problem.
 */
export function policySource(policy: HandoffOptions['policy']): PolicySource {
  if (policy === undefined) return { kind: 'ready', policy: compilePolicy() };
  if (isCompiled(policy)) return { kind: 'ready', policy };
  return { kind: 'loading', policy: validate(policy) };
}

async function validate(document: unknown): Promise<{ policy: CompiledPolicy; error: Error | null }> {
  // Its own chunk: zod (jitless, for a strict CSP) and the policy schema only.
  const { parsePolicy } = await import('./policy.parse.js');
  try {
    return { policy: compilePolicy(parsePolicy(document)), error: null };
  } catch (error) {
    return { policy: compilePolicy(), error: error instanceof Error ? error : new Error(String(error)) };
  }
}
