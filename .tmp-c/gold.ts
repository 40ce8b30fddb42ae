import { readFileSync } from 'node:fs';
import { analyseEngagement } from '../src/core/analysis/analyseEngagement';
import { renderRoadmap } from '../src/core/templates/renderRoadmap';
const r = renderRoadmap(analyseEngagement(readFileSync('test/unit/roadmap/fixtures/acme.fr.engagement.yaml', 'utf8')), { kind: 'builtin', name: 'html' });
process.stdout.write(r.ok ? r.text : r.message);
