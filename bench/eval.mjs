#!/usr/bin/env node
/**
 * Accuracy of the built-in detectors on labelled test strings from other projects
 * (shared/corpora/peer-vectors.jsonl: Presidio unit tests, presidio-research synthetic sentences,
 * scrubadub tests). Run with `npm run eval` (builds first) or `node bench/eval.mjs [options]`.
 *
 * Options:
 *   --json                 machine-readable output instead of tables
 *   --min-confidence=L     low | medium | high (default: the product default, medium)
 *   --types=A,B            only these canonical types
 *   --only=id,id           run only these detectors (config detectors.only)
 *   --list=N               misses / false alarms listed per type (default 25; 0 = none, -1 = all)
 *   --corpus=PATH          another peer-vectors.jsonl
 *
 * Scoring (per canonical type T, per case):
 *   - expected spans: the case's entities of type T. For keyword-gated detectors, expectations flagged
 *     `low_confidence` (Presidio expects at most 0.3, a bare pattern hit) are dropped; findings on them
 *     are counted as "ignored", not as hits or false alarms.
 *   - found spans: our findings whose type maps to T.
 *   - an expected span is matched (TP) when a found span of T overlaps it; otherwise it is a miss (FN).
 *     `exact` counts expected spans that a finding reproduces exactly.
 *   - a found span that overlaps no expected span of T is a false alarm (FP), but only where the case
 *     is labelled for T: every presidio-research sentence when T is in its label set (all its entities
 *     are annotated; it has no DATE_OF_BIRTH label, dates of birth are DATE_TIME there), any case
 *     with an expectation of T, and negatives for T or ANY. Findings in cases nobody labelled for T
 *     (e.g. a name inside a Presidio credit-card test) are listed as "unlabelled", not scored.
 *   - precision = found spans that match / all scored found spans; recall = matched / expected.
 *     (One finding may cover several expected fragments; recall counts each fragment.)
 *   - count-only cases (`spans_complete: false`) are scored by count.
 * Caveat groups from the corpus README are reported as their own rows, never silently dropped:
 *   Presidio unit tests record what Presidio does (rows by source), scrubadub single first names,
 *   single-token names in general (Macie: "full names only"), `john at gmail.com`-style emails, and
 *   presidio-research ADDRESS fragments (a bare number/postcode, or a bare "Apt./Suite N"), and ADDRESS
 *   expectations with no postal code of a Macie country (Macie's ADDRESS needs city + postal code in
 *   AU, CA, FR, DE, IT, ES, UK or US; judged from the expected value alone), loopback, unspecified and
 *   broadcast IP addresses (they name no host; IP_ADDRESS is an extra), and values on a detector's
 *   `allow` list (Macie's issuer test card numbers, which Macie never reports), and, for types whose
 *   detectors all require a keyword (national IDs, SSN), values with no keyword within 30 characters,
 *   and phone numbers with neither a country code nor a keyword within 30 characters (Macie's rule).
 * National IDs are scored under the corpus's source names (Presidio's CA_SIN, UK_NHS, US_NPI, ...).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const { scanText, parseConfig, builtinDetectors } = await import(new URL('../dist/src/index.js', import.meta.url).href);
const { compileKeywords } = await import(new URL('../dist/src/keywords.js', import.meta.url).href);

// ------------------------------------------------------------------ arguments
const argv = process.argv.slice(2);
const arg = (name, def) => {
  const a = argv.find((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  if (!a) return def;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : true;
};
const asJson = !!arg('json', false);
const minConfidence = arg('min-confidence', undefined);
const onlyTypes = arg('types', '') ? String(arg('types', '')).split(',') : null;
const listMax = Number(arg('list', 25));
const corpusPath = arg('corpus', `${here}../../shared/corpora/peer-vectors.jsonl`);

const only = arg('only', '') ? String(arg('only', '')).split(',') : null;
const configInput = { ...(minConfidence ? { minConfidence } : {}), ...(only ? { detectors: { only } } : {}) };
const config = await parseConfig(configInput); // await: tolerates a sync or an async parseConfig

// ------------------------------------------------------------------ type mapping
/** Our reported type (and detector id) to the corpus's canonical type; undefined = not comparable. */
function canonical(type, detectorId) {
  if (detectorId === 'iban') return 'IBAN'; // every *_BANK_ACCOUNT_NUMBER from an IBAN
  if (type === 'CREDIT_CARD_NUMBER' || type === 'CREDIT_CARD_NUMBER_(NO_KEYWORD)') return 'CREDIT_CARD_NUMBER';
  if (type === 'PHONE_NUMBER' || /_PHONE_NUMBER$/.test(type)) return 'PHONE_NUMBER';
  if (type === 'USA_SOCIAL_SECURITY_NUMBER') return 'USA_SOCIAL_SECURITY_NUMBER';
  if (type === 'EMAIL_ADDRESS') return 'EMAIL_ADDRESS';
  if (type === 'AWS_CREDENTIALS') return 'AWS_CREDENTIALS';
  if (type === 'IP_ADDRESS' || type === 'IPV4_ADDRESS' || type === 'IPV6_ADDRESS') return 'IP_ADDRESS';
  if (type === 'URL') return 'URL';
  if (type === 'NAME') return 'NAME';
  if (type === 'ADDRESS') return 'ADDRESS';
  if (type === 'DATE_OF_BIRTH') return 'DATE_OF_BIRTH';
  if (type === 'USA_PASSPORT_NUMBER') return 'US_PASSPORT';
  if (type === 'DRIVERS_LICENSE') return 'US_DRIVER_LICENSE';
  if (type === 'BANK_ACCOUNT_NUMBER') return 'BANK_ACCOUNT_NUMBER';
  return NATIONAL_IDS[type];
}

