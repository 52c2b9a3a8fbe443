/**
 * The RE2 engine for user regexes (re2js: pure JavaScript, linear time), loaded on first use so that
 * scans without custom identifiers or allow regexes do not pay for loading it at start-up.
 */
import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';

let engine: typeof RE2JS | undefined;

/** The RE2JS class (CommonJS build of re2js, required synchronously on first call). */
export function re2(): typeof RE2JS {
  return (engine ??= (createRequire(import.meta.url)('re2js') as { RE2JS: typeof RE2JS }).RE2JS);
}
