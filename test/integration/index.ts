// The extension-tests entry point VS Code loads (`extensionTestsPath`), under code-server and under
// @vscode/test-electron alike: runs the compiled suites of this folder with mocha inside the
// extension host, and reports each result to the file the launcher named.
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { failureOf, runMocha } from './support/mochaResults';
import { suiteFiles } from './support/suiteFiles';
import { consoleMarkers, grepVariable, holdExtensionHostVariable, resultsPathVariable, trustModeFrom, trustVariable, writeTestResults, type TestResult, type TestResults } from './support/testResults';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', grep: process.env[grepVariable] });
  for (const file of suiteFiles(__dirname, trustModeFrom(process.env[trustVariable]))) mocha.addFile(file);

  const resultsPath = process.env[resultsPathVariable];
  const report: TestResults = { done: false, vscodeVersion: vscode.version, results: [] };
  const save = (): void => { if (resultsPath) writeTestResults(resultsPath, report); };
  save(); // tells the launcher the extension host has started the tests
  console.log(consoleMarkers.start);
  const record = (result: TestResult): void => { report.results.push(result); save(); };
  let failures = 1;
  try {
    failures = await runMocha(mocha, record);
  } catch (error) {
    record({ titlePath: ['running the integration suites'], state: 'failed', failure: failureOf(error) });
  } finally {
    console.log(consoleMarkers.end);
    report.done = true;
    save();
  }
  if (process.env[holdExtensionHostVariable] === '1') await new Promise((resolve) => setTimeout(resolve, holdLimitMs));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed.`);
}

/** Bounds the hold in case the launcher vanished without stopping code-server. */
const holdLimitMs = 60 * 60_000;
