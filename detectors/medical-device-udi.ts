import { defineDetector } from '../src/define.js';

/*
 * FDA unique device identifiers (21 CFR 830) in the human-readable forms of the three accredited
 * issuing agencies. Each starts with its agency's own marker, which is what keeps Macie's broad
 * keywords ("med", "blood") from turning ordinary numbers into findings:
 *
 * - GS1: "(01)" + GTIN-14 (GS1 mod-10 check digit), then production identifiers as (AI)data:
 *   (17) expiry / (11) manufacturing date YYMMDD, (10) lot, (21) serial, (7003) expiry date-time,
 *   (8012) software version, (240) additional id, (30) count. FDA's GUDID example:
 *   (01)00643169007222(17)160128(21)BOVIE00001. HL7 FHIR writes the AIs in braces, {01}…, also read.
 * - HIBCC (ANSI/HIBC 2.6): "+" + labeler code (a letter, 3 alphanumerics) + product number (1–18) +
 *   unit of measure digit [+ "/" secondary data: "$", "$$" or a Julian date yyjjj first, then "/"
 *   supplementary fields] + a mod-43 check character over every character before it, "+" included.
 * - ICCBBA ISBT 128 (ST-011, for HCT/P devices): "=/" + Processor Product Identification Code
 *   (data structure 034, 16 characters: facility FIN 5, FPC 6, PDC 5), then optional production
 *   identifiers: "=," product divisions (6), "=" donation identification number (15: FIN, yy,
 *   serial 6, flags 2), "=>" expiry and "=}" production dates cyyjjj, "&,1" MPHO lot (1–18), possibly
 *   behind a compound message header "=+nnnnn". ISBT 128 carries no check character in the data
 *   (the DIN's ISO 7064 mod 37-2 character is printed beside the bar code, never in it), so this one is
 *   structural only.
 */

/** GS1: an application identifier in parentheses (or braces) and its data. */
const GS1_DATA = '[A-Za-z0-9](?:[A-Za-z0-9._/-]{0,28}[A-Za-z0-9])?';
const GS1 = `[({]01[)}] ?\\d{14}(?: ?[({]\\d{2,4}[)}] ?${GS1_DATA}){0,6}`;
/**
 * HIBCC: primary data, optional secondary segments, check character. A check character "." or "-"
 * counts only when something other than a space or the end of the text follows (a sentence's full
 * stop is no check character); "_" stands for a space check character in bar code captions.
 */
const HIBCC = '\\+[A-Z][A-Z0-9]{3}[A-Z0-9]{1,18}[0-9](?:\\/[A-Z0-9$+]{1,40}){0,5}(?:[A-Z0-9$/+%_]|[.-](?![\\s"\',;)]|$))';
/** ICCBBA ISBT 128. */
const ICCBBA =
  '(?:=\\+\\d{5})?=\\/[A-NP-Z0-9]{5}[A-Z0-9]{11}(?:=,[A-Z0-9]{6}|=[A-NP-Z0-9]{5}\\d{8}[A-Z0-9]{2}|=>\\d{6}|=\\}\\d{6}|&,1[A-Z0-9]{1,18}){0,5}';

const MOD43 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%';

/** HIBC mod-43 check character: the sum of the character values before it, mod 43. */
export function hibcCheck(v: string): boolean {
  let sum = 0;
  for (let i = 0; i < v.length - 1; i++) {
    const n = MOD43.indexOf(v[i]!);
    if (n < 0) return false;
    sum += n;
  }
  const last = v[v.length - 1] === '_' ? ' ' : v[v.length - 1]!;
  return MOD43[sum % 43] === last;
}

