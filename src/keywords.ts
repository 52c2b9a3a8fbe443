/**
 * Macie's keyword rule: case-insensitive, a space in a keyword also matches `_`, `-` or nothing,
 * within `distance` characters of the value on either side. Keywords must stand as words: a keyword
 * inside a longer word does not count ("pan" in "company"), but camelCase and snake_case parts do
 * ("cardNumber", "DEFAULT_SSN"), and so does a plural "s".
 */

// Keywords are matched on byte strings (see types.ts), so non-ASCII keywords are UTF-8 encoded first.
import { toByteString } from './bytes.js';

/** `s` as a regex literal. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


export interface KeywordMatcher {
  /** Global, case-insensitive pattern of all keywords. */
  readonly re: RegExp;
  /** Length of the longest keyword form, for search windows. */
  readonly maxLength: number;
  /** The regex alternatives (escaped byte-string keywords, a space as `[ _-]?`), longest first. */
  readonly forms: readonly string[];
  /** The keyword found within `distance` of [start, end), or undefined. */
  near(text: string, start: number, end: number, distance: number): string | undefined;
  /** Keyword hits anywhere in text[from, to): [start, end) pairs. */
  hits(text: string, from: number, to: number): Array<[number, number]>;
  /** The first keyword contained in a label (column header, JSON path element). */
  inLabel(label: string): string | undefined;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Letters and digits: what hashes and base64 blobs are made of (`=`, `+`, `_`, `-`, `/` end a token). */
const isTokenChar = (c: number): boolean => isLetter(c) || isDigit(c);

/**
 * True when text[s, e) lies inside a random-looking token: a hash, a base64 blob, a key ("…v9CscZVR…"
 * holds "Csc" as a camelCase part). Such a token is at least 16 characters long, changes between lower
 * case, upper case and digits at 30% or more of its characters, and has few runs of three or more
 * lower-case letters (under 30% of its characters), which words in camelCase names are made of:
 * "getSsnForUserV2Cache" changes at 50% but half of it is in such runs.
 */
function inRandomToken(text: string, s: number, e: number): boolean {
  const from = Math.max(0, s - 256);
  const to = Math.min(text.length, e + 256);
  let a = s;
  while (a > from && isTokenChar(text.charCodeAt(a - 1))) a--;
  let b = e;
  while (b < to && isTokenChar(text.charCodeAt(b))) b++;
  const n = b - a;
  if (n < 16) return false;
  let changes = 0;
  let inWords = 0; // characters in runs of 3+ lower-case letters
  let run = 0;
  let prev = -1;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const k = isLower(c) ? 0 : isUpper(c) ? 1 : 2;
    if (prev !== -1 && k !== prev) changes++;
    prev = k;
    if (k === 0) run++;
    else {
      if (run >= 3) inWords += run;
      run = 0;
    }
  }
  if (run >= 3) inWords += run;
  return changes >= 0.3 * n && inWords < 0.3 * n;
}

/** True when a keyword may start at text[s]: not at a letter that continues a word, except a camelCase part. */
export function startsWord(text: string, s: number): boolean {
  const first = text.charCodeAt(s);
  if (s === 0 || !isLetter(first)) return true;
  const before = text.charCodeAt(s - 1);
  return !isLetter(before) || (isLower(before) && isUpper(first));
}

/**
 * True when text[s, e) stands as a word (or a camelCase / snake_case part, or plural), and not as a
 * fragment of a random token.
 */
function standsAlone(text: string, s: number, e: number): boolean {
  if (!startsWord(text, s)) return false;
  const last = text.charCodeAt(e - 1);
  // A letter or digit touches the keyword: it is part of a longer token.
  let joined = s > 0 && isLetter(text.charCodeAt(s)) && isTokenChar(text.charCodeAt(s - 1));
  if (isLetter(last) && e < text.length) {
    const after = text.charCodeAt(e);
    if (isLetter(after)) {
      const camel = isLower(last) && isUpper(after);
      const plural = (after === 115 || after === 83) && (e + 1 >= text.length || !isLetter(text.charCodeAt(e + 1)));
      if (!camel && !plural) return false;
    }
    joined ||= isTokenChar(after);
  }
  return !joined || !inRandomToken(text, s, e);
}

/**
 * A keyword as a regex alternative over byte strings. The `i` flag folds ASCII only, so a non-ASCII
 * letter matches both cases through its UTF-8 bytes: "ú" (C3 BA) and "Ú" (C3 9A) as C3[BA 9A], and
 * "NÚMERO" in a form's header counts as "número"; letters whose cases differ in more than the last
 * byte (Cyrillic, Greek) as an alternation of both encodings.
 */
export function formOf(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return escapeRegExp(lower).replace(/ /g, '[ _-]?');
  let form = '';
  for (const ch of lower) {
    if (ch === ' ') form += '[ _-]?';
    else if (ch < '\x80') form += escapeRegExp(ch);
    else {
      const lo = toByteString(ch);
      const up = toByteString(ch.toUpperCase());
      const head = lo.slice(0, -1);
      if (up === lo || up.length !== lo.length) form += escapeRegExp(lo);
      else if (up.slice(0, -1) === head) form += `${escapeRegExp(head)}[${lo.slice(-1)}${up.slice(-1)}]`;
      else form += `(?:${escapeRegExp(lo)}|${escapeRegExp(up)})`; // Cyrillic, Greek: "ш" D1 88, "Ш" D0 A8
    }
  }
  return form;
}

export function compileKeywords(words: readonly string[]): KeywordMatcher {
  const forms = words.map(formOf);
  // Longest first so that "credit card" wins over "credit" at the same position.
  forms.sort((a, b) => b.length - a.length);
  const re = new RegExp(forms.join('|'), 'gi');
  const maxLength = Math.max(...words.map((w) => Buffer.byteLength(w)));

  const scan = (text: string, from: number, to: number, each: (s: number, e: number) => boolean): void => {
    re.lastIndex = from;
    const sub = to < text.length ? text.slice(0, to) : text;
    for (let m = re.exec(sub); m; m = re.exec(sub)) {
      const s = m.index;
      const e = s + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (standsAlone(text, s, e) && each(s, e)) return;
    }
  };

  return {
    re,
    maxLength,
    forms,
    near(text, start, end, distance) {
      let found: string | undefined;
      const from = Math.max(0, start - distance - maxLength - 1);
      const to = Math.min(text.length, end + distance + maxLength + 1);
      scan(text, from, to, (s, e) => {
        if (e >= start - distance && s <= end + distance) {
          found = text.slice(s, e);
          return true;
        }
        return false;
      });
      return found;
    },
    hits(text, from, to) {
      const out: Array<[number, number]> = [];
      scan(text, from, to, (s, e) => {
        out.push([s, e]);
        return false;
      });
      return out;
    },
    inLabel(label) {
      const bytes = toByteString(label);
      let found: string | undefined;
      scan(bytes, 0, bytes.length, (s, e) => {
        found = bytes.slice(s, e);
        return true;
      });
      return found;
    },
  };
}
