import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { removeFolder, runInProcess, temporaryFolder, VALID_ENGAGEMENT } from '../cli/cliHarness';

describe('cxm roadmap --template docx|pptx', function () {
  this.timeout(60000);
  let root: string;
  beforeEach(() => { root = temporaryFolder({ 'acme.engagement.yaml': VALID_ENGAGEMENT, 'b/beta.engagement.yaml': VALID_ENGAGEMENT.replace('Acme', 'Beta') }); });
  afterEach(() => removeFolder(root));

  it('writes a Word report and a PowerPoint deck', async () => {
    for (const format of ['docx', 'pptx']) {
      const run = await runInProcess(['roadmap', 'acme.engagement.yaml', '--template', format, '--out', `acme.${format}`], root);
      assert.equal(run.code, 0, run.stderr);
      const files = unzipSync(readFileSync(join(root, `acme.${format}`)));
      assert.ok(files[format === 'docx' ? 'word/document.xml' : 'ppt/presentation.xml']);
      assert.match(strFromU8(files['[Content_Types].xml']!), format === 'docx' ? /wordprocessingml/ : /presentationml/);
    }
  });

  it('writes one file per input in an --out folder, and never replaces one without --force', async () => {
    const first = await runInProcess(['roadmap', '.', '--template', 'docx', '--out', 'out/'], root);
    assert.equal(first.code, 0, first.stderr);
    assert.ok(existsSync(join(root, 'out', 'acme.roadmap.docx')));
    assert.ok(existsSync(join(root, 'out', 'beta.roadmap.docx')));
    const again = await runInProcess(['roadmap', '.', '--template', 'docx', '--out', 'out/'], root);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists/);
    assert.equal((await runInProcess(['roadmap', '.', '--template', 'docx', '--out', 'out/', '--force'], root)).code, 0);
  });

  it('takes a reference file, and says when it is unreadable or of the wrong kind', async () => {
    await runInProcess(['roadmap', 'acme.engagement.yaml', '--template', 'pptx', '--out', 'firm.pptx'], root);
    const wrongKind = await runInProcess(['roadmap', 'acme.engagement.yaml', '--template', 'docx', '--reference', 'firm.pptx', '--out', 'x.docx'], root);
    assert.equal(wrongKind.code, 1);
    assert.match(wrongKind.stderr, /Word \(\.docx\) reference/);
    const missing = await runInProcess(['roadmap', 'acme.engagement.yaml', '--template', 'docx', '--reference', 'nope.docx', '--out', 'x.docx'], root);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.docx.*ENOENT/);
    const ok = await runInProcess(['roadmap', 'acme.engagement.yaml', '--template', 'pptx', '--reference', 'firm.pptx', '--out', 'y.pptx'], root);
    assert.equal(ok.code, 0, ok.stderr);
  });

  it('is bad usage to give --reference to a text template, or to print a binary file on a terminal', async () => {
    const reference = await runInProcess(['roadmap', 'acme.engagement.yaml', '--template', 'html', '--reference', 'firm.docx'], root);
    assert.equal(reference.code, 2);
    assert.match(reference.stderr, /--reference applies to --template docx or pptx only/);
    const terminal = await runInProcess(['roadmap', 'acme.engagement.yaml', '--template', 'docx'], root, 'fr', true);
    assert.equal(terminal.code, 2);
    assert.match(terminal.stderr, /--out <fichier>/);
  });

  it('keeps docx and pptxgenjs out of the extension and cxm bundles (loaded only for Office documents)', () => {
    for (const bundle of ['extension.js', 'cxm.js']) {
      const code = readFileSync(join(process.cwd(), 'dist', bundle), 'utf8');
      // Loaded on first use, through vm.Script with its code cache (src/officeRenderer/shippedOfficeRenderer.ts).
      assert.ok(code.includes('"officeRenderer.js"') && code.includes('cachedDataRejected'), `${bundle} does not load the Office renderer lazily`);
      for (const library of ['PptxGenJS', 'wordprocessingml.document.main+xml', 'initWasm']) assert.ok(!code.includes(library), `${bundle} holds ${library}`);
    }
    const renderer = readFileSync(join(process.cwd(), 'dist', 'officeRenderer.js'), 'utf8');
    assert.ok(renderer.includes('PptxGenJS'));
    // Nothing is rasterised any more: no WebAssembly rasteriser in the renderer.
    assert.ok(!renderer.includes('initWasm'), 'the Office renderer holds a rasteriser');
  });

  it('runs from the shipped bundle, on worker threads, and gives the same bytes in every process and time zone', () => {
    const cxm = join(process.cwd(), 'dist', 'cxm.js');
    const run = (out: string, tz: string) => execFileSync(process.execPath, [cxm, 'roadmap', '.', '--template', 'pptx', '--out', out], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: tz } });
    assert.match(run('one/', 'UTC'), /Wrote one\/acme\.roadmap\.pptx/);
    run('two/', 'Pacific/Kiritimati');
    for (const name of ['acme.roadmap.pptx', 'beta.roadmap.pptx']) {
      assert.ok(readFileSync(join(root, 'one', name)).equals(readFileSync(join(root, 'two', name))), `${name} differs between two runs`);
    }
  });
});
