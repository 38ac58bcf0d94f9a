/** The Chromium the e2e tests start: the same executable and flags as the bench (bench/chromium.mjs). */
export { chromiumArgs, chromiumPath } from '../bench/chromium.mjs';
