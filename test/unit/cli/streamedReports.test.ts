/**
 * `cxm validate --format json|sarif` writes its report a file, and a chunk of diagnostics, at a
 * time: the bytes must be exactly the pretty JSON of the report's value, whatever the number of
 * files or diagnostics, and the writing must wait whenever stdout asks to.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/runCli';
import { formatJsonReport } from '../../../src/cli/output/jsonReport';
import { formatSarifReport } from '../../../src/cli/output/sarifReport';
import type { FileReport } from '../../../src/cli/fileReport';
import { INVALID_ENGAGEMENT, removeFolder, runInProcess, temporaryFolder, VALID_ENGAGEMENT } from './cliHarness';

const CXM = join(__dirname, '..', '..', '..', 'cxm.js');

/** A file with one unknown-channel error per step: thousands of diagnostics in one file. */
function manyErrors(steps: number): string {
  const lines = ['engagement:\n  client: X\nchange:\n  stage: action\nchannels:\n  - id: a\n    type: web\nsegments:\n  - id: s\n    digitalIntensity: traditional\njourneys:\n  - id: j\n    segment: s\n    stages:\n      - name: S\n        steps:\n'];
  for (let i = 0; i < steps; i++) lines.push(`          - channel: missing\n            action: Step ${i}\n`);
  return lines.join('');
}

function manyFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`clients/c${String(i).padStart(3, '0')}.engagement.yaml`] = i % 3 === 0 ? INVALID_ENGAGEMENT : VALID_ENGAGEMENT;
  files['clients/zz-many.engagement.yaml'] = manyErrors(2000);
  return files;
}

/** The canonical pretty print of the value the text holds: streamed bytes must equal it. */
function canonical(text: string): string {
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

describe('validate reports written incrementally', function () {
  this.timeout(120_000);
  let root: string;
  before(() => {
    root = temporaryFolder(manyFiles(150));
  });
  after(() => removeFolder(root));

  it('writes JSON over 151 files, one of a thousand diagnostics, byte for byte the pretty JSON of its value', async () => {
    const run = await runInProcess(['validate', 'clients', '--format', 'json'], root);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, canonical(run.stdout));
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; diagnostics: Array<Record<string, unknown>> }> };
    assert.equal(report.files.length, 151);
    assert.deepEqual(report.files.map((file) => file.path), [...report.files.map((file) => file.path)].sort());
    const many = report.files.find((file) => file.path.endsWith('zz-many.engagement.yaml'))!;
    // Diagnostics are capped per file (1,000): still far over one chunk.
    assert.ok(many.diagnostics.filter((d) => d.code === 'unknown-ref').length >= 1000);
    assert.deepEqual(Object.keys(many.diagnostics[0]!), ['severity', 'code', 'message', 'path', 'line', 'column', 'endLine', 'endColumn']);
    assert.ok(report.files.filter((_, i) => i % 3 === 0 && i < 150).every((file) => file.diagnostics.some((d) => d.severity === 'error')));
    // The streamed text is the one-string formatter's, from the same reports.
    const reports: FileReport[] = report.files.map((file) => ({
      path: file.path,
      diagnostics: file.diagnostics.map((d) => ({
        severity: d.severity, code: d.code, message: d.message, path: d.path,
        range: { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn },
      })) as unknown as FileReport['diagnostics'],
    }));
    assert.equal(run.stdout, formatJsonReport(reports));
  });

  it('writes SARIF with every result of every file, byte for byte the pretty JSON of its value', async () => {
    const json = JSON.parse((await runInProcess(['validate', 'clients', '--format', 'json'], root)).stdout) as { files: Array<{ diagnostics: unknown[] }> };
    const run = await runInProcess(['validate', 'clients', '--format', 'sarif'], root);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, canonical(run.stdout));
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.runs[0].results.length, json.files.reduce((sum, file) => sum + file.diagnostics.length, 0));
    // The run's metadata (tool, rules, base folder) is the one-string formatter's.
    const empty = JSON.parse(formatSarifReport([], sarif.runs[0].tool.driver.version, root));
    assert.deepEqual({ ...sarif.runs[0], results: [] }, empty.runs[0]);
  });

  it('prints empty reports as JSON.stringify does', () => {
    assert.equal(formatJsonReport([]), '{\n  "files": []\n}\n');
    assert.equal(formatJsonReport([{ path: 'a', diagnostics: [] }]), `${JSON.stringify({ files: [{ path: 'a', diagnostics: [] }] }, null, 2)}\n`);
    const sarif = formatSarifReport([], '1', '/r');
    assert.equal(sarif, canonical(sarif));
    assert.match(sarif, /"results": \[\]\n/);
  });

  it('hands stdout bounded chunks and waits while stdout is full', async () => {
    const chunks: string[] = [];
    let pending = 0;
    let writesWhileFull = 0;
    let full = false;
    const code = await runCli(['validate', 'clients/zz-many.engagement.yaml', '--format', 'sarif'], {
      cwd: root,
      environmentLanguage: 'en',
      stdout: {
        write: (text) => {
          if (full) writesWhileFull++;
          chunks.push(String(text));
          full = true;
        },
        // A slow reader: every chunk fills the stream, which drains a moment later.
        ready: () => {
          pending++;
          return new Promise((resolve) => setTimeout(() => {
            full = false;
            resolve();
          }, 1));
        },
      },
      stderr: { write: () => undefined },
    });
    assert.equal(code, 1);
    assert.equal(writesWhileFull, 0);
    assert.ok(chunks.length > 10, `${chunks.length} chunks`);
    assert.ok(pending >= chunks.length);
    assert.ok(Math.max(...chunks.map((chunk) => chunk.length)) < 80 * 1024);
    const text = chunks.join('');
    assert.equal(text, canonical(text));
  });

  it('gives the same bytes through a real pipe as in process, and the exit code', async () => {
    const inProcess = await runInProcess(['validate', 'clients', '--format', 'sarif'], root);
    const piped = spawnSync(process.execPath, [CXM, 'validate', 'clients', '--format', 'sarif'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    assert.equal(piped.status, 1);
    assert.equal(piped.stdout, inProcess.stdout);
  });
});
