/**
 * What a diff changes: `git diff --raw -p -U0 -z -M` parsed into one entry per path, with the line
 * numbers (in the new version) that the change adds. Both parts come from one git process; patch
 * sections are matched to raw entries by order, which git guarantees, and the count is checked.
 */
import { git, GitError } from './run.js';

/** Inclusive 1-based line numbers [first, last] in the new version of a file. */
export type LineRange = readonly [number, number];

export interface DiffEntry {
  /** A added, M modified, R renamed, T type changed, D deleted, U unmerged (C copied, with -C). */
  status: string;
  /** Similarity score for R and C. */
  score?: number;
  srcMode: string;
  dstMode: string;
  srcOid: string;
  dstOid: string;
  /** The path in the new version (for D: the deleted path). Relative to the top level. */
  path: string;
  /** For R and C: the path before. */
  oldPath?: string;
  /** Lines of the new version that the change adds or changes, sorted and disjoint. */
  added: LineRange[];
  /** git showed no text hunks because it treats the file as binary (content or attributes). */
  binaryDiff: boolean;
  /** Judge the whole file (a path named on the command line that the change does not touch). */
  whole?: boolean;
}

/** Mode of a gitlink (a submodule's commit recorded in the tree). */
export const GITLINK = '160000';
export const SYMLINK = '120000';

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Parses the output of `git diff --raw -p -U0 -z ...` (raw records, an empty record, the patch). */
export function parseRawPatch(out: Buffer): DiffEntry[] {
  const s = out.toString('latin1');
  const entries: DiffEntry[] = [];
  let i = 0;
  const field = (): string => {
    const end = s.indexOf('\0', i);
    if (end === -1) throw new GitError('unexpected output from git diff (truncated raw record)');
    const f = s.slice(i, end);
    i = end + 1;
    return f;
  };
  const utf8 = (latin1: string): string => Buffer.from(latin1, 'latin1').toString('utf8');
  while (i < s.length && s[i] === ':') {
    const head = field().slice(1).split(' ');
    if (head.length < 5) throw new GitError(`unexpected raw diff record: ${head.join(' ')}`);
    const [srcMode, dstMode, srcOid, dstOid, st] = head as [string, string, string, string, string];
    const e: DiffEntry = { status: st[0]!, srcMode, dstMode, srcOid, dstOid, path: '', added: [], binaryDiff: false };
    if (st.length > 1) e.score = Number(st.slice(1));
    const first = utf8(field());
    if (e.status === 'R' || e.status === 'C') {
      e.oldPath = first;
      e.path = utf8(field());
    } else e.path = first;
    entries.push(e);
  }
  if (s[i] === '\0') i++;
  parsePatch(s.slice(i), entries);
  return entries;
}

interface Section {
  deletedFile: boolean;
  binary: boolean;
  added: LineRange[];
}

function sections(patch: string): Section[] {
  const out: Section[] = [];
  let cur: Section | undefined;
  let inHeader = false;
  let pos = 0;
  while (pos < patch.length) {
    let nl = patch.indexOf('\n', pos);
    if (nl === -1) nl = patch.length;
    const c = patch.charCodeAt(pos);
    // Only header lines and hunk headers matter; hunk bodies start with + - space or backslash.
    if (c === 0x64 /* d */ && patch.startsWith('diff --git ', pos)) {
      cur = { deletedFile: false, binary: false, added: [] };
      out.push(cur);
      inHeader = true;
    } else if (cur && c === 0x40 /* @ */) {
      inHeader = false;
      const m = HUNK.exec(patch.slice(pos, Math.min(nl, pos + 200)));
      if (m) {
        const start = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        if (count > 0) {
          const last = cur.added[cur.added.length - 1];
          const range: LineRange = [start, start + count - 1];
          if (last && last[1] + 1 >= start) cur.added[cur.added.length - 1] = [last[0], Math.max(last[1], range[1])];
          else cur.added.push(range);
        }
      }
    } else if (cur && inHeader) {
      if (patch.startsWith('deleted file mode', pos)) cur.deletedFile = true;
      else if (patch.startsWith('Binary files ', pos) || patch.startsWith('GIT binary patch', pos)) cur.binary = true;
    }
    pos = nl + 1;
  }
  return out;
}

function parsePatch(patch: string, entries: DiffEntry[]): void {
  const secs = sections(patch);
  let k = 0;
  let matched = 0;
  const wanted = entries.filter((e) => e.status !== 'U');
  for (const e of wanted) {
    let sec = secs[k++];
    // A type change is shown as a deletion followed by an addition.
    if (e.status === 'T' && sec?.deletedFile && secs[k]) sec = secs[k++];
    if (!sec) break;
    e.added = sec.added;
    e.binaryDiff = sec.binary;
    matched++;
  }
  if (matched !== wanted.length || k !== secs.length) {
    throw new GitError(`could not match the patch to the list of changed files (${secs.length} sections for ${wanted.length} files); please report this`);
  }
}

/** Arguments for the diff that {@link parseRawPatch} reads. */
export const DIFF_ARGS = ['diff', '--raw', '-p', '-U0', '--inter-hunk-context=0', '-z', '-M', '--no-abbrev', '--no-color', '--no-ext-diff', '--no-textconv', '--submodule=short', '--ignore-submodules=none'];

/** The staged changes: the index against HEAD (or against nothing before the first commit). */
export async function stagedDiff(cwd: string): Promise<DiffEntry[]> {
  return parseRawPatch((await git([...DIFF_ARGS, '--cached'], { cwd })).stdout);
}

/** A revision range for CI: `A..B`, `A...B` (from the merge base), or `A` (meaning `A..HEAD`). */
export async function rangeDiff(range: string, cwd: string): Promise<DiffEntry[]> {
  if (!range || range.startsWith('-')) throw new GitError(`not a revision range: "${range}" (use A..B, A...B or A)`);
  const revs = range.includes('..') ? [range] : [range, 'HEAD'];
  try {
    return parseRawPatch((await git([...DIFF_ARGS, ...revs, '--'], { cwd })).stdout);
  } catch (e) {
    const fatal = e instanceof GitError ? /fatal: ((?:bad|unknown) revision[^\n]*|ambiguous argument[^\n]*)/.exec(e.message) : null;
    if (!fatal) throw e;
    // A shallow CI checkout (depth 1) has neither the base branch nor HEAD~N: the usual cause.
    throw new GitError(
      `--diff ${range}: git does not know that revision (${fatal[1]!.replace(/:\s*$/, '')}). Give branches, tags or commits (A..B, A...B, or A for A..HEAD); in a shallow CI clone, fetch the base first, e.g. git fetch origin main`,
      { cause: e },
    );
  }
}

/** Every file in the index, as if all its lines were added (for `baseline create` and `--all-lines`). */
export async function indexEntries(cwd: string): Promise<DiffEntry[]> {
  const out = (await git(['ls-files', '-s', '-z', '--full-name', '--', ':/'], { cwd })).stdout.toString('latin1');
  const entries: DiffEntry[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [mode, oid, stage] = rec.slice(0, tab).split(' ') as [string, string, string];
    if (stage !== '0') continue;
    const path = Buffer.from(rec.slice(tab + 1), 'latin1').toString('utf8');
    entries.push({ status: 'A', srcMode: '000000', dstMode: mode, srcOid: '', dstOid: oid, path, added: [], binaryDiff: false });
  }
  return entries;
}
