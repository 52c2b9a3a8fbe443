/**
 * Text in, matches out: prefilter → pattern or find → keyword rule → validate → classify → allow lists.
 * Knows nothing of files; `scan-file.ts` feeds it chunks and turns matches into findings.
 */
import { compileAllow } from './allow.js';
import { countryMentionIn, countryNamedIn } from './country-words.js';
import { compileKeywords, escapeRegExp, startsWord, type KeywordMatcher } from './keywords.js';
import type { Confidence, Detector, Evidence, Match, MatchContext, SegmentContext } from './types.js';

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const DEFAULT_DISTANCE = 30;
const DEFAULT_MAX_LENGTH = 256;

/** Options that shape the engine; the resolved form of the config's detection settings. */
export interface EngineOptions {
  /** Drop matches below this confidence. Default `medium`. */
  minConfidence?: Confidence;
  /** Values never reported, compared case-insensitively with the whole match (Macie's text allow list). */
  allowValues?: readonly string[];
  /**
   * Patterns a whole match must fully match to be ignored (Macie's regex allow list). They run on
   * RE2 (re2js, linear time): strings in RE2 syntax; a RegExp's source is compiled for RE2 too.
   */
  allowPatterns?: readonly (RegExp | string)[];
}

interface Compiled {
  readonly det: Detector;
  readonly keywords?: KeywordMatcher;
  readonly distance: number;
  readonly maxLength: number;
  readonly allow: ReadonlySet<string>;
  /** Nothing is kept without a keyword: look near keywords only. */
  readonly keywordFirst: boolean;
  /** The detector's pattern, compiled once and reused (lastIndex reset before each use). */
  readonly re?: RegExp;
  /** Non-global copy of the keyword pattern, for the cheap "could a keyword be here" test. */
  readonly keywordTest?: RegExp;
  /** `inLabel` results per label (labels repeat: CSV headers, JSON paths). */
  readonly labelCache: Map<string, string | undefined>;
  /** Indices of the detector's prefilter strings in the engine's list of distinct ones. */
  readonly prefilter?: readonly number[];
}

export interface Engine {
  readonly detectors: readonly Detector[];
  /** Bytes of context a chunk needs on each side so that no match or keyword is cut. */
  readonly overlap: number;
  /**
   * Matches in `text` whose start lies in [from, to). Text outside that range is context only.
   * Sorted by start; a match inside a longer match of another detector is dropped.
   */
  detect(text: string, from?: number, to?: number, segment?: SegmentContext): Match[];
}

const LABEL_CACHE_MAX = 4096;

