/**
 * Resolves `--template`: a built-in name, or the path of a custom Handlebars file. The CLI runs on
 * the user's own files at their request, so a custom template needs no trust gate here (the
 * extension asks for a trusted workspace instead). A custom template is read like an engagement
 * (a regular file, opened non-blocking, at most 10 MB), must be UTF-8 (else refused with the line
 * of the first bad byte, never garbled), and runs with a time and memory budget (analyseInputs).
 */
import { basename, resolve } from 'node:path';
import { decodeUtf8Strictly } from '../node/decodeEngagementBytes';
import { MAX_FILE_BYTES, type RoadmapTemplate } from '../core';
import { readRegularFile } from '../node/readRegularFile';

export type TemplateLoad =
  | { ok: true; template: RoadmapTemplate; extension: string }
  | { ok: false; unknown: true }
  | { ok: false; unknown: false; reason: string };

export function loadTemplate(name: string, cwd: string): TemplateLoad {
  if (name === 'markdown') return { ok: true, template: { kind: 'builtin', name }, extension: 'md' };
  if (name === 'html') return { ok: true, template: { kind: 'builtin', name }, extension: 'html' };
  const path = resolve(cwd, name);
  const read = readRegularFile(path, MAX_FILE_BYTES);
  switch (read.kind) {
    case 'missing':
      return { ok: false, unknown: true };
    case 'not-a-file':
    case 'outside-folder':
      return { ok: false, unknown: true };
    case 'too-large':
      return { ok: false, unknown: false, reason: 'larger than 10 MB' };
    case 'failed':
      return { ok: false, unknown: false, reason: read.code };
    case 'read': {
      const decoded = decodeUtf8Strictly(read.bytes);
      if (!decoded.ok) return { ok: false, unknown: false, reason: `not UTF-8 (line ${decoded.line}, column ${decoded.column}): save the template as UTF-8` };
      const template: RoadmapTemplate = { kind: 'custom', name, source: decoded.text };
      return { ok: true, template, extension: documentExtension(basename(path)) };
    }
  }
}

/** `report.md.hbs` writes `.md` documents; a bare `report.hbs` writes `.txt`. */
export function documentExtension(templateFileName: string): string {
  const inner = templateFileName.replace(/\.(hbs|handlebars)$/i, '');
  const match = inner !== templateFileName ? /\.([A-Za-z0-9]+)$/.exec(inner) : null;
  return match ? match[1]!.toLowerCase() : 'txt';
}
