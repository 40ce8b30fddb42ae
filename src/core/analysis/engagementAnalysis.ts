/**
 * The one computed model of an engagement file: every view (Problems panel, journey map, CLI,
 * maturity, roadmap, exports) reads this, so their numbers never drift apart. Plain data only:
 * it crosses worker threads and the webview boundary by structured clone.
 */
import type { Diagnostic, SourceRange } from '../diagnostics/diagnostic';
import type { SalvagedEngagement } from '../journey/salvageEngagement';
import type { Engagement } from '../model/engagement';
import type { Language } from '../model/vocabulary';
import type { MaturityAssessment } from '../maturity/maturityAssessment';
import type { Roadmap } from '../roadmap/roadmap';

export interface EngagementAnalysis {
  /** The language of messages and documents: `lang` option, else the file's, else the fallback. */
  language: Language;
  /** Sorted by position, capped at 1,000 (then one `too-many-diagnostics`). */
  diagnostics: Diagnostic[];
  /** No error among the diagnostics: the CLI's assess/roadmap/journey and the map accept only these. */
  ok: boolean;
  /** The normalised engagement, present once the schema accepted the file. */
  engagement?: Engagement;
  /**
   * While the schema rejects the file: its channels, segments and journeys that pass their own
   * schema (original indexes kept), for the journey map only; never for rules, scores or exports.
   */
  partial?: SalvagedEngagement;
  /**
   * Ranges of the entities views link back to, by YAML path: `channels.N`, `segments.N`,
   * `journeys.N`, `journeys.N.stages.S`, `journeys.N.stages.S.steps.K`, `initiatives.N`,
   * `assessment.<dimension>`, and the top-level sections (`engagement`, `change`, ...).
   */
  locations: Record<string, SourceRange>;
  /** The ten-dimension maturity, once the engagement is present. */
  maturity?: MaturityAssessment;
  /** The change-stage-sequenced roadmap, once the engagement is present. */
  roadmap?: Roadmap;
}

export interface AnalyseOptions {
  /** Forces the language (the CLI's `--lang`). */
  lang?: Language;
  /** Used when the file names no language (VS Code's display language). */
  fallbackLang?: Language;
  /** Diagnostics only: skips maturity and roadmap (`cxm validate` needs nothing more). */
  validateOnly?: boolean;
  /** The size of the file on disk, when the host read it: the 10 MB limit counts the file's bytes. */
  byteLength?: number;
}
