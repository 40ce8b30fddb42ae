import { parseDocument } from 'yaml';
import { analyseEngagement } from '../src/core/analysis/analyseEngagement';
import { generateEngagement } from '../test/bench/generateEngagement';
import { measure, ms } from '../test/bench/measure';
const text = generateEngagement(100_000, 3);
console.log('parse', ms(measure(() => parseDocument(text)).median));
console.log('validateOnly', ms(measure(() => analyseEngagement(text, { validateOnly: true })).median));
console.log('full', ms(measure(() => analyseEngagement(text)).median));
