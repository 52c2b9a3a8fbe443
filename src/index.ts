/** The public API of pii-guard. The CLI uses exactly this. */
export { scan, scanText } from './scan.js';
export { loadConfig, parseConfig, defaultConfig, CONFIG_FILE } from './config.js';
export { defineDetector } from './define.js';
export { builtinDetectors } from './registry.js';
export { formatResult, reporterNames } from './reporters/index.js';
export { PiiGuardError, ConfigError, UsageError, DetectorDefinitionError, OutputError } from './errors.js';
export { scanGit } from './git/scan-git.js';
export { installHook, uninstallHook, hooksDir } from './git/hook.js';
export { baselineCommand } from './git/baseline-git.js';
export { GitError } from './git/run.js';
export { BASELINE_FILE, BaselineError, formatBaseline, parseBaseline, loadBaseline, normalizeValue, valueKey } from './baseline.js';
export { parseAllow, allows, ALLOW_MARKER } from './suppress.js';
export type { GitScanOptions, GitScanResult, GitTarget } from './git/scan-git.js';
export type { HookInstallOptions, HookInstallResult, HookUninstallResult, ExistingHook } from './git/hook.js';
export type { BaselineAction, BaselineCommandOptions, BaselineCommandResult } from './git/baseline-git.js';
export type { Baseline, BaselineEntry } from './baseline.js';
export type { Allow } from './suppress.js';
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
