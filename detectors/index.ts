/** The built-in detector registry: one import and one entry per file, alphabetical by id. */
import type { Detector } from '../src/types.js';
import awsAccessKeyId from './aws-access-key-id.js';
import awsCredentials from './aws-credentials.js';
import canadaPassportNumber from './canada-passport-number.js';
import canadaSocialInsuranceNumber from './canada-social-insurance-number.js';
import creditCardNumber from './credit-card-number.js';
import dateOfBirth from './date-of-birth.js';
import driversLicense from './drivers-license.js';
import emailAddress from './email-address.js';
import francePassportNumber from './france-passport-number.js';
import germanyPassportNumber from './germany-passport-number.js';
import httpCookie from './http-cookie.js';
import iban from './iban.js';
import ipAddress from './ip-address.js';
import italyPassportNumber from './italy-passport-number.js';
import latitudeLongitude from './latitude-longitude.js';
import name from './name.js';
import phoneNumber from './phone-number.js';
import spainPassportNumber from './spain-passport-number.js';
import ukNationalInsuranceNumber from './uk-national-insurance-number.js';
import ukNhsNumber from './uk-nhs-number.js';
import ukPassportNumber from './uk-passport-number.js';
import usaIndividualTaxIdentificationNumber from './usa-individual-tax-identification-number.js';
import usaMedicareBeneficiaryIdentifier from './usa-medicare-beneficiary-identifier.js';
import usaNationalProviderIdentifier from './usa-national-provider-identifier.js';
import usaPassportNumber from './usa-passport-number.js';
import usaSocialSecurityNumber from './usa-social-security-number.js';
import vehicleIdentificationNumber from './vehicle-identification-number.js';

export const builtinDetectors: readonly Detector[] = [
  awsAccessKeyId,
  awsCredentials,
  canadaPassportNumber,
  canadaSocialInsuranceNumber,
  creditCardNumber,
  dateOfBirth,
  driversLicense,
  emailAddress,
  francePassportNumber,
  germanyPassportNumber,
  httpCookie,
  iban,
  ipAddress,
  italyPassportNumber,
  latitudeLongitude,
  name,
  phoneNumber,
  spainPassportNumber,
  ukNationalInsuranceNumber,
  ukNhsNumber,
  ukPassportNumber,
  usaIndividualTaxIdentificationNumber,
  usaMedicareBeneficiaryIdentifier,
  usaNationalProviderIdentifier,
  usaPassportNumber,
  usaSocialSecurityNumber,
  vehicleIdentificationNumber,
];
