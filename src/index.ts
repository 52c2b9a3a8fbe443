/** The public API of pii-guard. The CLI uses exactly this. */
export { scan, scanText } from './scan.js';
export { loadConfig, parseConfig, defaultConfig, CONFIG_FILE } from './config.js';
export { defineDetector } from './define.js';
export { builtinDetectors } from './registry.js';
export { formatResult, reporterNames } from './reporters/index.js';
export { PiiGuardError, ConfigError, UsageError, DetectorDefinitionError } from './errors.js';
export type { ScanOptions, ScanProgress, TextFinding } from './scan.js';
export type { Config, ConfigInput } from './config.js';
export type { ReporterName, ReportOptions } from './reporters/index.js';
export type {
  Category,
  Confidence,
  Detector,
  DetectorDefinition,
  FileResult,
  Finding,
  KeywordRule,
  ScanResult,
  Severity,
  SeverityTable,
  StatusCode,
  StatusReason,
} from './types.js';
