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
