/**
 * One-line descriptions of the diagnostic codes, for SARIF's `rules[].shortDescription` (code
 * scanning shows them as the alert title). The full pages are docs/rules.md.
 */
import type { DiagnosticCode } from '../../core';
import type { HostOnlyCode } from '../fileReport';

// Partial on purpose: a code added to the core later still gets a rule, titled by its code.
export const RULE_DESCRIPTIONS: Partial<Record<DiagnosticCode | HostOnlyCode, string>> = {
  'yaml-syntax': 'The file is not well-formed YAML.',
  'yaml-limit': 'The YAML exceeds a safety limit (nesting depth, node count, entries per collection or alias expansion).',
  'yaml-unsupported': 'A YAML feature the format excludes (merge keys, custom tags, %YAML 1.1).',
  'duplicate-key': 'A key appears twice in the same mapping.',
  'schema-type': 'A value has the wrong type.',
  'schema-enum': 'A value is not one of the allowed words.',
  'schema-range': 'A number or text is outside its allowed range or pattern.',
  'schema-required': 'A required key is missing.',
  'reserved-key': 'A reserved key (__proto__, constructor, prototype) is not allowed.',
  'duplicate-id': 'An id is used twice in the same list.',
  'unknown-ref': 'A reference names an id that does not exist.',
  'unknown-dimension': 'The assessment names an unknown maturity dimension.',
  'shares-over-100': 'The segment shares add up to more than 100%.',
  'file-not-found': 'A named file does not exist.',
  'file-too-large': 'The file is larger than 10 MB.',
  'unsupported-version': 'The file declares a format version other than 1.',
  'file-encoding': 'The file is not UTF-8 text (or UTF-16 with a byte-order mark).',
  'unknown-key': 'An unknown key (ignored).',
  'continuity-break': 'The customer switches to a channel that does not share their history.',
  'critical-without-person': 'No person is reachable at a critical moment.',
  'digital-expectation-unmet': 'A segment expects online a capability no digital channel offers.',
  'invisible-online': 'Connected customers cannot find the client online.',
  'stops-at-purchase': 'The journey ends at the purchase, with nothing after it.',
  'history-without-recognition': 'A channel shares history without recognising the customer.',
  'visibility-not-digital': 'Visibility is set on a channel that is not digital.',
  'segment-without-journey': 'A segment has no journey.',
  'channel-unused': 'No journey uses this channel.',
  'too-many-diagnostics': 'More than 1,000 diagnostics: the rest are summarised.',
  'file-unreadable': 'The path is not a readable regular file.',
  'analysis-failed': 'cxm failed to analyse the file.',
};
