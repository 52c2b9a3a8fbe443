import { defineDetector } from '../src/define.js';
import { CUIT_KEYWORDS, cuitNormalize, cuitPattern, cuitValid } from './argentina-individual-tax-identification-number.js';

/** The placeholder company CUIT of Argentine tutorials, fixtures and validator tests (30-12345678-1). */
const PUBLISHED = ['30123456781'];

export default defineDetector({
  id: 'argentina-organization-tax-identification-number',
  type: 'ARGENTINA_ORGANIZATION_TAX_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'medium', 'high'],
  countries: ['AR'],
  description: 'Argentine CUIT of a company (30-71234567-1, prefix 30, 33 or 34) with its keyword',
  validation: 'prefix 30/33/34; mod 11 check digit (weights 5,4,3,2,7,6,5,4,3,2; remainder 1 never issued); all-zero serial rejected',
  pattern: cuitPattern('30|33|34'),
  maxLength: 15,
  keywords: {
    words: CUIT_KEYWORDS,
    required: true,
  },
  normalize: cuitNormalize,
  allow: PUBLISHED,
  validate: (value) => {
    const d = cuitNormalize(value);
    return /^3[034]/.test(d) && cuitValid(d);
  },
  examples: {
    keyword: 'CUIT',
    match: ['30-71234567-1', '33271828182', '34-14.142.135-4', '30 16180339 8', '30-57721566-5'],
    noMatch: [
      'CUIT 30-71234567-2', // wrong check digit
      'CUIT: 30-12345678-1', // published placeholder
      'CUIT 30-00000000-7', // all-zero serial (passes the checksum)
      'CUIT 31-71234567-8', // 31 is no company prefix
      'CUIT 20-31415926-9', // a person's CUIL: the individual detector reports it
      'CUIT 330-71234567-1', // inside a longer number
      'CUIT 30-7123456-71', // near-miss shape
      'invoice 33271828182 paid', // no keyword
    ],
  },
});
