import { defineDetector } from '../src/define.js';
import { RFC_KEYWORDS, rfcCanonical, rfcValid } from './mexico-individual-rfc-number.js';

/**
 * Values never reported: the fictitious companies of the SAT's published CFDI test certificates,
 * used by every invoicing library and sandbox (EKU9003173C9 "ESCUELA KEMPER URGATE" above all).
 */
const PUBLISHED = [
  'EKU9003173C9', 'IIA040805DZ4', 'H&E951128469', 'IVD920810GU2', 'IXS7607092R5', 'JES900109Q90',
  'KIJ0906199R1', 'L&O950913MSA', 'OÑO120726RX3', 'S&S051221SE2', 'URE180429TM6', 'XIA190128J61',
  'ZUÑ920208KL4',
];

export default defineDetector({
  id: 'mexico-organization-rfc-number',
  type: 'MEXICO_ORGANIZATION_RFC_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'medium', 'high'],
  countries: ['MX'],
  description: 'Mexican RFC of a company (12 characters: MAB930714 8T4, letters may include & and Ñ) with its keyword',
  validation: 'valid YYMMDD date; homoclave [1-9A-V][1-9A-Z][0-9A]; mod 11 check digit (padded to 12 with a leading space, weights 13–2, 10 → A)',
  // 3 letters, & (also "&amp;" in XML) or Ñ (UTF-8 or Latin-1), YYMMDD, homoclave; separators
  // (space or hyphen) used consistently. A fourth letter before it makes a person's RFC: not matched.
  pattern:
    /(?<![A-Za-z\d&\xC0-\xFF]|\xC3[\x80-\xBF]|&amp;)(?:[A-Z\xD1]|\xC3\x91|&(?:amp;)?){3}([- ]?)\d{6}\1[1-9A-V][1-9A-Z][\dA](?![A-Za-z\d&\xC0-\xFF])/g,
  maxLength: 26,
  keywords: {
    words: RFC_KEYWORDS,
    required: true,
  },
  normalize: rfcCanonical,
  allow: PUBLISHED,
  validate: (value) => {
    const v = rfcCanonical(value);
    return /^[A-ZÑ&]{3}\d{6}/.test(v) && v.length === 12 && rfcValid(v);
  },
  examples: {
    keyword: 'RFC',
    match: ['LUZ8704157Q8', 'T&M050505A31', 'T&amp;M050505A31', 'PEÑ010203KW0', 'CIM 200331 3C2', 'BOÑ-070707-P96', 'SOL950612HEA'],
    noMatch: [
      'RFC LUZ8704157Q9', // wrong check digit
      'RFC LUZ8702297QA', // 29 February 1987 (check digit right)
      'RFC: EKU9003173C9', // the SAT's published test company
      'RFC CIM 200331-3C2', // mixed separators
      'RFC 9LUZ8704157Q8', // inside a longer code
      'RFC LOPA850315K70', // a person RFC: the individual detector reports it
      'RFC LUZ87041570Q8', // seven digits
      'pedido LUZ8704157Q8 enviado', // no keyword
    ],
  },
});
