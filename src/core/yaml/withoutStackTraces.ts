/**
 * Runs `compose` with V8's stack capture off. The `yaml` composer makes a YAMLError (an Error, its
 * stack captured) for every warning and error it meets, and the reader uses only their code, message
 * and offsets: 99,000 custom tags spent 1.5 s of 3.9 s capturing stacks nobody reads. The previous
 * limit is restored whatever happens, so an error of our own keeps its stack once out of here.
 */
export function withoutStackTraces<T>(compose: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return compose();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
