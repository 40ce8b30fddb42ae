// What each bundle holds, read from the built files (`npm run build`, unminified: esbuild names every
// module it bundles in a `// path` comment). The one entry point of the core (src/core/index.ts)
// re-exports everything the hosts need: these checks keep its weight out of the bundles that do not
// use it (src/core/package.json declares the core free of side effects, so esbuild drops the rest).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '..', '..', '..', '..', 'dist');

function modulesOf(bundle: string): string[] {
  return [...readFileSync(join(DIST, bundle), 'utf8').matchAll(/^\s*\/\/ ((?:src|webview|node_modules)\/\S+)$/gm)].map((match) => match[1]!);
}

describe('architecture: bundles', () => {
  it('reads the modules of the bundles it checks (the rule can fail)', () => {
    assert.ok(modulesOf('analysisWorker.js').some((m) => m.startsWith('node_modules/yaml/')));
    assert.ok(modulesOf('analysisWorker.js').includes('src/core/journey/journeyMapView.ts'));
    assert.ok(modulesOf('extension.js').length > 20);
  });

  it('the extension host holds neither the YAML parser, zod, Handlebars nor the Office libraries, nor the analysis', () => {
    const modules = modulesOf('extension.js');
    assert.deepEqual(modules.filter((m) => m.startsWith('node_modules/')), []);
    assert.deepEqual(modules.filter((m) => /^src\/core\/(yaml|document|validation|language|office|roadmap)\//.test(m) || /src\/core\/(analysis\/analyseEngagement|templates\/renderRoadmap)\.ts$/.test(m)), []);
  });

  it('the webview holds the drawing only', () => {
    const modules = modulesOf(join('webview', 'main.js'));
    assert.ok(modules.includes('src/core/journey/renderJourneyMap.ts'));
    assert.deepEqual(modules.filter((m) => m.startsWith('node_modules/') || /^src\/core\/(yaml|document|validation|language|analysis|maturity|roadmap|templates|office|snapshot|compare|portfolio)\//.test(m)), []);
  });

  it('the roadmap renderer holds Handlebars and no Office library; the Office renderer is its own file', () => {
    const renderer = modulesOf('roadmapRenderer.js');
    assert.ok(renderer.some((m) => m.startsWith('node_modules/handlebars/')));
    assert.deepEqual(renderer.filter((m) => /^node_modules\/(docx|pptxgenjs|@resvg)\//.test(m)), []);
    assert.deepEqual(modulesOf('cxm.js').filter((m) => /^node_modules\/(docx|pptxgenjs|@resvg)\//.test(m) || m.startsWith('src/core/office/')), []);
  });
});
