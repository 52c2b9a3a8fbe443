import { defineDetector } from '../src/define.js';

/** ICAO 9303 check digit: weights 7, 3, 1; digits count as themselves, A–Z as 10–35. */
function icaoCheck(s: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    sum += v * weights[i % 3]!;
  }
  return sum % 10;
}

/** The specimen ("Mustermann") passport number published by the Bundesdruckerei and the BMI. */
const SPECIMEN = ['C01X00T47'];

export default defineDetector({
  id: 'germany-passport-number',
  type: 'GERMANY_PASSPORT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'high', 'high'],
  countries: ['DE'],
  description: 'German passport number (9 characters from C F G H J K L M N P R T V W X Y Z 0–9) with its keyword',
  validation:
    'first character C, F, G, H, J or K (passports), 8 more from the document alphabet, at least 2 digits; an optional 10th character must be the ICAO 9303 check digit',
  pattern: /(?<![A-Za-z0-9-]|\d\.)[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}\d?(?![A-Za-z0-9]|[-.]\d)/g,
  maxLength: 10,
  keywords: {
    words: [
      'reisepass', 'reisepassnummer', 'passnummer', 'pass nr', 'pass nr.', 'pass-nummer', 'passport', 'passport number',
      'passport no', 'german passport', 'deutscher reisepass', 'geburtsdatum',
    ],
    required: true,
  },
  normalize: (v) => v.slice(0, 9),
  allow: SPECIMEN,
  validate: (value) => {
    const serial = value.slice(0, 9);
    if ((serial.match(/\d/g)?.length ?? 0) < 2) return false;
    if (/^.0{8}$/.test(serial)) return false;
    return value.length === 9 || icaoCheck(serial) === value.charCodeAt(9) - 48;
  },
  examples: {
    keyword: 'Reisepass',
    match: ['C01234565', 'CZ6311T03', 'F4HK92T7R', 'C4HK92T7R3'],
    noMatch: [
      'Reisepass C01X00T47', // specimen number
      'Reisepass C01X00T478', // specimen number with its MRZ check digit
      'Reisepass C4HK92T7R4', // wrong check digit
      'Reisepass A01234565', // A is not in the document alphabet
      'Reisepass C0123456', // 8 characters
      'Bestellung C01234565', // no keyword
    ],
  },
});
