// The first-use path as the manifest contributes it: walkthrough steps that tick on real events
// and show no stray backticks, and snippets that, inserted where they belong, keep a file valid.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { engagementSkeleton } from '../../../src/core/skeleton/newEngagement';

const ROOT = join(__dirname, '..', '..', '..', '..');
const json = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Record<string, unknown>;

interface Step { id: string; description: string; completionEvents: string[]; media: { markdown?: string } }
interface Manifest {
  contributes: {
    commands: Array<{ command: string }>;
    walkthroughs: Array<{ steps: Step[] }>;
    snippets: Array<{ language: string; path: string }>;
  };
}

const manifest = json('package.json') as unknown as Manifest;

describe('first use: walkthrough and snippets', () => {
  it('walkthrough steps tick on commands the extension contributes (or its own context key), one opens an example', () => {
    const commands = new Set(manifest.contributes.commands.map((c) => c.command));
    const steps = manifest.contributes.walkthroughs[0]!.steps;
    for (const step of steps) {
      assert.ok(step.completionEvents.length > 0, step.id);
      for (const event of step.completionEvents) {
        const [kind, what] = event.split(':') as [string, string];
        if (kind === 'onCommand') assert.ok(commands.has(what), `${step.id}: ${what} is contributed`);
        else assert.equal(event, 'onContext:cxm.engagementValidated', `${step.id}: ${event}`);
      }
    }
    assert.ok(steps.some((step) => step.completionEvents.includes('onCommand:cxm.openExample')));
    assert.ok(steps.some((step) => step.completionEvents.includes('onCommand:cxm.newEngagement')));
    assert.ok(!steps.some((step) => step.completionEvents.some((event) => event.startsWith('onLanguage:'))), 'never ticks on a language that activated before the walkthrough was shown');
  });

  it('walkthrough descriptions show no literal backticks, in English and French', () => {
    for (const file of ['package.nls.json', 'package.nls.fr.json']) {
      const nls = json(file) as Record<string, string>;
      for (const [key, value] of Object.entries(nls)) {
        if (key.startsWith('walkthrough.')) assert.doesNotMatch(value, /`/, `${file}: ${key}`);
      }
    }
  });

  const snippetsFile = manifest.contributes.snippets.find((s) => s.language === 'yaml')!;
  const snippets = JSON.parse(readFileSync(join(ROOT, snippetsFile.path), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as
    Record<string, { prefix: string; body: string[]; include: string[] }>;

  it('offers channel, segment, journey, target journey, stage and step snippets, only in engagement files', () => {
    assert.deepEqual(Object.values(snippets).map((s) => s.prefix).sort(),
      ['cxm-channel', 'cxm-journey', 'cxm-segment', 'cxm-stage', 'cxm-step', 'cxm-target-journey']);
    for (const snippet of Object.values(snippets)) assert.deepEqual(snippet.include, ['*.engagement.yaml', '*.engagement.yml']);
  });

  /** The body as VS Code inserts it with every default taken, indented at `indent`. */
  const expand = (prefix: string, indent: string): string => {
    const body = Object.values(snippets).find((s) => s.prefix === prefix)!.body.join('\n')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:((?:[^{}]|\$\{\d+:[^}]*\})*)\}/g, (_, inner: string) => inner.replace(/\$\{\d+:([^}]*)\}/g, '$1'))
      .replace(/\$0/g, '');
    return body.split('\n').filter((line) => line.trim() !== '').map((line) => indent + line).join('\n');
  };

  it('each snippet, inserted where it belongs in the New Engagement skeleton, keeps the file valid', () => {
    const skeleton = engagementSkeleton({ client: 'Acme', language: 'en', stage: 'action' });
    const insertAfter = (text: string, marker: RegExp, block: string) => text.replace(marker, (line) => `${line}\n${block}`);
    let text = skeleton;
    text = insertAfter(text, /^channels:.*$/m, expand('cxm-channel', '  ').replace('id: site', 'id: site-2'));
    text = insertAfter(text, /^segments:.*$/m, expand('cxm-segment', '  ').replace('id: customers', 'id: others'));
    text = insertAfter(text, /^journeys:.*$/m, expand('cxm-journey', '  ').replace('id: first-purchase', 'id: other-journey').replace('segment: customers', 'segment: others'));
    text = insertAfter(text, /^journeys:.*$/m, expand('cxm-target-journey', '  ').replace('redesigns: first-purchase', 'redesigns: other-journey').replace('segment: customers', 'segment: others'));
    text = insertAfter(text, /^ {4}stages:.*$/m, expand('cxm-stage', '      '));
    text = insertAfter(text, /^ {8}steps:.*$/m, expand('cxm-step', '          '));
    const analysis = analyseEngagement(text);
    assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path}: ${d.message}`), []);
    assert.equal(analysis.engagement!.channels.length, 2);
    assert.equal(analysis.engagement!.journeys.length, 3);
    assert.ok(analysis.engagement!.journeys.some((j) => j.state === 'target'));
  });
});
