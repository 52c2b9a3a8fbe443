/**
 * Text in, matches out: prefilter → pattern or find → keyword rule → validate → classify → allow lists.
 * Knows nothing of files; `scan-file.ts` feeds it chunks and turns matches into findings.
 */
import { compileAllow } from './allow.js';
import { compileKeywords, type KeywordMatcher } from './keywords.js';
import type { Confidence, Detector, Evidence, Match, MatchContext, SegmentContext, Span } from './types.js';

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
  /** Required keyword and nothing kept without one: look near keywords only. */
  readonly keywordFirst: boolean;
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

export function createEngine(detectors: readonly Detector[], options: EngineOptions = {}): Engine {
  const minRank = RANK[options.minConfidence ?? 'medium'];
  const allowedByUser = compileAllow(options.allowValues ?? [], options.allowPatterns ?? []);

  const compiled: Compiled[] = detectors.map((det) => {
    const kw = det.keywords;
    return {
      det,
      keywords: kw ? compileKeywords(kw.words) : undefined,
      distance: kw?.distance ?? DEFAULT_DISTANCE,
      maxLength: det.maxLength ?? DEFAULT_MAX_LENGTH,
      allow: new Set(det.allow ?? []),
      keywordFirst: !!kw?.required && !kw.unkeyedConfidence,
    };
  });
  const overlap =
    Math.max(0, ...compiled.map((c) => c.maxLength + c.distance + (c.keywords?.maxLength ?? 0))) + 64;

  function* candidates(c: Compiled, text: string, from: number, to: number, keywordsOnly: boolean): Iterable<Span> {
    if (!keywordsOnly) {
      yield* spansIn(c.det, text, 0);
      return;
    }
    // Look only around keyword hits: merged windows wide enough for any value within distance.
    const reach = c.distance + c.maxLength + 8;
    const hits = c.keywords!.hits(text, Math.max(0, from - reach), Math.min(text.length, to + reach));
    let winStart = -1;
    let winEnd = -1;
    const windows: Array<[number, number]> = [];
    for (const [s, e] of hits) {
      const ws = Math.max(0, s - reach);
      const we = Math.min(text.length, e + reach);
      if (ws <= winEnd) winEnd = Math.max(winEnd, we);
      else {
        if (winEnd > winStart) windows.push([winStart, winEnd]);
        winStart = ws;
        winEnd = we;
      }
    }
    if (winEnd > winStart) windows.push([winStart, winEnd]);
    for (const [ws, we] of windows) yield* spansIn(c.det, text.slice(ws, we), ws);
  }

  function detect(text: string, from = 0, to = text.length, segment?: SegmentContext): Match[] {
    const out: Match[] = [];
    for (const c of compiled) {
      const det = c.det;
      if (det.prefilter && !det.prefilter.some((p) => text.includes(p))) continue;
      let labelKeyword: string | undefined;
      let labelHit: string | undefined;
      if (c.keywords && segment?.labels) {
        for (const label of segment.labels) {
          labelKeyword = c.keywords.inLabel(label);
          if (labelKeyword) {
            labelHit = label;
            break;
          }
        }
      }
      const kwRule = det.keywords;
      let last = -1;
      for (const span of candidates(c, text, from, to, c.keywordFirst && !labelKeyword)) {
        const { start, end } = span;
        if (start < from || start >= to || start <= last) continue;
        let keyword = labelKeyword ?? (c.keywords ? c.keywords.near(text, start, end, c.distance) : undefined);
        let confidence: Confidence = det.confidence ?? 'high';
        if (kwRule?.required && !keyword) {
          if (!kwRule.unkeyedConfidence) continue;
          confidence = kwRule.unkeyedConfidence;
        } else if (keyword) confidence = 'high';
        if (RANK[confidence] < minRank) continue;
        const value = text.slice(start, end);
        const ctx: MatchContext = { hasKeyword: !!keyword, text, start, end, ...(segment?.labels ? { labels: segment.labels } : {}) };
        let evidence: Evidence | undefined;
        if (det.validate) {
          const verdict = det.validate(value, ctx);
          if (!verdict) continue;
          if (typeof verdict === 'object') {
            // The detector applied its own keyword rule (custom identifiers): its evidence is the match's.
            evidence = verdict;
            keyword = verdict.keyword;
            confidence = verdict.confidence ?? 'high';
            if (RANK[confidence] < minRank) continue;
          } else if (verdict !== true) {
            confidence = verdict;
            if (RANK[confidence] < minRank) continue;
          }
        }
        const type = det.classify
          ? det.classify(value, ctx)
          : !keyword && kwRule?.unkeyedType
            ? kwRule.unkeyedType
            : det.type;
        if (!type) continue;
        if (c.allow.size && c.allow.has(det.normalize ? det.normalize(value) : value)) continue;
        if (allowedByUser?.(value)) continue;
        last = start;
        if (!keyword) {
          out.push({ detector: det, type, start, end, confidence });
          continue;
        }
        let m: Match = { detector: det, type, start, end, confidence, keyword };
        if (evidence) {
          if (evidence.keywordDistance !== undefined) m = { ...m, keywordDistance: evidence.keywordDistance };
          if (evidence.label !== undefined) m = { ...m, label: evidence.label };
        } else if (keyword === labelKeyword && labelHit !== undefined) {
          m = { ...m, label: labelHit };
        } else {
          const d = keywordDistance(text, start, end, keyword, c.distance);
          if (d !== undefined) m = { ...m, keywordDistance: d };
        }
        out.push(m);
      }
    }
    return dropContained(out);
  }

  return { detectors, overlap, detect };
}

function* spansIn(det: Detector, text: string, offset: number): Iterable<Span> {
  if (det.find) {
    for (const s of det.find(text)) yield offset ? { start: s.start + offset, end: s.end + offset } : s;
    return;
  }
  const re = new RegExp(det.pattern!.source, det.pattern!.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield { start: m.index + offset, end: m.index + m[0].length + offset };
  }
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
 * managed identifiers' findings.
 */
function dropContained(matches: Match[]): Match[] {
  if (matches.length < 2) return matches;
  if (matches.some((m) => m.detector.category === 'CUSTOM_IDENTIFIER')) {
    const custom = matches.filter((m) => m.detector.category === 'CUSTOM_IDENTIFIER');
    const rest = dropContained(matches.filter((m) => m.detector.category !== 'CUSTOM_IDENTIFIER'));
    return [...rest, ...custom].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  let cover: Match | undefined;
  for (const m of matches) {
    if (cover && m.end <= cover.end && m.detector !== cover.detector && (m.end - m.start) < (cover.end - cover.start)) continue;
    out.push(m);
    if (!cover || m.end > cover.end) cover = m;
  }
  return out;
}
