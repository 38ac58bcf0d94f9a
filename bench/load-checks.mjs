/**
 * After the load: does the app still answer correctly? A few requests whose answers are known
 * facts (Beijing's 2024 GDP per capita, a tile that decodes, the 31 provinces, the page itself).
 */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

async function check(name, run) {
  try {
    const detail = await run();
    return { name, ok: true, detail };
  } catch (err) {
    return { name, ok: false, detail: err.message };
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export async function postChecks(base) {
  return Promise.all([
    check('gdp_per_capita 2024: Beijing > 228,000', async () => {
      const res = await fetch(`${base}/api/indicators/gdp_per_capita?year=2024`);
      assert(res.status === 200, `status ${res.status}`);
      const beijing = (await res.json()).values.find((v) => v.code === '110000');
      assert(beijing?.value > 228_000, `Beijing value ${beijing?.value}`);
      return `Beijing ${beijing.value}`;
    }),
    check('basemap tile 4/12/6 is a vector tile', async () => {
      const res = await fetch(`${base}/api/tiles/basemap/4/12/6`, { headers: { 'accept-encoding': 'gzip' } });
      assert(res.status === 200, `status ${res.status}`);
      assert(res.headers.get('content-type') === 'application/vnd.mapbox-vector-tile', `content-type ${res.headers.get('content-type')}`);
      // fetch has inflated the gzip body; what is left must parse as protobuf with the basemap's layers.
      const layers = Object.keys(new VectorTile(new PbfReader(new Uint8Array(await res.arrayBuffer()))).layers);
      assert(layers.includes('land') && layers.includes('province_labels'), `layers ${layers.join(', ')}`);
      return `${layers.length} layers`;
    }),
    check('provinces layer has 31 features', async () => {
      const res = await fetch(`${base}/api/layers/provinces`);
      assert(res.status === 200, `status ${res.status}`);
      const n = (await res.json()).features.length;
      assert(n === 31, `${n} features`);
      return '31 features';
    }),
    check('region 420000 is Hubei', async () => {
      const body = await (await fetch(`${base}/api/regions/420000`)).json();
      assert(body.name_en === 'Hubei', `name ${body.name_en}`);
      return 'Hubei';
    }),
    check('page / renders', async () => {
      const res = await fetch(`${base}/`);
      const html = await res.text();
      assert(res.status === 200 && html.includes('Hinterland'), `status ${res.status}`);
      return `${Math.round(html.length / 1024)} KB HTML`;
    }),
  ]);
}
