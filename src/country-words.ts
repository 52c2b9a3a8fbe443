import type { CountryCode } from 'libphonenumber-js/max';
import { fromByteString } from './bytes.js';
import { escapeRegExp, formOf as byteForm } from './keywords.js';

/**
 * English country names and adjectives that people write in front of a national number ("My Japanese
 * number is 090-1234-5678", "Israel: 09-7625400", "UK office 020 7946 0958"), lower case, with the
 * numbering plan they name. Upper-case ISO codes ("CN", "JP") are looked up separately, case-sensitive,
 * so that "in", "it" or "no" in prose name no country.
 */
const WORDS: Record<string, CountryCode> = {
  american: 'US', 'united states': 'US', usa: 'US', canada: 'CA', canadian: 'CA', mexico: 'MX', mexican: 'MX',
  // Canadian provinces (their licences and health cards share shapes with US state licences).
  ontario: 'CA', quebec: 'CA', 'british columbia': 'CA', alberta: 'CA', manitoba: 'CA', saskatchewan: 'CA',
  'nova scotia': 'CA', 'new brunswick': 'CA', newfoundland: 'CA', 'prince edward island': 'CA',
  // Australian states (their licence numbers share shapes with US state licences).
  'new south wales': 'AU', queensland: 'AU', tasmania: 'AU', 'western australia': 'AU', 'south australia': 'AU',
  // Names in the country's own language, as written on its documents (with letters beyond ASCII: NATIVE).
  deutschland: 'DE', deutsche: 'DE', deutscher: 'DE', nederland: 'NL', nederlandse: 'NL', belgie: 'BE', belgique: 'BE',
  belgisch: 'BE', belgische: 'BE', italia: 'IT', espana: 'ES', sverige: 'SE', danmark: 'DK', suomi: 'FI', polska: 'PL',
  osterreich: 'AT', schweiz: 'CH', suisse: 'CH', svizzera: 'CH', norge: 'NO', eesti: 'EE', latvija: 'LV', lietuva: 'LT',
  hrvatska: 'HR', slovensko: 'SK', slovenija: 'SI', luxemburg: 'LU', eire: 'IE',
  brazil: 'BR', brazilian: 'BR', argentina: 'AR', argentinian: 'AR', argentine: 'AR', chile: 'CL', chilean: 'CL',
  colombia: 'CO', colombian: 'CO', peru: 'PE', peruvian: 'PE',
  british: 'GB', 'united kingdom': 'GB', england: 'GB', english: 'GB', scottish: 'GB', scotland: 'GB', wales: 'GB', welsh: 'GB',
  ireland: 'IE', irish: 'IE', france: 'FR', french: 'FR', germany: 'DE', german: 'DE', austria: 'AT', austrian: 'AT',
  switzerland: 'CH', swiss: 'CH', italy: 'IT', italian: 'IT', spain: 'ES', spanish: 'ES', portugal: 'PT', portuguese: 'PT',
  netherlands: 'NL', dutch: 'NL', holland: 'NL', belgium: 'BE', belgian: 'BE', luxembourg: 'LU',
  denmark: 'DK', danish: 'DK', norway: 'NO', norwegian: 'NO', sweden: 'SE', swedish: 'SE', finland: 'FI', finnish: 'FI',
  iceland: 'IS', icelandic: 'IS', poland: 'PL', polish: 'PL', czech: 'CZ', czechia: 'CZ', slovakia: 'SK', slovak: 'SK',
  hungary: 'HU', hungarian: 'HU', romania: 'RO', romanian: 'RO', bulgaria: 'BG', bulgarian: 'BG', greece: 'GR', greek: 'GR',
  croatia: 'HR', croatian: 'HR', serbia: 'RS', serbian: 'RS', slovenia: 'SI', slovenian: 'SI', ukraine: 'UA', ukrainian: 'UA',
  cyprus: 'CY', cypriot: 'CY', malta: 'MT', maltese: 'MT', estonia: 'EE', estonian: 'EE', latvia: 'LV', latvian: 'LV',
  lithuania: 'LT', lithuanian: 'LT',
  russia: 'RU', russian: 'RU', turkey: 'TR', turkish: 'TR', turkiye: 'TR', israel: 'IL', israeli: 'IL',
  egypt: 'EG', egyptian: 'EG', morocco: 'MA', moroccan: 'MA', nigeria: 'NG', nigerian: 'NG', kenya: 'KE', kenyan: 'KE',
  'south africa': 'ZA', 'south african': 'ZA', 'saudi arabia': 'SA', saudi: 'SA', emirates: 'AE', uae: 'AE', emirati: 'AE',
  india: 'IN', indian: 'IN', pakistan: 'PK', pakistani: 'PK', bangladesh: 'BD', bangladeshi: 'BD',
  china: 'CN', chinese: 'CN', 'hong kong': 'HK', taiwan: 'TW', taiwanese: 'TW', japan: 'JP', japanese: 'JP',
  korea: 'KR', korean: 'KR', 'south korea': 'KR', singapore: 'SG', singaporean: 'SG', malaysia: 'MY', malaysian: 'MY',
  indonesia: 'ID', indonesian: 'ID', philippines: 'PH', philippine: 'PH', filipino: 'PH', thailand: 'TH', thai: 'TH',
  vietnam: 'VN', vietnamese: 'VN', australia: 'AU', australian: 'AU', 'new zealand': 'NZ',
};