export function createEngine(detectors: readonly Detector[], options: EngineOptions = {}): Engine {
  const minConfidence = options.minConfidence ?? 'medium';
  const minRank = RANK[minConfidence];
  const allowedByUser = compileAllow(options.allowValues ?? [], options.allowPatterns ?? []);

  // Prefilter strings are shared ("-----BEGIN " by four key detectors): each is looked for once per text.
  const literals: string[] = [];
  const literalId = (p: string): number => {
    const i = literals.indexOf(p);
    return i === -1 ? literals.push(p) - 1 : i;
  };
  const compiled: Compiled[] = detectors.map((det) => {
    const kw = det.keywords;
    const keywords = kw ? compileKeywords(kw.words) : undefined;
    return {
      det,
      keywords,
      distance: kw?.distance ?? DEFAULT_DISTANCE,
      maxLength: det.maxLength ?? DEFAULT_MAX_LENGTH,
      allow: new Set(det.allow ?? []),
      // Nothing is kept without a keyword when the keyword is required and a match without one would
      // fall below minConfidence (an SSN at the default confidence): look near keywords only.
      keywordFirst: !!kw?.required && (!kw.unkeyedConfidence || RANK[kw.unkeyedConfidence] < minRank),
      re: det.pattern ? new RegExp(det.pattern.source, det.pattern.flags) : undefined,
      keywordTest: keywords ? new RegExp(keywords.re.source, 'i') : undefined,
      labelCache: new Map(),
      ...(det.prefilter ? { prefilter: det.prefilter.map(literalId) } : {}),
    };
  });
  // The strings each one contains: when it is found, they are in the text too.
  const within = literals.map((l, i) => literals.flatMap((o, j) => (j !== i && l.includes(o) ? [j] : [])));
  // Strings of three or more characters are rare in text: one pass of their union finds which are in it
  // (one `includes` per absent string cost a full scan each). Shorter ones ("@") are found at once by includes.
  const rare = literals.flatMap((l, i) => (l.length >= 3 ? [i] : []));
  const rareRe = rare.length
    ? new RegExp([...rare].sort((a, b) => literals[b]!.length - literals[a]!.length).map((i) => escapeRegExp(literals[i]!)).join('|'), 'g')
    : undefined;
  const rareIndex = new Map(rare.map((i) => [literals[i]!, i]));
  const overlap =
    Math.max(0, ...compiled.map((c) => c.maxLength + c.distance + (c.keywords?.maxLength ?? 0))) + 64;

  // Keyword-first detectors would each scan the whole text for their keywords (a case-insensitive
  // alternation: slow in irregexp). Instead one case-sensitive pass over the lower-cased text finds
  // every place where any of their keywords can start (the union of all keyword forms, lower-cased,
  // factored by first character); each detector then runs its own keyword search only in those
  // places. The results are the same: every match of a detector's keyword regex starts at, or inside,
  // a hit of the union, and the places are merged so that no keyword match straddles their edges.
  const gated = compiled.filter((c) => c.keywordFirst);
  const gate = gated.length > 1 ? unionGate(gated.flatMap((c) => c.keywords!.forms)) : undefined;
  const hump = /[a-z][A-Z]/g;
  const gateMax = Math.max(0, ...gated.map((c) => c.keywords!.maxLength)) * 4 + 16;
  // Which gated detectors a hit can be a keyword of, by the (lower-case) characters it starts with:
  // the first two literal characters of each keyword form, or the first one when the second is not a
  // plain character; forms that start otherwise (a group) go to every place.
  const gatedIndex = new Map(gated.map((c, i) => [c, i]));
  const byKey = new Map<string, number[]>();
  const anywhere = new Uint8Array(gated.length);
  gated.forEach((c, i) => {
    for (const f of c.keywords!.forms) {
      const key = literalPrefix(f.toLowerCase());
      if (!key) anywhere[i] = 1;
      else {
        const list = byKey.get(key);
        if (!list) byKey.set(key, [i]);
        else if (!list.includes(i)) list.push(i);
      }
    }
  });

  /**
   * Places where some gated keyword may start: merged [start, end) ranges of union hits in text[from, to),
   * and for each place the gated detectors whose keywords can start at one of its hits.
   */
  const keywordPlaces = (text: string, from: number, to: number): { ranges: number[]; detectors: Uint8Array[] } => {
    const out: number[] = [];
    const detectors: Uint8Array[] = [];
    let lower = text.toLowerCase();
    if (lower.length !== text.length) lower = text; // cannot happen for byte strings; stay correct anyway
    const { word, at } = gate!;
    const sub = to < lower.length ? lower.slice(0, to) : lower;
    // camelCase parts ("userSsn"): a lower-case letter then a capital in the text as written.
    const written = to < text.length ? text.slice(0, to) : text;
    const nextHump = (): [number, number] | undefined => {
      for (let m = hump.exec(written); m; m = hump.exec(written)) {
        const p = m.index + 1;
        if (p < from) continue;
        at.lastIndex = p;
        const k = at.exec(sub);
        if (k && k[0].length) return [p, p + k[0].length];
      }
      return undefined;
    };
    word.lastIndex = from;
    hump.lastIndex = Math.max(0, from - 1);
    let w = word.exec(sub);
    let h = nextHump();
    while (w || h) {
      let s: number;
      let e: number;
      if (w && (!h || w.index < h[0])) {
        s = w.index;
        e = s + w[0].length;
        // Every start is looked at (another keyword may start inside this hit).
        word.lastIndex = s + 1;
        w = word.exec(sub);
      } else {
        [s, e] = h!;
        h = nextHump();
      }
      // A keyword starts a word or a camelCase part ("setting" holds no "tin").
      if (e === s || !startsWord(text, s)) continue;
      const n = out.length;
      let marks: Uint8Array;
      if (n && s <= out[n - 1]! + gateMax) {
        out[n - 1] = Math.max(out[n - 1]!, e);
        marks = detectors[detectors.length - 1]!;
      } else {
        out.push(s, e);
        detectors.push((marks = new Uint8Array(gated.length)));
      }
      for (const key of [lower.slice(s, s + 2), lower[s]!]) for (const i of byKey.get(key) ?? []) marks[i] = 1;
    }
    return { ranges: out, detectors };
  };

  const labelKeywordOf = (c: Compiled, labels: readonly string[]): string | undefined => {
    for (const label of labels) {
      let found: string | undefined;
      if (c.labelCache.has(label)) found = c.labelCache.get(label);
      else {
        found = c.keywords!.inLabel(label);
        if (c.labelCache.size >= LABEL_CACHE_MAX) c.labelCache.clear();
        c.labelCache.set(label, found);
      }
      if (found) return found;
    }
    return undefined;
  };

  // One runner per detector, made once and reset for each text (closures and a context per detector
  // and text were most of what the engine allocated: texts are often a few KiB of CSV cells).
  const runs = compiled.map((c) => new DetectorRun(c, minConfidence, allowedByUser, labelKeywordOf));

  function detect(text: string, from = 0, to = text.length, segment?: SegmentContext): Match[] {
    const out: Match[] = [];
    let places: ReturnType<typeof keywordPlaces> | undefined;
    const present = new Int8Array(literals.length); // 0 not looked for yet, 1 in the text, -1 not
    let rareDone = false;
    const inText = (i: number): boolean => {
      if (present[i]) return present[i] === 1;
      if (literals[i]!.length < 3) return (present[i] = text.includes(literals[i]!) ? 1 : -1) === 1;
      if (!rareDone) {
        rareDone = true;
        for (const j of rare) present[j] = -1;
        const re = rareRe!;
        let left = rare.length;
        // Every start position is tried (lastIndex = index + 1): a string may begin inside another's match.
        re.lastIndex = 0;
        for (let m = re.exec(text); m && left; re.lastIndex = m.index + 1, m = re.exec(text)) {
          const j = rareIndex.get(m[0])!;
          for (const k of [j, ...within[j]!]) if (present[k] !== 1) {
            present[k] = 1;
            if (literals[k]!.length >= 3) left--;
          }
        }
      }
      return present[i] === 1;
    };
    const labels = segment?.labels;
    for (let ci = 0; ci < compiled.length; ci++) {
      const c = compiled[ci]!;
      if (c.prefilter && !c.prefilter.some(inText)) continue;
      const labelKeyword = c.keywords && labels ? labelKeywordOf(c, labels) : undefined;
      const run = runs[ci]!;
      if (!c.keywordFirst || labelKeyword) {
        run.begin(text, from, to, labels, labelKeyword, out);
        spans(c, text, 0, to, run.each);
        run.end();
        continue;
      }
      // Look only around keyword hits: merged windows wide enough for any value within distance.
      const reach = c.distance + c.maxLength + 8;
      const hitFrom = Math.max(0, from - reach);
      const hitTo = Math.min(text.length, to + reach);
      let hits: Array<[number, number]>;
      if (gate) {
        places ??= keywordPlaces(text, Math.max(0, from - overlap), Math.min(text.length, to + overlap));
        hits = [];
        const gi = gatedIndex.get(c)!;
        const { ranges, detectors: marks } = places;
        for (let i = 0; i < ranges.length; i += 2) {
          if (!anywhere[gi] && !marks[i >> 1]![gi]) continue;
          const ps = Math.max(ranges[i]!, hitFrom);
          const pe = Math.min(hitTo, ranges[i + 1]! + gateMax);
          if (ps >= pe) continue;
          c.keywordTest!.lastIndex = 0;
          if (!c.keywordTest!.test(text.slice(ps, pe))) continue;
          for (const h of c.keywords!.hits(text, ps, pe)) hits.push(h);
        }
      } else hits = c.keywords!.hits(text, hitFrom, hitTo);
      if (!hits.length) continue;
      run.begin(text, from, to, labels, labelKeyword, out);
      let winStart = -1;
      let winEnd = -1;
      for (const [s, e] of hits) {
        const ws = Math.max(0, s - reach);
        const we = Math.min(text.length, e + reach);
        if (ws <= winEnd) winEnd = Math.max(winEnd, we);
        else {
          if (winEnd > winStart) spans(c, text.slice(winStart, winEnd), winStart, Infinity, run.each);
          winStart = ws;
          winEnd = we;
        }
      }
      if (winEnd > winStart) spans(c, text.slice(winStart, winEnd), winStart, Infinity, run.each);
      run.end();
    }
    return dropContained(out, text, segment?.labels);
  }

  return { detectors, overlap, detect };
}

