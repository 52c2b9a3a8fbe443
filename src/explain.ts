/**
 * `--explain`: why a finding was reported. Built where findings are made (scan-file.ts,
 * scan-structured.ts) from the detector and what the engine recorded on the match.
 */
import { fromByteString } from './bytes.js';
import type { Confidence, Detector, Explanation, Severity } from './types.js';

/** What the engine recorded about one match. */
export interface MatchEvidence {
  confidence: Confidence;
  keyword?: string | undefined;
  keywordDistance?: number | undefined;
  label?: string | undefined;
}

/** Keywords are found in byte strings (see types.ts); show them as text. */
const decode = fromByteString;

/** The pattern of a detector as --explain shows it. */
export function patternOf(det: Detector): string {
  if (det.pattern) return `/${det.pattern.source}/${det.pattern.flags}`;
  if (det.findSource) return det.findSource;
  const name = det.find?.name;
  return `find function${name && name !== 'find' ? ` ${name}` : ''} of detectors/${det.id}.ts`;
}

/** Severity rule in words, e.g. "3 occurrences of EMAIL_ADDRESS in the file → medium (1 / 2–99 / 100+: low/medium/high)". */
export function severityReason(det: Detector, type: string, occurrences: number, severity: Severity): string {
  const n = `${occurrences} occurrence${occurrences === 1 ? '' : 's'} of ${type} in the file`;
  if (det.severityFor) return `${n} → ${severity} (${det.customName !== undefined ? 'custom identifier thresholds' : 'detector thresholds'})`;
  return `${n} → ${severity} (Macie table for 1 / 2–99 / 100+: ${det.severity.join('/')})`;
}

export function explainFinding(
  det: Detector,
  type: string,
  m: MatchEvidence,
  where: { jsonPath?: string | undefined },
  occurrences: number,
  severity: Severity,
): Explanation {
  const e: Explanation = {
    detector: det.id,
    pattern: patternOf(det),
    keywordRule: det.keywords ? (det.keywords.required ? 'required' : 'optional') : 'none',
    confidence: m.confidence,
    severity: severityReason(det, type, occurrences, severity),
  };
  if (det.validation) e.validation = det.validation;
  if (m.keyword !== undefined) {
    e.keyword = decode(m.keyword);
    if (m.label !== undefined) {
      e.keywordIn = where.jsonPath !== undefined ? 'JSON path' : 'column header';
      e.label = m.label;
    } else {
      e.keywordIn = 'text';
      if (m.keywordDistance !== undefined) e.keywordDistance = m.keywordDistance;
    }
  }
  return e;
}

/** One line for the table reporter. */
export function explainLine(e: Explanation): string {
  const parts = [`detector ${e.detector}`, `pattern ${e.pattern}`];
  if (e.validation) parts.push(`validated: ${e.validation}`);
  if (e.keyword !== undefined) {
    parts.push(
      e.keywordIn === 'text'
        ? `keyword "${e.keyword}"${e.keywordDistance !== undefined ? ` ${e.keywordDistance} chars away` : ''}`
        : `keyword "${e.keyword}" in ${e.keywordIn} "${e.label}"`,
    );
  } else if (e.keywordRule !== 'none') parts.push(`no keyword (${e.keywordRule})`);
  parts.push(`confidence ${e.confidence}`, e.severity);
  return parts.join('; ');
}
