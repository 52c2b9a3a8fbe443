import { defineDetector } from '../src/define.js';
import { luhn } from '../src/checks.js';

/**
 * ISO/IEC 7813 track 1 (%B PAN ^ NAME ^ YYMM service-code discretionary ?) and track 2
 * (; PAN = YYMM service-code discretionary ?); sentinels are optional, as in many dumps.
 */
const TRACK1 = String.raw`%?B\d{12,19}\^[A-Za-z0-9 /.'-]{2,26}\^(?:\d{4}|\^)(?:\d{3}|\^)[0-9A-Za-z ]{0,60}\??`;
const TRACK2 = String.raw`;?\d{12,19}=(?:\d{4}|=)(?:\d{3}|=)\d{0,40}\??`;

/** The PAN passes Luhn and the expiry (YYMM), when present, has a month 01–12. */
function validTrack(value: string): boolean {
  const m = /(\d{12,19})[\^=](?:[^^]*\^)?(\d{4})?/.exec(value);
  if (!m || !luhn(m[1]!)) return false;
  const mm = m[2] ? +m[2].slice(2) : 1;
  return mm >= 1 && mm <= 12;
}

export default defineDetector({
  id: 'credit-card-magnetic-stripe',
  type: 'CREDIT_CARD_MAGNETIC_STRIPE',
  macie: true,
  category: 'FINANCIAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  description: 'Magnetic stripe data (ISO/IEC 7813 track 1 or 2) next to a keyword',
  validation: 'track layout, PAN Luhn, expiry month',
  pattern: new RegExp(`(?<![\\w%;^=])(?:${TRACK1}|${TRACK2})(?![\\w^=?])`, 'g'),
  maxLength: 120,
  keywords: {
    // Macie's list (section 1.3), then common spellings.
    words: ['card data', 'iso7813', 'mag', 'magstripe', 'stripe', 'swipe', 'track 1', 'track 2', 'track data', 'mag stripe', 'magnetic stripe'],
    required: true,
  },
  validate: validTrack,
  examples: {
    keyword: 'track data',
    // Made-up Luhn-valid PANs.
    match: ['%B4539148803436467^DOE/JANE^2612101000000000000000?', ';4539148803436467=26121010000000000?', '5425233430109903=2805201123400000'],
    noMatch: [
      'swipe %B4539148803436468^DOE/JANE^2612101000000000000000?', // Luhn fails
      'track data ;4539148803436467=26131010000000000?', // month 13
      'B4539148803436467^DOE/JANE^2612101 without a keyword',
      'stripe id=4539148803436467', // not a track layout
    ],
  },
});
