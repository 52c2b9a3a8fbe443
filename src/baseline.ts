/**
 * The baseline: findings a team has accepted, stored as keyed fingerprints in
 * `.pii-guard-baseline.json` at the top of the repository.
 *
 * An entry is HMAC-SHA256(salt, detector id + NUL + normalised value), optionally scoped to a path.
 * The file holds no values, no line numbers and no timestamps: a baselined value may move within its
 * file and stays allowed, while a new value on an old line is reported. The salt is random per
 * repository and stored in the file (it defeats precomputed tables; the file is not a secret).
 *
 * The file is written sorted, one entry per line, every entry followed by a comma and a fixed last
 * line, so that additions on two branches merge line by line (with `merge=union`, set up by
 * `baseline create` in .gitattributes, even when both insert at the same place).
 */
import { nodeCrypto } from './node-crypto.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PiiGuardError } from './errors.js';
import type { Detector } from './types.js';

export const BASELINE_FILE = '.pii-guard-baseline.json';
/** The line that ends the entry list; never changes, so no entry is ever the last one. */
export const BASELINE_END = 'end of entries: keep this line last';
export const BASELINE_ATTRIBUTES = `/${BASELINE_FILE} merge=union`;

export interface BaselineEntry {
  /** Detector id (stable across keyword and country variants of the type). */
  detector: string;
  /** The type reported when the entry was made; for people reading the file. */
  type: string;
  /** Path the entry is limited to, relative to the top level; absent: any path. */
  path?: string;
  /** HMAC-SHA256(salt, detector NUL normalised value), hex, first 128 bits. */
  hmac: string;
}

export interface Baseline {
  version: 1;
  /** Hex; the HMAC key. */
  salt: string;
  entries: BaselineEntry[];
}

export class BaselineError extends PiiGuardError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BASELINE', message, options);
  }
}

export function newBaseline(): Baseline {
  return { version: 1, salt: nodeCrypto().randomBytes(32).toString('hex'), entries: [] };
}

/** The canonical form of a value: the detector's `normalize` (separators), then lower case. */
export function normalizeValue(value: string, detector?: Pick<Detector, 'normalize'>): string {
  const v = value.trim();
  return (detector?.normalize ? detector.normalize(v) : v).toLowerCase();
}

/** The keyed fingerprint of a value found by `detectorId`. */
export function valueKey(salt: string, detectorId: string, normalizedValue: string): string {
  return nodeCrypto().createHmac('sha256', Buffer.from(salt, 'hex')).update(`${detectorId}\0${normalizedValue}`).digest('hex').slice(0, 32);
}

const entryId = (e: Pick<BaselineEntry, 'detector' | 'hmac' | 'path'>): string => `${e.path ?? ''}\0${e.detector}\0${e.hmac}`;

