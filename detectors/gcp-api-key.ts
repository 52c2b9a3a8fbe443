import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'gcp-api-key',
  type: 'GCP_API_KEY',
  macie: true,
  category: 'CREDENTIALS',
  severity: ['high', 'high', 'high'],
  description: 'Google Cloud API key (the keyString "AIza…", 39 characters) next to a keyword',
  validation: 'prefix AIza, length 39, base64url alphabet',
  pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
  prefilter: ['AIza'],
  maxLength: 39,
  keywords: {
    // Macie's list (section 1.2); a space also matches "_", "-" or nothing.
    words: [
      'g places key', 'gcp api key', 'gcp key', 'google cloud key', 'google api key', 'google cloud apikeys',
      'googlekey', 'x goog api key',
      // Common spellings of the same settings.
      'google maps api key', 'google maps key', 'google key', 'gcp apikey', 'google apikey',
    ],
    required: true,
  },
  examples: {
    keyword: 'GOOGLE_API_KEY',
    // Made-up keys of the right shape.
    match: ['AIzaSyD3x9Kq7Lm2Np4Rt6Vw8Yz0Bc1De2Fg3Hi', 'AIzaSyB-5tQ_p0o9i8u7y6t5r4e3w2q1a0s9d8f'],
    noMatch: [
      'GOOGLE_API_KEY=AIzaSyD3x9Kq7Lm2Np4Rt6Vw8Yz0Bc1De2F', // too short
      'commit AIzaSyD3x9Kq7Lm2Np4Rt6Vw8Yz0Bc1De2Fg3Hi without any keyword near it',
      'google api key: AIzaSyD3x9Kq7Lm2Np4Rt6Vw8Yz0Bc1De2Fg3HiJ', // 40 characters: not a key
    ],
  },
});
