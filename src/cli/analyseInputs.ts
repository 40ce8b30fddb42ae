/**
 * Analyses the input files one at a time, in order, so memory stays bounded by the largest file,
 * and one hostile file never stops the batch: any failure becomes a diagnostic on that file.
 */
import { analyseEngagement } from '../core/analysis/analyseEngagement';
import type { EngagementAnalysis } from '../core/analysis/engagementAnalysis';
import type { Language } from '../core/model/vocabulary';
import type { InputFile } from './expandInputs';
import { WHOLE_FILE, type FileReport } from './fileReport';
import { cliMessages } from './messages';
import { readEngagementFile } from './readEngagementFile';

export interface AnalysedFile extends FileReport {
  input: InputFile;
  /** Present when the file was read and analysed. */
  analysis?: EngagementAnalysis;
}

export interface AnalysisLanguage {
  lang?: Language;
  fallbackLang: Language;
}

export function* analyseInputs(files: readonly InputFile[], language: AnalysisLanguage): Generator<AnalysedFile> {
  const hostLanguage = language.lang ?? language.fallbackLang;
  for (const input of files) {
    const read = readEngagementFile(input, hostLanguage);
    if (!read.ok) {
      yield { input, path: input.path, diagnostics: [read.diagnostic] };
      continue;
    }
    let analysis: EngagementAnalysis;
    try {
      analysis = analyseEngagement(read.text, { lang: language.lang, fallbackLang: language.fallbackLang });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const diagnostic = {
        code: 'internal-error' as const,
        severity: 'error' as const,
        message: cliMessages(hostLanguage).internalError(input.path, reason),
        path: '',
        range: { ...WHOLE_FILE },
      };
      yield { input, path: input.path, diagnostics: [diagnostic] };
      continue;
    }
    yield { input, path: input.path, diagnostics: analysis.diagnostics, analysis };
  }
}
