import { defineDetector } from '../src/define.js';
import type { Span } from '../src/types.js';

const compact = (v: string): string => v.replace(/[ -]/g, '');

/** France, RIB key: 97 − ((89·bank + 15·branch + 3·account) mod 97), letters A–Z → 1–9 cyclically (A,J→1; S→2). */
function ribKey(b: string): boolean {
  const acc = b.slice(10, 21).replace(/[A-Z]/g, (c) => String(((c.charCodeAt(0) - 65 + (c >= 'S' ? 1 : 0)) % 9) + 1));
  const r = (89 * +b.slice(0, 5) + 15 * +b.slice(5, 10) + 3 * (+acc % 97)) % 97;
  return 97 - r === +b.slice(21, 23);
}

/** Spain, CCC: two mod-11 control digits (bank+branch, then account). */
function esControl(b: string): boolean {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (s: string): number => {
    const r = 11 - (w.reduce((sum, wi, i) => sum + wi * +s[i]!, 0) % 11);
    return r === 11 ? 0 : r === 10 ? 1 : r;
  };
  return `${dc(`00${b.slice(0, 8)}`)}${dc(b.slice(10, 20))}` === b.slice(8, 10);
}

/** Italy, CIN: odd/even position tables over ABI + CAB + conto, mod 26 → letter. */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function itCin(b: string): boolean {
  let sum = 0;
  for (let i = 1; i < 23; i++) {
    const c = b.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 65;
    sum += (i - 1) % 2 === 0 ? ODD[v]! : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === b[0];
}

/** The country of a compact BBAN (or UK domestic sort code + account), when its structure and check digits fit. */
function country(raw: string): string | undefined {
  const b = compact(raw);
  if (b.length === 14) return /^\d{2}-\d{2}-\d{2}[ -]?\d{8}$/.test(raw) ? 'UK' : undefined;
  if (b.length === 18) return /^[A-Z]{4}\d{14}$/.test(b) ? 'UK' : /^\d{18}$/.test(b) ? 'GERMANY' : undefined;
  if (b.length === 20) return /^\d{20}$/.test(b) && esControl(b) ? 'SPAIN' : undefined;
  if (b.length !== 23) return undefined;
  if (/^[A-Z]\d{10}[0-9A-Z]{12}$/.test(b)) return itCin(b) ? 'ITALY' : undefined;
  if (/^\d{10}[0-9A-Z]{11}\d{2}$/.test(b)) return ribKey(b) ? 'FRANCE' : undefined;
  return undefined;
}

/**
 * Runs of alphanumeric groups joined by single spaces or hyphens; in each run, the longest prefix of
 * groups (from each group start) that is a valid BBAN. A group right after an IBAN head ("GB29 ") never
 * starts one: that is the IBAN detector's value.
 */
function* find(text: string): Iterable<Span> {
  const runs = /(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*/g;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    const groups = [...m[0].matchAll(/[A-Za-z0-9]+/g)].map((g) => [m!.index + g.index, m!.index + g.index + g[0].length] as const);
    for (let i = 0; i < groups.length; i++) {
      const [s] = groups[i]!;
      if (i > 0 && /^[A-Z]{2}\d{2}$/.test(text.slice(groups[i - 1]![0], groups[i - 1]![1]))) continue;
      let best = -1;
      for (let j = i, len = 0; j < groups.length && len < 23; j++) {
        len += groups[j]![1] - groups[j]![0];
        if (len >= 14 && len <= 23 && country(text.slice(s, groups[j]![1]))) best = j;
      }
      if (best >= 0) {
        yield { start: s, end: groups[best]![1] };
        i = best;
      }
    }
  }
}

export default defineDetector({
  id: 'bban',
  type: '<COUNTRY>_BANK_ACCOUNT_NUMBER',
  macie: true,
  category: 'FINANCIAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  description: 'National bank account number (BBAN) of FR, DE, IT, ES, UK (and UK sort code + account) next to a keyword',
  countries: ['FR', 'DE', 'IT', 'ES', 'GB'],
  validation: 'structure per country; FR RIB key, ES control digits, IT CIN (DE, UK: keyword only)',
  find,
  maxLength: 40,
  keywords: {
    // Macie's lists (section 1.3): the shared core, then FR, DE, IT, ES; plus "sort code" for the UK form.
    words: [
      'account code', 'account number', 'accountno#', 'accountnumber#', 'bban', 'customer account id',
      'customer account number', 'customer bank account id', 'iban', 'sepa',
      'code bancaire', 'compte bancaire', 'numéro de compte', 'rib',
      'bankleitzahl', 'geheimzahl', 'kartennummer', 'kontonummer', 'kreditkartennummer',
      'codice bancario', 'conto bancario', 'numero di conto',
      'código cuenta', 'código cuenta bancaria', 'cuenta cliente id', 'número cuenta bancaria cliente', 'número cuenta cliente', 'ccc',
      'sort code',
    ],
    required: true,
  },
  normalize: compact,
  classify: (value) => {
    const c = country(value);
    return c && `${c}_BANK_ACCOUNT_NUMBER`;
  },
  examples: {
    keyword: 'bban',
    // The BBANs of the SWIFT IBAN registry's examples, and the UK domestic form.
    match: ['NWBK60161331926819', 'NWBK-6016-1331-9268-19', '60-16-13 31926819', '37040044 0532013000', '20041 01005 0500013M026 06',
      'X 05428 11101 000000123456', '2100 0418 45 0200051332'],
    noMatch: [
      'bban 20041 01005 0500013M026 07', // wrong RIB key
      'bban 2100 0418 46 0200051332', // wrong control digits
      'bban Y0542811101000000123456', // wrong CIN
      'ref NWBK60161331926819', // no keyword
      'iban GB29 NWBK 6016 1331 9268 19', // an IBAN, the IBAN detector's value
      'account number 60-16-13', // sort code alone
    ],
  },
});
