/** The commands run in-process, with their own working directory and captured output. */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { MAX_FILE_BYTES } from '../../../src/core/analysis/fileDiagnostics';
import { exportJourneyMap } from '../../../src/core/journey/exportJourneyMap';
import { INVALID_ENGAGEMENT, removeFolder, runInProcess, temporaryFolder, VALID_ENGAGEMENT } from './cliHarness';

describe('cxm commands', () => {
  let root: string;
  beforeEach(() => {
    root = temporaryFolder({
      'clients/acme.engagement.yaml': VALID_ENGAGEMENT,
      'clients/broken.engagement.yaml': INVALID_ENGAGEMENT,
      'other/beta.engagement.yml': VALID_ENGAGEMENT.replace('client: Acme', 'client: Beta'),
    });
  });
  afterEach(() => removeFolder(root));

  describe('validate', () => {
    it('exits 0 on files without errors and prints their warnings and a summary', async () => {
      const run = await runInProcess(['validate', 'clients/acme.engagement.yaml'], root);
      assert.equal(run.code, 0);
      const lines = run.stdout.trimEnd().split('\n');
      assert.ok(lines.length >= 2);
      for (const line of lines.slice(0, -1)) assert.match(line, /^clients\/acme\.engagement\.yaml:\d+:\d+: warning [a-z-]+: \S/);
      assert.match(lines.at(-1)!, /^1 file: 0 errors, \d+ warnings?, \d+ infos?$/);
      assert.equal(run.stderr, '');
    });

    it('exits 1 when any file has an error, and reports every file in path order', async () => {
      const run = await runInProcess(['validate', '.'], root);
      assert.equal(run.code, 1);
      const files = [...new Set(run.stdout.split('\n').filter((l) => l.includes(':')).map((l) => l.split(':')[0]))];
      assert.deepEqual(files.filter((f) => f!.endsWith('yaml') || f!.endsWith('yml')), [
        'clients/acme.engagement.yaml', 'clients/broken.engagement.yaml', 'other/beta.engagement.yml',
      ]);
      assert.match(run.stdout, /clients\/broken\.engagement\.yaml:\d+:\d+: error schema-required: /);
      assert.match(run.stdout, /^3 files: [1-9]\d* errors?, /m);
    });

    it('reports a named missing file as file-not-found (exit 1) and still reports the others', async () => {
      const run = await runInProcess(['validate', 'clients/acme.engagement.yaml', 'clients/gone.engagement.yaml', '--format', 'json'], root);
      assert.equal(run.code, 1);
      const json = JSON.parse(run.stdout);
      assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['clients/acme.engagement.yaml', 'clients/gone.engagement.yaml']);
      assert.deepEqual(json.files[1].diagnostics, [{
        severity: 'error', code: 'file-not-found', message: 'File not found: clients/gone.engagement.yaml.', path: '',
        line: 1, column: 1, endLine: 1, endColumn: 1,
      }]);
    });

    it('is bad usage (exit 2) when the arguments match nothing at all', async () => {
      const emptyRoot = temporaryFolder({ 'empty/readme.md': '' });
      const run = await runInProcess(['validate', 'nowhere/**/*.engagement.yaml', 'empty'], emptyRoot);
      removeFolder(emptyRoot);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^cxm validate: no engagement file matches the arguments\nUsage: cxm validate /);
    });

    it('notes a glob that matched nothing when others matched', async () => {
      const run = await runInProcess(['validate', 'clients/acme.engagement.yaml', 'typo/*.yaml'], root);
      assert.equal(run.code, 0);
      assert.match(run.stderr, /no engagement file matches typo\/\*\.yaml/);
    });

    it('writes SARIF with relative forward-slash URIs', async () => {
      const run = await runInProcess(['validate', 'clients', '--format', 'sarif'], root);
      const sarif = JSON.parse(run.stdout);
      const uris = new Set(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri));
      assert.deepEqual([...uris].sort(), ['clients/acme.engagement.yaml', 'clients/broken.engagement.yaml']);
      assert.ok(sarif.runs[0].results.some((r: { level: string }) => r.level === 'error'));
    });

    it('strips a byte-order mark so columns match the editor', async () => {
      writeFileSync(join(root, 'bom.engagement.yaml'), '\uFEFF' + VALID_ENGAGEMENT);
      const withBom = (await runInProcess(['validate', 'bom.engagement.yaml'], root)).stdout.replaceAll('bom', 'x');
      const without = (await runInProcess(['validate', 'clients/acme.engagement.yaml'], root)).stdout.replaceAll('clients/acme', 'x');
      assert.equal(withBom, without);
    });

    it('survives hostile files in a batch: binary, deep nesting, a folder named like a file', async () => {
      writeFileSync(join(root, 'clients/binary.engagement.yaml'), Buffer.from([0, 159, 146, 150, 255, 0, 1, 2, 10, 58, 58]));
      writeFileSync(join(root, 'clients/deep.engagement.yaml'), '['.repeat(5000));
      writeFileSync(join(root, 'clients/proto.engagement.yaml'), '__proto__: {polluted: 1}\nconstructor: 1\n');
      const run = await runInProcess(['validate', 'clients', '--format', 'json'], root);
      assert.equal(run.code, 1);
      const files = JSON.parse(run.stdout).files as { path: string; diagnostics: { severity: string }[] }[];
      assert.equal(files.length, 5);
      for (const file of files.filter((f) => !f.path.includes('acme'))) assert.ok(file.diagnostics.some((d) => d.severity === 'error'), file.path);
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    });

    it('never reads a file over 10 MB: one file-too-large error', async () => {
      const big = join(root, 'big.engagement.yaml');
      writeFileSync(big, '');
      truncateSync(big, MAX_FILE_BYTES + 1);
      const run = await runInProcess(['validate', 'big.engagement.yaml'], root);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^big\.engagement\.yaml:1:1: error file-too-large: /);
    });

    it('speaks French with --lang fr or a French environment', async () => {
      assert.match((await runInProcess(['validate', 'clients/gone.engagement.yaml', '--lang', 'fr'], root)).stdout, /Fichier introuvable/);
      assert.match((await runInProcess(['validate', 'clients/acme.engagement.yaml'], root, 'fr')).stdout, /^1 fichier : 0 erreur/m);
    });
  });

  describe('assess', () => {
    it('prints the contract JSON for one file', async () => {
      const run = await runInProcess(['assess', 'clients/acme.engagement.yaml', '--format', 'json'], root);
      assert.equal(run.code, 0);
      const json = JSON.parse(run.stdout);
      assert.deepEqual(Object.keys(json), ['overall', 'dimensions']);
      assert.deepEqual(json.dimensions.map((d: { id: string }) => d.id), [
        'visibility', 'digital-journey', 'channel-integration', 'human-touch', 'lifecycle',
        'mobile', 'data-trust', 'community', 'employee-tools', 'organisation',
      ]);
    });

    it('refuses files with errors (errors on stderr, exit 1) and still assesses the others, one JSON line each', async () => {
      const run = await runInProcess(['assess', '.', '--format', 'json'], root);
      assert.equal(run.code, 1);
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      for (const line of lines) assert.ok(JSON.parse(line).overall);
      assert.match(run.stderr, /clients\/broken\.engagement\.yaml:\d+:\d+: error schema-required/);
      assert.match(run.stderr, /clients\/broken\.engagement\.yaml: not processed/);
    });

    it('prints text with a heading per file when there are several', async () => {
      const run = await runInProcess(['assess', 'clients/acme.engagement.yaml', 'other'], root);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /^== clients\/acme\.engagement\.yaml ==\nAcme: /);
      assert.match(run.stdout, /\n== other\/beta\.engagement\.yml ==\nBeta: /);
    });
  });

  describe('hostile strings', () => {
    const hostile = VALID_ENGAGEMENT.replace('client: Acme', 'client: "Acme\\e[2J\\u202Eevil"');

    it('escapes control characters in text shown on a terminal, keeps documents byte-exact when piped', async () => {
      writeFileSync(join(root, 'hostile.engagement.yaml'), hostile);
      const assess = await runInProcess(['assess', 'hostile.engagement.yaml'], root);
      assert.equal(assess.code, 0, assess.stderr);
      assert.match(assess.stdout, /^Acme\\u\{1b\}\[2J\\u\{202e\}evil: /);
      const onTerminal = await runInProcess(['roadmap', 'hostile.engagement.yaml'], root, 'en', true);
      assert.doesNotMatch(onTerminal.stdout, /[\u001b\u202e]/);
      assert.match(onTerminal.stdout, /Acme\\u\{1b\}/);
      const piped = await runInProcess(['roadmap', 'hostile.engagement.yaml'], root);
      assert.match(piped.stdout, /Acme\u001b\\?\[2J\u202eevil/);
    });
  });

  describe('journey', () => {
    it('exports one journey as SVG with data-step attributes', async () => {
      const run = await runInProcess(['journey', 'clients/acme.engagement.yaml', '--journey', 'order', '--format', 'svg'], root);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /^<svg/);
      assert.match(run.stdout, /data-step="order\/0\/0"/);
      assert.match(run.stdout, /data-step-id="order\/look"/);
      assert.match(run.stdout, /data-step="order\/1\/0"/);
      assert.doesNotMatch(run.stdout, /<script/i);
    });

    it('is bad usage for an unknown journey', async () => {
      const run = await runInProcess(['journey', 'clients/acme.engagement.yaml', '--journey', 'nope'], root);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /unknown journey "nope" \(journeys: order\)/);
    });

    it('needs --out for several files, then writes one document per file and never overwrites without --force', async () => {
      assert.equal((await runInProcess(['journey', 'clients/acme.engagement.yaml', 'other'], root)).code, 2);
      const first = await runInProcess(['journey', 'clients/acme.engagement.yaml', 'other', '--format', 'mermaid', '--out', 'maps'], root);
      assert.equal(first.code, 0, first.stderr);
      assert.equal(first.stdout, 'Wrote maps/acme.journey.mmd\nWrote maps/beta.journey.mmd\n');
      assert.match(readFileSync(join(root, 'maps/acme.journey.mmd'), 'utf8'), /^```mermaid\njourney\n/);
      writeFileSync(join(root, 'maps/acme.journey.mmd'), 'edited by hand');
      const second = await runInProcess(['journey', 'clients/acme.engagement.yaml', 'other', '--format', 'mermaid', '--out', 'maps'], root);
      assert.equal(second.code, 1);
      assert.match(second.stderr, /maps\/acme\.journey\.mmd already exists/);
      assert.equal(readFileSync(join(root, 'maps/acme.journey.mmd'), 'utf8'), 'edited by hand');
      const forced = await runInProcess(['journey', 'clients/acme.engagement.yaml', 'other', '--format', 'mermaid', '--out', 'maps', '--force'], root);
      assert.equal(forced.code, 0);
      assert.notEqual(readFileSync(join(root, 'maps/acme.journey.mmd'), 'utf8'), 'edited by hand');
    });

    it('writes to a file and to stdout exactly the core export, chunk by chunk', async () => {
      const analysis = analyseEngagement(VALID_ENGAGEMENT, { lang: 'en' });
      for (const format of ['svg', 'html'] as const) {
        const expected = exportJourneyMap(analysis, { format });
        const piped = await runInProcess(['journey', 'clients/acme.engagement.yaml', '--format', format, '--lang', 'en'], root);
        assert.equal(piped.code, 0, piped.stderr);
        assert.equal(piped.stdout, expected);
        const written = await runInProcess(['journey', 'clients/acme.engagement.yaml', '--format', format, '--lang', 'en', '--out', `map.${format}`], root);
        assert.equal(written.code, 0, written.stderr);
        assert.equal(readFileSync(join(root, `map.${format}`), 'utf8'), expected);
      }
    });

    it('writes nothing for a file with errors', async () => {
      const run = await runInProcess(['journey', 'clients/broken.engagement.yaml', '--out', 'map.html'], root);
      assert.equal(run.code, 1);
      assert.equal(existsSync(join(root, 'map.html')), false);
    });
  });

  describe('roadmap', () => {
    it('prints the planned roadmap as the contract JSON', async () => {
      const run = await runInProcess(['roadmap', 'clients/acme.engagement.yaml', '--format', 'json'], root);
      assert.equal(run.code, 0, run.stderr);
      const json = JSON.parse(run.stdout);
      assert.equal(json.stage, 'contemplation');
      assert.deepEqual(json.phases.map((p: { id: string }) => p.id), ['contemplation', 'preparation', 'action', 'maintenance']);
    });

    it('renders the built-in Markdown roadmap by default, and HTML on request', async () => {
      const markdown = await runInProcess(['roadmap', 'clients/acme.engagement.yaml'], root);
      assert.equal(markdown.code, 0, markdown.stderr);
      assert.match(markdown.stdout, /^# .*Acme/);
      const html = await runInProcess(['roadmap', 'clients/acme.engagement.yaml', '--template', 'html'], root);
      assert.equal(html.code, 0, html.stderr);
      assert.match(html.stdout, /^<!DOCTYPE html>/i);
      assert.doesNotMatch(html.stdout, /<script/i);
    });

    it('renders a custom template file, named after it in an --out folder', async () => {
      writeFileSync(join(root, 'board.md.hbs'), '# {{engagement.engagement.client}} ({{lang}})\n{{#each roadmap.phases}}- {{id}}\n{{/each}}');
      const run = await runInProcess(['roadmap', 'clients/acme.engagement.yaml', 'other', '--template', 'board.md.hbs', '--out', 'docs'], root);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, 'Wrote docs/acme.roadmap.md\nWrote docs/beta.roadmap.md\n');
      assert.equal(readFileSync(join(root, 'docs/beta.roadmap.md'), 'utf8'), '# Beta (en)\n- contemplation\n- preparation\n- action\n- maintenance\n');
    });

    it('reports a template error with the template line (exit 1) and writes nothing', async () => {
      writeFileSync(join(root, 'broken.hbs'), 'line one\n{{missing.field}}\n');
      const run = await runInProcess(['roadmap', 'clients/acme.engagement.yaml', '--template', 'broken.hbs', '--out', 'out.txt'], root);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /broken\.hbs:2/);
      assert.equal(existsSync(join(root, 'out.txt')), false);
    });

    it('needs --out for several documents', async () => {
      const run = await runInProcess(['roadmap', 'clients/acme.engagement.yaml', 'other'], root);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /several files: give --out <folder>/);
    });

    it('is bad usage for an unknown template', async () => {
      const run = await runInProcess(['roadmap', 'clients/acme.engagement.yaml', '--template', 'fancy'], root);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /unknown template "fancy"/);
    });
  });

  it('prints help and the version', async () => {
    const help = await runInProcess(['--help'], root);
    assert.equal(help.code, 0);
    for (const command of ['validate', 'assess', 'roadmap', 'journey']) assert.match(help.stdout, new RegExp(`cxm ${command} `));
    assert.match((await runInProcess(['roadmap', '--help'], root)).stdout, /^Usage: cxm roadmap /);
    assert.match((await runInProcess(['--version'], root)).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
