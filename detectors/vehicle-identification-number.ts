import { defineDetector } from '../src/define.js';

/** ISO 3779 / 49 CFR 565 transliteration of letters (I, O, Q never occur). */
const VALUE: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Check digit in position 9: weighted sum mod 11, 10 written as X. */
function vinCheck(vin: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!;
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : VALUE[c];
    if (v === undefined) return false;
    sum += v * WEIGHTS[i]!;
  }
  const r = sum % 11;
  return vin[8] === (r === 10 ? 'X' : String(r));
}

/** Example VINs from Wikipedia, NHTSA and API documentation. */
const PUBLISHED = ['1M8GDM9AXKP042788', '1HGBH41JXMN109186', '11111111111111111', '1G1ZT53826F109149'];

export default defineDetector({
  id: 'vehicle-identification-number',
  type: 'VEHICLE_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'low', 'medium'],
  description: 'Vehicle identification number (17 characters, ISO 3779) with its keyword',
  validation:
    'ISO 3779 alphabet (no I, O, Q); check digit in position 9 and model-year character not U, Z or 0, or (outside North America and China, where the check digit is optional) a letter in the WMI and a numeric last four, at medium',
  pattern: /(?<![A-Za-z0-9]|\d\.)[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9]|\.\d)/g,
  maxLength: 17,
  keywords: {
    words: [
      'vin', 'vin#', 'vin number', 'vehicle identification number', 'vehicle identification no', 'vehicle id number',
      'chassis number', 'chassis no', 'fahrgestellnummer', 'fahrzeug-identifizierungsnummer', 'fahrzeugidentifizierungsnummer',
      'niv', "numéro d'identification du véhicule", "numero d'identification du vehicule", 'número de identificação do veículo',
      'numero de identificacao do veiculo', 'número de identificación del vehículo', 'numero de identificacion del vehiculo',
      'número de bastidor', 'numero de bastidor', 'vin numeris', 'transporto priemonės identifikavimo numeris',
      'numer vin', 'numer identyfikacyjny pojazdu', 'număr de identificare a vehiculului', 'numar de identificare',
      'serie sasiu', 'serie șasiu',
    ],
    required: true,
  },
  allow: PUBLISHED,
  validate: (value) => {
    if (!/\d/.test(value) || !/[A-Z]/.test(value)) return false;
    if (vinCheck(value)) return !'UZ0'.includes(value[9]!);
    // The check digit is mandatory in North America (WMI 1–5) and China (L) only. Elsewhere (Europe S–Z,
    // Japan J, Korea K, …) position 9 is often a filler ("WVWZZZ1KZAW123456"): there, a VIN next to its
    // keyword needs the ISO 3779 shape instead: a letter in the WMI and a numeric last four. `medium`:
    // no checksum vouches for it.
    if (/^[1-5L]/.test(value)) return false;
    return /[A-Z]/.test(value.slice(0, 3)) && /\d{4}$/.test(value) ? 'medium' : false;
  },
  examples: {
    keyword: 'VIN',
    match: ['1FTFW1ET9DFC10312', 'WVWZZZ3C8WE689725', 'JH4KA7561PC008269', '2T1BURHE2JC034661', 'WVWZZZ1KZAW123456'],
    noMatch: [
      'VIN 1FTFW1ET6DFC10312', // check digit fails (mandatory in North America)
      'VIN LSGPC52U6AF10255X', // Chinese WMI: check digit mandatory, fails
      'VIN WVWZZZ1KZAW12345A', // no check digit, and the last four are not digits
      'VIN 98765432109876543', // no letter
      'VIN: 1M8GDM9AXKP042788', // Wikipedia's example
      'VIN 11111111111111111', // all the same
      'VIN 1FTFW1ET9DFC1031', // 16 characters
      'VIN 1FTFW1ET9DFI10312', // I is not allowed
      'hash 1FTFW1ET9DFC10312', // no keyword
    ],
  },
});
