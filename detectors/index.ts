/** The built-in detector registry: one import and one entry per file, alphabetical by id. */
import type { Detector } from '../src/types.js';
import address from './address.js';
import argentinaDniNumber from './argentina-dni-number.js';
import argentinaIndividualTaxIdentificationNumber from './argentina-individual-tax-identification-number.js';
import argentinaOrganizationTaxIdentificationNumber from './argentina-organization-tax-identification-number.js';
import argentinaTarjetaSube from './argentina-tarjeta-sube.js';
import australiaDriversLicense from './australia-drivers-license.js';
import australiaTaxFileNumber from './australia-tax-file-number.js';
import austriaDriversLicense from './austria-drivers-license.js';
import awsAccessKeyId from './aws-access-key-id.js';
import awsCredentials from './aws-credentials.js';
import bankAccountNumber from './bank-account-number.js';
import bban from './bban.js';
import belgiumDriversLicense from './belgium-drivers-license.js';
import brazilCepCode from './brazil-cep-code.js';
import brazilCnpjNumber from './brazil-cnpj-number.js';
import brazilCpfNumber from './brazil-cpf-number.js';
import brazilRgNumber from './brazil-rg-number.js';
import bulgariaDriversLicense from './bulgaria-drivers-license.js';
import canadaDriversLicense from './canada-drivers-license.js';
import canadaHealthNumber from './canada-health-number.js';
import canadaNationalIdentificationNumber from './canada-national-identification-number.js';
import canadaPassportNumber from './canada-passport-number.js';
import canadaSocialInsuranceNumber from './canada-social-insurance-number.js';
import chileRutNumber from './chile-rut-number.js';
import colombiaCitizenshipCardNumber from './colombia-citizenship-card-number.js';
import colombiaIndividualNitNumber from './colombia-individual-nit-number.js';
import colombiaOrganizationNitNumber from './colombia-organization-nit-number.js';
import creditCardExpiration from './credit-card-expiration.js';
import creditCardMagneticStripe from './credit-card-magnetic-stripe.js';
import creditCardNumber from './credit-card-number.js';
import creditCardSecurityCode from './credit-card-security-code.js';
import croatiaDriversLicense from './croatia-drivers-license.js';
import cyprusDriversLicense from './cyprus-drivers-license.js';
import czechiaDriversLicense from './czechia-drivers-license.js';
import dateOfBirth from './date-of-birth.js';
import denmarkDriversLicense from './denmark-drivers-license.js';
import driversLicense from './drivers-license.js';
import emailAddress from './email-address.js';
import estoniaDriversLicense from './estonia-drivers-license.js';
import europeanHealthInsuranceCardNumber from './european-health-insurance-card-number.js';
import finlandDriversLicense from './finland-drivers-license.js';
import finlandEuropeanHealthInsuranceNumber from './finland-european-health-insurance-number.js';
import franceDriversLicense from './france-drivers-license.js';
import franceHealthInsuranceNumber from './france-health-insurance-number.js';
import franceNationalIdentificationNumber from './france-national-identification-number.js';
import francePassportNumber from './france-passport-number.js';
import franceTaxIdentificationNumber from './france-tax-identification-number.js';
import gcpApiKey from './gcp-api-key.js';
import germanyDriversLicense from './germany-drivers-license.js';
import germanyNationalIdentificationNumber from './germany-national-identification-number.js';
import germanyPassportNumber from './germany-passport-number.js';
import germanyTaxIdentificationNumber from './germany-tax-identification-number.js';
import greeceDriversLicense from './greece-drivers-license.js';
import httpBasicAuthHeader from './http-basic-auth-header.js';
import httpCookie from './http-cookie.js';
import hungaryDriversLicense from './hungary-drivers-license.js';
import iban from './iban.js';
import indiaAadhaarNumber from './india-aadhaar-number.js';
import indiaDriversLicense from './india-drivers-license.js';
import indiaPermanentAccountNumber from './india-permanent-account-number.js';
import ipAddress from './ip-address.js';
import irelandDriversLicense from './ireland-drivers-license.js';
import italyDriversLicense from './italy-drivers-license.js';
import italyNationalIdentificationNumber from './italy-national-identification-number.js';
import italyPassportNumber from './italy-passport-number.js';
import jsonWebToken from './json-web-token.js';
import latitudeLongitude from './latitude-longitude.js';
import latviaDriversLicense from './latvia-drivers-license.js';
import lithuaniaDriversLicense from './lithuania-drivers-license.js';
import luxembourgDriversLicense from './luxembourg-drivers-license.js';
import maltaDriversLicense from './malta-drivers-license.js';
import medicalDeviceUdi from './medical-device-udi.js';
import mexicoCurpNumber from './mexico-curp-number.js';
import mexicoIndividualRfcNumber from './mexico-individual-rfc-number.js';
import mexicoOrganizationRfcNumber from './mexico-organization-rfc-number.js';
import name from './name.js';
import netherlandsDriversLicense from './netherlands-drivers-license.js';
import opensshPrivateKey from './openssh-private-key.js';
import pgpPrivateKey from './pgp-private-key.js';
import phoneNumber from './phone-number.js';
import pkcs from './pkcs.js';
import polandDriversLicense from './poland-drivers-license.js';
import portugalDriversLicense from './portugal-drivers-license.js';
import puttyPrivateKey from './putty-private-key.js';
import romaniaDriversLicense from './romania-drivers-license.js';
import slovakiaDriversLicense from './slovakia-drivers-license.js';
import sloveniaDriversLicense from './slovenia-drivers-license.js';
import spainDniNumber from './spain-dni-number.js';
import spainDriversLicense from './spain-drivers-license.js';
import spainNieNumber from './spain-nie-number.js';
import spainNifNumber from './spain-nif-number.js';
import spainPassportNumber from './spain-passport-number.js';
import spainSocialSecurityNumber from './spain-social-security-number.js';
import spainTaxIdentificationNumber from './spain-tax-identification-number.js';
import stripeCredentials from './stripe-credentials.js';
import swedenDriversLicense from './sweden-drivers-license.js';
import ukDriversLicense from './uk-drivers-license.js';
import ukElectoralRollNumber from './uk-electoral-roll-number.js';
import ukNationalInsuranceNumber from './uk-national-insurance-number.js';
import ukNhsNumber from './uk-nhs-number.js';
import ukPassportNumber from './uk-passport-number.js';
import ukTaxIdentificationNumber from './uk-tax-identification-number.js';
import usDrugEnforcementAgencyNumber from './us-drug-enforcement-agency-number.js';
import usaHealthInsuranceClaimNumber from './usa-health-insurance-claim-number.js';
import usaHealthcareProcedureCode from './usa-healthcare-procedure-code.js';
import usaIndividualTaxIdentificationNumber from './usa-individual-tax-identification-number.js';
import usaMedicareBeneficiaryIdentifier from './usa-medicare-beneficiary-identifier.js';
import usaNationalDrugCode from './usa-national-drug-code.js';
import usaNationalProviderIdentifier from './usa-national-provider-identifier.js';
import usaPassportNumber from './usa-passport-number.js';
import usaSocialSecurityNumber from './usa-social-security-number.js';
import vehicleIdentificationNumber from './vehicle-identification-number.js';

