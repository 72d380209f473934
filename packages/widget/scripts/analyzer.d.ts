// The analyzer's index.js exports `create` and the TypeScript it was built with (`ts`, so source files
// match its AST), but its index.d.ts declares neither.
import type * as TypeScript from 'typescript';
import type { Context, Plugin } from '@custom-elements-manifest/analyzer';

declare module '@custom-elements-manifest/analyzer' {
  export function create(options: { modules: TypeScript.SourceFile[]; plugins?: Plugin[]; context?: Context }): unknown;
  export const ts: typeof TypeScript;
}
