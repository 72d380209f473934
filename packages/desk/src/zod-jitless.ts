// zod decides when each schema is built whether to compile its parser with `new Function`, which a
// strict Content-Security-Policy forbids. This module switches that off and must be evaluated
// before any @baton/protocol schema is built: import it first wherever the desk starts.
import * as z from 'zod';

z.config({ jitless: true });
