/** `cxm lsp --stdio`: the server on the process's standard streams (the only transport offered). */
import { StreamMessageReader, StreamMessageWriter, createConnection } from 'vscode-languageserver/node';
import { startLanguageServer } from './languageServer';

export function runLanguageServer(argv: readonly string[], stderr: NodeJS.WritableStream): number | undefined {
  if (!argv.includes('--stdio')) {
    stderr.write('cxm lsp: only --stdio is supported (cxm lsp --stdio).\n');
    return 2;
  }
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  // Nothing but protocol messages may reach stdout: console output goes to the client's log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  startLanguageServer(connection);
  return undefined;
}
