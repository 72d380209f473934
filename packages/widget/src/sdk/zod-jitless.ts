// zod decides when each schema is built whether to compile its parser with `new Function`, which a
// strict Content-Security-Policy forbids. This module switches that off; `policy.parse.ts` imports it
// before @baton/protocol, so it is evaluated before any protocol schema is built.
import { config } from 'zod';

config({ jitless: true });
