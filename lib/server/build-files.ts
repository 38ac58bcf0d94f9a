/** Locates the outputs of `npm run geo:build`; the server reads them once and keeps them in memory. */
import fs from 'node:fs';
import path from 'node:path';

export const BUILD_DIR = path.join(process.cwd(), 'geo', 'build');

export class MissingBuildError extends Error {
  constructor(file: string) {
    super(`geo build output missing: ${file} (run npm run geo:build)`);
  }
}

export function readBuildFile(relative: string): Buffer {
  const file = path.join(BUILD_DIR, relative);
  if (!fs.existsSync(file)) throw new MissingBuildError(relative);
  return fs.readFileSync(file);
}

/** Memoises a loader so each build file is read and parsed once per process. */
export function once<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}
