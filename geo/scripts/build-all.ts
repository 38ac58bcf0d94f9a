/**
 * The geo build: province layer, basemap tiles, label glyphs and the page's Chinese font faces into geo/build/.
 * Skips itself when its inputs (these scripts, lib/, the lockfile) are unchanged since the last run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildProvinces, writeProvinces, writeProvinceTiles } from './build-provinces';
import { buildBasemap } from './build-basemap';
import { buildGlyphs } from './build-glyphs';
import { buildIndicators, writeIndicators } from './build-indicators';
import { buildNightlights } from './build-nightlights';
import { buildHuLine } from './build-hu-line';
import { buildRailHubs } from './build-rail-hubs';
import { buildCityClusters } from './build-city-clusters';
import { buildPairsAndFocus } from './build-pairs-and-focus';
import { buildLayerBodies } from './build-layer-bodies';
import { buildPageFonts } from './build-page-fonts';
import { buildProvinceSvg, writeProvinceSvg } from './build-province-svg';
import { BUILD_DIR, ROOT } from './paths';

const STAMP = path.join(BUILD_DIR, '.inputs-hash');

function inputsHash(): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|json|csv)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) hash.update(p).update(fs.readFileSync(p));
    }
  };
  for (const dir of ['geo/scripts', 'geo/sources', 'lib']) if (fs.existsSync(path.join(ROOT, dir))) walk(path.join(ROOT, dir));
  hash.update(fs.readFileSync(path.join(ROOT, 'package-lock.json')));
  return hash.digest('hex');
}

async function main() {
  try {
    await run();
  } catch (err) {
    // Source errors read "file:line: reason"; print that, not a stack trace.
    console.error(`geo: build failed: ${(err as Error).message}`);
    process.exit(1);
  }
}

async function run() {
  const hash = inputsHash();
  const force = process.argv.includes('--force');
  if (!force && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash) {
    console.log('geo: build is up to date (pass --force to rebuild)');
    return;
  }
  const t0 = Date.now();
  const dataset = buildIndicators();
  const values = Object.values(dataset.series)
    .flatMap((s) => Object.values(s))
    .reduce((n, obs) => n + obs.length, 0);
  console.log(`geo: ${dataset.indicators.length} indicators, ${values} values (groups included), all rows valid`);
  const provinces = buildProvinces();
  writeProvinces(provinces);
  const provinceTiles = writeProvinceTiles(provinces);
  console.log(`geo: ${provinces.provinces.features.length} provinces; ${provinceTiles.tiles} tiles, ${(provinceTiles.bytes / 1e3).toFixed(0)} KB gzip`);
  const svgBytes = writeProvinceSvg(buildProvinceSvg());
  console.log(`geo: first-map SVG paths ${(svgBytes / 1e3).toFixed(0)} KB`);
  const hu = buildHuLine(provinces);
  console.log(`geo: Hu Line cuts ${hu.provinces.filter((p) => p.cut).length} provinces`);
  const hubs = buildRailHubs(provinces);
  console.log(
    `geo: ${hubs.features.length} rail hubs (${hubs.features.filter((f) => f.properties?.location_precision === 'city').length} placed at their city)`,
  );
  const clusters = buildCityClusters(provinces);
  const unplaced = clusters.features.flatMap((f) =>
    (f.properties!.members as Array<{ lnglat: unknown; name_en: string }>).filter((m) => !m.lnglat).map((m) => m.name_en),
  );
  console.log(`geo: ${clusters.features.length} city clusters; ${unplaced.length} member cities not found in GeoNames: ${unplaced.join(', ')}`);
  const pf = buildPairsAndFocus(provinces);
  console.log(`geo: ${pf.pairs} East–West pairs, ${pf.focus} focus cities`);
  const lights = buildNightlights(provinces, dataset);
  const last = lights.inequality.at(-1);
  console.log(
    `geo: nightlight proxy ${lights.cells.length} cells × ${lights.years.length} years; Gini ${last?.year}: grid ${last?.gini_grid}, provinces ${last?.gini_province}`,
  );
  writeIndicators(dataset);
  const basemap = buildBasemap(provinces);
  console.log(`geo: basemap ${basemap.tiles} tiles, ${(basemap.bytes / 1e6).toFixed(1)} MB gzip`);
  const glyphs = buildGlyphs([
    ...provinces.labels.features.flatMap((f) => [String(f.properties?.name_en), String(f.properties?.name_zh)]),
    ...basemap.labels.countries.flatMap((f) => [String(f.properties?.name), String(f.properties?.name_zh ?? '')]),
    ...basemap.labels.cities.flatMap((f) => [String(f.properties?.name), String(f.properties?.name_zh ?? '')]),
  ]);
  console.log(`geo: ${glyphs.glyphs} glyphs in ${glyphs.ranges} ranges × ${glyphs.fontstacks} font stacks`);
  const bodies = await buildLayerBodies();
  console.log(`geo: ${bodies.variants} layer bodies (layer × year), ${bodies.files} distinct, ${(bodies.bytes / 1e6).toFixed(1)} MB gzip + brotli`);
  const pageFonts = buildPageFonts();
  console.log(
    `geo: page font Noto Sans SC, ${pageFonts.subsets} of its subsets × ${pageFonts.weights} weights (${(pageFonts.bytes / 1e3).toFixed(0)} KB of @font-face)`,
  );
  fs.writeFileSync(STAMP, hash);
  console.log(`geo: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

void main();
