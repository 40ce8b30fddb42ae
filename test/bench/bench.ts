// `npm run bench`: every benchmark of the project, one after the other, printing figures and
// ratios (never asserting times). Benchmarks owned by other features run as their own scripts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runHostCostBench } from './hostCostBench';
import { runHostileBench } from './hostileBench';
import { runMemoryStagesBench } from './memoryStagesBench';
import { runValidationBench } from './validationBench';

runValidationBench();
runHostCostBench();
runHostileBench();
runMemoryStagesBench();
for (const script of ['ruleChecksBench.js', 'roadmapBench.js', 'journeyMapBench.js', 'progressBench.js', 'languageBench.js', 'officeBench.js']) {
  const path = join(__dirname, script);
  if (!existsSync(path)) continue;
  const result = spawnSync(process.execPath, [...process.execArgv, path], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
