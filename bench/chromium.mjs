/**
 * How the e2e tests (through e2e/browser.ts) and the bench find and start Chromium: a system Chromium
 * (Debian's /usr/bin/chromium, or CHROMIUM_PATH) when there is one, else Playwright's own download
 * where that is possible. MapLibre needs WebGL2, which headless Chromium gives through SwiftShader;
 * there is no network here, so nothing in the background may try to reach one.
 */
import fs from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const chromiumPath = CANDIDATES.find((p) => !!p && fs.existsSync(p));

export const chromiumArgs = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
];
