/**
 * Resolves `--template`: a built-in name, or the path of a custom Handlebars file. The CLI runs on
 * the user's own files at their request, so a custom template needs no trust gate here (the
 * extension asks for a trusted workspace instead).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../core/analysis/fileDiagnostics';
import type { RoadmapTemplate } from '../core/templates/renderRoadmap';

export type TemplateLoad =
  | { ok: true; template: RoadmapTemplate; extension: string }
  | { ok: false; unknown: true }
  | { ok: false; unknown: false; reason: string };

export function loadTemplate(name: string, cwd: string): TemplateLoad {
  if (name === 'markdown') return { ok: true, template: { kind: 'builtin', name }, extension: 'md' };
  if (name === 'html') return { ok: true, template: { kind: 'builtin', name }, extension: 'html' };
  const path = resolve(cwd, name);
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { ok: false, unknown: true };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, unknown: false, reason: 'larger than 10 MB' };
    const source = readFileSync(path, 'utf8');
    const template: RoadmapTemplate = { kind: 'custom', name, source: source.charCodeAt(0) === 0xfeff ? source.slice(1) : source };
    return { ok: true, template, extension: documentExtension(basename(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { ok: false, unknown: true } : { ok: false, unknown: false, reason: code ?? String(error) };
  }
}

/** `report.md.hbs` writes `.md` documents; a bare `report.hbs` writes `.txt`. */
export function documentExtension(templateFileName: string): string {
  const inner = templateFileName.replace(/\.(hbs|handlebars)$/i, '');
  const match = inner !== templateFileName ? /\.([A-Za-z0-9]+)$/.exec(inner) : null;
  return match ? match[1]!.toLowerCase() : 'txt';
}