export const builtinDetectors: readonly Detector[] = [
  address,
  argentinaDniNumber,
  argentinaIndividualTaxIdentificationNumber,
  argentinaOrganizationTaxIdentificationNumber,
  argentinaTarjetaSube,
  australiaDriversLicense,
  australiaTaxFileNumber,
  austriaDriversLicense,
  awsAccessKeyId,
  awsCredentials,
  bankAccountNumber,
  bban,
  belgiumDriversLicense,
  brazilCepCode,
  brazilCnpjNumber,
  brazilCpfNumber,
  brazilRgNumber,
  bulgariaDriversLicense,
  canadaDriversLicense,
  canadaHealthNumber,
  canadaNationalIdentificationNumber,
  canadaPassportNumber,
  canadaSocialInsuranceNumber,
  chileRutNumber,
  colombiaCitizenshipCardNumber,
  colombiaIndividualNitNumber,
  colombiaOrganizationNitNumber,
  creditCardExpiration,
  creditCardMagneticStripe,
  creditCardNumber,
  creditCardSecurityCode,
  croatiaDriversLicense,
  cyprusDriversLicense,
  czechiaDriversLicense,
  dateOfBirth,
  denmarkDriversLicense,
  driversLicense,
  emailAddress,
  estoniaDriversLicense,
  europeanHealthInsuranceCardNumber,
  finlandDriversLicense,
  finlandEuropeanHealthInsuranceNumber,
  franceDriversLicense,
  franceHealthInsuranceNumber,
  franceNationalIdentificationNumber,
  francePassportNumber,
  franceTaxIdentificationNumber,
  gcpApiKey,
  germanyDriversLicense,
  germanyNationalIdentificationNumber,
  germanyPassportNumber,
  germanyTaxIdentificationNumber,
  greeceDriversLicense,
  httpBasicAuthHeader,
  httpCookie,
  hungaryDriversLicense,
  iban,
  indiaAadhaarNumber,
  indiaDriversLicense,
  indiaPermanentAccountNumber,
  ipAddress,
  irelandDriversLicense,
  italyDriversLicense,
  italyNationalIdentificationNumber,
  italyPassportNumber,
  jsonWebToken,
  latitudeLongitude,
  latviaDriversLicense,
  lithuaniaDriversLicense,
  luxembourgDriversLicense,
  maltaDriversLicense,
  medicalDeviceUdi,
  mexicoCurpNumber,
  mexicoIndividualRfcNumber,
  mexicoOrganizationRfcNumber,
  name,
  netherlandsDriversLicense,
  opensshPrivateKey,
  pgpPrivateKey,
  phoneNumber,
  pkcs,
  polandDriversLicense,
  portugalDriversLicense,
  puttyPrivateKey,
  romaniaDriversLicense,
  slovakiaDriversLicense,
  sloveniaDriversLicense,
  spainDniNumber,
  spainDriversLicense,
  spainNieNumber,
  spainNifNumber,
  spainPassportNumber,
  spainSocialSecurityNumber,
  spainTaxIdentificationNumber,
  stripeCredentials,
  swedenDriversLicense,
  ukDriversLicense,
  ukElectoralRollNumber,
  ukNationalInsuranceNumber,
  ukNhsNumber,
  ukPassportNumber,
  ukTaxIdentificationNumber,
  usDrugEnforcementAgencyNumber,
  usaHealthInsuranceClaimNumber,
  usaHealthcareProcedureCode,
  usaIndividualTaxIdentificationNumber,
  usaMedicareBeneficiaryIdentifier,
  usaNationalDrugCode,
  usaNationalProviderIdentifier,
  usaPassportNumber,
  usaSocialSecurityNumber,
  vehicleIdentificationNumber,
];