/** GS1 mod-10 check digit over a GTIN: weights 3, 1, 3… from the right, check digit excluded. */
export function gs1Check(gtin: string): boolean {
  let sum = 0;
  for (let i = gtin.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += (gtin.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10 === gtin.charCodeAt(gtin.length - 1) - 48;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** GS1 YYMMDD; day 00 means an unspecified day (GS1 General Specifications, dates in AIs 11 and 17). */
const yymmdd = (d: string): boolean => {
  const m = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  return /^\d{6}$/.test(d) && m >= 1 && m <= 12 && day <= DAYS[m - 1]!;
};
/** ISBT 128 cyyjjj: century digit, year, Julian day 001–366. */
const cyyjjj = (d: string): boolean => Number(d.slice(3)) >= 1 && Number(d.slice(3)) <= 366;

/** The production identifiers GUDID knows (GS1 AI → data rule). */
const GS1_AI: Record<string, (d: string) => boolean> = {
  '10': (d) => d.length <= 20,
  '21': (d) => d.length <= 20,
  '11': yymmdd,
  '17': yymmdd,
  '7003': (d) => /^\d{10}$/.test(d) && yymmdd(d.slice(0, 6)) && Number(d.slice(6, 8)) < 24 && Number(d.slice(8)) < 60,
  '8012': (d) => d.length <= 20,
  '240': (d) => d.length <= 30,
  '30': (d) => /^\d{1,8}$/.test(d),
};

/**
 * Device identifiers of documentation examples (their UDIs appear with varied production data):
 * FDA's GUDID example GTIN, HL7 FHIR's device examples, HIBCC's worked examples (ANSI/HIBC 2.6 and
 * its GUDID guide), and ICCBBA's example facility A9999.
 */
const EXAMPLE_GTINS = new Set(['00643169007222', '00844588003288']);
const EXAMPLE_HIBC_DI = new Set(['A123BJC5D6E71', 'A99912345', 'A99912349', 'A999ABC1230', 'A999ABC1231', 'A123ABCDEFGHI1234567891', 'H123PARTNO1234567890120']);

function validGs1(v: string): boolean {
  const open = v[0]!;
  const close = open === '(' ? ')' : '}';
  const seen = new Set<string>();
  let first = true;
  for (const m of v.matchAll(/([({])(\d{2,4})([)}]) ?([A-Za-z0-9._/-]+)/g)) {
    const [, o, ai, c, data] = m as unknown as [string, string, string, string, string];
    if (o !== open || c !== close || seen.has(ai)) return false;
    seen.add(ai);
    if (first) {
      first = false;
      if (ai !== '01' || !/^\d{14}$/.test(data) || /^\d0{12}/.test(data) || !gs1Check(data)) return false;
      // GS1 prefixes that are no trade item's: restricted circulation (02, 04, 2), coupons (05, 98,
      // 99), GS1 Global Office's own and demonstration numbers (950–952), ISSN/ISBN (977–979).
      if (/^(?:0[245]|2|95[0-2]|97[7-9]|9[89])/.test(data.slice(1)) || EXAMPLE_GTINS.has(data)) return false;
      continue;
    }
    const rule = GS1_AI[ai];
    if (!rule || !rule(data)) return false;
  }
  return !first;
}

function validHibcc(v: string): boolean {
  if (!hibcCheck(v)) return false;
  const body = v.slice(1, -1);
  const slash = body.indexOf('/');
  const primary = slash < 0 ? body : body.slice(0, slash);
  if (EXAMPLE_HIBC_DI.has(primary)) return false;
  if (slash < 0) return true;
  // The secondary data starts with "$" / "$$" (with an optional "+" for a serial) or a Julian date.
  const secondary = body.slice(slash + 1);
  const jul = /^\d{5}/.exec(secondary);
  if (jul) {
    const day = Number(jul[0].slice(2));
    return day >= 1 && day <= 366;
  }
  return secondary.startsWith('$');
}

function validIccbba(v: string): boolean {
  const s = v.replace(/^=\+\d{5}/, '');
  const fin = s.slice(2, 7);
  if (fin === 'A9999' || /^0+$/.test(fin) || s.slice(13, 18) === '00000') return false;
  const seen = new Set<string>();
  for (const m of s.slice(18).matchAll(/=,([A-Z0-9]{6})|=>(\d{6})|=\}(\d{6})|&,1([A-Z0-9]+)|=([A-NP-Z0-9]{5}\d{8}[A-Z0-9]{2})/g)) {
    const kind = m[1] !== undefined ? ',' : m[2] !== undefined ? '>' : m[3] !== undefined ? '}' : m[4] !== undefined ? '&' : '=';
    if (seen.has(kind)) return false;
    seen.add(kind);
    if (kind === ',' && m[1] === '000000') return false; // ST-001: product divisions 000000 is not allowed
    if ((kind === '>' && !cyyjjj(m[2]!)) || (kind === '}' && !cyyjjj(m[3]!))) return false;
    if (kind === '=' && /^\d{2}0{6}/.test(m[5]!.slice(5))) return false; // DIN serial all zero
  }
  return true;
}

/** Published example UDIs, normalized (validate also rejects their device identifiers). */
const PUBLISHED = [
  '(01)00643169007222(17)160128(21)BOVIE00001', // FDA GUDID
  '(01)00844588003288(17)141120(10)7654321D(21)10987654d321', // HL7 FHIR Device/example-udi1
  '+A123BJC5D6E71G', // ANSI/HIBC 2.6, appendix B worked example
  '+A99912345/$$52001510X3', // ANSI/HIBC 2.6, 2.2.1.1
  '+A99912349/$10X3/16D20111231/14D20200131/Q500Z', // ANSI/HIBC 2.6 sample data
  '=/A9999XYZ100T0476=,000025=A99972312345600=>025032=}023032&,1000000000000XYZ123', // ICCBBA ST-011
];

export default defineDetector({
  id: 'medical-device-udi',
  type: 'MEDICAL_DEVICE_UDI',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['US'],
  description: 'FDA unique device identifier (UDI) in GS1 "(01)…", HIBCC "+…" or ICCBBA ISBT 128 "=/…" form, with its keyword',
  validation:
    'GS1: GTIN mod-10 check digit, trade-item prefix, known AIs with valid YYMMDD dates; HIBCC: mod-43 check character, secondary data header; ICCBBA: ISBT 128 data structures, Julian dates',
  pattern: new RegExp(
    `(?<![A-Za-z0-9)}+=/&$%.-])(?:${GS1}(?![A-Za-z0-9])|${HIBCC}(?![A-Za-z0-9$/+%_])|${ICCBBA}(?![A-Za-z0-9]))`,
    'g',
  ),
  maxLength: 260,
  keywords: {
    // macie.md 1.4, all of them. "med" and "blood" are broad words, kept because Macie has them
    // (blood bank labels carry ISBT 128 codes) and because no value here is a bare number: each needs
    // its agency's marker, "(01)", "+" or "=/", and a check digit or ISBT 128's structure.
    words: [
      'blood',
      'blood bag',
      'dev id',
      'device id',
      'device identifier',
      'gs1',
      'hibcc',
      'iccbba',
      'med',
      'udi',
      'unique device id',
      'unique device identifier',
    ],
    required: true,
  },
  normalize: (v) => (v[0] === '(' || v[0] === '{' ? v.replace(/ /g, '').replace(/\{/g, '(').replace(/\}/g, ')') : v),
  allow: PUBLISHED,
  validate: (value) => {
    const c = value[0];
    if (c === '(' || c === '{') return validGs1(value);
    if (c === '+') return validHibcc(value);
    return validIccbba(value);
  },
  examples: {
    keyword: 'UDI',
    match: [
      '(01)00885403201236(17)280131(10)LOT4471(21)SN000918',
      '(01) 10885403204562 (11) 240517 (21) 7731-AB',
      '{01}00755012345679{17}270600{10}B12',
      '(01)50612345000116',
      '+J847PX330121I',
      '+J847PX33012/$$3281231LOT77A94',
      '+M2Q7CATH5511/26015B7730/S0042X',
      '=/B4821K9Q2A1S2208=,000031=B48212415728300',
      '=/B4821000000S2208',
    ],
    noMatch: [
      'UDI (01)00885403201237(17)280131(10)LOT4471', // wrong GTIN check digit
      'UDI +J847PX330121J', // wrong mod-43 check character
      'UDI (01)00885403201236(17)281331', // month 13
      'UDI (01)00000000000000', // all zero
      'UDI (01)00643169007222(17)160128(21)BOVIE00001', // FDA's GUDID example
      'device identifier +A123BJC5D6E71G', // HIBCC's worked example
      'UDI (01)09506000134352(10)ABC', // GS1 Global Office example number
      'UDI =/A9999XYZ100T0476=,000025', // ICCBBA example facility
      'UDI =/B4821K9Q2A1S2208=,000000', // product divisions 000000
      'UDI (01)008854032012361', // inside a longer number
      'UDI (01)00885403201236(99)ABC', // not a UDI application identifier
      'UDI 00885403201236', // a bare GTIN: no (01)
      'order (01)00885403201236(17)280131 shipped', // no keyword
      'see med note +ABCD1234 and x+J847PX330121I', // not a check character; glued to a word
    ],
  },
});
