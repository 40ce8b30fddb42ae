// Runs `cxm` with the arguments given and prints, when it exits, its peak memory (maxRSS) and its
// CPU time on stderr: the hostile-input benchmark measures each run in a fresh process.
import { resolve } from 'node:path';

const cxm = resolve(__dirname, '../cxm.js');
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\ncxm-bench ${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
process.argv = [process.argv[0]!, cxm, ...process.argv.slice(2)];
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(cxm);