/**
 * The literal characters a keyword form (lower case, regex source) starts with: two, or one when the
 * second is optional or not a plain character; '' when the first is not a plain character.
 */
function literalPrefix(form: string): string {
  const unit = (i: number): [string, number] | undefined => {
    const ch = form[i];
    if (ch === undefined || '([{?*+|^$.'.includes(ch)) return undefined;
    return ch === '\\' ? [form[i + 1]!, i + 2] : [ch, i + 1];
  };
  const optional = (i: number): boolean => form[i] !== undefined && '?*{'.includes(form[i]!);
  const first = unit(0);
  if (!first || optional(first[1])) return '';
  const second = unit(first[1]);
  return second && !optional(second[1]) ? first[0] + second[0] : first[0];
}

/**
 * Case-sensitive regexes for lower-cased text that together match wherever any of the forms can start
 * a word: `word` where no letter precedes (the look-behind rejects most places at once: 1.3x faster
 * than the bare union, with a sixth of the hits), and `at`, sticky, for the letter-led forms at a
 * camelCase hump, where a lower-case letter precedes.
 */
function unionGate(forms: readonly string[]): { word: RegExp; at: RegExp } {
  const byFirst = new Map<string, Set<string>>();
  for (const f of forms) {
    const lowerForm = f.toLowerCase();
    // A form that starts with a group (a Cyrillic or Greek first letter in both cases) stays whole.
    const head = lowerForm[0] === '(' ? lowerForm : lowerForm[0] === '\\' ? lowerForm.slice(0, 2) : lowerForm[0]!;
    let set = byFirst.get(head);
    if (!set) byFirst.set(head, (set = new Set()));
    set.add(lowerForm.slice(head.length));
  }
  const letters: string[] = [];
  const others: string[] = [];
  for (const [head, rests] of byFirst) {
    const r = [...rests].sort((a, b) => b.length - a.length);
    (/^[a-z]$/.test(head) ? letters : others).push(r.length === 1 ? head + r[0] : `${head}(?:${r.join('|')})`);
  }
  const led = letters.length ? `(?<![a-z])(?:${letters.join('|')})` : '';
  return {
    word: new RegExp([led, ...others].filter(Boolean).join('|'), 'g'),
    at: new RegExp(letters.length ? letters.join('|') : '(?!)', 'y'),
  };
}

