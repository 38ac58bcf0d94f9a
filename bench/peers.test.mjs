// node --test bench/ — the side-by-side bench's pure parts and its static server.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import zlib from 'node:zlib';
import { PNG } from 'pngjs';
import { colourMatches, medianColour, medians, peerRatios, peerVerdicts, ratio, rgbOf } from './peer-verdict.mjs';
import { peerFiles, startPeerServer } from './peer-server.mjs';

describe('colours', () => {
  it('reads a hex colour and matches a sampled one within the tolerance only', () => {
    assert.deepEqual(rgbOf('#2c7fb8'), [44, 127, 184]);
    assert.equal(colourMatches([44, 127, 184], '#2c7fb8'), true);
    assert.equal(colourMatches([50, 121, 190], '#2c7fb8'), true);
    assert.equal(colourMatches([51, 127, 184], '#2c7fb8'), false);
    assert.equal(colourMatches([44, 127, 184], '#41b6c4'), false);
  });

  it('takes the median of each channel of a decoded PNG block, so a border pixel does not count', () => {
    const png = new PNG({ width: 3, height: 3 });
    for (let i = 0; i < 9; i++) png.data.set(i === 4 ? [127, 142, 156, 255] : [44, 127, 184, 255], i * 4);
    const decoded = PNG.sync.read(PNG.sync.write(png));
    assert.deepEqual(medianColour(decoded.data), [44, 127, 184]);
  });
});

describe('ratios and verdicts', () => {
  const results = {
    app: { first_choropleth_ms: 400, interactive_ms: 1200, indicator_switch_ms: 60, year_scrub_ms: 500, js_kb: 440, lcp_ms: 300, cls: 0.01 },
    leaflet: { first_choropleth_ms: 800, indicator_switch_ms: 20, year_scrub_ms: 200, js_kb: 60, lcp_ms: 400 },
    echarts: { first_choropleth_ms: 1500, indicator_switch_ms: 30, year_scrub_ms: 300, js_kb: 360, lcp_ms: 500 },
    blank: { first_paint_ms: 300 },
  };

  it('divides to two decimals and gives null for a missing figure', () => {
    assert.equal(ratio(400, 800), 0.5);
    assert.equal(ratio(1, 3), 0.33);
    assert.equal(ratio(null, 800), null);
    assert.equal(ratio(400, 0), null);
  });

  it('takes medians per field over runs, leaving a field no run measured null', () => {
    assert.deepEqual(medians([{ a: 3, b: null }, { a: 1 }, { a: 2 }], ['a', 'b']), { a: 2, b: null });
  });

  it('states each target as a ratio to the peers in the same run', () => {
    const v = Object.fromEntries(peerVerdicts(results).map((x) => [x.target, x]));
    assert.deepEqual(v.first_choropleth_vs_leaflet, { target: 'first_choropleth_vs_leaflet', value: 0.5, goal: 0.6, met: true });
    assert.equal(v.first_choropleth_vs_blank_first_paint.value, 1.33);
    assert.equal(v.first_choropleth_vs_blank_first_paint.met, true);
    assert.equal(v.interactive_vs_echarts_first_choropleth.value, 0.8);
    assert.equal(v.indicator_switch_ms.met, true);
    assert.equal(v.cls.met, true);
    const slow = peerVerdicts({ ...results, app: { ...results.app, first_choropleth_ms: 700, indicator_switch_ms: null } });
    assert.equal(slow.find((x) => x.target === 'first_choropleth_vs_leaflet').met, false);
    // A figure that could not be measured is not met.
    assert.equal(slow.find((x) => x.target === 'indicator_switch_ms').met, false);
  });

  it('gives the app’s figures over each peer’s', () => {
    const r = peerRatios(results);
    assert.equal(r.leaflet.first_choropleth_ms, 0.5);
    assert.equal(r.echarts.js_kb, 1.22);
    assert.equal(r.echarts.indicator_switch_ms, 2);
  });
});

describe('the peer server', () => {
  it('serves the peer pages and their pinned libraries from this repository, gzipped, and nothing else', async () => {
    for (const file of Object.values(peerFiles('/dev/null'))) assert.ok(file === '/dev/null' || fs.existsSync(file), file);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peer-test-'));
    const data = path.join(dir, 'peer-data.json');
    fs.writeFileSync(data, '{"first":"x"}');
    const server = await startPeerServer(data);
    try {
      const page = await fetch(`${server.base}/leaflet.html`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /src="\/vendor\/leaflet\.js"/);
      assert.deepEqual(await (await fetch(`${server.base}/peer-data.json`)).json(), { first: 'x' });
      const raw = await new Promise((resolve) =>
        import('node:http').then(({ get }) => get(`${server.base}/vendor/echarts.min.js`, { headers: { 'accept-encoding': 'gzip' } }, resolve)),
      );
      assert.equal(raw.headers['content-encoding'], 'gzip');
      const chunks = [];
      for await (const c of raw) chunks.push(c);
      assert.match(zlib.gunzipSync(Buffer.concat(chunks)).toString('utf8', 0, 200), /echarts|Apache/i);
      assert.equal((await fetch(`${server.base}/../package.json`)).status, 404);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
