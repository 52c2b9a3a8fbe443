import type { Detector, ScanResult } from '../types.js';
import { json, jsonl } from './json.js';
import { sarif } from './sarif.js';
import { table } from './table.js';

export interface ReportOptions {
  /** Detectors that were active, for rule descriptions. */
  detectors: readonly Detector[];
  /** ANSI colours (terminal output only). */
  color?: boolean;
}

/** A reporter turns a finished scan into text. It sees the result and nothing else. */
export type Reporter = (result: ScanResult, options: ReportOptions) => string;

const reporters = { table, json, jsonl, sarif } satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;
export const reporterNames = Object.keys(reporters) as ReporterName[];

export function formatResult(result: ScanResult, name: ReporterName, options: ReportOptions): string {
  return reporters[name](result, options);
}
