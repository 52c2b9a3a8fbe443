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

const TYPE_WORD = /^[A-Z][A-Z0-9_()]*$/;

/**
 * The suppression on a line, or undefined. `detectorIds` are the ids accepted as type names
 * (kebab-case words that are not ids are read as the start of the reason).
 */
export function parseAllow(line: string, detectorIds: ReadonlySet<string> = new Set()): Allow | undefined {
  const at = line.indexOf(ALLOW_MARKER);
  if (at === -1) return undefined;
  const after = line.slice(at + ALLOW_MARKER.length);
  // `pii-guard:allowed` or `pii-guard:allow-foo` is not the marker.
  if (!/^(?:$|[\s:=]|\*\/|-->)/.test(after)) return parseAllow(after, detectorIds);
  const rest = after.replace(/^[\s:=]+/, '').replace(/\s*(?:\*\/|-->|%>|#>|\}\})\s*$/, '').trim();
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
