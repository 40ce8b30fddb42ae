// Code-server leaves children behind and a killed launcher must not leak them: every resource
// registers a synchronous last-resort cleanup, run on any exit, including Ctrl-C and SIGTERM.
const cleanups = new Set<() => void>();

/** Registers `cleanup` to run if the process exits before `release()` is called. */
export function onExit(cleanup: () => void): { release(): void } {
  cleanups.add(cleanup);
  return { release: () => { cleanups.delete(cleanup); } };
}

// Last registered first: processes are killed before the folders they write into are removed.
process.on('exit', () => {
  for (const cleanup of [...cleanups].reverse()) {
    try { cleanup(); } catch { /* best effort while exiting */ }
  }
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    console.error(`\nInterrupted by ${signal}: stopping code-server and the browser.`);
    process.exit(code);
  });
}
