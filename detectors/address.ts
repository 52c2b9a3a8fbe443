import { defineDetector } from '../src/define.js';
import type { Span } from '../src/types.js';
import { wordLists } from './data/word-lists.js';

/** Common English words (SCOWL 10–35), loaded on first use: "Room 5, 12345 Users" is not an address. */
function isEnglishWord(w: string): boolean {
  return wordLists().common.has(w.toLowerCase());
}

/**
 * A number-name-number street line needs a name in lower or Title case that is not an English word:
 * "3 Getting Started 12", "17 USC Section 115", "59 2042 GMT" are not streets.
 */
function hasStreetName(line: string): boolean {
  return line.split(/[^A-Za-z\x80-\xff]+/).some((w) => /(?:[a-z]|[\xc3-\xd4][\x80-\xbf]){3}/.test(w) && !isEnglishWord(w));
}

/**
 * Mailing addresses as Macie defines them: a street line plus a city/place and a postal code, for
 * the countries Macie covers (US, CA, UK, AU, FR, DE, IT, ES). Anchored on the postal code (with its
 * state/province where the country writes one), then the city and street line are parsed around it
 * inside a bounded window:
 *   US   123 Main St [Apt 4], Springfield, IL 62704[-1234]   (also PO Box, and APO/FPO/DPO military)
 *   CA   350 Bay Street, Suite 700, Toronto, ON M5H 2S6
 *   AU   10 Smith Street, Parramatta NSW 2150
 *   UK   10 Downing Street, London SW1A 2AA
 *   FR   12 rue de la Paix, 75002 Paris       DE   Hauptstraße 5, 10115 Berlin
 *   IT   Via Roma 10, 00184 Roma              ES   Calle Mayor 5, 28013 Madrid
 * Separators may be commas, spaces or line breaks. Every step is a bounded regex over a bounded
 * window around an anchor, so the scan is linear in the text.
 */

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP';
const US_STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico';
const CA_PROVINCES = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';
const AU_STATES = 'NSW|VIC|QLD|SA|WA|TAS|ACT|NT';
/** Canadian postal code: no D, F, I, O, Q, U; no W or Z in first position. */
const CA_POSTCODE = '[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ -]?\\d[ABCEGHJ-NPRSTV-Z]\\d';
/** UK postcode (BS 7666 shapes): A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA. */
const UK_POSTCODE = '(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?[ ]?\\d[ABD-HJLNP-UW-Z]{2}|GIR[ ]?0AA)';

/** FR, DE, IT, ES by name, in English and their own language (UTF-8 bytes: "España" is "Espa\xc3\xb1a"). */
const EU_COUNTRIES = 'France|Germany|Deutschland|Italy|Italia|Spain|Espa\\xc3\\xb1a|Espa\\xf1a';

/**
 * Postal-code anchors. Groups: co (country name + that country's postal code, the last line of an
 * address block written in English order: "…, Mora de Rubielos, Spain 16200"), us (state + ZIP), mil (APO/FPO/DPO + AA/AE/AP + ZIP), ca (province +
 * postal code, or a bare postal code), au (state + 4 digits), uk (postcode), eu (5 digits + place).
 */
const ANCHOR = new RegExp(
  [
    `(?<co>(?:${EU_COUNTRIES})[ \\t]+\\d{5}|(?:United[ ]Kingdom|UK|Great[ ]Britain|England|Scotland|Wales|Northern[ ]Ireland)[ \\t]+${UK_POSTCODE}|Australia[ \\t]+\\d{4}|Canada[ \\t]+${CA_POSTCODE}|(?:USA|U\\.S\\.A\\.|United[ ]States(?:[ ]of[ ]America)?)[ \\t]+\\d{5}(?:-\\d{4})?)(?![\\w-])`,
    `(?<mil>(?:APO|FPO|DPO|apo|fpo|dpo)[ \\t]+(?:AA|AE|AP|aa|ae|ap)[ \\t]+\\d{5}(?:-\\d{4})?)(?![\\w-])`,
    `(?<us>(?:${US_STATES}|D\\.C|${US_STATE_NAMES})\\.?,?(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t>]*)\\d{5}(?:-\\d{4})?)(?![\\w-])`,
    `(?<ca>(?:(?:${CA_PROVINCES})\\.?,?[ \\t]+)?${CA_POSTCODE})(?![\\w-])`,
    `(?<au>(?:${AU_STATES}),?[ \\t]+\\d{4})(?![\\w-])`,
    `(?<uk>${UK_POSTCODE})(?![\\w-])`,
    `(?<eu>\\d{5})(?=[ \\t]+[A-Z\\xc0-\\xdf\\xc3])`,
  ]
    .map((alt) => `(?<![\\w.\\/-])${alt}`)
    .join('|'),
  'g',
);

