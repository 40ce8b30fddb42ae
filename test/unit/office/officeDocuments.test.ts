import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import PptxGenJS from 'pptxgenjs';
import { analyseEngagement } from '../../../src/core/analysis/analyseEngagement';
import { buildRoadmapDocument } from '../../../src/core/roadmapDocument/buildRoadmapDocument';
import { FACT_LABELS, w } from '../../../src/core/roadmapDocument/documentWords';
import { renderOfficeRoadmap, type OfficeFormat } from '../../../src/core/office/renderOfficeRoadmap';
import { createRasteriser } from '../../../src/core/office/raster/svgRasteriser';
import { officeAssets } from '../../../src/officeRenderer/officeRenderer';
import { assertNoExternalRelationship, assertWellFormed, names, part, runs, unpack, type Package } from './officePackage';

const EXAMPLE = readFileSync('examples/negoce-pme.engagement.yaml', 'utf8');

async function render(text: string, format: OfficeFormat, reference?: Uint8Array, lang?: 'en' | 'fr'): Promise<Uint8Array> {
  const result = await renderOfficeRoadmap(analyseEngagement(text, lang ? { lang } : {}), { format, assets: officeAssets(), ...(reference ? { reference } : {}) });
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result.bytes;
}

const HOSTILE = `engagement:
  client: '<script>alert("client")</script> & *Co* | x'
  title: '"><img src=x onerror=alert(1)> ]]> &amp;'
  date: 2026-03-09
change:
  stage: action
  barriers: [{ type: fear, who: '<b onmouseover=alert(2)>sales</b>', note: "a ' \\" & < > note" }]
channels:
  - { id: shop, name: '<iframe src=javascript:alert(3)>', type: web, capabilities: [inform] }
segments:
  - { id: pros, name: '<svg onload=alert(4)>', digitalIntensity: digital-first, expects: [order] }
journeys:
  - id: buy
    name: '</figcaption><script>alert(5)</script>'
    segment: pros
    stages:
      - name: '<style>body{display:none}</style>'
        steps: [{ channel: shop, action: '<img src=x onerror=alert(6)>', emotion: -2, critical: true, pain: '</w:t><w:r>' }]
assessment:
  community: { level: 2, rationale: '</td><script>alert(7)</script>' }
initiatives:
  - { id: x, title: '<script>alert(8)</script> </a:t>', dimension: mobile, owner: '<a href=javascript:alert(9)>o</a>' }
`;

function allTitles(text: string): { titles: string[]; phases: string[]; client: string } {
  const doc = buildRoadmapDocument(analyseEngagement(text))!;
  return { titles: doc.cards.phases.flatMap((p) => p.cards.map((c) => c.title)), phases: doc.cards.phases.map((p) => p.heading), client: doc.client };
}

