// Copies Chart.js from node_modules into the gateway's static resources, with its licence beside it, so the desk
// needs no CDN. Run after a chart.js upgrade in package.json (npm ci && npm run vendor) and commit the result.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, '../../main/resources/META-INF/resources/assets/vendor');
const chartJs = join(here, 'node_modules/chart.js');

mkdirSync(vendor, { recursive: true });
copyFileSync(join(chartJs, 'dist/chart.umd.js'), join(vendor, 'chart.umd.js'));
copyFileSync(join(chartJs, 'LICENSE.md'), join(vendor, 'chart.js-LICENSE.md'));
console.log(`Chart.js copied to ${vendor}`);
