/**
 * Custom data identifiers with Amazon Macie's semantics (CreateCustomDataIdentifier), compiled into
 * ordinary detectors so that the engine, the worker threads and the reporters treat them like the
 * built-in ones. The config holds them as plain JSON (Macie's request shape); every thread compiles
 * them here.
 *
 * Semantics (macie.md 6.1):
 * - `regex` runs on RE2 (re2js, linear time): backreferences and look-around are rejected, as are
 *   patterns over 512 characters. Input is the UTF-8 text, so `.` and non-ASCII literals behave as
 *   on decoded text while positions stay byte offsets. A match longer than {@link MAX_MATCH} bytes
 *   is not reported (Macie's matches must fit the keyword distance anyway).
 * - `keywords` (0–50, 3–90 characters, case-insensitive; a space also matches `_`, `-` or nothing,
 *   as for the managed identifiers): one must PRECEDE the match, and the distance from the end of
 *   the keyword to the end of the match is at most `maximumMatchDistance` (1–300, default 50). In
 *   CSV/TSV a keyword in the column header counts, in JSON any element of the path.
 * - `ignoreWords` (0–10, 4–90 characters, case-sensitive): a match that contains one is dropped.
 * - `severityLevels` (0–3 `{occurrencesThreshold, severity}`, ascending thresholds): occurrences of
 *   the identifier in one file below the lowest threshold give no finding at all; default: Medium
 *   for any number of occurrences.
 *
 * Type: the name in UPPER_SNAKE (`"Employee ID"` → `EMPLOYEE_ID`; other characters become `_`);
 * a name with no ASCII letter or digit becomes `CUSTOM_` plus 8 hex digits of its SHA-256. The
 * original name stays in each finding as `customName`. Detector id: `custom-` plus the type in
 * kebab-case.
 */
import { nodeCrypto } from './node-crypto.js';
import type { RE2JS } from 're2js';
import { re2 } from './re2.js';
import { compileKeywords } from './keywords.js';
import type { Confidence, Detector, Evidence, MatchContext, Severity, Span } from './types.js';
import { fromByteString, toByteString } from './bytes.js';

/** Macie: regexes of up to 512 characters. */
export const MAX_REGEX_LENGTH = 512;
/** Longest match a custom identifier reports, in bytes. */
export const MAX_MATCH = 1024;
/** Macie's default `maximumMatchDistance`. */
export const DEFAULT_MATCH_DISTANCE = 50;

/** Macie's CreateCustomDataIdentifier request, as accepted in the config's `customDataIdentifiers`. */
export interface CustomDataIdentifierInput {
  name: string;
  description?: string | undefined;
  regex: string;
  keywords?: string[] | undefined;
  ignoreWords?: string[] | undefined;
  maximumMatchDistance?: number | undefined;
  severityLevels?: Array<{ occurrencesThreshold: number; severity: 'LOW' | 'MEDIUM' | 'HIGH' }> | undefined;
}

