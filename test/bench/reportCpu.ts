// Preloaded (node --require) into a benchmarked `cxm` process: on exit, writes the CPU time of the
// whole process (every thread) to $CXM_BENCH_CPU_FILE, so the bench can report a figure that does
// not depend on how busy the shared machine is.
import { writeFileSync } from 'node:fs';

const file = process.env.CXM_BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (user + system) / 1000 }));
  });
}
