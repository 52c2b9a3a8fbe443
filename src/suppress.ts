/**
 * Inline suppression: a line that contains `pii-guard:allow` is not reported, in any comment syntax
 * (`# pii-guard:allow`, `// pii-guard:allow EMAIL_ADDRESS test fixture`, `<!-- pii-guard:allow -->`).
 *
 * After the marker may come a type list and a reason. A first word that looks like a type
 * (UPPER_SNAKE, e.g. `EMAIL_ADDRESS` or `CREDIT_CARD_NUMBER_(NO_KEYWORD)`) or a detector id that
 * exists limits the suppression to those types (several: comma-separated); anything else is a reason
 * and the line is allowed for every type. A suppression covers only its own line.
 */

export const ALLOW_MARKER = 'pii-guard:allow';

export interface Allow {
  /** Types or detector ids the line allows; undefined = all. */
  types?: string[];
  reason?: string;
}

const CLOSERS = ['*/', '-->', '%>', '#>', '}}'];

/** The text without trailing comment closers (`*\/`, `-->`, ...) and spaces. Linear time. */
function stripClosers(text: string): string {
  let t = text.trim();
  for (let again = true; again; ) {
    again = false;
    for (const c of CLOSERS) {
      if (t.endsWith(c)) {
        t = t.slice(0, -c.length).trimEnd();
        again = true;
      }
    }
  }
  return t;
}

const TYPE_WORD = /^[A-Z][A-Z0-9_()]*$/;

/**
 * The suppression on a line, or undefined. `detectorIds` are the ids accepted as type names
 * (kebab-case words that are not ids are read as the start of the reason).
 */
export function parseAllow(line: string, detectorIds: ReadonlySet<string> = new Set()): Allow | undefined {
  // `pii-guard:allowed` or `pii-guard:allowlist` is not the marker; look further along the line.
  let after: string | undefined;
  for (let at = line.indexOf(ALLOW_MARKER); at !== -1; at = line.indexOf(ALLOW_MARKER, at + 1)) {
    const next = line.charAt(at + ALLOW_MARKER.length);
    if (next === '' || /[\s:=]/.test(next) || line.startsWith('*/', at + ALLOW_MARKER.length) || line.startsWith('-->', at + ALLOW_MARKER.length)) {
      after = line.slice(at + ALLOW_MARKER.length);
      break;
    }
  }
  if (after === undefined) return undefined;
  const rest = stripClosers(after.replace(/^[\s:=]+/, ''));
  if (!rest) return {};
  const m = /^(\S+)\s*(.*)$/.exec(rest)!;
  const words = m[1]!.split(',').filter(Boolean);
  if (words.length && words.every((w) => TYPE_WORD.test(w) || detectorIds.has(w))) {
    const a: Allow = { types: words };
    if (m[2]) a.reason = m[2];
    return a;
  }
  return { reason: rest };
}

/** True when `allow` covers a finding of `type` reported by detector `detector`. */
export function allows(allow: Allow | undefined, type: string, detector: string): boolean {
  if (!allow) return false;
  if (!allow.types) return true;
  return allow.types.some((t) => t === type || t === detector || type.startsWith(`${t}_(`));
}
