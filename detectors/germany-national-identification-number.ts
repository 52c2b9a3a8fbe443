import { defineDetector } from '../src/define.js';
import { compileKeywords } from '../src/keywords.js';

/** ICAO 9303 check digit: weights 7, 3, 1; digits count as themselves, A–Z as 10–35. */
function icaoCheck(s: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    sum += (c >= 65 ? c - 55 : c - 48) * weights[i % 3]!;
  }
  return sum % 10;
}

/**
 * The German words for the card. The old all-digit numbers (10 digits with their check digit) are
 * reported only next to one of these: next to the English "id number" a 10-digit figure whose last
 * digit happens to fit (one in ten) is as likely a customer or phone number.
 */
const GERMAN = compileKeywords(['personalausweis', 'personalausweisnummer', 'ausweis', 'ausweisnummer', 'ausweis nr']);
const DISTANCE = 30;

/**
 * Specimen ("Erika Mustermann") numbers of the Bundesdruckerei/BMI: the 2010 card T22000129, the 2019
 * card L01X00T47 and the pre-2010 card 1220001297; normalized to the 9-character serial.
 */
const SPECIMEN = ['T22000129', 'L01X00T47', '122000129'];

export default defineDetector({
  id: 'germany-national-identification-number',
  type: 'GERMANY_NATIONAL_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['DE'],
  description: 'German identity card (Personalausweis) number: 9 characters from L–Y, C F G H J K L M N P R T V W X Y Z 0–9, or 10 digits before Nov 2010, with its keyword',
  validation:
    'since 2010: first character L M N P R T V W X Y, 8 more from the document alphabet, at least one digit; an optional 10th character must be the ICAO 9303 (7-3-1) check digit. Before 2010: 10 digits whose last is that check digit, next to a German keyword only',
  // T22000129 or T220001293 (with the check digit of the machine-readable zone); old cards 1220001297.
  // The passport detector takes C F G H J K as first letter: the two never claim the same value.
  pattern: /(?<![A-Za-z\d-]|\d\.)(?:[LMNPRTVWXY][CFGHJKLMNPRTVWXYZ\d]{8}\d?|\d{10})(?![A-Za-z\d]|[-.]\d)/g,
  maxLength: 10,
  keywords: {
    words: [
      'personalausweis', 'personalausweisnummer', 'ausweis', 'ausweisnummer', 'ausweis nr',
      'id number', 'personal id', 'identity card',
    ],
    required: true,
  },
  normalize: (v) => v.slice(0, 9),
  allow: SPECIMEN,
  validate: (value, ctx) => {
    const serial = value.slice(0, 9);
    if (/^.0{8}$/.test(serial)) return false;
    if (/^\d{10}$/.test(value)) {
      if (icaoCheck(serial) !== value.charCodeAt(9) - 48) return false;
      const inText = ctx.text.length > 0 && GERMAN.near(ctx.text, ctx.start, ctx.end, DISTANCE) !== undefined;
      return inText || (ctx.labels ?? []).some((l) => GERMAN.inLabel(l) !== undefined);
    }
    if (!/\d/.test(serial)) return false;
    return value.length === 9 || icaoCheck(serial) === value.charCodeAt(9) - 48;
  },
  examples: {
    keyword: 'Personalausweis',
    match: ['M0WF91HM3', 'YF11VFMF08', 'NH113LTH04', 'M1F2LY40W', '9345430464'],
    noMatch: [
      'Personalausweis YF11VFMF09', // wrong check digit
      'Personalausweis 9345430465', // old number, wrong check digit
      'Personalausweis: T22000129', // specimen card
      'Personalausweis L01X00T471', // specimen card with its check digit
      'Personalausweis L00000000', // zero serial
      'Personalausweis C01234565', // C: a passport number
      'Personalausweis LFGHJKLMN', // no digit
      'Personalausweis M0WF91HM3X', // 10 characters, last no digit
      'ID number 9345430464', // old all-digit form without a German keyword
      'Bestellung M0WF91HM3 versandt', // no keyword
    ],
  },
});
