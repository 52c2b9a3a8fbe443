/**
 * Allow lists with Amazon Macie's semantics (CreateAllowList), merged with the config's simple
 * `allow.values` / `allow.regexes`:
 * - predefined text: an occurrence is ignored when it equals a complete entry, case-insensitively;
 *   Macie reads the entries from an S3 object (`criteria.s3WordsList`), pii-guard for now from a
 *   local file (`criteria.wordsFile`, one entry per line, at most 100,000 entries and 35 MB);
 * - regex: an occurrence is ignored when the whole of it matches the pattern (full match, RE2 syntax,
 *   1–512 characters, linear time through re2js).
 * Allow lists apply to the matches of every detector, built-in and custom.
 */
import { readFileSync, statSync } from 'node:fs';
import { re2 } from './re2.js';
import { ConfigError } from './errors.js';
import { userRegexProblem } from './custom.js';

/** Macie's limits for a predefined-text list. */
export const MAX_WORDS = 100_000;
export const MAX_WORDS_BYTES = 35 * 1024 * 1024;

/** Macie's CreateAllowList request, as accepted in the config's `allowLists`. */
export interface AllowListInput {
  name: string;
  description?: string | undefined;
  criteria: {
    regex?: string | undefined;
    s3WordsList?: { bucketName: string; objectKey: string } | undefined;
    /** pii-guard's local stand-in for `s3WordsList`: a text file, one entry per line. */
    wordsFile?: string | undefined;
  };
}

/** What is wrong with an allow list's criteria, or undefined. */
export function allowListProblem(list: AllowListInput): { field: string; message: string } | undefined {
  const label = `allow list "${list.name}"`;
  const c = list.criteria;
  const kinds = [c.regex !== undefined, c.s3WordsList !== undefined, c.wordsFile !== undefined].filter(Boolean).length;
  if (kinds !== 1) return { field: 'criteria', message: `${label}: give exactly one of criteria.regex, criteria.wordsFile (or criteria.s3WordsList)` };
  if (c.s3WordsList) {
    return {
      field: 'criteria.s3WordsList',
      message: `${label}: S3 word lists are not supported yet; copy the object to a local file and use criteria.wordsFile`,
    };
  }
  if (c.regex !== undefined) {
    const p = userRegexProblem(c.regex);
    if (p) return { field: 'criteria.regex', message: `${label}: regex ${p}` };
  }
  return undefined;
}

/** Entries of a words file: one per line, trailing spaces and CR trimmed, empty lines skipped. Throws ConfigError. */
export function readWordsFile(path: string, listName = path): string[] {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_WORDS_BYTES) throw new Error(`${size} bytes; at most ${MAX_WORDS_BYTES} are allowed (Macie's limit)`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError('CONFIG_INVALID', `allow list "${listName}": cannot use words file ${path}: ${(err as Error).message}`, { cause: err });
  }
  const words = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l.length > 0);
  if (words.length > MAX_WORDS) {
    throw new ConfigError('CONFIG_INVALID', `allow list "${listName}": words file ${path} has ${words.length} entries; at most ${MAX_WORDS} are allowed (Macie's limit)`);
  }
  return words;
}

/** A compiled allow list: true when a value (a byte string, see types.ts) is allowed. */
export type AllowTest = (value: string) => boolean;

/**
 * Compiles exact values (case-insensitive, compared with the whole match) and regexes (RE2, full
 * match on the UTF-8 text). A RegExp is accepted for the library API: its source runs on RE2, `i`
 * becomes case-insensitive matching.
 */
export function compileAllow(values: readonly string[], regexes: readonly (string | RegExp)[]): AllowTest | undefined {
  const exact = new Set(values.map((v) => v.toLowerCase()));
  const patterns = regexes.map((r) =>
    typeof r === 'string' ? re2().compile(r) : re2().compile(r.source, r.flags.includes('i') ? re2().CASE_INSENSITIVE : 0),
  );
  if (!exact.size && !patterns.length) return undefined;
  return (value) => {
    if (exact.size && exact.has(Buffer.from(value, 'latin1').toString('utf8').toLowerCase())) return true;
    if (!patterns.length) return false;
    const bytes = Buffer.from(value, 'latin1');
    return patterns.some((p) => p.testExact(bytes));
  };
}
