import { defineDetector } from '../src/define.js';
import { allSame } from '../src/checks.js';

/**
 * Example CEPs of documentation and code samples: the input mask 12345-678, and 01001-000 (Praça da
 * Sé, São Paulo), the example of ViaCEP's API documentation that most CEP code samples copy.
 */
const PUBLISHED = ['12345678', '01001000'];

export default defineDetector({
  id: 'brazil-cep-code',
  type: 'BRAZIL_CEP_CODE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['BR'],
  description: 'Brazilian postal code / CEP (01310-100, 01310100 or 01.310-100) with its keyword',
  // Correios' ranges per state run without gaps from 01000 (SP) to 99999 (RS): only 00000–00999 is
  // unassigned. The 3-digit suffix (000 locality, 001–899 streets, 900–999 large users, PO boxes and
  // Correios units) uses every value, so it is not checked.
  validation: 'first five digits within the Correios state ranges (01000–99999); all-same-digit values rejected',
  // 8 digits: 5-3 with a hyphen, unseparated, or the older 2.3-3 with a dot. A 5-digit postal code
  // of another country (Spain, Mexico, the US) is not 8 digits, and a ZIP+4 (90210-1234) is 5-4.
  pattern: /(?<![\d-]|\d\.)(?:\d{2}\.\d{3}-\d{3}|\d{5}-?\d{3})(?![\d]|[-.]\d)/g,
  maxLength: 10,
  keywords: {
    words: [
      'cep', 'código de endereçamento postal', 'codigo de endereçamento postal', 'codigo de enderecamento postal',
      'código postal', 'codigo postal',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return d.length === 8 && !allSame(d) && Number(d.slice(0, 5)) >= 1000;
  },
  examples: {
    keyword: 'CEP',
    match: ['01310-100', '20040020', '30.130-010', '70040-906', '90010-150'],
    noMatch: [
      'CEP 00999-100', // below the first range (SP starts at 01000)
      'CEP: 12345-678', // input-mask example
      'CEP 00000-000', // all zero
      'CEP 013101000', // 9 digits
      'CEP 01310-1000', // longer suffix
      'Código postal: 28013 Madrid', // a Spanish 5-digit postal code
      'ZIP code 90210-1234', // US ZIP+4 and no keyword
      'pedido 01310-100 enviado', // no keyword
    ],
  },
});