/** The result array of a runner between texts (nothing is pushed to it). */
const NONE: Match[] = [];

/**
 * The engine's verdict on one detector's candidate spans in one text: made once per detector and
 * reset for each text (`begin` … `end`), so that scanning many small texts allocates nothing per
 * detector. Matches go to the `out` array that `begin` was given.
 */
class DetectorRun {
  private from = 0;
  private to = 0;
  private out: Match[] = NONE;
  /** Start of the last reported match: a later candidate must start after it. */
  private last = -1;
  /** For --explain: the label that held the keyword (looked up once, only when a match needs it). */
  private labelHit: string | undefined;
  private readonly det: Detector;
  private readonly base: Confidence;
  private readonly minRank: number;
  /** One context for all candidates, reset for each (a fresh object per candidate was a third of what the engine allocated). */
  private readonly cand: Candidate;
  /** `consider` as a callback for {@link spans}. */
  readonly each: (start: number, end: number) => void;

  constructor(
    private readonly c: Compiled,
    minConfidence: Confidence,
    private readonly allowedByUser: ((value: string) => boolean) | undefined,
    private readonly labelKeywordOf: (c: Compiled, labels: readonly string[]) => string | undefined,
  ) {
    this.det = c.det;
    this.base = c.det.confidence ?? 'high';
    this.minRank = RANK[minConfidence];
    this.cand = new Candidate(minConfidence, c);
    this.each = (start, end) => this.consider(start, end);
  }

  begin(text: string, from: number, to: number, labels: readonly string[] | undefined, labelKeyword: string | undefined, out: Match[]): void {
    this.from = from;
    this.to = to;
    this.out = out;
    this.last = -1;
    this.labelHit = undefined;
    this.cand.begin(text, labels, labelKeyword);
  }

  /** Lets go of the text and the result (a runner outlives them). */
  end(): void {
    this.out = NONE;
    this.cand.begin('', undefined, undefined);
  }

