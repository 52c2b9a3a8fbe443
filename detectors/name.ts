import { defineDetector } from '../src/define.js';
import type { Span } from '../src/types.js';
import { wordLists, type WordLists } from './data/word-lists.js';

/**
 * Full names (Macie: "full names only, Latin character sets only"). Macie uses a model; this is a
 * scored rule set over runs of capitalised words:
 *   - a run of 2–4 Title-case words (plus initials "J." and particles "van", "de", …) on one line,
 *     separated by single spaces, not glued to identifiers (dots, slashes, @, _ …);
 *   - a common English word (SCOWL sizes 10–35) that is not also a known name splits the run, and so do
 *     street types, company suffixes, weekdays and place words ("Main Street", "Acme Inc", "San Jose");
 *   - the first word scores by the given-name list, the last by the surname/people list or surname
 *     endings (-son, -ez, -ski, -ová, …); initials, titles (Mr., Dr.) and cues ("Name:", "Dear",
 *     "signed by") add to the score; a candidate below the threshold is dropped.
 * Single names are not reported, lower-case names only after "name is" / "name:" (lowerCaseNames).
 * Scans once, word by word: linear time.
 */

const load = wordLists;

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'madam', 'mme', 'mlle', 'herr', 'frau', 'sr', 'sra', 'srta', 'sig', 'sgr']);
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'y', 'zu']);
/** Capitalised words that end a name run: street types, company forms, places, weekdays, roles. */
const STOP = new Set(
  (
    'street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl terrace circle parkway pkwy highway hwy square sq ' +
    'close crescent gardens grove mews row walk alley trail plaza route rte ' +
    'rua rue via viale vicolo corso piazza piazzale strada calle avenida avda av carrer camino paseo plaza praça largo travessa estrada ' +
    'chemin allée impasse quai cours straße strasse str gasse weg platz ulica ul cite ' +
    'bridge point points pass prairie harbor harbour heights village springs falls beach creek ridge valley island islands vue view wharf quay ' +
    'pier dock landing crossing junction station airport mall center centre tower towers ' +
    'inc llc ltd plc corp co gmbh ag sa sas sarl srl spa bv nv oy ab kg ohg ug limited company corporation group holdings partners ' +
    'university college school institute hospital clinic bank foundation association society church ' +
    'san santa santo sao são los las fort ft saint mount mt port lake new north south east west upper lower ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    // company names: "Civis Analytics", "Arpin Van Lines", "Acme Technologies"
    'analytics technologies technology systems solutions software labs consulting services networks logistics ventures ' +
    'brothers bros industries enterprises associates airlines motors pharmaceuticals therapeutics biosciences insurance capital ' +
    'media studios lines ' +
    // typefaces: "Bitstream Vera Serif", "Goudy Pro Font", "Century Schoolbook"
    'font fonts serif sans mono monospace italic oblique schoolbook typewriter condensed'
  ).split(' '),
);
/**
 * German function words that the name lists also hold ("Eine", "Nur", "Bei"): German capitalises nouns,
 * so "Eine Klasse" or "Nur Zeichenfolgen" (localised messages) would read as names. They count as the
 * most common English words do ("My", "Will"): a name only with a title or other evidence.
 */