/** A word of a street or place name: letters (UTF-8 bytes of accented letters too), dots, apostrophes. */
const W = "[A-Za-z0-9\\x80-\\xff][A-Za-z0-9\\x80-\\xff.'’-]{0,30}";
/** A capitalised word (street or place names in FR, DE, IT, ES). */
const CAP = "[A-Z\\xc0-\\xde\\xc3\\xc5][A-Za-z\\x80-\\xff.'’-]{1,30}";
const DIRECTION = '(?:[NSEW]|N[EW]|S[EW]|North|South|East|West|Northeast|Northwest|Southeast|Southwest)\\.?';
const STREET_TYPES =
  'Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Terr|Circle|Cir|Parkway|Pkwy|' +
  'Highway|Hwy|Square|Sq|Close|Crescent|Cres|Gardens|Gdns|Grove|Gr|Mews|Row|Walk|Trail|Trl|Plaza|Plz|Loop|Path|Pike|Alley|Aly|' +
  'Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Causeway|Cswy|Crossing|Xing|Point|Pt|Ridge|Rdg|Run|Pass|Hill|Hills|Heights|Hts|' +
  'Park|Green|Gate|Hollow|Landing|Bend|Cove|Glen|Meadow|Meadows|View|Vista|Esplanade|Parade|Pde|Quay|Wharf|Broadway|Embankment|Rise|Wynd|Hwy';
/**
 * Street line in English-speaking countries: house number, name, street type; or a PO box; or military.
 * `lazy` picks the first street type ("12 Park Way": "12 Park"), greedy the last ("12 Park Way").
 */
const streetEn = (lazy: boolean): RegExp => new RegExp(
  `(?<![\\w.\\/\\x80-\\xff-])(?:` +
    `\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,6}[A-Za-z]?)?,?[ \\t]+(?:${DIRECTION}[ \\t]+)?(?:${W}[ \\t]+){0,5}${lazy ? '?' : ''}(?:${STREET_TYPES})\\.?(?:[ \\t]+${DIRECTION})?` +
    `|(?:P\\.?[ ]?O\\.?[ ]?Box|Post[ ]Office[ ]Box|PO[ ]?Box|GPO[ ]Box|Locked[ ]Bag)[ \\t]+\\d{1,6}` +
    `|(?:PSC|CMR|Unit)[ \\t]+\\d{1,5},?[ \\t]+Box[ \\t]+\\d{1,5}` +
    `|(?:USS|USNS|USNV|USCGC)[ \\t]+${W}(?:[ \\t]+${W})?` +
    `)(?![A-Za-z0-9\\x80-\\xff])`,
  'gi',
);
const STREET_EN = [streetEn(true), streetEn(false)];
/** Words that start a unit line ("Suite 762"), not a street line. */
const UNIT_WORD = '(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Room|Rm|Bldg|Building|Flat|Level|Box)(?![A-Za-z])';
/**
 * A street line with no street type ("56539 Rua Cyro Schmutzer Franco 1213", "Vana-Viru 25"): only
 * accepted on a line of its own above the city line.
 */
const STREET_BARE = new RegExp(`(?<=^|\\n)[ \\t>]*(?!${UNIT_WORD})(?:\\d{1,6}[A-Za-z]?[ \\t]+)?(?:${W}[ \\t]+){0,5}${W}(?:[ \\t]+\\d{1,6}[A-Za-z]?)?(?=[ \\t]*\\r?\\n)`, 'g');
/**
 * A street line in the order "house number, name, number" with no street type, as European streets
 * are written after an English-style house number ("03751 Gerrit Achterberghove 137", "6556 106 Rue
 * Ettatawer Apt. 409", "9243 Avenue d'Ouchy 109"): a number, a capitalised word (not a unit word) and
 * up to four more words, with a second number before or after the name ("10 Things To Do" is not a
 * street; nor is "596081 Update tracker support for version 0.7": six digits, a version number).
 * Accepted only where the unit, city and postal-code lines follow it.
 * `lazy` as for {@link streetEn}.
 */
