/** Undefined when no system Chromium is found: Playwright then uses its own download. */
export const chromiumPath: string | undefined;
export const chromiumArgs: string[];
