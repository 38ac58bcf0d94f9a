/**
 * zod, configured once. `jitless` stops zod probing `new Function` at start-up, which the
 * page's Content-Security-Policy (no 'unsafe-eval') forbids and reports as a violation.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
