import { defineDetector } from '../src/define.js';
import { mixedCaseAndDigit } from '../src/checks.js';

/**
 * A path, not a key ("sun/security/pkcs12/StoreTrustedCertTest", "com/amazonaws/auth/AWSCredentials"):
 * three or more slash-separated words of 3+ letters, digits only at their ends, mostly lower case.
 * Of 5 million random 40-character keys, none had this shape.
 */
function pathLike(value: string): boolean {
  if (!/^(?:[A-Za-z]{3,}\d*\/){2,}[A-Za-z]{3,}\d*$/.test(value)) return false;
  const letters = value.replace(/[^A-Za-z]/g, '');
  return letters.replace(/[^a-z]/g, '').length >= 0.75 * letters.length;
}

export default defineDetector({
  id: 'aws-credentials',
  type: 'AWS_CREDENTIALS',
  macie: true,
  category: 'CREDENTIALS',
  severity: ['high', 'high', 'high'],
  description: 'AWS secret access key (40 characters) next to a keyword; AWS documentation examples ignored',
  validation: 'length, alphabet, mixed case and digits, not a path',
  pattern: /(?<![A-Za-z0-9\/+])[A-Za-z0-9\/+]{40}(?![A-Za-z0-9\/+=])/g,
  maxLength: 40,
  keywords: {
    words: ['aws_secret_access_key', 'credentials', 'secret access key', 'secret key', 'set-awscredential', 'aws secret', 'secretkey', 'aws_secret_key'],
    required: true,
  },
  allow: ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'],
  validate: (value) => mixedCaseAndDigit(value) && !value.endsWith('EXAMPLEKEY') && !pathLike(value),
  examples: {
    keyword: 'aws_secret_access_key',
    match: ['Tq9xV2mLr8Kp3Zb7Wc1Nd5Hf0Gj4Ys6Ua2Qe8Ri0', 'u7+Rk2Lq9Zx3Vm5Nb1Pc8Wd4Hf6Gj0Ts2Ya7Ke3Q', 'Hx4/Lm9Qz2Rv7Tb1Wn6Yc3Pk8Sd5Fg0Aj2Ue7Io9'],
    noMatch: [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'commit 3f786850e387550fdab836ed7e6dc881de23001b', // hex digest, no keyword
      'secret key: 3f786850e387550fdab836ed7e6dc881de23001b', // hex digest: no upper case
      'token Tq9xV2mLr8Kp3Zb7Wc1Nd5Hf0Gj4Ys6Ua2Qe8Ri0 without its keyword',
      'secret key store test: sun/security/pkcs12/StoreTrustedCertTest passed', // a path
    ],
  },
});
