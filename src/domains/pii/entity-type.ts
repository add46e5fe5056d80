/** The kinds of personal data the module recognises. Names follow Presidio's where one exists, so results compare. */
export const entityTypes = [
  "PERSON",
  "STREET_ADDRESS",
  "LOCATION",
  "ORGANIZATION",
  "EMAIL_ADDRESS",
  "PHONE_NUMBER",
  "CREDIT_CARD",
  "IBAN_CODE",
  "BANK_ACCOUNT",
  "IP_ADDRESS",
  "DATE_OF_BIRTH",
  "DATE_TIME",
  "US_SSN",
  "NATIONAL_ID",
  "PASSPORT",
  "DRIVER_LICENSE",
  "MEDICAL_RECORD",
  "STUDENT_ID",
  "POSTAL_CODE",
  "URL",
  "AGE",
] as const;

export type EntityType = (typeof entityTypes)[number];

const entityTypeSet: ReadonlySet<string> = new Set(entityTypes);

export function isEntityType(value: string): value is EntityType {
  return entityTypeSet.has(value);
}

/** Countries whose national identifiers carry a validated checksum or a strict format. */
export type NationalIdCountry =
  | "US"
  | "GB"
  | "CA"
  | "FR"
  | "ES"
  | "DE"
  | "IT"
  | "PT"
  | "BR"
  | "IN"
  | "SA"
  | "AE"
  | "CH"
  | "BE"
  | "CL"
  | "AU"
  | "IE"
  | "AT"
  | "MX"
  | "KW"
  | "EG";
