/** The built-in detector registry: one import and one entry per file, alphabetical by id. */
import type { Detector } from '../src/types.js';
import awsAccessKeyId from './aws-access-key-id.js';
import awsCredentials from './aws-credentials.js';
import creditCardNumber from './credit-card-number.js';
import emailAddress from './email-address.js';
import iban from './iban.js';
import phoneNumber from './phone-number.js';
import usaSocialSecurityNumber from './usa-social-security-number.js';

export const builtinDetectors: readonly Detector[] = [
  awsAccessKeyId,
  awsCredentials,
  creditCardNumber,
  emailAddress,
  iban,
  phoneNumber,
  usaSocialSecurityNumber,
];
