import * as assert from 'node:assert/strict';
import { parseArguments } from '../../../src/cli/arguments';

describe('cxm arguments', () => {
  it('parses a command, its inputs and options in any order', () => {
    const parsed = parseArguments(['validate', 'a.engagement.yaml', '--format', 'sarif', 'dir', '--lang=fr']);
    assert.deepEqual(parsed, {
      kind: 'run',
      args: { command: 'validate', inputs: ['a.engagement.yaml', 'dir'], format: 'sarif', force: false, lang: 'fr' },
    });
  });

  it('defaults each command to its first format', () => {
    const formats = ['validate', 'assess', 'roadmap', 'journey'].map((command) => {
      const parsed = parseArguments([command, 'x']);
      return parsed.kind === 'run' ? parsed.args.format : parsed.kind;
    });
    assert.deepEqual(formats, ['text', 'text', 'document', 'html']);
  });

  it('takes everything after -- as inputs', () => {
    const parsed = parseArguments(['journey', '--force', '--', '--journey', '-x']);
    assert.equal(parsed.kind, 'run');
    if (parsed.kind === 'run') assert.deepEqual(parsed.args.inputs, ['--journey', '-x']);
  });

  it('reads the options of roadmap and journey', () => {
    const roadmap = parseArguments(['roadmap', 'f', '--template', 'custom.hbs', '--out', 'out/', '--force']);
    assert.deepEqual(roadmap.kind === 'run' && roadmap.args, {
      command: 'roadmap', inputs: ['f'], format: 'document', force: true, template: 'custom.hbs', out: 'out/',
    });
    const journey = parseArguments(['journey', 'f', '--journey', 'reorder', '--format', 'svg']);
    assert.equal(journey.kind === 'run' && journey.args.journey, 'reorder');
  });

  it('answers help and version', () => {
    assert.deepEqual(parseArguments([]), { kind: 'bad-usage', reason: 'no command given (validate, assess, roadmap, journey, compare or portfolio)' });
    assert.deepEqual(parseArguments(['--help']), { kind: 'help' });
    assert.deepEqual(parseArguments(['help', 'roadmap']), { kind: 'help', command: 'roadmap' });
    assert.deepEqual(parseArguments(['assess', '--help']), { kind: 'help', command: 'assess' });
    assert.deepEqual(parseArguments(['--version']), { kind: 'version' });
  });

  it('gives bad-usage reasons in French too', () => {
    const parsed = parseArguments(['validate', 'f', '--lang', 'de'], 'fr');
    assert.deepEqual(parsed, { kind: 'bad-usage', reason: "--lang doit valoir l'une des valeurs en, fr (reçu « de »)", command: 'validate' });
    assert.deepEqual(parseArguments(['valider'], 'fr'), { kind: 'bad-usage', reason: 'commande « valider » inconnue' });
  });

  const badUsages: [string[], RegExp][] = [
    [['frobnicate'], /unknown command "frobnicate"/],
    [['--frob'], /unknown option --frob/],
    [['validate'], /no file, folder or glob given/],
    [['validate', 'f', '--format', 'xml'], /--format must be one of text, json, sarif/],
    [['assess', 'f', '--format', 'sarif'], /--format must be one of text, json/],
    [['validate', 'f', '--lang', 'de'], /--lang must be one of en, fr/],
    [['validate', 'f', '--out', 'x'], /unknown option --out/],
    [['validate', 'f', '--journey', 'x'], /unknown option --journey/],
    [['journey', 'f', '--journey'], /--journey needs a value/],
    [['journey', 'f', '--format', 'svg', '--format', 'html'], /--format given twice/],
    [['roadmap', 'f', '--force=yes'], /--force takes no value/],
    [['roadmap', 'f', '--format', 'json', '--template', 'html'], /--template does not apply/],
    [['validate', 'f', '-x'], /unknown option -x/],
  ];
  for (const [argv, reason] of badUsages) {
    it(`rejects ${argv.join(' ')}`, () => {
      const parsed = parseArguments(argv);
      assert.equal(parsed.kind, 'bad-usage');
      if (parsed.kind === 'bad-usage') assert.match(parsed.reason, reason);
    });
  }
});