/**
 * National IDs: the corpus keeps its sources' type names for them (Presidio's UK_NHS, US_NPI, ...);
 * our Macie type → that name. scrubadub's en_GB names are renamed to Presidio's when the corpus is read
 * (CORPUS_ALIASES), and its TAX_REFERENCE_NUMBER (the UK TRN) is scored as UK_TAX_REFERENCE; Presidio's
 * PH_MOBILE_NUMBER and TR_PHONE_NUMBER cases count as PHONE_NUMBER.
 */
const NATIONAL_IDS = {
  AUSTRALIA_TAX_FILE_NUMBER: 'AU_TFN',
  CANADA_SOCIAL_INSURANCE_NUMBER: 'CA_SIN',
  GERMANY_PASSPORT_NUMBER: 'DE_PASSPORT',
  GERMANY_TAX_IDENTIFICATION_NUMBER: 'DE_TAX_ID',
  INDIA_AADHAAR_NUMBER: 'IN_AADHAAR',
  INDIA_PERMANENT_ACCOUNT_NUMBER: 'IN_PAN',
  ITALY_NATIONAL_IDENTIFICATION_NUMBER: 'IT_FISCAL_CODE',
  ITALY_PASSPORT_NUMBER: 'IT_PASSPORT',
  ITALY_DRIVERS_LICENSE: 'IT_DRIVER_LICENSE',
  // Presidio's MEDICAL_LICENSE recognizer finds DEA registration numbers.
  US_DRUG_ENFORCEMENT_AGENCY_NUMBER: 'MEDICAL_LICENSE',
  SPAIN_DNI_NUMBER: 'ES_NIF',
  SPAIN_NIF_NUMBER: 'ES_NIF',
  SPAIN_NIE_NUMBER: 'ES_NIE',
  SPAIN_PASSPORT_NUMBER: 'ES_PASSPORT',
  UK_DRIVERS_LICENSE: 'UK_DRIVING_LICENCE',
  UK_NATIONAL_INSURANCE_NUMBER: 'UK_NINO',
  UK_NHS_NUMBER: 'UK_NHS',
  UK_PASSPORT_NUMBER: 'UK_PASSPORT',
  UK_TAX_IDENTIFICATION_NUMBER: 'UK_TAX_REFERENCE',
  USA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER: 'US_ITIN',
  USA_MEDICARE_BENEFICIARY_IDENTIFIER: 'US_MBI',
  USA_NATIONAL_PROVIDER_IDENTIFIER: 'US_NPI',
};
const CORPUS_ALIASES = {
  NATIONAL_INSURANCE_NUMBER: 'UK_NINO',
  DRIVERS_LICENCE: 'UK_DRIVING_LICENCE',
  TAX_REFERENCE_NUMBER: 'UK_TAX_REFERENCE',
  // Presidio's country phone recognizers: phone numbers like any other (PHONE_NUMBER is every country's).
  PH_MOBILE_NUMBER: 'PHONE_NUMBER',
  TR_PHONE_NUMBER: 'PHONE_NUMBER',
};

