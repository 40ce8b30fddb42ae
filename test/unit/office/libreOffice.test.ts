/**
 * The generated Word report and deck opened by a real office suite: LibreOffice (headless) converts
 * each to PDF and pdftoppm renders its pages to PNG, in out/office-preview/ for a person to look at.
 * Runs where `soffice` is installed (.ci/install-office.sh installs it for CI); skipped elsewhere.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { buildRoadmapDocument } from '../../../src/core/roadmapDocument/buildRoadmapDocument';
import { renderOfficeRoadmap, type OfficeFormat } from '../../../src/core/office/renderOfficeRoadmap';
import { officeAssets } from '../../../src/officeRenderer/officeRenderer';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const PREVIEW = resolve('out/office-preview');

describe('Office documents in LibreOffice (PDF and pages rendered)', function () {
  this.timeout(240000);
  let work: string;
  before(function () {
    if (!has('soffice') || !has('pdftoppm') || !has('pdftotext')) this.skip();
    work = mkdtempSync(join(tmpdir(), 'cxm-office-'));
    mkdirSync(PREVIEW, { recursive: true });
  });
  after(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  async function convert(example: string, format: OfficeFormat): Promise<{ pdf: string; text: string; pages: number }> {
    const analysis = analyseEngagement(readFileSync(`examples/${example}.engagement.yaml`, 'utf8'));
    const result = await renderOfficeRoadmap(analysis, { format, assets: officeAssets() });
    assert.ok(result.ok);
    const file = join(work, `${example}.${format}`);
    writeFileSync(file, result.bytes);
    // A profile of its own, so a LibreOffice already running (or its lock) never interferes.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, format), file], { stdio: 'pipe', timeout: 180000 });
    const pdf = join(work, format, `${example}.pdf`);
    assert.ok(existsSync(pdf), `LibreOffice wrote no PDF for ${example}.${format}`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // The first pages as pictures, to look at (out/office-preview/<example>.<format>-N.png).
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '6', pdf, join(PREVIEW, `${example}.${format}`)]);
    return { pdf, text, pages };
  }

  for (const example of ['negoce-pme', 'omnichannel-retailer']) {
    it(`${example}: the Word report opens, paginates and shows the document's headings and initiatives`, async () => {
      const { text, pages } = await convert(example, 'docx');
      const doc = buildRoadmapDocument(analyseEngagement(readFileSync(`examples/${example}.engagement.yaml`, 'utf8')))!;
      assert.ok(pages >= 5, `${pages} pages`);
      const flat = text.replace(/\s+/g, ' ');
      for (const heading of [doc.summary.heading, doc.standing.heading, doc.plan.heading, doc.annex.heading]) assert.ok(flat.includes(heading.replace(/\s+/g, ' ')), heading);
      assert.ok(flat.includes(doc.client));
      // The table of contents is there, listing the headings, before the executive summary's own page.
      const contents = flat.search(/Sommaire|Contents/);
      assert.ok(contents >= 0 && contents < flat.indexOf(doc.annex.heading), 'no table of contents');
      assert.ok(flat.slice(contents, contents + 4000).includes(doc.standing.heading), 'the table of contents lists no heading');
      assert.ok(readdirSync(PREVIEW).some((name) => name.startsWith(`${example}.docx-`)));
    });

    it(`${example}: the deck opens with one page per slide and the radar chart drawn`, async () => {
      const { text, pages } = await convert(example, 'pptx');
      assert.ok(pages >= 8, `${pages} slides`);
      const doc = buildRoadmapDocument(analyseEngagement(readFileSync(`examples/${example}.engagement.yaml`, 'utf8')))!;
      const flat = text.replace(/\s+/g, ' ');
      // The chart's category labels are drawn text in the PDF.
      assert.ok(flat.includes(doc.standing.dimensions[0]!.name), 'the radar chart has no labels');
      assert.ok(flat.includes(doc.summary.heading));
    });
  }
});