const streetNum = (lazy: boolean): RegExp => {
  const num = '\\d{1,5}[A-Za-z]?';
  const name = `(?!${UNIT_WORD})${CAP}(?:[ \\t]+${W}){0,4}${lazy ? '?' : ''}`;
  return new RegExp(
    `(?<![\\w.\\/\\x80-\\xff-])\\d{1,5}[A-Za-z]?[ \\t]+(?:${num}[ \\t]+${name}(?:[ \\t]+${num})?|${name}[ \\t]+${num})(?![A-Za-z0-9\\x80-\\xff]|\\.\\d)`,
    'g',
  );
};
const STREET_NUM = [streetNum(true), streetNum(false)];
/**
 * FR/DE/IT/ES street with no recognised street word ("Unter den Linden 77", "Kurfürstendamm 21"):
 * capitalised words and a house number; accepted only with a comma or line break before the postcode.
 */
const STREET_EU_BARE = new RegExp(
  `(?<![\\w.\\/\\x80-\\xff-])${CAP}(?:[ ](?:${CAP}|de|la|del|della|di|den|der|des|du|am|an|im|zum|zur)){0,4}[ ]\\d{1,4}(?:[-/]\\d{1,4})?[ ]?[a-zA-Z]?(?![A-Za-z0-9\\x80-\\xff])`,
  'g',
);
/** Street line in FR, DE, IT, ES. */
/** "rue" or "Rue" (street words written lower case or capitalised; the regex is case-sensitive). */
const kw = (words: string): string =>
  words
    .split('|')
    .map((w) => (/^[a-z]/.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}` : w))
    .join('|');
const STREET_EU = new RegExp(
  `(?<![\\w.\\/\\x80-\\xff-])(?:` +
    // FR: 12 [bis] rue de la Paix
    `\\d{1,4}(?:[ ]?(?:bis|ter|[A-D]))?,?[ \\t]+(?:${kw('rue|avenue|av\\.|boulevard|bd|place|pl\\.|allee|all\\xc3\\xa9e|all\\xe9e|chemin|impasse|quai|route|cours|square|passage|voie|faubourg|rond-point')})(?:[ \\t]+${W}){1,6}` +
    // DE: Hauptstraße 5a, Am Markt 3, Unter den Linden (see STREET_EU_BARE)
    `|(?:(?:${CAP}|am|an|auf|im|in|zum|zur|der|den|dem)[ \\t-]){0,3}?[A-Za-z\\x80-\\xff-]{0,30}(?:stra(?:ss|\\xc3\\x9f|\\xdf)e|Stra(?:ss|\\xc3\\x9f|\\xdf)e|str\\.|Str\\.|weg|Weg|platz|Platz|allee|Allee|gasse|Gasse|ring|Ring|damm|Damm|ufer|Ufer|chaussee|Chaussee|markt|Markt|steig|Steig|pfad|Pfad|graben|Graben)[ \\t]+\\d{1,4}(?:[-/]\\d{1,4})?[ ]?[a-zA-Z]?` +
    // IT: Via Roma 10 / Via Roma, 10
    `|(?:${kw('via|viale|piazza|piazzale|corso|largo|vicolo|strada|lungomare|contrada|borgo')})(?:[ \\t]+${W}){1,5}?,?[ \\t]+\\d{1,4}(?:[-/]\\d{1,4})?[A-Za-z]?` +
    // ES: Calle Mayor 5 / C/ Mayor, 5
    `|(?:${kw('calle|c\\/|avenida|avda\\.?|paseo|plaza|pza\\.|camino|carretera|ctra\\.|ronda|traves\\xc3\\xada|traves\\xeda|rambla|v\\xc3\\xada|v\\xeda')})(?:[ \\t]*${W}){1,5}?,?[ \\t]+(?:n(?:\\xc2\\xba|\\xc2\\xb0|\\xba|\\xb0|o)?\\.?[ ]?)?\\d{1,4}(?:[-/]\\d{1,4})?` +
    `)(?![A-Za-z0-9\\x80-\\xff])`,
  'g',
);

const SEP = '(?:[ \\t]*,[ \\t]*(?:\\r?\\n[ \\t>]*)?|[ \\t]*\\r?\\n[ \\t>]*|[ \\t]+)';
/** "Fifth Floor", "3rd Floor". */
const FLOOR = '(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\\d{1,3}(?:st|nd|rd|th))[ \\t]+(?:Floor|Fl\\.?)';
const UNIT = `(?:${SEP}(?:(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Fl\\.?|Floor|Rm\\.?|Room|Bldg\\.?|Building|Flat|Level|Lvl|#)[ \\t]*#?[A-Za-z0-9-]{1,8}|${FLOOR})){0,2}`;
/** City or place: 1–4 words of letters, Title case or capitals. */
const CITY = "[A-Z\\xc0-\\xdf\\xc3\\xc4\\xc5][A-Za-z\\x80-\\xff.'’-]{1,30}(?:[ -](?:[A-Za-z\\x80-\\xff][A-Za-z\\x80-\\xff.'’-]{0,30})){0,3}";
/** What lies between an English street line and the state/postcode: unit, separator, city, separator. */
const REST_EN = new RegExp(`^${UNIT}${SEP}${CITY}(?:[ \\t]*\\r?\\n)?(?:[ \\t]*,[ \\t]*|[ \\t]+|[ \\t]*\\r?\\n[ \\t>]*)$`);
/** UK: a county or a second place line may sit between town and postcode. */
const REST_UK = new RegExp(`^${UNIT}(?:${SEP}${CITY}){1,2}(?:,[ \\t]*|[ \\t]+|[ \\t]*\\r?\\n[ \\t>]*)$`);
/** City lines of a block that ends in a country: a county/region code may sit on its own line (", MQ"). */
const CITY_LINES = `(?:${SEP}${CITY}){1,2}(?:[ \\t]*\\r?\\n)?(?:[ \\t]*,[ \\t]*[A-Z]{2,3}(?:[ \\t]*\\r?\\n)?)?`;
/** Country name and postal code after the city lines. */
const REST_CO = new RegExp(`^${UNIT}${CITY_LINES}(?:,[ \\t]*|[ \\t]+|[ \\t]*\\r?\\n[ \\t>]*)$`);
/** Military: the street line (PSC/Unit … Box, or a ship) is followed directly by APO/FPO/DPO. */
const REST_MIL = new RegExp(`^${SEP}$`);
/** EU: the street line then the postcode. */
const REST_EU = new RegExp(`^${SEP}$`);
/** EU: the place after the postcode ("Paris", "Frankfurt am Main", "Roma (RM)"), optionally an Italian province. */
const PLACE_WORD = "[A-Z\\xc0-\\xde\\xc3\\xc5][A-Za-z\\x80-\\xff'’-]{1,30}";
const PLACE_EU = new RegExp(
  `^[ \\t]+${PLACE_WORD}(?:[ ](?:(?:am|an|der|im|ob|bei|de|la|le|les|sur|en|di|del|della|dei|de la|de los|de las)[ ])?${PLACE_WORD}){0,3}(?:[ \\t]+\\([A-Z]{2}\\))?(?![A-Za-z\\x80-\\xff])`,
);

const WINDOW = 160;

/** Addresses that end in a postal code of a Macie country (Macie's ADDRESS). */
function* findAnchored(text: string): Iterable<Span> {
  const anchor = new RegExp(ANCHOR.source, ANCHOR.flags);
  // One instance of each street pattern per text (each anchor scans its window with them).
  const own = new Map<RegExp, RegExp>();
  let lastEnd = -1;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    const g = m.groups!;
    const aStart = m.index;
    let aEnd = aStart + m[0].length;
    const eu = g.eu !== undefined;
    const rest = g.mil ? REST_MIL : g.co ? REST_CO : g.uk ? REST_UK : eu ? REST_EU : REST_EN;
    const streets = eu ? [STREET_EU, STREET_EU_BARE] : g.mil ? [...STREET_EN, STREET_BARE] : g.co ? [...STREET_EN, STREET_BARE, ...STREET_NUM, STREET_EU] : g.us ? [...STREET_EN, STREET_BARE, ...STREET_NUM] : [...STREET_EN, ...STREET_NUM];
    // The address ends at the anchor (or after the place, in EU order).
    if (eu) {
      const place = PLACE_EU.exec(text.slice(aEnd, aEnd + 100));
      if (!place) continue;
      aEnd += place[0].length;
    }
    // A city (a letter) must end right before a state/postcode anchor: cheap test first.
    if (!eu && !g.mil && !/[A-Za-z\x80-\xff.][ \t]*,?[ \t]*(?:\r?\n[ \t>]*,?[ \t]*)?$/.test(text.slice(Math.max(0, aStart - 8), aStart))) continue;
    // Street lines that start inside the window and end before the anchor; the closest one that
    // leaves only a unit, a city and separators before the anchor wins.
    const from = Math.max(0, aStart - WINDOW, lastEnd);
    // Scan only the window (plus one character of context for the look-behind).
    const base = from > 0 ? from - 1 : 0;
    const win = text.slice(base, aStart);
    const starts: Array<[number, number, boolean]> = []; // start, end, found by STREET_BARE (a whole line)
    const euBare = new Set<number>(); // starts found only by STREET_EU_BARE
    for (const street of streets) {
      let re = own.get(street);
      if (!re) own.set(street, (re = new RegExp(street.source, street.flags)));
      re.lastIndex = from - base;
      for (let s = re.exec(win); s; s = re.exec(win)) {
        // A bare street line must hold a digit (house number) and start the address block.
        const numOk = !STREET_NUM.includes(street) || hasStreetName(s[0]);
        if (numOk && (street !== STREET_BARE || (/\d/.test(s[0]) && /[A-Za-z\x80-\xff]{2}/.test(s[0])))) {
          const lead = street === STREET_BARE ? /^[ \t>]*/.exec(s[0])![0].length : 0;
          const st = base + s.index + lead;
          const en = base + s.index + s[0].length;
          if (street === STREET_EU_BARE && !starts.some(([x, y]) => x === st && y === en)) euBare.add(st);
          starts.push([st, en, street === STREET_BARE]);
        }
        re.lastIndex = s.index + 1; // overlapping candidates: a shorter street line may start later
      }
    }
    starts.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (let k = starts.length - 1; k >= 0; k--) {
      const [sStart, sEnd] = starts[k]!;
      const between = text.slice(sEnd, aStart);
      if (!rest.test(between)) continue;
      // All street candidates that end here are equally valid: take the longest ("6556 106 Rue …", not "106 Rue …").
      let best = sStart;
      // Not a whole-line candidate: "Please return to Unit 1 Box 2" is a sentence with the street line at its end.
      for (const [s2, e2, line] of starts) if (e2 === sEnd && s2 < best && !euBare.has(s2) && !line) best = s2;
      if (eu && best === sStart && euBare.has(sStart)) {
        for (const [s2, e2] of starts) if (e2 === sEnd && s2 < best) best = s2;
        const place = /[A-Za-z\x80-\xff'’-]+/.exec(text.slice(aStart + 5, aEnd))?.[0] ?? '';
        const first = /^[A-Za-z\x80-\xff'’-]+/.exec(text.slice(best, sEnd))?.[0] ?? '';
        if (!/[,\n]/.test(between) || isEnglishWord(first) || isEnglishWord(place)) continue;
      }
      {
        const sStart = best;
        lastEnd = aEnd;
        yield { start: sStart, end: aEnd };
        break;
      }
    }
    anchor.lastIndex = Math.max(anchor.lastIndex, aEnd);
  }
}

/** Country names that end an international address block ("…\n Kissousa\n Cyprus 36903"). */
const COUNTRIES =
  'Albania|Algeria|Andorra|Argentina|Armenia|Australia|Austria|Azerbaijan|Belarus|Belgium|Bolivia|Bosnia and Herzegovina|Brazil|Bulgaria|' +
  'Canada|Chile|China|Colombia|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Ecuador|Egypt|England|Estonia|Finland|' +
  'France|Georgia|Germany|Greece|Greenland|Hungary|Iceland|India|Indonesia|Ireland|Israel|Italy|Japan|Jordan|Kenya|Latvia|Lebanon|' +
  'Liechtenstein|Lithuania|Luxembourg|Malta|Mexico|Moldova|Monaco|Montenegro|Morocco|Netherlands|New Zealand|Nigeria|North Macedonia|' +
  'Norway|Pakistan|Paraguay|Peru|Philippines|Poland|Portugal|Romania|Russia|San Marino|Scotland|Serbia|Singapore|Slovakia|Slovenia|' +
  'South Africa|South Korea|Spain|Sweden|Switzerland|Taiwan|Thailand|Tunisia|Turkey|Ukraine|United Kingdom|United States|Uruguay|' +
  'USA|Venezuela|Vietnam|Wales';
const COUNTRY_END = new RegExp(`${SEP}(?:${COUNTRIES})(?:[ \\t]+\\d{3,6})?$`);
/**
 * What may follow a street line that has no postal code of a Macie country: unit lines, then city
 * lines ending in a country name (with its postal code, if any). Without the country the block
 * ends after the units: a capitalised line after a street is as often prose as a city.
 */
const TAIL = new RegExp(
  `${UNIT}(?:${CITY_LINES}${SEP}(?:${COUNTRIES})(?:[ \\t]+\\d{3,6})?(?![A-Za-z0-9\\x80-\\xff]))?`,
  'y',
);
/** Where a street line may start: a house number and a capital ("1668 Glyn", "6556 106 Rue"); not the seconds of a time. */
const HOUSE = new RegExp(`(?<![\\w.:\\/\\x80-\\xff-])\\d{1,6}[A-Za-z]?[ \\t]+(?:\\d{1,5}[A-Za-z]?[ \\t]+)?(?:${DIRECTION}[ \\t]+)?[A-Z\\xc0-\\xde]`, 'g');
const NOT_HOUSE = /^(?:(?:19|20)\d\d[ \t]+(?!\d)|(?:\d{1,2}|(?:19|20)\d\d)[ \t]+(?:19|20)\d\d[ \t]|\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![A-Za-z]))/;
const STREET_LINE = [streetEn(false), streetEn(true), streetNum(false)].map((re) => new RegExp(re.source, re.flags.replace('g', '') + 'y'));

/**
 * Street lines with no postal code of a Macie country: "1668 Glyn St", "9931 14 Iliou Street,
 * MARIEHOLM, Sweden". Not Macie's ADDRESS, but what a reader calls an address; reported only with an
 * address keyword near (see `validate`). Skips what `anchored` already covers.
 */
function* findStreets(text: string, anchored: readonly Span[]): Iterable<Span> {
  const house = new RegExp(HOUSE.source, HOUSE.flags);
  let k = 0;
  for (let m = house.exec(text); m; m = house.exec(text)) {
    const at = m.index;
    while (k < anchored.length && anchored[k]!.end <= at) k++;
    if (k < anchored.length && anchored[k]!.start <= at) {
      house.lastIndex = anchored[k]!.end;
      continue;
    }
    let end = -1;
    // "2018 Glen Maddern", "1990 1991 Tektronix", "10 Jun 2026 22", "8 1998  Ian Taylor": years or a date, not a house number.
    if (!NOT_HOUSE.test(text.slice(at, at + 16))) {
      for (const re of STREET_LINE) {
        re.lastIndex = at;
        const s = re.exec(text);
        // A name before the street type ("1668 Glyn St", not "2015 Glen"), the type capitalised ("1668 Glyn St street").
        if (!s || at + s[0].length <= end || !/[ \t][^ \t]+[ \t]+[^ \t]/.test(s[0]) || /[ \t][a-z][^ \t]*$/.test(s[0])) continue;
        if (re === STREET_LINE[2] && !hasStreetName(s[0])) continue;
        end = at + s[0].length;
      }
    }
    if (end < 0) {
      house.lastIndex = at + 1;
      continue;
    }
    TAIL.lastIndex = end;
    end += TAIL.exec(text)?.[0].length ?? 0;
    if (k < anchored.length && anchored[k]!.start < end) end = Math.min(end, anchored[k]!.start);
    yield { start: at, end };
    house.lastIndex = end;
  }
}

function* find(text: string): Iterable<Span> {
  const anchored = [...findAnchored(text)];
  let k = 0;
  for (const s of findStreets(text, anchored)) {
    while (k < anchored.length && anchored[k]!.start < s.start) yield anchored[k++]!;
    yield s;
  }
  while (k < anchored.length) yield anchored[k++]!;
}

/** A value that is a whole address with a Macie postal code (the street-only ones need a keyword). */
function isAnchored(value: string): boolean {
  for (const s of findAnchored(value)) if (s.start === 0 && s.end === value.length) return true;
  return false;
}

/**
 * The Free Software Foundation's addresses, printed in the licence header of countless source files
 * (GPL, LGPL, GFDL): an organisation's address in boilerplate, not anyone's personal data. Compared
 * after `normalize` (lower case, letters and digits only), with the spellings those headers use.
 */
const FSF_ADDRESSES = [
  ...['street', 'st'].flatMap((st) => ['fifth', '5th'].flatMap((fl) => ['021101301', '02110'].map((zip) => `51franklin${st}${fl}floorbostonma${zip}`))),
  ...['suite330', ''].flatMap((suite) => ['021111307', '02111'].map((zip) => `59templeplace${suite}bostonma${zip}`)),
  ...['massave', 'massavenue', 'massachusettsave', 'massachusettsavenue'].map((ave) => `675${ave}cambridgema02139`),
  // since 2024; and a misprint of the ZIP code that many headers copied
  ...['street', 'st'].flatMap((st) => ['021101335', '02110'].map((zip) => `51franklin${st}suite500bostonma${zip}`)),
  ...['street', 'st'].map((st) => `51franklin${st}fifthfloorbostonma021111301`),
];

export default defineDetector({
  id: 'address',
  type: 'ADDRESS',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['US', 'CA', 'GB', 'AU', 'FR', 'DE', 'IT', 'ES'],
  description: 'Mailing address: street line with city/place and postal code (US, CA, UK, AU, FR, DE, IT, ES); street lines of other countries with their city and country, or next to an address keyword',
  validation: 'postal-code shape per country, state/province codes, street-type grammar; a street line with no postal code needs its city and country or an address keyword (else low confidence)',
  find,
  maxLength: 300,
  // Lines, commas and spacing do not make another address (also the form baselines store).
  normalize: (value) => value.toLowerCase().replace(/[^a-z0-9\x80-\xff]+/g, ''),
  allow: FSF_ADDRESSES,
  keywords: {
    words: ['address', 'addr', 'lives at', 'lived at', 'living at', 'located at', 'resides', 'residence', 'ship to', 'shipping', 'billing', 'mailing', 'mail to', 'sent to', 'send to', 'deliver', 'delivery', 'postal', 'office is at', 'headquarters'],
    required: false,
  },
  // Street lines without a Macie postal code: only with an address keyword near (or in the column header).
  validate: (value, ctx) => isAnchored(value) || (ctx.hasKeyword || COUNTRY_END.test(value) ? 'medium' : 'low'),
  examples: {
    match: [
      '742 Evergreen Terrace, Springfield, IL 62704',
      '1600 Pennsylvania Avenue NW, Washington, DC 20500',
      '350 Bay Street, Suite 700, Toronto, ON M5H 2S6',
      '221B Baker Street, London NW1 6XE',
      '10 Smith Street, Parramatta NSW 2150',
      '12 rue de la Paix, 75002 Paris',
      'Hauptstraße 5, 10115 Berlin',
      'Via Roma 10, 00184 Roma',
      'Calle Mayor 5, 28013 Madrid',
      'PO Box 1234, Austin, TX 78701',
      '370 3911 Fourth Avenue Suite 697 Apt. 397, Mora de Rubielos, Spain 16200',
      '48010 Paseo del Atlántico 81, Suite 762, Torroella de Montgrí, Spain 20416',
      '56539 Rua Cyro Schmutzer Franco 1213, Grasse, PA 39551',
      '1987 74 Diakou Street, Suite 680, Kissousa, Cyprus 36903',
      '24 Clarke Avenue, Apt. 805, Pines Beach, New Zealand',
    ],
    noMatch: [
      'order 12345 shipped to IL 62704 warehouse',
      'took 12345 ms in region CA 94105',
      'version 10.2.3 released 2024',
      'See section 5 Street Fighter II for details',
      'Top 10 Things To Do, Madrid, Spain 28013',
      'Copyright 2018 Glen Maddern, see 17 USC Section 115',
      'Changed the e-mail address.\n\nWed Apr 14 12:13:39 1993  Phil Nelson  (phil at example.com)',
      'Update FSF address.\n\nFri May  8 1998  Ian Lance Taylor  <ian@example.com>',
      'write to the Free Software Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301  USA',
    ],
  },
});