/** Canonical types we have a detector for, and whether every such detector needs a keyword. */
const covered = new Map();
for (const d of builtinDetectors) {
  if (config.detectors.only && !config.detectors.only.some((x) => x === d.id || x === d.type)) continue;
  if (config.detectors.disable.some((x) => x === d.id || x === d.type)) continue;
  for (const t of [d.type, ...(d.extraTypes ?? []), ...(d.keywords?.unkeyedType ? [d.keywords.unkeyedType] : [])]) {
    const c = canonical(t, d.id);
    if (!c) continue;
    const gated = !!d.keywords?.required;
    covered.set(c, { gated: (covered.get(c)?.gated ?? true) && gated, detectors: [...new Set([...(covered.get(c)?.detectors ?? []), d.id])] });
  }
}
const scoredTypes = [...covered.keys()].filter((t) => !onlyTypes || onlyTypes.includes(t)).sort();

// ------------------------------------------------------------------ corpus
const cases = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const c of cases) {
  for (const e of c.entities) e.type = CORPUS_ALIASES[e.type] ?? e.type;
  if (c.negative_for) c.negative_for = [...new Set(c.negative_for.map((t) => CORPUS_ALIASES[t] ?? t))];
}
const sourceOf = (c) => {
  const repo = c.source.split('@')[0];
  if (repo === 'microsoft/presidio') return 'presidio-tests';
  if (repo === 'microsoft/presidio-research') return 'presidio-research';
  if (repo === 'LeapBeyond/scrubadub') return 'scrubadub';
  return repo;
};

/** Values the detectors of a canonical type never report on purpose (e.g. Macie's issuer test card numbers). */
const allowedByDesign = new Map();
for (const d of builtinDetectors) {
  if (!d.allow?.length) continue;
  const c = canonical(d.type, d.id);
  if (!c) continue;
  const normalize = d.normalize ?? ((v) => v);
  allowedByDesign.set(c, [...(allowedByDesign.get(c) ?? []), (v) => d.allow.includes(normalize(v))]);
}

/**
 * Keywords of the detectors of a canonical type whose detectors all require one (Macie's rule for
 * national IDs): an expected value with none of them within the detector's distance (30 characters) is
 * a caveat group, not a miss of Macie's rule.
 */
const keywordsOf = new Map();
for (const d of builtinDetectors) {
  const c = canonical(d.type, d.id);
  if (c && d.keywords?.required) keywordsOf.set(c, [...(keywordsOf.get(c) ?? []), { kw: compileKeywords(d.keywords.words), distance: d.keywords.distance ?? 30 }]);
}
const hasKeywordNear = (type, text, e) => {
  const bytes = Buffer.from(text, 'utf8').toString('latin1');
  const start = Buffer.byteLength(text.slice(0, e.start));
  const end = start + Buffer.byteLength(text.slice(e.start, e.end));
  return keywordsOf.get(type).some(({ kw, distance }) => kw.near(bytes, start, end, distance) !== undefined);
};

/** Macie's phone rule: without a keyword near it, a number must carry its country code. */
const phoneDetector = builtinDetectors.find((d) => d.id === 'phone-number');
const phoneKeywords = phoneDetector?.keywords ? compileKeywords(phoneDetector.keywords.words) : undefined;
const nationalWithoutKeyword = (text, e) => {
  if (!phoneKeywords || /^\s*(?:\+|00)/.test(e.value)) return false;
  const bytes = Buffer.from(text, 'utf8').toString('latin1');
  const start = Buffer.byteLength(text.slice(0, e.start));
  const end = start + Buffer.byteLength(text.slice(e.start, e.end));
  return phoneKeywords.near(bytes, start, end, 30) === undefined;
};