const GERMAN_FUNCTION_WORDS = new Set(
  ('der die das den dem des ein eine einer eines einem einen und oder aber nicht nur bei mit von vom zum zur für auf aus ' +
    'nach über unter vor um als wie wenn dann wird ist sind kann muss soll diese dieser dieses alle jede jeder kein keine ' +
    'ihr ihre sie wir ich du er es man noch schon auch sehr mehr im am ins beim bis seit dass ob weil da hier dort nie wo ' +
    'wer was').split(' '),
);
/** Words that may follow a name but end it: suffixes and unit words of an address line. */
const END = new Set('jr sr ii iii iv phd md dds esq apt apartment suite unit floor building box po'.split(' '));
/** Surname endings common across European naming traditions. */
const SURNAME_ENDING =
  /(?:son|sen|sson|dottir|dóttir|ová|ova|ski|ska|sky|skyi|cki|cka|wicz|vić|vic|ić|ic|ez|es|ini|elli|etti|ucci|ov|ev|in|ina|enko|uk|chuk|yan|ian|oglu|oğlu|escu|berg|stein|mann|man|sch|ner|ler|ley|ton|ford|ham|ell|ett|ard|aux|eau|ieu|ault|ais|ois|eiro|eira|ado|ida|oto|ato|ura|awa|ita|ama|ashi|uchi|moto|kawa|nen|la|lä|inen|aho|oja|nik|ak|ek|as|is|us|os)$/;

const STRONG_CUE =
  /(?:\bname[d]?|\bnamed|\buser|\bdear|\bhi|\bhello|\bhey|\bi am|\bi'm|\bthis is|\bsigned(?: by)?|\bregards|\bsincerely|\bthanks|\bthank you|\bcontact|\bcustomer|\bpatient|\bemployee|\bclient|\bapplicant|\bauthor|\bholder|\bmember|\bsender|\brecipient|\bto|\bfrom|\battn|\bc\/o)\s*(?:is|was|:|=|-|\?)?\s*["'(\[]?\s*$/i;
const WEAK_CUE = /(?:\bby|\bwith|\badd|\bunder|\bheard|\bproducer|\bplayer|\band|\bcc|\bmet|\bmeet|\bask|\basked|\btold|\bcall|\bcalled|\breach|\bping|\bnotify|\bassigned to|\bapproved by|\bemail|\bphone|\bmarried|\bson of|\bdaughter of|\bwife|\bhusband|\bfriend|\bsays|\bsaid)\s*[:,]?\s*$/i;
const AFTER_CUE = /^(?:'s\b|,? (?:said|says|wrote|writes|lives|lived|works|worked|was born|is a|joined|called|asked|replied|signed|\(born|will be|listed|explained|announced)|,? (?:from|of) [A-Z])/;

const enum K {
  /** A known name that is not a common word. */
  Name,
  /** A known name that is also a common English word ("Will", "Grace", "Young"). */
  Ambiguous,
  /** Title-case word in no list. */
  Unknown,
  /** Initial: "J" or "J.". */
  Initial,
  /** Lower-case particle inside a name ("van", "de"). */
  Particle,
  /** Mr, Dr, … */
  Title,
  /** Splits a run: common word, stop word. */
  Break,
}

interface Tok {
  start: number;
  end: number;
  kind: K;
  word: string;
  given: boolean;
  people: boolean;
  /** One of the most common English words ("My", "Will", "May"). */
  top: boolean;
  accented: boolean;
}

/**
 * Length of the letter at i (0 = none). Byte strings: ASCII letters and UTF-8 sequences of Latin
 * letters (lead bytes C3–C9: U+00C0–U+024F; E1 B8–BB: U+1E00–U+1EFF). Decoded strings: Latin letters.
 */
function letterLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c < 0xc0) return 0;
  const d = text.charCodeAt(i + 1);
  const cont = d >= 0x80 && d <= 0xbf;
  if (c <= 0xff) {
    if (!cont) return c === 0xd7 || c === 0xf7 ? 0 : 1; // a decoded Latin-1 letter
    if (c >= 0xc3 && c <= 0xc9) return c === 0xc3 && (d === 0x97 || d === 0xb7) ? 0 : 2;
    if (c === 0xe1 && d >= 0xb8 && d <= 0xbb) {
      const e = text.charCodeAt(i + 2);
      return e >= 0x80 && e <= 0xbf ? 3 : 0;
    }
    return 0;
  }
  return (c >= 0x100 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) ? 1 : 0;
}
/** Characters that glue a word to an identifier, path, e-mail, number… (no name starts or ends there). */
function isGlue(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || c === 95 || c === 64 || c === 47 || c === 92 || c === 35 || c === 36 || c === 37 || c === 38 ||
    c === 43 || c === 126 || c === 42 || c === 94 || c === 96 || c === 124 || c === 123 || c === 125
  );
}

