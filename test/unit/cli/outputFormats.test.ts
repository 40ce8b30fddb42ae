import * as assert from 'node:assert/strict';
import type { FileReport } from '../../../src/cli/fileReport';
import { formatJsonReport } from '../../../src/cli/output/jsonReport';
import { formatSarifReport, pathToUri } from '../../../src/cli/output/sarifReport';
import { terminalBlock, terminalLine } from '../../../src/cli/output/terminalText';
import { formatTextDiagnostics, formatTextSummary } from '../../../src/cli/output/textReport';

const range = (line: number, column: number, endLine: number, endColumn: number) => ({ start: 0, end: 0, line, column, endLine, endColumn });

const REPORTS: FileReport[] = [
  {
    path: 'clients/acme.engagement.yaml',
    diagnostics: [
      { code: 'unknown-ref', severity: 'error', message: 'Unknown channel "shop".', path: 'journeys.0.stages.0.steps.0.channel', range: range(12, 22, 12, 26) },
      { code: 'continuity-break', severity: 'warning', message: 'Continuity break.', path: 'journeys.0', range: range(14, 5, 14, 9) },
      { code: 'channel-unused', severity: 'info', message: 'Unused.', path: 'channels.1', range: range(20, 5, 21, 1) },
    ],
  },
  { path: 'clean file.engagement.yaml', diagnostics: [] },
];

describe('cxm output formats', () => {
  it('prints text as path:line:col: severity code: message', () => {
    assert.equal(
      formatTextDiagnostics(REPORTS[0]!),
      'clients/acme.engagement.yaml:12:22: error unknown-ref: Unknown channel "shop".\n' +
        'clients/acme.engagement.yaml:14:5: warning continuity-break: Continuity break.\n' +
        'clients/acme.engagement.yaml:20:5: info channel-unused: Unused.\n',
    );
    assert.equal(formatTextDiagnostics(REPORTS[1]!), '');
  });

  it('summarises with plurals in English and French', () => {
    assert.equal(formatTextSummary({ files: 2, error: 1, warning: 3, info: 0 }, 'en'), '2 files: 1 error, 3 warnings, 0 infos\n');
    assert.equal(formatTextSummary({ files: 1, error: 0, warning: 1, info: 2 }, 'en'), '1 file: 0 errors, 1 warning, 2 infos\n');
    assert.equal(formatTextSummary({ files: 2, error: 1, warning: 3, info: 0 }, 'fr'), '2 fichiers : 1 erreur, 3 avertissements, 0 info\n');
  });

  it('keeps one diagnostic on one line and neutralises terminal escapes', () => {
    const hostile: FileReport = {
      path: 'evil\n.engagement.yaml',
      diagnostics: [{ code: 'yaml-syntax', severity: 'error', message: 'bad \u001b[31mred\u001b[0m\r\nnext \u202eevil', path: '', range: range(1, 1, 1, 2) }],
    };
    const text = formatTextDiagnostics(hostile);
    assert.equal(text.split('\n').length, 2);
    assert.doesNotMatch(text, /[\u001b\r\u202e]/);
    assert.match(text, /evil\\u\{a\}\.engagement\.yaml:1:1: error yaml-syntax: bad \\u\{1b\}\[31mred/);
    assert.equal(terminalBlock('a\n\tb\u0007'), 'a\n\tb\\u{7}');
    assert.equal(terminalLine('a\tb'), 'a\\u{9}b');
  });

  it('writes the JSON of the contract, keys in its order', () => {
    const json = JSON.parse(formatJsonReport(REPORTS));
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['clients/acme.engagement.yaml', 'clean file.engagement.yaml']);
    assert.deepEqual(json.files[0].diagnostics[0], {
      severity: 'error', code: 'unknown-ref', message: 'Unknown channel "shop".', path: 'journeys.0.stages.0.steps.0.channel',
      line: 12, column: 22, endLine: 12, endColumn: 26,
    });
    assert.deepEqual(Object.keys(json.files[0].diagnostics[0]), ['severity', 'code', 'message', 'path', 'line', 'column', 'endLine', 'endColumn']);
    assert.deepEqual(json.files[1].diagnostics, []);
  });

  it('writes SARIF 2.1.0: one run, cxm with its rules, results with UTF-16 regions', () => {
    const sarif = JSON.parse(formatSarifReport(REPORTS, '1.2.3', '/work/repo'));
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const [run] = sarif.runs;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.tool.driver.name, 'cxm');
    assert.equal(run.tool.driver.version, '1.2.3');
    const rules = run.tool.driver.rules as { id: string; help: { markdown: string }; shortDescription: { text: string }; defaultConfiguration: { level: string } }[];
    const continuity = rules.find((rule) => rule.id === 'continuity-break')!;
    assert.match(continuity.help.markdown, /\(docs\/rules\.md#continuity-break\)/);
    assert.ok(continuity.shortDescription.text.length > 10);
    assert.equal(continuity.defaultConfiguration.level, 'warning');
    assert.equal(rules.find((rule) => rule.id === 'channel-unused')!.defaultConfiguration.level, 'note');
    assert.equal(new Set(rules.map((rule) => rule.id)).size, rules.length);

    assert.deepEqual(run.results.map((r: { level: string }) => r.level), ['error', 'warning', 'note']);
    const [first] = run.results;
    assert.equal(first.ruleId, 'unknown-ref');
    assert.equal(rules[first.ruleIndex]!.id, 'unknown-ref');
    assert.deepEqual(first.message, { text: 'Unknown channel "shop".' });
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'clients/acme.engagement.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 22, endLine: 12, endColumn: 26 },
    });
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/repo/' } });
  });

  it('is deterministic: the same reports give the same bytes', () => {
    assert.equal(formatSarifReport(REPORTS, '1', '/work/repo'), formatSarifReport(structuredClone(REPORTS), '1', '/work/repo'));
    assert.doesNotMatch(formatSarifReport(REPORTS, '1', '/work/repo'), /\d{4}-\d{2}-\d{2}T/);
  });

  it('turns paths into URI references', () => {
    assert.equal(pathToUri('clean file.engagement.yaml'), 'clean%20file.engagement.yaml');
    assert.equal(pathToUri('a/é#1.engagement.yaml'), 'a/%C3%A9%231.engagement.yaml');
    assert.equal(pathToUri('/srv/x.engagement.yaml'), 'file:///srv/x.engagement.yaml');
    assert.equal(pathToUri('../x.engagement.yaml'), '../x.engagement.yaml');
  });
});
