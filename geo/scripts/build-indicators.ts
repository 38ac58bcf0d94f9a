/** Reads geo/sources (catalogue, citations, values), validates every row and writes the dataset. */
import fs from 'node:fs';
import path from 'node:path';
import { buildDataset, type SourceFiles } from '../../lib/indicators/build-dataset';
import type { Dataset } from '../../lib/indicators/schema';
import { BUILD_DIR, ROOT } from './paths';

export const SOURCES_DIR = path.join(ROOT, 'geo', 'sources');

const rel = (p: string) => path.relative(ROOT, p);
const listDir = (dir: string, ext: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => path.join(dir, f))
    : [];

export function readSourceFiles(dir = SOURCES_DIR): SourceFiles {
  const read = (p: string) => fs.readFileSync(p, 'utf8');
  const catalogue = path.join(dir, 'indicators.json');
  return {
    indicators: { file: rel(catalogue), text: read(catalogue) },
    citations: listDir(path.join(dir, 'citations'), '.json').map((p) => ({ file: rel(p), text: read(p) })),
    values: listDir(path.join(dir, 'values'), '.csv').map((p) => ({ file: rel(p), indicatorId: path.basename(p, '.csv'), text: read(p) })),
  };
}

export const buildIndicators = (): Dataset => buildDataset(readSourceFiles());

/** Written after the modeled series (nightlights) have been added. */
export function writeIndicators(dataset: Dataset): void {
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  fs.writeFileSync(path.join(BUILD_DIR, 'indicators.json'), JSON.stringify(dataset));
}
