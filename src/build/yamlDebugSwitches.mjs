// The `yaml` package checks two debugging switches on `process.env` as it goes: `LOG_TOKENS` once
// per token in its parser, `LOG_STREAM` once per document in its composer. `process.env` is a slow
// host object (a few hundred nanoseconds a read): a 10 MB engagement has 2.9 million tokens, and the
// reads alone cost a fifth of its parse (measured: 1.7 s of 8 s on the shared machine). The bundles
// we build read both switches as off; the switches only ever printed yaml's own debugging output.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const FILES = /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](?:parse[\\/]parser|compose[\\/]composer)\.js$/;
const SWITCH = /\bnode_process\.env\.LOG_(?:TOKENS|STREAM)\b/g;

export function yamlDebugSwitchesPlugin() {
  return {
    name: 'cxm-yaml-debug-switches',
    setup(build) {
      build.onLoad({ filter: FILES }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const contents = source.replace(SWITCH, 'false');
        // A new yaml release that renamed the switches must be noticed, not silently slow again.
        if (contents === source) throw new Error(`${args.path}: yaml's LOG_TOKENS/LOG_STREAM switches not found (see src/build/yamlDebugSwitches.mjs)`);
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