/**
 * Countries' own names with letters beyond ASCII, in any case ("España", "ÖSTERREICH"): matched in
 * the engine's byte strings by their UTF-8 forms and in decoded text (column headers, JSON paths) as
 * they are.
 */
const NATIVE: Record<string, CountryCode> = {
  españa: 'ES', österreich: 'AT', 'österreichische': 'AT', 'österreichischer': 'AT', belgië: 'BE', éire: 'IE', česko: 'CZ',
  'česká republika': 'CZ', magyarország: 'HU', românia: 'RO', ísland: 'IS', ελλάδα: 'GR', ελλάς: 'GR', българия: 'BG',
  россия: 'RU', україна: 'UA', türkiye: 'TR',
};
const byName = new Map<string, CountryCode>(Object.entries(WORDS));
for (const [name, country] of Object.entries(NATIVE)) byName.set(name, country);

/** ISO codes written in capitals: "My CN number", "UK: 020 …", "US office". */
const CODES = new Set<string>(['US', 'CA', 'MX', 'BR', 'UK', 'GB', 'IE', 'FR', 'DE', 'AT', 'CH', 'IT', 'ES', 'PT', 'NL', 'BE', 'DK', 'SE', 'FI', 'PL', 'CZ', 'GR', 'TR', 'IL', 'ZA', 'IN', 'CN', 'HK', 'TW', 'JP', 'KR', 'SG', 'AU', 'NZ']);

/**
 * Not inside a word, and no `u` flag (several times faster in irregexp): the engine's text
 * is a byte string, where any byte above 0x7F is part of a letter as far as this is concerned.
 */
const NAMES = [...Object.keys(WORDS), ...Object.keys(NATIVE).flatMap((n) => [escapeRegExp(n), byteForm(n)])];
const PATTERN = new RegExp(
  `(?<![A-Za-z0-9\\x80-\\xff])(?:(${NAMES.sort((a, b) => b.length - a.length).join('|')})|(${[...CODES].join('|')}))(?![A-Za-z0-9\\x80-\\xff])`,
  'gi',
);

/**
 * The country whose name, adjective or capitalised ISO code stands last in `before` (the text just in
 * front of a number), or undefined. The nearest one wins: "French office, German number: 030 …" is German.
 */
export function countryNamedIn(before: string): CountryCode | undefined {
  return countryMentionIn(before)?.country;
}

/** A matched name as text: byte strings (UTF-8 bytes as Latin-1 characters) decoded, decoded text as it is. */
function asText(s: string): string {
  if (/[^\x00-\xff]/.test(s)) return s;
  const d = fromByteString(s);
  return d.includes('\ufffd') ? s : d;
}

/** As {@link countryNamedIn}, with the word as written and where it ends in `before`. */
export function countryMentionIn(before: string): { country: CountryCode; word: string; end: number } | undefined {
  let found: { country: CountryCode; word: string; end: number } | undefined;
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(before); m; m = PATTERN.exec(before)) {
    const end = m.index + m[0].length;
    if (m[1] !== undefined) {
      const word = asText(m[1]);
      found = { country: byName.get(word.toLowerCase())!, word, end };
    }
    else if (m[2] === m[2]!.toUpperCase() && CODES.has(m[2]!)) found = { country: m[2] === 'UK' ? 'GB' : (m[2] as CountryCode), word: m[2]!, end };
  }
  return found;
}