function decode(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      if (/[^\x00-\xff]/.test(s)) return s; // already decoded
      const d = Buffer.from(s, 'latin1').toString('utf8');
      return d.includes('\ufffd') ? s : d;
    }
  }
  return s;
}

/** Title case: an upper-case letter, then lower case; Mc/Mac/O'/hyphenated parts may restart with a capital. */
function isTitleCase(w: string): boolean {
  const first = w[0]!;
  if (first === first.toLowerCase()) return false;
  let prevSep = false;
  for (let i = 1; i < w.length; i++) {
    const ch = w[i]!;
    if (ch === "'" || ch === '-' || ch === '’') {
      prevSep = true;
      continue;
    }
    const upper = ch !== ch.toLowerCase();
    if (upper && !prevSep && !((i === 2 && w.startsWith('Mc')) || (i === 3 && w.startsWith('Mac') && w.length > 5))) return false;
    prevSep = false;
  }
  return w.length >= 2;
}

function classify(raw: string, L: WordLists): Omit<Tok, 'start' | 'end'> {
  const word = decode(raw);
  const lower = word.toLowerCase();
  const base = { word, given: false, people: false, top: false, accented: word !== raw || /[^\x00-\x7f]/.test(word) };
  if (word.length === 1) return { ...base, kind: word !== lower ? K.Initial : PARTICLES.has(lower) ? K.Particle : K.Break };
  if (PARTICLES.has(lower)) return { ...base, kind: K.Particle };
  if (word === lower) return { ...base, kind: K.Break };
  if (TITLES.has(lower)) return { ...base, kind: K.Title };
  if (!isTitleCase(word) || STOP.has(lower) || END.has(lower)) return { ...base, kind: K.Break };
  const given = L.given.has(word);
  const people = given || L.people.has(word);
  const german = GERMAN_FUNCTION_WORDS.has(lower);
  const common = german || L.common.has(lower);
  if (people) return { ...base, given, people, top: german || L.top.has(lower), kind: common ? K.Ambiguous : K.Name };
  return { ...base, kind: common ? K.Break : K.Unknown };
}

const SCORE_THRESHOLD = 3.5;
/** Companies and places named like people. */
const KNOWN_ORGS = new Set(
  ['hong kong', 'morgan stanley', 'berkshire hathaway', 'reed elsevier', 'goldman sachs', 'wells fargo', 'merrill lynch', 'charles schwab', 'lehman brothers',
    'dow jones', 'hewlett packard', 'rolls royce', 'harley davidson', 'marks spencer', 'procter gamble', 'ernst young', 'arthur andersen',
    'smith barney', 'dean witter', 'booz allen', 'baker mckenzie', 'jones day', 'latham watkins', 'kirkland ellis', 'allen overy',
    'clifford chance', 'sherwin williams', 'eli lilly', 'warner bros', 'estee lauder', 'johnson johnson'],
);
/** After a city line of an address block, on the next line or after a comma: a region code line, or a country/region and a postal code (not a year: "Jim Ingham\nCopyright 1997"). */
const ADDRESS_NEXT = /^[ \t]*(?:\r?\n[ \t]*,?|,)[ \t]*(?:[A-Z]{2}[ \t]*(?:\r?\n|[ \t]\d{4,6}\b)|[A-Z][a-z]+(?: [A-Z][a-z]+)?[ \t]+(?!(?:19|20)\d\d\b)\d{4,6}\b)/;
/** Particles that also start place names ("Soto del Barco", "Quinta de São Tiago"). */
const PLACE_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'della', 'di', 'la', 'le', 'du', 'el', 'al']);

