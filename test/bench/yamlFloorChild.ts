// The floor under `cxm validate`'s time and memory: a fresh process that only reads the file and
// composes it with the yaml package's parseDocument, then prints its peak memory and CPU time as
// peakMemoryChild does.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\ncxm-bench ${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
parseDocument(readFileSync(process.argv[2]!, 'utf8'));