/** Caveat group of one expected entity (undefined = core). */
function caveatOf(type, e, c) {
  const src = sourceOf(c);
  const allowed = allowedByDesign.get(type);
  if (allowed?.some((isAllowed) => isAllowed(e.value))) return "test value on the allow list (Macie ignores)";
  if (covered.get(type)?.gated && !hasKeywordNear(type, c.text, e)) return 'no keyword within 30 characters (Macie requires one)';
  if (type === 'NAME' && !/\s/.test(e.value.trim())) return src === 'scrubadub' ? 'scrubadub single first name' : 'single-token name (Macie: full names only)';
  if (type === 'EMAIL_ADDRESS' && / at /i.test(e.value)) return "'john at gmail.com' email";
  if (type === 'ADDRESS' && (/^\s*\d+\s*$/.test(e.value) || /^\s*(?:apt|suite|unit)\.?\s*#?\s*\d+\s*$/i.test(e.value))) return 'address fragment (bare number or Apt./Suite)';
  if (type === 'ADDRESS' && !maciePostal(e.value)) return 'address with no postal code of a Macie country';
  if (type === 'PHONE_NUMBER' && nationalWithoutKeyword(c.text, e)) return 'no country code and no keyword (Macie requires one)';
  if (type === 'IP_ADDRESS' && specialPurposeIp(e.value)) return 'loopback, unspecified or broadcast IP (no host)';
  return undefined;
}

/**
 * Addresses that name no host and so no one (RFC 6890): loopback (127/8, ::1), unspecified (0.0.0.0, ::)
 * and limited broadcast (255.255.255.255), bare or with a prefix length. Judged from the expected value
 * alone; the detector reports them at confidence low only.
 */
function specialPurposeIp(v) {
  const addr = v.trim().replace(/\/\d{1,3}$/, '');
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(addr) || addr === '0.0.0.0' || addr === '255.255.255.255' || addr === '::' || addr === '::1';
}

/**
 * Macie's ADDRESS needs a city/place and a postal code, in AU, CA, FR, DE, IT, ES, UK or US. This looks
 * only at the expected value (not at our detector): does it hold a postal code of one of those countries?
 */
const US_STATE = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP|AA|AE|AP';
function maciePostal(v) {
  if (new RegExp(`\\b(?:${US_STATE})[\\s,]+\\d{5}(?:-\\d{4})?\\b`, 'i').test(v)) return true; // US (incl. APO/FPO AA/AE/AP)
  if (/\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b/i.test(v)) return true; // CA
  if (/\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/i.test(v)) return true; // UK
  if (/\b(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)[\s,]+\d{4}\b/i.test(v)) return true; // AU
  if (/\b(?:France|Germany|Deutschland|Italy|Italia|Spain|España)\b/i.test(v) && /\b\d{5}\b/.test(v)) return true; // FR DE IT ES
  return false;
}

/** Types the fully annotated synthetic set labels at all (it has no DATE_OF_BIRTH: births are DATE_TIME there). */
const researchVocab = new Set(cases.filter((c) => sourceOf(c) === 'presidio-research').flatMap((c) => c.entities.map((e) => e.type)));

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const excerpt = (text, start, end) => {
  const a = Math.max(0, start - 30);
  const b = Math.min(text.length, end + 30);
  const s = `${a > 0 ? '…' : ''}${text.slice(a, start)}[[${text.slice(start, end)}]]${text.slice(end, b)}${b < text.length ? '…' : ''}`;
  return s.replace(/\n/g, '⏎').replace(/\t/g, ' ');
};

// ------------------------------------------------------------------ scoring
const stats = new Map(); // `${type}\t${row}` -> counters
const bump = (type, row, key, n = 1) => {
  const k = `${type}\t${row}`;
  if (!stats.has(k)) stats.set(k, { tp: 0, fn: 0, foundTp: 0, fp: 0, exact: 0 });
  stats.get(k)[key] += n;
};
const misses = new Map(scoredTypes.map((t) => [t, []]));
const falseAlarms = new Map(scoredTypes.map((t) => [t, []]));
const unlabelled = new Map(scoredTypes.map((t) => [t, []]));
const ignored = new Map(scoredTypes.map((t) => [t, 0]));
const droppedLow = new Map(scoredTypes.map((t) => [t, 0]));
const unmapped = new Map();

const t0 = Date.now();
for (const c of cases) {
  const findings = await scanText(c.text, { config });
  const byType = new Map();
  for (const f of findings) {
    const t = canonical(f.type, f.detector);
    if (!t) {
      unmapped.set(f.type, (unmapped.get(f.type) ?? 0) + 1);
      continue;
    }
    if (!byType.has(t)) byType.set(t, []);
    byType.get(t).push(f);
  }
  const src = sourceOf(c);
  const negFor = c.negative_for ?? [];
  for (const t of scoredTypes) {
    const found = byType.get(t) ?? [];
    const allExp = c.entities.filter((e) => e.type === t);
    const countOnly = c.spans_complete === false && (c.entity_type_hint === t || allExp.length > 0);
    const labelled = (src === 'presidio-research' && researchVocab.has(t)) || allExp.length > 0 || countOnly || negFor.includes(t) || negFor.includes('ANY');
    if (!labelled) {
      for (const f of found) unlabelled.get(t).push({ text: excerpt(c.text, f.start, f.end), source: c.source });
      continue;
    }
    const rows = (group) => ['all', src, group ?? 'core (no caveat group)'];
    if (countOnly) {
      const n = c.expected_count ?? allExp.length;
      const tp = Math.min(n, found.length);
      for (const r of rows()) {
        bump(t, r, 'tp', tp);
        bump(t, r, 'foundTp', tp);
        bump(t, r, 'fn', n - tp);
        bump(t, r, 'fp', found.length - tp);
      }
      if (n > tp) misses.get(t).push({ text: `(count-only, expected ${n}, found ${found.length}) ${c.text.slice(0, 80)}`, source: c.source });
      continue;
    }
    const dropLow = covered.get(t).gated;
    const exp = allExp.filter((e) => !(dropLow && e.low_confidence));
    const dropped = allExp.filter((e) => dropLow && e.low_confidence);
    droppedLow.set(t, droppedLow.get(t) + dropped.length);
    const matchedFound = new Set();
    for (const e of exp) {
      const group = caveatOf(t, e, c);
      const hits = found.filter((f) => overlaps(f, e));
      hits.forEach((f) => matchedFound.add(f));
      for (const r of rows(group)) {
        bump(t, r, hits.length ? 'tp' : 'fn');
        if (hits.some((f) => f.start === e.start && f.end === e.end)) bump(t, r, 'exact');
      }
      if (!hits.length) misses.get(t).push({ text: excerpt(c.text, e.start, e.end), source: c.source, group: group ?? null });
    }
    for (const f of found) {
      if (matchedFound.has(f)) {
        const e = exp.find((x) => overlaps(f, x));
        for (const r of rows(caveatOf(t, e, c))) bump(t, r, 'foundTp');
      } else if (dropped.some((e) => overlaps(f, e))) {
        ignored.set(t, ignored.get(t) + 1);
      } else {
        for (const r of rows()) bump(t, r, 'fp');
        falseAlarms.get(t).push({ text: excerpt(c.text, f.start, f.end), source: c.source, detector: f.detector, type: f.type });
      }
    }
  }
}
const elapsedMs = Date.now() - t0;

// ------------------------------------------------------------------ report
const ratio = (a, b) => (b ? a / b : null);
const metrics = (s) => {
  const precision = ratio(s.foundTp, s.foundTp + s.fp);
  const recall = ratio(s.tp, s.tp + s.fn);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { ...s, precision, recall, f1 };
};
const ROW_ORDER = ['all', 'presidio-research', 'presidio-tests', 'scrubadub', 'core (no caveat group)'];
const result = {
  corpus: corpusPath,
  cases: cases.length,
  config: { input: configInput, minConfidence: config.minConfidence, detectors: config.detectors },
  elapsedMs,
  types: scoredTypes.map((t) => {
    const rows = [...stats.entries()]
      .filter(([k]) => k.startsWith(`${t}\t`))
      .map(([k, s]) => ({ row: k.split('\t')[1], ...metrics(s) }))
      .sort((a, b) => {
        const ia = ROW_ORDER.indexOf(a.row);
        const ib = ROW_ORDER.indexOf(b.row);
        return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.row.localeCompare(b.row);
      });
    return {
      type: t,
      detectors: covered.get(t).detectors,
      keywordGated: covered.get(t).gated,
      rows,
      droppedLowConfidence: droppedLow.get(t),
      ignoredLowConfidenceHits: ignored.get(t),
      misses: misses.get(t),
      falseAlarms: falseAlarms.get(t),
      unlabelledFindings: unlabelled.get(t),
    };
  }),
  notCompared: Object.fromEntries(unmapped),
};

if (asJson) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const fmt = (x) => (x === null ? '   - ' : x.toFixed(3));
  const out = [];
  out.push(`pii-guard accuracy on ${corpusPath}`);
  out.push(`${cases.length} cases, scanned in ${elapsedMs} ms`);
  out.push(`config: ${JSON.stringify(configInput)} -> minConfidence=${config.minConfidence}, detectors=${JSON.stringify(config.detectors)}`);
  out.push('TP = expected spans overlapped by a finding of the same type; FP = findings overlapping no expected span');
  out.push('(in cases labelled for the type); P = matching findings / findings; exact = expected spans found exactly.');
  out.push('Rows: all; by source; "core" = all minus the caveat groups below it. Presidio unit tests record what');
  out.push('Presidio does, not ground truth; presidio-research is synthetic (Faker).');
  out.push('');
  const head = `${'type'.padEnd(27)}${'row'.padEnd(54)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}  ${'P'.padEnd(6)} ${'R'.padEnd(6)} ${'F1'.padEnd(6)} exact`;
  out.push(head);
  out.push('-'.repeat(head.length));
  for (const t of result.types) {
    if (!t.rows.length) {
      out.push(`${t.type.padEnd(27)}${t.droppedLowConfidence ? `(all ${t.droppedLowConfidence} expectations are low_confidence: dropped for a keyword-gated detector)` : '(no cases of this type in the corpus)'}`);
    }
    for (const r of t.rows) {
      out.push(
        `${t.type.padEnd(27)}${r.row.padEnd(54)}${String(r.tp).padStart(5)}${String(r.fp).padStart(5)}${String(r.fn).padStart(5)}  ${fmt(r.precision)}  ${fmt(r.recall)}  ${fmt(r.f1)}  ${r.exact}`,
      );
    }
    out.push('');
  }
  const list = (items) => (listMax < 0 ? items : items.slice(0, listMax));
  for (const t of result.types) {
    out.push(`== ${t.type} (detectors: ${t.detectors.join(', ')}${t.keywordGated ? '; keyword-gated: low_confidence expectations dropped' : ''})`);
    if (t.ignoredLowConfidenceHits) out.push(`   findings on dropped low_confidence expectations (not scored): ${t.ignoredLowConfidenceHits}`);
    out.push(`   misses: ${t.misses.length}`);
    for (const m of list(t.misses)) out.push(`     - ${m.group ? `{${m.group}} ` : ''}${m.text}   <${m.source}>`);
    if (t.misses.length > list(t.misses).length) out.push(`     … ${t.misses.length - list(t.misses).length} more (--list=-1)`);
    out.push(`   false alarms: ${t.falseAlarms.length}`);
    for (const m of list(t.falseAlarms)) out.push(`     - ${m.text}   (${m.type}) <${m.source}>`);
    if (t.falseAlarms.length > list(t.falseAlarms).length) out.push(`     … ${t.falseAlarms.length - list(t.falseAlarms).length} more (--list=-1)`);
    out.push(`   findings in cases not labelled for ${t.type} (not scored): ${t.unlabelledFindings.length}`);
    for (const m of list(t.unlabelledFindings)) out.push(`     - ${m.text}   <${m.source}>`);
    out.push('');
  }
  const nc = Object.entries(result.notCompared);
  if (nc.length) out.push(`findings of types with no canonical counterpart (not compared): ${nc.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
