import { compileKeywords } from '../../src/keywords.js';
import type { MatchContext } from '../../src/types.js';

/**
 * The English driver's licence keywords that Macie's US, UK, Canadian and Australian identifiers share
 * (macie.md, "Driver's licence"), with the typographic apostrophe. The other countries' licence
 * detectors add them to their own native-language keywords.
 */
export const ENGLISH_LICENCE_KEYWORDS: readonly string[] = [
  'dl#', 'dl:', 'dlno#', 'driver licence', 'driver license', 'driver permit', 'drivers lic.', 'drivers licence',
  "driver's licence", 'drivers license', "driver's license", 'drivers permit', "driver's permit",
  'drivers permit number', 'driving licence', 'driving license', 'driving permit', 'driver’s licence',
  'driver’s license', 'driver’s permit',
];

/** How far from a licence number a native keyword or the country's name still places it there. */
const CONTEXT_DISTANCE = 60;

/**
 * For a licence shape that other countries' licences share (digits only, a letter and digits): true
 * when one of `words` (the country's own keywords and names) is within 60 characters of the value or
 * in its column header / JSON path. An English "driver's licence" alone leaves the value to the
 * US detector.
 */
export function localContext(words: readonly string[]): (ctx: MatchContext) => boolean {
  let local: ReturnType<typeof compileKeywords> | undefined; // compiled at the first candidate, not at start-up
  return (ctx) => {
    local ??= compileKeywords(words);
    return (
      (ctx.text.length > 0 && local.near(ctx.text, ctx.start, ctx.end, CONTEXT_DISTANCE) !== undefined) ||
      (ctx.labels ?? []).some((l) => local!.inLabel(l) !== undefined)
    );
  };
}