function compare(a: BaselineEntry, b: BaselineEntry): number {
  const x = entryId(a);
  const y = entryId(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sorted, without duplicates. */
export function normalizeEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const seen = new Map<string, BaselineEntry>();
  for (const e of entries) if (!seen.has(entryId(e))) seen.set(entryId(e), e);
  return [...seen.values()].sort(compare);
}

/** The file's text: stable for equal content, one entry per line. */
export function formatBaseline(b: Baseline): string {
  const line = (e: BaselineEntry): string => {
    const o: Record<string, string> = { detector: e.detector, type: e.type };
    if (e.path !== undefined) o.path = e.path;
    o.hmac = e.hmac;
    return `    ${JSON.stringify(o)},`;
  };
  return [
    '{',
    '  "pii-guard": "baseline: keyed fingerprints of accepted findings, no values. Manage with: pii-guard baseline create|update|prune",',
    `  "version": ${b.version},`,
    `  "salt": ${JSON.stringify(b.salt)},`,
    '  "entries": [',
    ...normalizeEntries(b.entries).map(line),
    `    ${JSON.stringify(BASELINE_END)}`,
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** Parses a baseline file's text; tolerates the union of two versions (unsorted, duplicates). */
export function parseBaseline(text: string, source = BASELINE_FILE): Baseline {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(`${source} is not valid JSON (${(err as Error).message}). If a merge left conflict markers, keep both sides' entry lines and run "pii-guard baseline update".`, { cause: err });
  }
  const o = json as { version?: unknown; salt?: unknown; entries?: unknown };
  if (!o || typeof o !== 'object' || o.version !== 1 || typeof o.salt !== 'string' || !/^[0-9a-f]{16,}$/.test(o.salt) || !Array.isArray(o.entries)) {
    throw new BaselineError(`${source} is not a pii-guard baseline (version 1 with a hex salt and an entries list). Recreate it with "pii-guard baseline create --force".`);
  }
  const entries: BaselineEntry[] = [];
  for (const e of o.entries as unknown[]) {
    if (typeof e === 'string' || e === null) continue; // the end line
    const x = e as Partial<BaselineEntry>;
    if (typeof x.detector !== 'string' || typeof x.hmac !== 'string' || !/^[0-9a-f]{32}$/.test(x.hmac)) {
      throw new BaselineError(`${source}: bad entry ${JSON.stringify(e)}`);
    }
    const entry: BaselineEntry = { detector: x.detector, type: typeof x.type === 'string' ? x.type : x.detector, hmac: x.hmac };
    if (typeof x.path === 'string') entry.path = x.path;
    entries.push(entry);
  }
  return { version: 1, salt: o.salt, entries };
}

/** The baseline of the repository at `root`, or undefined when it has none. */
export async function loadBaseline(root: string): Promise<Baseline | undefined> {
  let text: string;
  try {
    text = await readFile(join(root, BASELINE_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BaselineError(`cannot read ${BASELINE_FILE}: ${(err as Error).message}`, { cause: err });
  }
  return parseBaseline(text);
}

export async function saveBaseline(root: string, b: Baseline): Promise<void> {
  await writeFile(join(root, BASELINE_FILE), formatBaseline(b));
}

/** A value found, as the baseline sees it. */
export interface KeyedValue {
  detector: string;
  type: string;
  /** Path relative to the top level. */
  path: string;
  /** Earlier paths of the same file (renames), which path-scoped entries also match. */
  oldPaths?: readonly string[];
  hmac: string;
}

/** Fast membership test over a baseline's entries. */
export class BaselineIndex {
  private readonly ids: Set<string>;
  readonly salt: string;
  constructor(readonly baseline: Baseline) {
    this.salt = baseline.salt;
    this.ids = new Set(baseline.entries.map(entryId));
  }
  key(detectorId: string, normalizedValue: string): string {
    return valueKey(this.salt, detectorId, normalizedValue);
  }
  /** The entry (global, or for the path or one of its old paths) that covers this value. */
  covers(v: Omit<KeyedValue, 'type'>): boolean {
    if (this.ids.has(entryId({ detector: v.detector, hmac: v.hmac }))) return true;
    for (const p of [v.path, ...(v.oldPaths ?? [])]) if (this.ids.has(entryId({ detector: v.detector, hmac: v.hmac, path: p }))) return true;
    return false;
  }
}

export interface BaselineChange {
  baseline: Baseline;
  added: BaselineEntry[];
  /** Entries that no value found any more matches. */
  stale: BaselineEntry[];
}

const toEntry = (v: KeyedValue, scoped: boolean): BaselineEntry =>
  scoped ? { detector: v.detector, type: v.type, path: v.path, hmac: v.hmac } : { detector: v.detector, type: v.type, hmac: v.hmac };

/**
 * Adds entries for `found` (values found now, keyed with `base.salt`); with `prune`, also removes
 * entries that match none of them. `scoped`: new entries are limited to their path.
 */
export function updateBaseline(base: Baseline, found: readonly KeyedValue[], opts: { scoped: boolean; prune: boolean; add: boolean }): BaselineChange {
  const index = new BaselineIndex(base);
  const used = new Set<string>();
  const added: BaselineEntry[] = [];
  for (const v of found) {
    const global = entryId({ detector: v.detector, hmac: v.hmac });
    const local = entryId({ detector: v.detector, hmac: v.hmac, path: v.path });
    used.add(global);
    used.add(local);
    if (opts.add && !index.covers(v)) added.push(toEntry(v, opts.scoped));
  }
  const stale = base.entries.filter((e) => !used.has(entryId(e)));
  const staleIds = new Set(stale.map(entryId));
  const kept = opts.prune ? base.entries.filter((e) => !staleIds.has(entryId(e))) : base.entries;
  return {
    baseline: { version: 1, salt: base.salt, entries: normalizeEntries([...kept, ...added]) },
    added: normalizeEntries(added),
    stale: normalizeEntries(stale),
  };
}
