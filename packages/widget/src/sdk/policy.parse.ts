// The policy-document path, loaded on demand by `policy.loader.ts`. Static imports (not a dynamic
// `import('@baton/protocol')`) let the bundler keep only `parsePolicy` and what it uses, not every
// wire schema; the import order runs `zod-jitless` first.
import './zod-jitless.js';

export { parsePolicy } from '@baton/protocol';
