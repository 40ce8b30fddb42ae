import { createWriteStream } from 'node:fs';
import { format } from 'node:util';
import type { ConsoleMessage, Page } from 'playwright-core';

/**
 * The workbench page's console, as text lines, also appended to a log file. In extension-test mode
 * VS Code relays the extension host's console through the workbench's own log, unlabelled, so the
 * two cannot be told apart here: `linesBetween()` picks out what was logged between the markers
 * the test index logs, which is mostly the extension host's.
 */
export class PageConsole {
  private readonly lines: string[] = [];
  private readonly log;
  // Formatting a message awaits its arguments; chaining keeps one line per message, in order.
  private written: Promise<void> = Promise.resolve();

  constructor(page: Page, logFile: string) {
    this.log = createWriteStream(logFile);
    page.on('console', (message) => {
      this.written = this.written.then(async () => this.add(await consoleLine(message)));
    });
    page.on('pageerror', (error) => {
      this.written = this.written.then(() => this.add(`[pageerror] ${error.stack ?? error.message}`));
    });
  }

  /** The lines after the last one ending with `start` up to the next ending with `end`; all lines when none is `start`. */
  async linesBetween(start: string, end: string): Promise<string[]> {
    await this.written;
    let from = this.lines.length;
    while (from > 0 && !this.lines[from - 1]?.endsWith(start)) from -= 1;
    const to = this.lines.findIndex((line, index) => index >= from && line.endsWith(end));
    return this.lines.slice(from, to === -1 ? undefined : to);
  }

  async close(): Promise<void> {
    await this.written;
    await new Promise<void>((resolve) => this.log.end(resolve));
  }

  private add(line: string): void {
    this.lines.push(line);
    this.log.write(`${line}\n`);
  }
}

/** `[info] text`, with the workbench logger's `%c INFO` styling dropped and printf placeholders filled in. */
async function consoleLine(message: ConsoleMessage): Promise<string> {
  let args: unknown[];
  try {
    args = await Promise.all(message.args().map((arg) => arg.jsonValue()));
  } catch {
    args = []; // the page went away first
  }
  // Network errors and the like come without arguments.
  if (args.length === 0) return `[${message.type()}] ${message.text()}`;
  let level: string = message.type();
  const first = args[0];
  if (typeof first === 'string' && first.startsWith('%c')) {
    // The workbench logger: ('%c INFO', 'color: #33f', format, ...values)
    level = first.replace(/%c/g, '').trim().toLowerCase() || level;
    args = args.slice(1 + (first.match(/%c/g) ?? []).length);
  }
  return `[${level}] ${format(...args)}`;
}
