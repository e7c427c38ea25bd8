import { z } from 'zod';

// Zod probes for `eval` to speed up parsing; the app's CSP forbids eval, so
// tell zod not to try (and not to log a CSP violation on every start).
z.config({ jitless: true });