const LOOKAROUND = /\(\?<?[=!]/;
const BACKREF = /\\(?:[1-9]|k<|k'|k\{|g\{?-?\d)/;

/**
 * Why a user regex cannot be used, or undefined when it can. Checks what Macie rejects and what RE2
 * cannot run: backreferences, look-ahead/look-behind, more than `maxLength` characters, bad syntax.
 */
export function userRegexProblem(regex: string, maxLength = MAX_REGEX_LENGTH): string | undefined {
  if (regex.length === 0) return 'is empty';
  if (regex.length > maxLength) return `is ${regex.length} characters long; at most ${maxLength} are allowed (Macie's limit)`;
  // Escaped backslashes first, so that "\\1" (a backslash then 1) is not taken for a backreference.
  const bare = regex.replace(/\\\\/g, '');
  if (BACKREF.test(bare)) return 'uses a backreference, which Macie and RE2 do not support';
  if (LOOKAROUND.test(bare)) return 'uses look-ahead or look-behind, which Macie and RE2 do not support';
  try {
    re2().compile(regex);
  } catch (err) {
    return `is not a valid regular expression (RE2): ${(err as Error).message}`;
  }
  return undefined;
}

/** Compiles a user regex for linear-time matching (throws on a bad one; check with {@link userRegexProblem}). */
export function compileUserRegex(regex: string): RE2JS {
  return re2().compile(regex);
}

/** The type a custom identifier's findings carry. */
export function customType(name: string): string {
  const snake = name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /[A-Z0-9]/.test(snake) ? snake : `CUSTOM_${nodeCrypto().createHash('sha256').update(name).digest('hex').slice(0, 8).toUpperCase()}`;
}

const LEVEL: Record<'LOW' | 'MEDIUM' | 'HIGH', Severity> = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high' };

/** Macie's severity for `n` occurrences of a custom identifier in one file; undefined = no finding. */
export function customSeverity(levels: CustomDataIdentifierInput['severityLevels'], n: number): Severity | undefined {
  if (!levels?.length) return n >= 1 ? 'medium' : undefined;
  let sev: Severity | undefined;
  for (const l of [...levels].sort((a, b) => a.occurrencesThreshold - b.occurrencesThreshold)) {
    if (n >= l.occurrencesThreshold) sev = LEVEL[l.severity];
  }
  return sev;
}

/** Problems with a list of identifiers that a per-field schema cannot see (duplicate types, bad levels). */
export function customListProblems(list: readonly CustomDataIdentifierInput[]): Array<{ index: number; field: string; message: string }> {
  const out: Array<{ index: number; field: string; message: string }> = [];
  const seen = new Map<string, string>();
  list.forEach((c, index) => {
    const label = `custom data identifier "${c.name}"`;
    const problem = userRegexProblem(c.regex);
    if (problem) out.push({ index, field: 'regex', message: `${label}: regex ${problem}` });
    const type = customType(c.name);
    const other = seen.get(type);
    if (other !== undefined) out.push({ index, field: 'name', message: `${label}: gives the same type ${type} as "${other}"; rename one` });
    else seen.set(type, c.name);
    const t = (c.severityLevels ?? []).map((l) => l.occurrencesThreshold);
    if (t.some((x, i) => i > 0 && x <= t[i - 1]!)) {
      out.push({ index, field: 'severityLevels', message: `${label}: occurrencesThreshold values must be in ascending order, each larger than the one before` });
    }
  });
  return out;
}


/** A custom identifier as a detector (category CUSTOM_IDENTIFIER). */
export function compileCustom(c: CustomDataIdentifierInput): Detector {
  const type = customType(c.name);
  const re = compileUserRegex(c.regex);
  const distance = c.maximumMatchDistance ?? DEFAULT_MATCH_DISTANCE;
  const words = c.keywords?.filter((w) => w.length > 0) ?? [];
  const kw = words.length ? compileKeywords(words) : undefined;
  const ignore = (c.ignoreWords ?? []).map(toByteString);
  const levels = c.severityLevels;
  const sevAt = (n: number): Severity => customSeverity(levels, n) ?? 'low';

  const find = (text: string): Span[] => {
    const bytes = Buffer.from(text, 'latin1');
    // The DFA answers "any match?" several times faster than the matcher finds positions.
    if (!re.test(bytes)) return [];
    const out: Span[] = [];
    const m = re.matcher(bytes);
    while (m.find()) {
      const start = m.start();
      const end = m.end();
      if (end > start && end - start <= MAX_MATCH) out.push({ start, end });
    }
    return out;
  };

  const validate = (value: string, ctx: MatchContext): boolean | Confidence | Evidence => {
    if (ignore.some((w) => value.includes(w))) return false;
    if (!kw) return true;
    for (const label of ctx.labels ?? []) {
      const k = kw.inLabel(label);
      if (k) return { keyword: fromByteString(k), label, confidence: 'high' };
    }
    // A keyword that ends before the match starts, at most `distance` characters before its end. In
    // structured data (the text has labels) cells are joined with newlines: the keyword must be in
    // the same cell, so not across a newline.
    let best: [number, number] | undefined;
    for (const hit of kw.hits(ctx.text, Math.max(0, ctx.end - distance - kw.maxLength - 1), ctx.start)) {
      if (hit[1] <= ctx.start && ctx.end - hit[1] <= distance) best = hit;
    }
    if (best && ctx.labels && ctx.text.lastIndexOf('\n', ctx.start - 1) >= best[1]) best = undefined;
    if (!best) return false;
    return { keyword: fromByteString(ctx.text.slice(best[0], best[1])), keywordDistance: ctx.end - best[1], confidence: 'high' };
  };

  const det: Detector = {
    id: `custom-${type.toLowerCase().replace(/_/g, '-')}`,
    type,
    macie: true,
    category: 'CUSTOM_IDENTIFIER',
    severity: [sevAt(1), sevAt(2), sevAt(100)],
    severityFor: (n) => customSeverity(levels, n),
    description: c.description ? `${c.name}: ${c.description}` : `Custom data identifier "${c.name}"`,
    customName: c.name,
    validation:
      [
        words.length ? `keyword before the match, ≤ ${distance} characters from keyword end to match end` : '',
        ignore.length ? `ignore words: ${ignore.length}` : '',
      ]
        .filter(Boolean)
        .join('; ') || undefined,
    find,
    findSource: `RE2 /${c.regex}/`,
    maxLength: words.length ? Math.min(distance, MAX_MATCH) : MAX_MATCH,
    // The engine's keyword rule (either side, within `distance`) is a superset of Macie's custom rule;
    // it gives the keyword-first search and the header/path check, `validate` applies the exact rule.
    ...(kw ? { keywords: { words, required: true, distance } } : {}),
    validate,
    confidence: kw ? 'high' : 'medium',
    examples: { match: [], noMatch: [] },
  };
  if (det.validation === undefined) delete (det as { validation?: string }).validation;
  return Object.freeze(det);
}

/** Compiles a config's custom identifiers; `reserved` are the built-in types they must not reuse. */
export function compileCustomList(list: readonly CustomDataIdentifierInput[], reserved: ReadonlySet<string> = new Set()): Detector[] {
  return list.map((c) => {
    const d = compileCustom(c);
    if (reserved.has(d.type)) {
      throw new Error(`custom data identifier "${c.name}": its type ${d.type} is a built-in type; choose another name`);
    }
    return d;
  });
}
