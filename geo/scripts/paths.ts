/** Where the geo build reads npm-packaged sources and writes its outputs. */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const NODE_MODULES = path.join(ROOT, 'node_modules');
export const BUILD_DIR = path.join(ROOT, 'geo', 'build');
export const fromModules = (...parts: string[]) => path.join(NODE_MODULES, ...parts);