describe('Office documents: the Word report', function () {
  this.timeout(60000);
  let pkg: Package;
  let bytes: Uint8Array;
  before(async () => {
    bytes = await render(EXAMPLE, 'docx');
    pkg = unpack(bytes);
  });

  it('holds every initiative title, the client and every phase, as in the view model', () => {
    const text = runs(part(pkg, 'word/document.xml'), 'w:t').join('\n');
    const { titles, phases, client } = allTitles(EXAMPLE);
    assert.ok(titles.length >= 5);
    for (const title of titles) assert.ok(text.includes(title), `missing initiative: ${title}`);
    for (const phase of phases) assert.ok(text.includes(phase), `missing phase: ${phase}`);
    assert.ok(text.includes(client));
  });

  it('uses Word heading styles with outline levels (navigation pane, table of contents)', () => {
    const document = part(pkg, 'word/document.xml');
    const styles = part(pkg, 'word/styles.xml');
    assert.equal((document.match(/<w:pStyle w:val="Title"\/>/g) ?? []).length, 1);
    assert.ok((document.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length >= 8);
    assert.ok((document.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length >= 5);
    assert.ok((document.match(/<w:pStyle w:val="Heading3"\/>/g) ?? []).length >= 5);
    for (const [id, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2]] as const) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      assert.match(style, new RegExp(`<w:outlineLvl w:val="${level}"/>`), `${id} has no outline level`);
    }
    // The annex comes last, under its own heading.
    const headings = [...document.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    assert.equal(headings.at(-1), 'Annexe');
  });

  it('has real Word tables (maturity, matrix, KPIs) with a repeated header row', () => {
    const document = part(pkg, 'word/document.xml');
    assert.ok((document.match(/<w:tbl>/g) ?? []).length >= 10);
    assert.ok((document.match(/<w:tblHeader\/>/g) ?? []).length >= 5);
    const text = runs(document, 'w:t');
    const doc = buildRoadmapDocument(analyseEngagement(EXAMPLE))!;
    for (const header of [...doc.standing.headers, ...doc.cards.kpiHeaders, doc.matrix.axes.lowEffort, doc.matrix.axes.highImpact]) assert.ok(text.includes(header), header);
  });

  it('shows the radar and the timeline as sharp PNG pictures (rendered at twice their shown size), no journey map', () => {
    const pictures = names(pkg, /^word\/media\/.*\.png$/);
    const doc = buildRoadmapDocument(analyseEngagement(EXAMPLE))!;
    // The radar, and the timeline on as many pictures as it needs (18 initiatives a page).
    const bars = doc.plan.timeline.bars.length;
    assert.equal(pictures.length, 1 + Math.ceil(bars / 18), `pictures: ${pictures.join(', ')}`);
    const document = part(pkg, 'word/document.xml');
    const shown = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]) / 9525, Number(m[2]) / 9525] as const);
    for (const name of pictures) {
      const png = pkg.get(name)!;
      assert.equal(strFromU8(png.subarray(1, 4)), 'PNG');
      const view = new DataView(png.buffer, png.byteOffset);
      const [width, height] = [view.getUint32(16), view.getUint32(20)];
      assert.ok(shown.some(([w, h]) => Math.abs(width / w - 2) < 0.05 && Math.abs(height / h - 2) < 0.05), `${name}: ${width} × ${height} px is not twice a shown size (${shown.join(' ')})`);
      // An 8-bit RGB picture (opaque, white background) whose data inflates to its rows.
      assert.equal(png[24], 8);
      assert.equal(png[25], 2);
    }
    const alts = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    for (const journey of doc.journeys.journeys) assert.ok(!alts.includes(journey.name), `a journey map is drawn: ${journey.name}`);
    // Each journey is still told: its name, its summary and its worst moments.
    const text = runs(document, 'w:t').join('\n');
    for (const journey of doc.journeys.journeys) assert.ok(text.includes(journey.name) && text.includes(journey.summary), journey.name);
  });

  it('has a Word table of contents (TOC field, levels 1 to 3) after the title block, updated when Word opens the file', () => {
    const document = part(pkg, 'word/document.xml');
    const instruction = /<w:instrText[^>]*>([^<]*TOC[^<]*)<\/w:instrText>/.exec(document)?.[1]?.replace(/&quot;/g, '"') ?? '';
    assert.match(instruction, /^\s*TOC\b/);
    for (const option of ['\\o "1-3"', '\\h', '\\z', '\\u']) assert.ok(instruction.includes(option), `${instruction} lacks ${option}`);
    assert.match(part(pkg, 'word/settings.xml'), /<w:updateFields\/>|<w:updateFields w:val="(true|1)"\/>/);
    // After the title and the facts, before the executive summary (which starts a page).
    const toc = document.indexOf('TOC \\');
    const title = document.indexOf('<w:pStyle w:val="Title"/>');
    const firstHeading = document.indexOf('<w:pStyle w:val="Heading1"/>');
    const facts = document.indexOf('<w:tbl>');
    assert.ok(title < facts && facts < toc && toc < firstHeading, 'the table of contents is not between the title block and the summary');
    const doc = buildRoadmapDocument(analyseEngagement(EXAMPLE))!;
    const summary = new RegExp(`<w:p>(?:(?!</w:p>).)*<w:pStyle w:val="Heading1"/>(?:(?!</w:p>).)*${doc.summary.heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(document)?.[0] ?? '';
    assert.match(summary, /<w:pageBreakBefore\/>/);
    // Filled with the headings (linked to their bookmarks) until Word updates it.
    const entries = /<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/.exec(document)?.[1] ?? '';
    for (const heading of [doc.summary.heading, doc.standing.heading, doc.annex.heading]) assert.ok(runs(entries, 'w:t').includes(heading), `the table of contents lacks ${heading}`);
    assert.ok((entries.match(/<w:hyperlink [^>]*w:anchor="_Toc\d+"/g) ?? []).length >= 10);
  });

  it('has page numbers in the footer, the client and the date in the header', () => {
    assert.match(part(pkg, 'word/footer1.xml'), /PAGE/);
    assert.match(part(pkg, 'word/footer1.xml'), /NUMPAGES/);
    const header = runs(part(pkg, 'word/header1.xml'), 'w:t').join('');
    assert.ok(header.includes('Comptoir Rhodanien de Fournitures'));
    assert.ok(header.includes('14 octobre 2026'));
  });

  it('is in English when the file or --lang says so', async () => {
    const english = unpack(await render(EXAMPLE, 'docx', undefined, 'en'));
    const text = runs(part(english, 'word/document.xml'), 'w:t');
    assert.ok(text.includes('Annex'));
    assert.match(part(english, 'word/styles.xml'), /<w:lang w:val="en-GB"\/>/);
    assert.match(part(pkg, 'word/styles.xml'), /<w:lang w:val="fr-FR"\/>/);
  });

  it('links nothing outside the package', () => assertNoExternalRelationship(pkg));

  it('gives the same bytes for the same file, with the engagement date as the only date', async () => {
    assert.ok(Buffer.from(await render(EXAMPLE, 'docx')).equals(Buffer.from(bytes)), 'a second rendering differs');
    const core = part(pkg, 'docProps/core.xml');
    assert.match(core, /<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-14T00:00:00Z<\/dcterms:created>/);
    assert.match(core, /<dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-14T00:00:00Z<\/dcterms:modified>/);
    // Every zip entry carries the engagement date (DOS time: 2026-10-14 00:00, local fields).
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const dosDate = ((2026 - 1980) << 9) | (10 << 5) | 14;
    let offset = 0;
    let entries = 0;
    while (view.getUint32(offset, true) === 0x04034b50) {
      assert.equal(view.getUint16(offset + 10, true), 0, 'entry time is not midnight');
      assert.equal(view.getUint16(offset + 12, true), dosDate, 'entry date is not the engagement date');
      offset += 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true) + view.getUint32(offset + 18, true);
      entries++;
    }
    assert.ok(entries > 10);
  });

  it('escapes hostile strings: every XML part stays well formed, no markup gets through', async () => {
    const hostile = unpack(await render(HOSTILE, 'docx'));
    for (const name of names(hostile, /\.(xml|rels)$/)) assertWellFormed(part(hostile, name), name);
    const text = runs(part(hostile, 'word/document.xml'), 'w:t').join('\n');
    assert.ok(text.includes('<script>alert(8)</script> </a:t>'), 'the title is shown as written');
    assert.ok(runs(part(hostile, 'word/header1.xml'), 'w:t').join('').includes('<script>alert("client")</script> & *Co* | x'));
    assertNoExternalRelationship(hostile);
  });
});

describe('Office documents: the board deck', function () {
  this.timeout(60000);
  let pkg: Package;
  let bytes: Uint8Array;
  const slidesText = (p: Package) => names(p, /^ppt\/slides\/slide\d+\.xml$/).map((n) => runs(part(p, n), 'a:t').join('\n')).join('\n');
  before(async () => {
    bytes = await render(EXAMPLE, 'pptx');
    pkg = unpack(bytes);
  });

  it('has the title, the summary, every phase and every initiative on its slides', () => {
    const text = slidesText(pkg);
    const { titles, phases, client } = allTitles(EXAMPLE);
    const doc = buildRoadmapDocument(analyseEngagement(EXAMPLE))!;
    assert.ok(text.includes(client));
    assert.ok(text.includes(doc.title));
    for (const message of doc.summary.messages) assert.ok(text.includes(message), `missing message: ${message}`);
    assert.ok(text.includes(doc.summary.decision));
    for (const phase of phases) assert.ok(text.includes(phase), `missing phase: ${phase}`);
    for (const title of titles) assert.ok(text.includes(title), `missing initiative: ${title}`);
    for (const segment of doc.segments.segments) assert.ok(text.includes(segment.name), segment.name);
    assert.ok(text.includes(doc.risks.heading));
  });

  it('draws the radar as a native radar chart, one series per assessment, its data in an embedded workbook', () => {
    const charts = names(pkg, /^ppt\/charts\/chart\d+\.xml$/);
    assert.deepEqual(charts, ['ppt/charts/chart1.xml']);
    const chart = part(pkg, charts[0]!);
    assert.match(chart, /<c:radarChart>/);
    const doc = buildRoadmapDocument(analyseEngagement(EXAMPLE))!;
    const series = [...chart.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
    const analysis = analyseEngagement(EXAMPLE);
    const raises = analysis.roadmap!.phases.some((p) => p.initiatives.some((i) => typeof i.targetLevel === 'number'));
    assert.equal(series.length, raises ? 2 : 1);
    // Today's series holds the ten levels in table order.
    const values = [...series[0]!.matchAll(/<c:pt idx="\d+"><c:v>([\d.]+)<\/c:v><\/c:pt>/g)].map((m) => Number(m[1]));
    assert.deepEqual(values.slice(-10), doc.standing.dimensions.map((d) => d.level));
    for (const d of doc.standing.dimensions) assert.ok(chart.includes(d.name.replace(/&/g, '&amp;')), d.name);
    assert.equal(names(pkg, /^ppt\/embeddings\/.*\.xlsx$/).length, 1);
    // The legend names the second series as the whole document does: the expected level (one concept, one name).
    const seriesNames = series.map((s) => /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(s)?.[1]);
    assert.equal(seriesNames[0], 'Aujourd’hui');
    if (raises) assert.equal(seriesNames[1], w(FACT_LABELS.target, 'fr'));
    assert.doesNotMatch(chart, /<c:v>Cible<\/c:v>/);
  });

  it('has the maturity table, the timeline as editable shapes, and speaker notes carrying the evidence', () => {
    const slides = names(pkg, /^ppt\/slides\/slide\d+\.xml$/).map((n) => part(pkg, n));
    assert.ok(slides.filter((s) => s.includes('<a:tbl>')).length >= 5);
    // The timeline as PowerPoint shapes: a rounded bar per initiative and its label, no picture.
    const doc0 = buildRoadmapDocument(analyseEngagement(EXAMPLE))!;
    const timeline = slides.filter((s) => runs(s, 'a:t').some((t) => t.startsWith(doc0.plan.heading)));
    assert.equal(timeline.length, Math.ceil(doc0.plan.timeline.bars.length / 9));
    const bars = timeline.map((s) => (s.match(/<a:prstGeom prst="roundRect">/g) ?? []).length).reduce((a, b) => a + b, 0);
    const followUps = doc0.plan.timeline.bars.filter((b) => b.workWidth < b.width).length;
    assert.equal(bars, doc0.plan.timeline.bars.length + followUps);
    const labels = timeline.map((s) => runs(s, 'a:t').join(' ')).join(' ').replace(/\s+/g, ' ');
    for (const bar of doc0.plan.timeline.bars) assert.ok(labels.includes(bar.lines.join(' ').replace(/\s+/g, ' ')), `no label for ${bar.title}`);
    assert.ok(timeline.some((s) => /<a:tailEnd type="triangle"/.test(s)), 'no dependency arrow');
    assert.equal(names(pkg, /^ppt\/media\//).length, 0, 'a picture in a deck without a logo');
    const notes = names(pkg, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((n) => runs(part(pkg, n), 'a:t').join('\n')).join('\n');
    const doc = buildRoadmapDocument(analyseEngagement(EXAMPLE))!;
    for (const d of doc.annex.dimensions) for (const e of d.evidence) assert.ok(notes.includes(e.text), `notes lack: ${e.text}`);
    assert.ok(notes.includes(doc.cards.phases[0]!.cards[0]!.why));
  });

  it('links nothing outside the package and gives the same bytes twice', async () => {
    assertNoExternalRelationship(pkg);
    assert.ok(Buffer.from(await render(EXAMPLE, 'pptx')).equals(Buffer.from(bytes)), 'a second rendering differs');
    assert.match(part(pkg, 'docProps/core.xml'), /2026-10-14T00:00:00Z/);
    const workbook = unpack(pkg.get(names(pkg, /\.xlsx$/)[0]!)!);
    assert.ok(!/\d{4}-\d{2}-\d{2}T(?!00:00:00Z)/.test(workbook.has('docProps/core.xml') ? part(workbook, 'docProps/core.xml') : ''), 'the workbook has a clock time');
  });

  it('escapes hostile strings: every XML part stays well formed', async () => {
    const hostile = unpack(await render(HOSTILE, 'pptx'));
    for (const name of names(hostile, /\.(xml|rels)$/)) assertWellFormed(part(hostile, name), name);
    assert.ok(slidesText(hostile).includes('<script>alert(8)</script> </a:t>'));
    assertNoExternalRelationship(hostile);
  });
});

/** A tiny 4 × 2 PNG: the firm's "logo". */
async function logoPng(): Promise<Uint8Array> {
  const rasterise = await createRasteriser(officeAssets());
  return rasterise('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#8E2C48"/></svg>').png;
}

const FIRM_THEME = (xml: string) => xml
  .replace(/<a:majorFont><a:latin typeface="[^"]*"/, '<a:majorFont><a:latin typeface="Georgia"')
  .replace(/<a:minorFont><a:latin typeface="[^"]*"/, '<a:minorFont><a:latin typeface="Verdana"')
  .replace(/<a:accent1>[\s\S]*?<\/a:accent1>/, '<a:accent1><a:srgbClr val="8E2C48"/></a:accent1>');

function replaceParts(bytes: Uint8Array, edit: (name: string, text: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files)) if (/\.xml$/.test(name)) files[name] = strToU8(edit(name, strFromU8(files[name]!)));
  return zipSync(files);
}

describe('Office documents: the firm’s reference files', function () {
  this.timeout(60000);

  async function firmDocx(headingStyleId = 'Heading1', footer?: Footer): Promise<Uint8Array> {
    const doc = new Document({
      styles: {
        default: {
          document: { run: { font: 'Verdana', size: 20 } },
          heading1: { run: { font: 'Georgia', size: 36, color: '8E2C48', bold: true } },
        },
      },
      sections: [{
        headers: { default: new Header({ children: [
          new Paragraph({ children: [new ImageRun({ type: 'png', data: await logoPng(), transformation: { width: 120, height: 60 } }), new TextRun('Cabinet Conseil & Associés')] }),
          new Paragraph({ children: [new TextRun({ text: 'Strictement confidentiel', italics: true })] }),
        ] }) },
        ...(footer ? { footers: { default: footer } } : {}),
        children: [new Paragraph('Modèle du cabinet')],
      }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    return replaceParts(bytes, (name, text) => {
      if (name === 'word/theme/theme1.xml') return FIRM_THEME(text);
      // A French Word names its built-in styles Titre1, Titre2… (w:name stays "heading 1").
      if (name === 'word/styles.xml' && headingStyleId !== 'Heading1') return text.replace('w:styleId="Heading1"', `w:styleId="${headingStyleId}"`);
      return text;
    });
  }

  it('takes the Word reference’s styles, theme fonts and colours, and its header logo and text', async () => {
    const reference = await firmDocx();
    const pkg = unpack(await render(EXAMPLE, 'docx', reference));
    const styles = part(pkg, 'word/styles.xml');
    assert.match(styles, /w:ascii="Georgia"/);
    assert.match(styles, /w:val="8E2C48"/);
    assert.match(styles, /w:ascii="Verdana"/);
    const theme = part(pkg, 'word/theme/theme1.xml');
    assert.match(theme, /<a:majorFont><a:latin typeface="Georgia"/);
    assert.match(theme, /<a:accent1><a:srgbClr val="8E2C48"\/>/);
    // The report's own tables take the firm's accent.
    assert.match(part(pkg, 'word/document.xml'), /w:fill="8E2C48"/);
    const header = part(pkg, 'word/header1.xml');
    assert.match(header, /<w:drawing>/);
    assert.ok(runs(header, 'w:t').join('').includes('Cabinet Conseil & Associés'));
    const logo = await logoPng();
    assert.ok(names(pkg, /^word\/media\//).some((name) => Buffer.from(pkg.get(name)!).equals(Buffer.from(logo))), 'the logo is not in the report');
    assertNoExternalRelationship(pkg);
  });

  it('carries the reference’s header and footer over whole, the client, the date and the page number added after theirs', async () => {
    const firmFooter = new Footer({ children: [new Paragraph({ children: [new TextRun('Cabinet Conseil — 12 rue de la Paix, Paris')] })] });
    const reference = await firmDocx('Heading1', firmFooter);
    const theirs = unpack(reference);
    const pkg = unpack(await render(EXAMPLE, 'docx', reference));
    // Their header part, paragraph for paragraph (logo, lines, layout), then ours.
    const header = part(pkg, 'word/header1.xml');
    const theirHeader = /<w:hdr\b[^>]*>([\s\S]*)<\/w:hdr>/.exec(part(theirs, names(theirs, /^word\/header\d+\.xml$/)[0]!))![1]!;
    assert.ok(header.replace(/<wp:docPr id="\d+"/g, '').includes(theirHeader.replace(/<wp:docPr id="\d+"/g, '')), 'the firm’s header is not carried whole');
    const text = runs(header, 'w:t').join('|');
    assert.match(text, /^Cabinet Conseil & Associés\|Strictement confidentiel\|Comptoir Rhodanien de Fournitures · 14 octobre 2026$/);
    // Its logo comes along, under its relationship id, declared in the content types.
    const embed = /r:embed="([^"]+)"/.exec(header)![1]!;
    const target = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"`).exec(part(pkg, 'word/_rels/header1.xml.rels'))![1]!;
    assert.ok(Buffer.from(pkg.get(`word/${target}`)!).equals(Buffer.from(await logoPng())), 'the header’s logo is not carried');
    assert.match(part(pkg, '[Content_Types].xml'), /<Default Extension="png" ContentType="image\/png"\/>/);
    // Their footer line stays; the page number is added after it.
    const footer = part(pkg, 'word/footer1.xml');
    assert.match(runs(footer, 'w:t').join('|'), /^Cabinet Conseil — 12 rue de la Paix, Paris\|/);
    assert.match(footer, /PAGE/);
    assert.match(footer, /NUMPAGES/);
    for (const name of names(pkg, /\.(xml|rels)$/)) assertWellFormed(part(pkg, name), name);
    assertNoExternalRelationship(pkg);
  });

  it('adds no page number of its own to a firm’s footer that has one, and rebuilds a header that links outside', async () => {
    const numbered = new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Cabinet Conseil — page ', PageNumber.CURRENT] })] })] });
    const pkg = unpack(await render(EXAMPLE, 'docx', await firmDocx('Heading1', numbered)));
    const footer = part(pkg, 'word/footer1.xml');
    assert.equal((footer.match(/>\s*PAGE\s*</g) ?? []).length, 1, 'two page numbers');
    assert.ok(runs(footer, 'w:t').join('').startsWith('Cabinet Conseil — page '));
    // A header with a web link is not carried as is: its logo and text are, nothing links outside.
    const linked = replaceParts(await firmDocx(), (name, text) => (/^word\/header\d+\.xml$/.test(name)
      ? text.replace('</w:hdr>', '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE "https://example.com/x.png" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>')
      : text));
    const rebuilt = unpack(await render(EXAMPLE, 'docx', linked));
    const header = part(rebuilt, 'word/header1.xml');
    assert.doesNotMatch(header, /INCLUDEPICTURE|example\.com/);
    assert.ok(runs(header, 'w:t').join('').includes('Cabinet Conseil & Associés'));
    assert.match(header, /<w:drawing>/);
    assertNoExternalRelationship(rebuilt);
  });

  it('gives the same bytes twice with a reference file', async () => {
    const reference = await firmDocx('Heading1', new Footer({ children: [new Paragraph('Cabinet Conseil')] }));
    assert.ok(Buffer.from(await render(EXAMPLE, 'docx', reference)).equals(Buffer.from(await render(EXAMPLE, 'docx', reference))));
  });

  it('finds the heading styles of a French Word by their built-in names', async () => {
    const pkg = unpack(await render(EXAMPLE, 'docx', await firmDocx('Titre1')));
    assert.match(part(pkg, 'word/document.xml'), /<w:pStyle w:val="Titre1"\/>/);
    assert.doesNotMatch(part(pkg, 'word/document.xml'), /<w:pStyle w:val="Heading1"\/>/);
  });

  it('takes the PowerPoint reference’s theme fonts, accent colour and master logo', async () => {
    const firm = new PptxGenJS();
    firm.layout = 'LAYOUT_WIDE';
    firm.defineSlideMaster({ title: 'FIRM', objects: [{ image: { data: `image/png;base64,${Buffer.from(await logoPng()).toString('base64')}`, x: 11.5, y: 0.3, w: 1.2, h: 0.6 } }] });
    firm.addSlide({ masterName: 'FIRM' }).addText('Modèle', { x: 1, y: 1, w: 4, h: 1 });
    const reference = replaceParts((await firm.write({ outputType: 'uint8array' })) as Uint8Array, (name, text) => (name === 'ppt/theme/theme1.xml' ? FIRM_THEME(text) : text));
    const pkg = unpack(await render(EXAMPLE, 'pptx', reference));
    const slides = names(pkg, /^ppt\/slides\/slide\d+\.xml$/).map((n) => part(pkg, n)).join('');
    assert.match(slides, /typeface="Georgia"/);
    assert.match(slides, /typeface="Verdana"/);
    assert.match(slides + part(pkg, 'ppt/charts/chart1.xml'), /8E2C48/);
    const master = names(pkg, /^ppt\/slideLayouts\/slideLayout\d+\.xml$/).map((n) => part(pkg, n)).join('');
    assert.match(master, /<p:pic>/);
    assert.match(master, /<a:off x="10515600" y="274320"\/>/);
    const logo = await logoPng();
    assert.ok(names(pkg, /^ppt\/media\//).some((name) => Buffer.from(pkg.get(name)!).equals(Buffer.from(logo))), 'the logo is not in the deck');
  });

  it('refuses a reference of the other kind, or a file that is not an Office file', async () => {
    const analysis = analyseEngagement(EXAMPLE);
    const deck = await render(EXAMPLE, 'pptx');
    const wrong = await renderOfficeRoadmap(analysis, { format: 'docx', reference: deck, assets: officeAssets() });
    assert.ok(!wrong.ok && /Word/.test(wrong.message));
    const junk = await renderOfficeRoadmap(analysis, { format: 'docx', reference: strToU8('not a zip'), assets: officeAssets() });
    assert.ok(!junk.ok && /zip/.test(junk.message));
  });

  it('refuses a reference that would inflate past 64 MB, before inflating it', async () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(65 * 1024 * 1024) }, { level: 1 });
    assert.ok(bomb.length < 1024 * 1024);
    const result = await renderOfficeRoadmap(analyseEngagement(EXAMPLE), { format: 'docx', reference: bomb, assets: officeAssets() });
    assert.ok(!result.ok && /64/.test(result.message), result.ok ? 'accepted' : result.message);
  });
});