function score(toks: Tok[], text: string, titled: boolean): number {
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  let s = 0;
  if (first.given) s += first.kind === K.Name ? 3 : first.top ? 0.5 : 1.5;
  else if (first.people) s += first.kind === K.Name ? 2 : 0.5;
  else s += first.accented ? 1.5 : 1;
  if (last.people && !last.given) s += last.kind === K.Name ? 2 : 1;
  else if (last.given) s += last.top ? 0.5 : 1;
  else s += Math.min(2, (SURNAME_ENDING.test(last.word.toLowerCase()) ? 1.5 : 0.5) + (last.accented ? 1 : 0));
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (t.kind === K.Initial) s += 1.5;
    else if (t.kind === K.Name) s += 1; // a known middle name: "Einar Otto Stangvik"
  }
  // Spanish/Portuguese/French place names carry the same particles: then the first word must be a given name.
  if (toks.some((t) => t.kind === K.Particle && PLACE_PARTICLES.has(t.word.toLowerCase())) && !(first.given && first.kind === K.Name)) s -= 3;
  // Up to 24 characters before the name, on its line (bounded: no scan back to the line start).
  const lo = Math.max(0, first.start - 24);
  const back = text.slice(lo, first.start);
  const nl = back.lastIndexOf('\n');
  const before = nl >= 0 ? back.slice(nl + 1) : back;
  const lineStartSeen = nl >= 0 || lo === 0;
  // House numbers: "5850 Jana Nerudy 894", "Hoge Wei 32 St.": a street, not a person.
  if (/\d\s*$/.test(before) || /^ \d{1,5}(?!\d|[-.\/]\d)/.test(text.slice(last.end, last.end + 8))) return 0;
  if (/\bthe $/i.test(before)) s -= 2; // "the Czech Border Force", "The Acme Group"
  if (/\b(?:grew up|born|based|located|raised|lives|lived|living) in $/i.test(before)) s -= 3; // "grew up in Shelly Park"
  if (KNOWN_ORGS.has(text.slice(first.start, last.end).toLowerCase())) return 0;
  if (titled) s += 3;
  else if (STRONG_CUE.test(before)) s += 3;
  else if (WEAK_CUE.test(before)) s += 1;
  else if (/[a-z,;] $/.test(before)) s += 0.5; // mid-sentence: the capitals say something
  const after = text.slice(last.end, last.end + 24);
  // The city line of an address block: "Porto Alegre\n, RS\n Brazil 95828", "María Albina\n Uruguay 77212".
  if (ADDRESS_NEXT.test(after)) return 0;
  // Only the most common English words ("Learn More", "Read More"): a name only with a title.
  if (!titled && toks.every((t) => t.kind !== K.Name && t.kind !== K.Unknown && (t.top || t.kind !== K.Ambiguous))) return 0;
  if (AFTER_CUE.test(after)) s += 1.5;
  // Alone on its line (signature, address block, contact card) or the whole of a CSV/TSV cell or JSON string.
  if (lineStartSeen && /^[\s>?*#|-]*$/.test(before) && /^[ \t]*(?:\r?\n|$)/.test(after)) s += 1;
  else if ((/(?:^|[,\t|])$/.test(before) && /^(?:[,\t|]|\r?\n|$)/.test(after)) || (/"$/.test(before) && /^"/.test(after))) s += 1;
  return s;
}

/**
 * The name in a break-free stretch of words: the whole stretch, or without a leading word that is
 * also a common word ("Call Anna Patel", "Will John Smith"), whichever scores; undefined when none does.
 */
function pick(words: Tok[], text: string, titled: boolean): Span | undefined {
  const options = [words];
  if (words.length > 2 && words[0]!.kind === K.Ambiguous && words[1]!.kind !== K.Particle) options.unshift(words.slice(1));
  for (const w of options) {
    const full = w.filter((t) => t.kind !== K.Particle && t.kind !== K.Initial);
    if (full.length < 2 || full.length > 4 || w[0]!.kind === K.Initial) continue;
    if (score(w, text, titled && w === words) >= SCORE_THRESHOLD) return { start: w[0]!.start, end: w[w.length - 1]!.end };
  }
  return undefined;
}

/** Candidates inside one run of adjacent tokens: split at breaks, keep 2–4 name words. */
function* evaluate(run: Tok[], text: string): Iterable<Span> {
  let i = 0;
  while (i < run.length) {
    const titled = i > 0 && run[i - 1]!.kind === K.Title;
    let j = i;
    while (j < run.length && run[j]!.kind !== K.Break && run[j]!.kind !== K.Title) j++;
    // run[i, j) has no breaks; trim particles and initials at the edges (keep "J. R. Smith" → "R. Smith"? no: an initial may lead).
    let a = i;
    let b = j;
    while (a < b && run[a]!.kind === K.Particle) a++;
    while (b > a && (run[b - 1]!.kind === K.Particle || run[b - 1]!.kind === K.Initial)) b--;
    const followedByStop = j < run.length && STOP.has(run[j]!.word.toLowerCase());
    const afterStop = i > 0 && run[i - 1]!.kind === K.Break && STOP.has(run[i - 1]!.word.toLowerCase()); // "São Paulo"
    if (!followedByStop && !afterStop) {
      const best = pick(run.slice(a, b), text, titled && a === i);
      if (best) yield best;
    }
    i = j === i ? i + 1 : j;
  }
}

/** Classified words, reused across calls (logs repeat the same capitalised words); bounded. */
const seen = new Map<string, Omit<Tok, 'start' | 'end'>>();

/**
 * Where a run of name words may start: a capitalised word (ASCII capitals, UTF-8 lead bytes, decoded
 * Latin letters; inner ' and -, a trailing dot for "J." and "Mr.") followed by one space and a letter.
 * A capital word without that ends its run at once and a run of one word is no name, so the scan
 * jumps over those (most capitalised words in logs and prose) instead of classifying each. Not inside
 * a word (the loop skips those places too), and bounded: a word longer than 40 characters is no name
 * word, and an unbounded run would make the search quadratic on a long run of letters. The "not inside
 * a word" lookbehind comes after the first letter: irregexp then skips to the next capital before
 * looking back (a leading lookbehind is tried at every position: 1.7x slower).
 */
const NEXT_CAPITAL = /[A-Z\xc0-\xff\u0100-\u024f\u1e00-\u1eff](?<=(?<![A-Za-z0-9_\x80-\xbf]).)[A-Za-z\x80-\xff\u0100-\u024f\u1e00-\u1eff'-]{0,48}\.? [A-Za-z\xc0-\xff\u0100-\u024f\u1e00-\u1eff]/g;

/**
 * "my name is lena andersson", "name: hyuuma t. maida": right after "name is", "name's", "name:" or
 * "name =", a name written in lower case (chat, support tickets). Elsewhere two lower-case words that
 * happen to be names are far more often not a person, so this needs the cue, a known name first that
 * is not one of the most common English words ("will") or a German function word, and last a word that
 * is no English word and a known surname or ends like one ("jerković", "andersson"); an initial or a
 * known name may stand between. 2–3 words.
 */
const NAME_CUE = /(?<![A-Za-z0-9])name(?:'s| is|[ \t]*[:=])[ \t]*["']?(?=[a-z\xc0-\xff])/gi;
const LOWER_WORD = /^([a-z\xc0-\xff][a-z\x80-\xff'-]*)(?:[ \t]+|(?=[^a-z\x80-\xff'-]|$))/;

function lowerCaseNames(text: string): Span[] {
  const out: Span[] = [];
  NAME_CUE.lastIndex = 0;
  for (let m = NAME_CUE.exec(text); m; m = NAME_CUE.exec(text)) {
    const L = wordLists();
    const start = m.index + m[0].length;
    const words: Array<{ word: string; end: number }> = [];
    let i = start;
    while (words.length < 4) {
      const w = LOWER_WORD.exec(text.slice(i, i + 60));
      if (!w) break;
      let end = i + w[1]!.length;
      if (w[1]!.length === 1 && text[end] === '.') end++; // an initial "t."
      words.push({ word: decode(w[1]!), end });
      i = end;
      while (text[i] === ' ' || text[i] === '\t') i++;
    }
    const isInitial = (w: string) => w.length === 1;
    const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    const known = (w: string) => L.given.has(cap(w)) || L.people.has(cap(w));
    const notWord = (w: string) => !GERMAN_FUNCTION_WORDS.has(w) && !STOP.has(w) && !END.has(w);
    // The longest 2–3 word reading that holds: a known name that is not one of the most common words
    // ("will"), an optional initial or known name, and a surname that is no English word.
    for (let n = Math.min(3, words.length); n >= 2; n--) {
      const ws = words.slice(0, n).map((w) => w.word);
      const first = ws[0]!;
      const last = ws[n - 1]!;
      if (isInitial(first) || isInitial(last) || !known(first) || L.top.has(first) || !notWord(first)) continue;
      if (L.common.has(last) || !notWord(last) || !(L.people.has(cap(last)) || SURNAME_ENDING.test(last))) continue;
      if (n === 3 && !isInitial(ws[1]!) && !known(ws[1]!)) continue;
      out.push({ start, end: words[n - 1]!.end });
      break;
    }
  }
  return out;
}

/** Spans of both kinds, in order. */
function* find(text: string): Iterable<Span> {
  const lower = lowerCaseNames(text);
  let k = 0;
  for (const s of findCapitalised(text)) {
    while (k < lower.length && lower[k]!.start < s.start) yield lower[k++]!;
    yield s;
  }
  while (k < lower.length) yield lower[k++]!;
}

function* findCapitalised(text: string): Iterable<Span> {
  let L: WordLists | undefined; // loaded at the first capitalised word, not before
  const n = text.length;
  const nextCapital = new RegExp(NEXT_CAPITAL.source, 'g');
  let run: Tok[] = [];
  let i = 0;
  while (i < n) {
    if (run.length === 0) {
      // Nothing pending: jump to the next capital that starts a word.
      nextCapital.lastIndex = i;
      const m = nextCapital.exec(text);
      if (!m) break;
      i = m.index;
      const p = i > 0 ? text.charCodeAt(i - 1) : 32;
      if ((p >= 97 && p <= 122) || (p >= 65 && p <= 90) || (p >= 48 && p <= 57) || p === 95 || (p >= 0x80 && p <= 0xbf)) {
        i++; // inside a word ("getName", "macOS", "123Main")
        continue;
      }
    }
    let len = letterLen(text, i);
    if (!len) {
      i++;
      continue;
    }
    // A word: letters, with inner apostrophes and hyphens ("O'Brien", "Jean-Luc").
    const start = i;
    let j = i + len;
    for (;;) {
      len = letterLen(text, j);
      if (len) {
        j += len;
        continue;
      }
      const s = text.charCodeAt(j);
      const after = text.charCodeAt(j + 1);
      // "O'Brien", "Jean-Luc" go on; "I'm", "John's", "don't" stop before the apostrophe.
      if ((s === 45 || (s === 39 && !(after >= 97 && after <= 122))) && letterLen(text, j + 1)) {
        j += 1;
        continue;
      }
      break;
    }
    i = j;
    const prev = start > 0 ? text.charCodeAt(start - 1) : 32;
    const next = text.charCodeAt(j);
    // "foo.Bar", "x_Name", "John.Smith@", "Smith2", "/Users/John": not words of prose.
    const glued =
      isGlue(prev) || isGlue(next) || ((prev === 46 || prev === 45) && start > 1 && text.charCodeAt(start - 2) !== 32) ||
      ((next === 46 || next === 45) && j + 1 < n && (letterLen(text, j + 1) > 0 || isGlue(text.charCodeAt(j + 1))));
    const contiguous = run.length > 0 && start === run[run.length - 1]!.end + 1 && prev === 32;
    if ((!contiguous || glued || j - start > 40) && run.length) {
      if (run.length >= 2) yield* evaluate(run, text);
      run = [];
    }
    if (glued || j - start > 40) continue;
    const c0 = text.charCodeAt(start);
    if (!((c0 >= 65 && c0 <= 90) || c0 >= 0xc0)) {
      // A lower-case word: only a particle can continue a run.
      if (run.length && PARTICLES.has(text.slice(start, j))) run.push({ start, end: j, kind: K.Particle, word: text.slice(start, j), given: false, people: false, top: false, accented: false });
      else if (run.length) {
        if (run.length >= 2) yield* evaluate(run, text);
        run = [];
      }
      continue;
    }
    const c1 = text.charCodeAt(start + 1);
    let tok: Tok;
    if (c0 <= 90 && c1 >= 65 && c1 <= 90) {
      // Capitals ("INFO", "GET", "NSW"): never part of a name, but a stop word still ends one.
      tok = { start, end: j, kind: K.Break, word: text.slice(start, j), given: false, people: false, top: false, accented: false };
      if (run.length === 0 && !STOP.has(tok.word.toLowerCase())) continue;
    } else {
      const raw = text.slice(start, j);
      let k = seen.get(raw);
      if (!k) {
        if (seen.size >= 20000) seen.clear();
        k = classify(raw, (L ??= load()));
        seen.set(raw, k);
      }
      tok = { start, end: j, ...k };
      if (run.length === 0 && tok.kind === K.Break && !STOP.has(tok.word.toLowerCase())) continue;
    }
    // "J." and "Mr." keep their dot.
    if ((tok.kind === K.Initial || tok.kind === K.Title) && next === 46) {
      tok.end = j + 1;
      i = j + 1;
    }
    run.push(tok);
    if (text.charCodeAt(tok.end) !== 32) {
      if (run.length >= 2) yield* evaluate(run, text);
      run = [];
    }
  }
  if (run.length >= 2) yield* evaluate(run, text);
}

export default defineDetector({
  id: 'name',
  type: 'NAME',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  description: 'Full name (first and last, Latin script): name lists, capitalisation, context and stop-lists',
  validation: 'given-name and surname lists, English-word stop-list, context score',
  find,
  maxLength: 160,
  confidence: 'medium',
  // The GNU GPL's example signatures, in every copy of the licence.
  allow: ['Ty Coon', 'James Hacker'],
  examples: {
    match: ['John Smith', 'Elizabeth Hanson', 'Maria T. Lopez', 'Carlos Mendoza', 'Siobhan O\'Connor'],
    // in lower case only right after "name is" / "name:" (see lowerCaseNames); checked in test/detectors/name.test.ts
    noMatch: [
      'Service Unavailable: the Request Timeout was hit',
      'ship to 42 Jackson Street, Springfield, IL 62704',
      'import { UserProfile } from "./John.Smith.js"; // JohnSmith',
      'Welcome to San Jose and Santa Clara this Monday',
      'Best Regards, Customer Support Team',
      'Read the Docs to Learn More',
      'Eine Klasse, Eine Zuweisung, Nur Zeichenfolgen',
      'Flights to Hong Kong and Paris',
      'Copyright 1995 by Lehman Brothers and Morgan Stanley',
      '<signature of Ty Coon>, 1 April 1989 Ty Coon, President of Vice',
      'font-family: "Bitstream Vera Serif", "Goudy Pro Font", Century Schoolbook',
    ],
  },
});
