import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateEngagement } from '../../bench/generateEngagement';
import { VALID_ENGAGEMENT } from '../cli/cliHarness';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** The YAML the reader tests run over: the examples, the broken ones, the rule fixtures and three generated engagements. */
export function yamlCorpus(): Array<[string, string]> {
  const files: Array<[string, string]> = [['VALID_ENGAGEMENT', VALID_ENGAGEMENT]];
  for (const folder of ['examples', join('examples', 'broken'), join('test', 'fixtures', 'rules')]) {
    for (const name of readdirSync(join(ROOT, folder)).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      files.push([join(folder, name), readFileSync(join(ROOT, folder, name), 'utf8')]);
    }
  }
  for (const seed of [1, 2, 3]) files.push([`generated ${seed}`, generateEngagement(12_000, seed)]);
  return files;
}