  /** The engine's verdict on one candidate span; pushes it to `out` when it is reported. */
  private consider(start: number, end: number): void {
    if (start < this.from || start >= this.to || start <= this.last) return;
    const det = this.det;
    const kwRule = det.keywords;
    const minRank = this.minRank;
    const cand = this.cand;
    // The keyword search costs more than most validators, so it runs only when something needs it:
    // the rule (a required keyword, or a base confidence that only a keyword lifts to minConfidence),
    // the validator (through ctx.hasKeyword), or a match that passed (its type, confidence, keyword).
    cand.reset(start, end);
    const base = this.base;
    if (kwRule && (kwRule.required || RANK[base] < minRank)) {
      const kw = cand.findKeyword();
      let early: Confidence = base;
      if (kwRule.required && !kw) {
        if (!kwRule.unkeyedConfidence) return;
        early = kwRule.unkeyedConfidence;
      } else if (kw) early = 'high';
      if (RANK[early] < minRank) return;
    } else if (RANK[base] < minRank && !cand.labelKeyword) return;
    const value = cand.text.slice(start, end);
    let verdict: boolean | Confidence | Evidence = true;
    if (det.validate) {
      verdict = det.validate(value, cand);
      if (!verdict) return;
      if (typeof verdict === 'object') {
        // The detector applied its own keyword rule (custom identifiers): its evidence is the match's.
        const confidence = verdict.confidence ?? 'high';
        if (RANK[confidence] < minRank) return;
        this.finish(start, end, value, verdict.keyword, confidence, verdict);
        return;
      }
      if (verdict !== true && RANK[verdict] < minRank) return;
    }
    const kw = cand.findKeyword();
    let confidence: Confidence = base;
    if (kwRule?.required && !kw) confidence = kwRule.unkeyedConfidence!;
    else if (kw) confidence = 'high';
    if (verdict !== true) confidence = verdict;
    this.finish(start, end, value, kw, confidence);
  }

  private finish(start: number, end: number, value: string, keyword: string | undefined, confidence: Confidence, evidence?: Evidence): void {
    const { det, c } = this;
    const kwRule = det.keywords;
    const type = det.classify ? det.classify(value, this.cand) : !keyword && kwRule?.unkeyedType ? kwRule.unkeyedType : det.type;
    if (!type) return;
    if (c.allow.size && c.allow.has(det.normalize ? det.normalize(value) : value)) return;
    if (this.allowedByUser?.(value)) return;
    this.last = start;
    if (!keyword) {
      this.out.push({ detector: det, type, start, end, confidence });
      return;
    }
    let m: Match = { detector: det, type, start, end, confidence, keyword };
    if (evidence) {
      if (evidence.keywordDistance !== undefined) m = { ...m, keywordDistance: evidence.keywordDistance };
      if (evidence.label !== undefined) m = { ...m, label: evidence.label };
    } else if (keyword === this.cand.labelKeyword) {
      this.labelHit ??= this.cand.labels?.find((l) => this.labelKeywordOf(c, [l]) !== undefined);
      if (this.labelHit !== undefined) m = { ...m, label: this.labelHit };
    } else {
      const d = keywordDistance(this.cand.text, start, end, keyword, c.distance);
      if (d !== undefined) m = { ...m, keywordDistance: d };
    }
    this.out.push(m);
  }
}

/**
 * The context of one candidate match, reused for all candidates of one detector in one text (reset
 * for each): its keyword is searched for once, and only when something asks.
 */
class Candidate implements MatchContext {
  text = '';
  start = 0;
  end = 0;
  labels: readonly string[] | undefined;
  /** The keyword this detector found in the text's labels (column header, JSON path), if any. */
  labelKeyword: string | undefined;
  private kwDone = false;
  private keyword: string | undefined;

  constructor(
    readonly minConfidence: Confidence,
    private readonly c: Compiled,
  ) {}

  /** A new text (its labels, and the keyword they hold for this detector, if any). */
  begin(text: string, labels: readonly string[] | undefined, labelKeyword: string | undefined): void {
    this.text = text;
    this.labels = labels;
    this.labelKeyword = labelKeyword;
  }

  reset(start: number, end: number): void {
    this.start = start;
    this.end = end;
    this.kwDone = this.labelKeyword !== undefined || !this.c.keywords;
    this.keyword = this.labelKeyword;
  }

