/**
 * SARIF 2.1.0 for code scanning: one run, `cxm` as the driver with one rule per diagnostic code,
 * one result per diagnostic. Columns are UTF-16 code units, as in the editor; no timestamps, so the
 * same files give the same bytes.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES, type Severity } from '../../core';
import type { FileReport } from '../fileReport';
import { indentedJson, joinReport, jsonFrame, JsonArrayPrinter, STREAMED_ARRAY, type StreamedReport } from './jsonStream';

const SOURCE_ROOT = '%SRCROOT%';

const SARIF_LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Relative paths are given against `%SRCROOT%`, the folder cxm ran in, so code scanning resolves
 * them wherever in the repository cxm was started.
 */
export function formatSarifReport(reports: readonly FileReport[], toolVersion: string, cwd: string): string {
  return joinReport(sarifReport(toolVersion, cwd), reports);
}

/** The log a file, then a result, at a time: byte for byte the one-string log above. */
export function sarifReport(toolVersion: string, cwd: string): StreamedReport<FileReport> {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.code as string, index]));
  const rules = RULES.map(sarifRule);
  const resultOf = (report: FileReport, d: FileReport['diagnostics'][number]): Result => ({
    ruleId: d.code,
    ruleIndex: ruleIndex.get(d.code),
    level: SARIF_LEVEL[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: report.path.startsWith('/') ? { uri: pathToUri(report.path) } : { uri: pathToUri(report.path), uriBaseId: SOURCE_ROOT },
          region: {
            startLine: d.range.line,
            startColumn: d.range.column,
            endLine: d.range.endLine,
            endColumn: d.range.endColumn,
          },
        },
        ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] } : {}),
      },
    ],
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'cxm', version: toolVersion, rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToUri(cwd.endsWith('/') ? cwd : `${cwd}/`) } },
        results: STREAMED_ARRAY as Result[],
      },
    ],
  };
  const frame = jsonFrame(log, 0);
  const results = new JsonArrayPrinter(frame.itemIndent);
  return {
    head: () => frame.head,
    *file(report) {
      for (const d of report.diagnostics) yield results.next() + indentedJson(resultOf(report, d), results.itemIndent);
    },
    end: () => `${results.close()}${frame.tail}\n`,
  };
}

/** One entry of `tool.driver.rules`, from the rule's record. */
export function sarifRule(rule: { code: string; severity: Severity; summary: string }): ReportingDescriptor {
  return {
    id: rule.code,
    name: rule.code,
    shortDescription: { text: rule.summary },
    // SARIF wants helpUri absolute and the package has no public home: the page goes in `help` instead.
    help: { text: `See docs/rules.md#${rule.code}.`, markdown: `See [docs/rules.md#${rule.code}](docs/rules.md#${rule.code}).` },
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
  };
}

/** A relative path stays a relative URI reference (forward slashes, each segment percent-encoded). */
export function pathToUri(path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}
