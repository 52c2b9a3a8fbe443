import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'aws-access-key-id',
  type: 'AWS_ACCESS_KEY_ID',
  macie: false,
  category: 'CREDENTIALS',
  severity: ['high', 'high', 'high'],
  description: 'AWS access key ID (AKIA…, ASIA…); an extra: Macie reports only the secret key',
  validation: 'prefix and base-32 alphabet',
  pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
  prefilter: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
  maxLength: 20,
  validate: (value) => !value.endsWith('EXAMPLE'),
  examples: {
    match: ['AKIA2OGYBAH6QRX7LMPT', 'ASIAQ3EGVJK4PZ5RWNHA'],
    noMatch: ['key AKIAIOSFODNN7EXAMPLE from the docs', 'AKIA2OGYBAH6QRX7LMPTX too long', 'akia2ogybah6qrx7lmpt'],
  },
});