  /** The detector's keyword near the candidate (or in its labels), or undefined. */
  findKeyword(): string | undefined {
    if (!this.kwDone) {
      this.kwDone = true;
      this.keyword = this.c.keywords!.near(this.text, this.start, this.end, this.c.distance);
    }
    return this.keyword;
  }

  get hasKeyword(): boolean {
    return !!this.findKeyword();
  }
}

/**
 * Calls `each` with the detector's spans in `text` (offset by `offset`), in order. The scan stops once
 * spans start at or after `stopAt` (in text coordinates + offset): nothing there is reported.
 */
function spans(c: Compiled, text: string, offset: number, stopAt: number, each: (start: number, end: number) => void): void {
  const det = c.det;
  if (det.find) {
    // Spans come in order: past `stopAt` the generator is left (and stops searching).
    for (const s of det.find(text)) {
      if (s.start + offset >= stopAt) break;
      each(s.start + offset, s.end + offset);
    }
    return;
  }
  const re = c.re!;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const len = m[0].length;
    if (len === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index + offset;
    if (start >= stopAt) break;
    each(start, start + len);
  }
  re.lastIndex = 0;
}

/**
 * Characters between a keyword found by `near` (its exact text) and the value [start, end): 0 when
 * they touch or overlap. The nearest occurrence within `distance` on either side counts.
 */
function keywordDistance(text: string, start: number, end: number, keyword: string, distance: number): number | undefined {
  const from = Math.max(0, start - distance - keyword.length);
  const window = text.slice(from, Math.min(text.length, end + distance + keyword.length));
  let best: number | undefined;
  for (let i = window.indexOf(keyword); i !== -1; i = window.indexOf(keyword, i + 1)) {
    const s = from + i;
    const e = s + keyword.length;
    const d = e <= start ? start - e : s >= end ? s - end : 0;
    if (d <= distance && (best === undefined || d < best)) best = d;
  }
  return best;
}

/**
 * Sorts by start and drops a match that lies inside a longer match of another detector. Matches of
 * custom data identifiers are never dropped and never drop others: Macie reports them beside the
 * managed identifiers' findings. Of one value matched by several one-country detectors, the named
 * country's stays ({@link namedCountryWins}).
 */
function dropContained(matches: Match[], text: string, labels?: readonly string[]): Match[] {
  if (matches.length < 2) return matches;
  if (matches.some((m) => m.detector.category === 'CUSTOM_IDENTIFIER')) {
    const custom = matches.filter((m) => m.detector.category === 'CUSTOM_IDENTIFIER');
    const rest = dropContained(matches.filter((m) => m.detector.category !== 'CUSTOM_IDENTIFIER'), text, labels);
    return [...rest, ...custom].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  let cover: Match | undefined;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (cover && m.end <= cover.end && m.detector !== cover.detector && (m.end - m.start) < (cover.end - cover.start)) continue;
    const next = matches[i + 1];
    if (next && next.start === m.start && next.end === m.end && next.detector !== m.detector) {
      // The same value claimed by several detectors (a 9-digit passport number: US and UK).
      let j = i + 1;
      while (j < matches.length && matches[j]!.start === m.start && matches[j]!.end === m.end) j++;
      const same = namedCountryWins(matches.slice(i, j), text, labels);
      out.push(...same);
      if (!cover || m.end > cover.end) cover = same[0]!;
      i = j - 1;
      continue;
    }
    out.push(m);
    if (!cover || m.end > cover.end) cover = m;
  }
  return out;
}

/**
 * Of matches of one value by detectors of one country each ("UK passport number 123456789": UK and
 * US passport), the ones for the country named just before the value, or else in its column header or
 * JSON path ("UK Passport", "british_passport"); all of them when none is named or the named one is not
 * among them (the value fits both: both are reported, as Macie would).
 */
function namedCountryWins(same: Match[], text: string, labels?: readonly string[]): Match[] {
  if (!same.every((m) => m.detector.countries?.length === 1)) return same;
  // The name ends within 30 characters of the value (as a keyword would): "British Columbia driver's licence".
  const before = text.slice(Math.max(0, same[0]!.start - DEFAULT_DISTANCE - 32), same[0]!.start);
  const mention = countryMentionIn(before);
  let named = mention && before.length - mention.end <= DEFAULT_DISTANCE ? mention.country : undefined;
  for (const label of labels ?? []) named ??= countryNamedIn(label);
  const kept = named ? same.filter((m) => m.detector.countries![0] === named) : [];
  return kept.length ? kept : same;
}
