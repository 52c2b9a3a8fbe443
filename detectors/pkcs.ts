import { armourHasBody } from '../src/checks.js';
import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'pkcs',
  type: 'PKCS',
  macie: true,
  category: 'CREDENTIALS',
  severity: ['high', 'high', 'high'],
  description: 'PKCS#1 / PKCS#8 private key in PEM form (RSA, EC, DSA, encrypted or plain)',
  validation: 'PEM armour: the BEGIN line through the matching END line, or the BEGIN line alone; a block needs a base64 body',
  // BEGIN line, then (when within reach) the body up to the END line of the same kind. The body
  // never contains "-----"; line breaks may be real or JSON-escaped ("\n").
  pattern:
    /(?<!-)-----BEGIN ((?:RSA |EC |DSA |ENCRYPTED )?)PRIVATE KEY-----(?:(?:(?!-----)[\s\S]){1,8000}-----END \1PRIVATE KEY-----)?/g,
  prefilter: ['-----BEGIN '],
  maxLength: 8192,
  validate: armourHasBody,
  examples: {
    // Single-line forms: the BEGIN line alone, and a JSON-escaped key with a made-up body.
    match: [
      '-----BEGIN RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDF7pQz3Lk9x\\n-----END PRIVATE KEY-----',
      '-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIFq3ZbT2x9LmR4vK8wJ0pNc7Y1sHdE6aU5gBfO2iXtQ\\n-----END EC PRIVATE KEY-----',
    ],
    noMatch: [
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----',
      '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n-----END CERTIFICATE-----',
      '-----BEGIN OPENSSH PRIVATE KEY-----', // another type
      'BEGIN RSA PRIVATE KEY without the armour dashes',
      '_START = b"-----BEGIN RSA PRIVATE KEY-----"\n_END = b"-----END RSA PRIVATE KEY-----"', // a parser's constants: no body
    ],
  },
});
