/** Locates the outputs of `npm run geo:build`; the stores read them once (lib/cache/memo.ts) and keep them in memory. */
import fs from 'node:fs';
import path from 'node:path';

export const BUILD_DIR = path.join(process.cwd(), 'geo', 'build');

class MissingBuildError extends Error {
  constructor(file: string) {
    super(`geo build output missing: ${file} (run npm run geo:build)`);
  }
}

export function readBuildFile(relative: string): Buffer {
  const file = path.join(BUILD_DIR, relative);
  if (!fs.existsSync(file)) throw new MissingBuildError(relative);
  return fs.readFileSync(file);
}
