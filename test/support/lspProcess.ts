// A minimal LSP client over a child process's stdio (Content-Length framing, JSON-RPC 2.0), for the
// protocol tests and the benchmark: it speaks to `cxm lsp --stdio` and to yaml-language-server alike.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Pending { resolve(value: unknown): void; reject(error: Error): void }

export interface RpcError { code: number; message: string }

export class LspProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners: Array<(method: string, params: unknown) => void> = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  stderr = '';

  /** Answers the server's `workspace/configuration` requests (one value per item asked). */
  configuration: (section: string | undefined) => unknown = () => null;

  constructor(command: string, args: readonly string[], options: { cwd?: string } = {}) {
    this.child = spawn(command, args, { stdio: 'pipe', ...options });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    this.child.on('exit', () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`server exited: ${this.stderr}`));
      this.pending.clear();
    });
  }

  get pid(): number | undefined { return this.child.pid; }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification of `method` matching `accept` (already received ones count). */
  waitFor<T = unknown>(method: string, accept: (params: T) => boolean = () => true, timeoutMs = 15000): Promise<T> {
    const seen = this.notifications.find((n) => n.method === method && accept(n.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      this.listeners.push((name, params) => {
        if (name === method && accept(params as T)) {
          clearTimeout(timer);
          resolve(params as T);
        }
      });
    });
  }

  async initialize(rootUri: string | null, initializationOptions: unknown = {}): Promise<unknown> {
    const result = await this.request('initialize', {
      processId: process.pid, rootUri, initializationOptions,
      capabilities: { textDocument: { synchronization: {}, completion: { completionItem: { snippetSupport: true } }, rename: { prepareSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } }, workspace: { workspaceFolders: true, configuration: true } },
      workspaceFolders: null,
    });
    this.notify('initialized', {});
    return result;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    setTimeout(() => { if (this.child.exitCode === null) this.child.kill(); }, 1000).unref();
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as {
        id?: number; method?: string; params?: unknown; result?: unknown; error?: RpcError;
      };
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.method !== undefined && message.id !== undefined) {
        // A request from the server (configuration, registration…): answer it plainly.
        const items = (message.params as { items?: Array<{ section?: string }> } | undefined)?.items ?? [];
        this.send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? items.map((item) => this.configuration(item.section)) : null });
      } else if (message.method !== undefined) {
        this.notifications.push({ method: message.method, params: message.params });
        for (const listener of this.listeners) listener(message.method, message.params);
      } else if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
        else waiting?.resolve(message.result);
      }
    }
  }
}
