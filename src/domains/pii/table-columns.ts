import type { Detection, Recogniser } from "./detection.ts";
import type { EntityType } from "./entity-type.ts";

/**
 * Exports, spreadsheets and API payloads say what each value is in a header or a key: a CSV's "first_name" column,
 * a Markdown table's "Email" column, a JSON object's "dob" key. What a column or a key holds is its type, whatever
 * the value looks like ("Demirci" in a "last_name" column is a family name, not the Turkish town). Pure: reads
 * the text, reports the cells and values of the columns and keys it knows.
 */

/** Column headers and keys, normalised (lower case, runs of spaces, hyphens and periods as "_"), by type. */
const headersByType: Readonly<Record<string, readonly string[]>> = {
  PERSON: [
    "full_name",
    "fullname",
    "first_name",
    "firstname",
    "given_name",
    "givenname",
    "forename",
    "forenames",
    "middle_name",
    "last_name",
    "lastname",
    "surname",
    "family_name",
    "familyname",
    "student_name",
    "pupil_name",
    "patient_name",
    "child_name",
    "parent_name",
    "contact_name",
    "customer_name",
    "applicant_name",
    "employee_name",
    "prénom",
    "prenom",
    "nom_complet",
    "nom_de_famille",
    "apellido",
    "apellidos",
    "primer_apellido",
    "segundo_apellido",
    "nombre_completo",
    "vorname",
    "nachname",
    "familienname",
    "sobrenome",
    "apelido",
    "nome_completo",
    "الاسم_الكامل",
  ],
  EMAIL_ADDRESS: [
    "email",
    "e_mail",
    "email_address",
    "mail",
    "courriel",
    "correo",
    "correo_electrónico",
    "emailadresse",
  ],
  PHONE_NUMBER: [
    "phone",
    "phone_number",
    "telephone",
    "tel",
    "mobile",
    "mobile_number",
    "cell",
    "téléphone",
    "teléfono",
    "telefono",
    "móvil",
    "movil",
    "telefon",
    "telefonnummer",
    "handy",
    "telefone",
    "telemóvel",
    "telemovel",
    "celular",
    "الهاتف",
    "الجوال",
  ],
  DATE_OF_BIRTH: [
    "dob",
    "date_of_birth",
    "birth_date",
    "birthdate",
    "birthday",
    "date_de_naissance",
    "fecha_de_nacimiento",
    "fecha_nacimiento",
    "geburtsdatum",
    "data_de_nascimento",
    "data_nascimento",
    "تاريخ_الميلاد",
  ],
  STREET_ADDRESS: [
    "address",
    "street",
    "street_address",
    "address_line_1",
    "address_line1",
    "address1",
    "home_address",
    "adresse",
    "dirección",
    "direccion",
    "domicilio",
    "anschrift",
    "straße",
    "strasse",
    "morada",
    "endereço",
    "endereco",
    "العنوان",
  ],
  POSTAL_CODE: [
    "postcode",
    "post_code",
    "postal_code",
    "zip",
    "zip_code",
    "zipcode",
    "code_postal",
    "código_postal",
    "codigo_postal",
    "plz",
    "postleitzahl",
    "cep",
    "الرمز_البريدي",
  ],
  LOCATION: [
    "city",
    "town",
    "ville",
    "ciudad",
    "localidad",
    "stadt",
    "wohnort",
    "cidade",
    "localidade",
    "المدينة",
  ],
  STUDENT_ID: [
    "student_id",
    "student_number",
    "student_no",
    "pupil_id",
    "upn",
    "uln",
    "learner_id",
    "matrikelnummer",
    "numéro_étudiant",
    "numero_etudiant",
  ],
  MEDICAL_RECORD: [
    "nhs_number",
    "nhs_no",
    "mrn",
    "medical_record_number",
    "patient_id",
    "hospital_number",
    "nhc",
  ],
  US_SSN: ["ssn", "social_security_number"],
  NATIONAL_ID: [
    "national_id",
    "national_id_number",
    "nino",
    "ni_number",
    "national_insurance_number",
    "nir",
    "dni",
    "nie",
    "nif",
    "cpf",
    "steuer_id",
    "identity_number",
    "sin",
    "aadhaar",
    "codice_fiscale",
  ],
  PASSPORT: ["passport", "passport_number", "passport_no"],
  DRIVER_LICENSE: [
    "driving_licence",
    "driving_license",
    "driver_license",
    "drivers_license",
    "licence_number",
  ],
  IBAN_CODE: ["iban"],
  BANK_ACCOUNT: ["account_number", "bank_account", "sort_code"],
  CREDIT_CARD: ["card_number", "credit_card", "credit_card_number"],
  IP_ADDRESS: ["ip", "ip_address"],
  AGE: ["age", "âge", "edad", "alter", "idade"],
};

/** "name", "nom", "nombre", "Name", "nome", "الاسم": a person's only beside another column of personal data. */
const bareNameHeaders = new Set(["name", "nom", "nombre", "nome", "الاسم"]);

const typeOfHeader = new Map<string, EntityType>();
for (const [type, headers] of Object.entries(headersByType))
  for (const header of headers) typeOfHeader.set(header, type as EntityType);

/** A header or key as looked up: trimmed, lower case, spaces, hyphens and periods as one "_". */
function normalisedHeader(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s.-]+/gu, "_");
}

/** What a cell's value is when it says there is none. */
const noValue = /^(?:|-+|n\/?a|null|none|unknown|—)$/iu;

interface Cell {
  readonly start: number;
  readonly end: number;
}

/** The cells of the line text[from, to) split at `delimiter`, quotes honoured, each trimmed and unquoted. */
function cellsOf(text: string, from: number, to: number, delimiter: number): Cell[] {
  const cells: Cell[] = [];
  let index = from;
  while (index <= to) {
    let start = index;
    while (
      start < to &&
      (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) &&
      text.charCodeAt(start) !== delimiter
    )
      start++;
    let end: number;
    let next: number;
    if (text.charCodeAt(start) === 34) {
      // A quoted cell: to the closing quote ("" is a quote inside), then to the delimiter.
      let close = start + 1;
      while (close < to) {
        if (text.charCodeAt(close) === 34) {
          if (text.charCodeAt(close + 1) === 34) close += 2;
          else break;
        } else close++;
      }
      const found = text.indexOf(String.fromCharCode(delimiter), close);
      next = found < 0 || found >= to ? to : found;
      cells.push({ start: start + 1, end: Math.min(close, to) });
    } else {
      const found = text.indexOf(String.fromCharCode(delimiter), start);
      next = found < 0 || found >= to ? to : found;
      end = next;
      while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
      cells.push({ start, end });
    }
    index = next + 1;
  }
  return cells;
}

/** Candidate delimiters, in the order a tie is settled: comma, tab, semicolon, pipe. */
const delimiters = [44, 9, 59, 124];

/** The delimiter of a header line: the candidate it holds most of, or -1. One pass over the line. */
function delimiterOf(text: string, from: number, to: number): number {
  let commas = 0;
  let tabs = 0;
  let semicolons = 0;
  let pipes = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 44) commas++;
    else if (code === 9) tabs++;
    else if (code === 59) semicolons++;
    else if (code === 124) pipes++;
  }
  const counts = [commas, tabs, semicolons, pipes];
  let best = -1;
  let bestCount = 0;
  for (let at = 0; at < delimiters.length; at++)
    if (counts[at]! > bestCount) {
      best = delimiters[at]!;
      bestCount = counts[at]!;
    }
  return best;
}

/**
 * Whether no stretch between two delimiters of text[from, to) is longer than a header's cell: read in place, so a
 * line of prose with commas costs no cells.
 */
function cellsAreShort(text: string, from: number, to: number, delimiter: number): boolean {
  let cellStart = from;
  for (let index = from; index < to; index++) {
    if (text.charCodeAt(index) !== delimiter) continue;
    if (index - cellStart > longestHeaderCell) return false;
    cellStart = index + 1;
  }
  return to - cellStart <= longestHeaderCell;
}
const longestHeaderCell = 42;

/** A header line is short: its labels and delimiters. */
const longestHeaderLine = 400;

/** A Markdown table's line under its header: pipes, dashes, colons and spaces only. */
const markdownRule = /^[\s|:-]+$/u;

/** A header's cell: words of a label (letters, digits, spaces, "_", "-", ".", "/", "#"), 40 characters at most. */
const headerCell = /^[\p{L}\p{M}\p{N} _.\-/#]{1,40}$/u;

/**
 * The types of the columns of the header line text[from, to), or undefined when it is no table's header: at least
 * two cells, all of them label-like, at least one of a known personal column.
 */
function headerTypes(text: string, cells: readonly Cell[]): (EntityType | undefined)[] | undefined {
  if (cells.length < 2) return undefined;
  const types: (EntityType | undefined)[] = [];
  let known = 0;
  let bareName = -1;
  for (let column = 0; column < cells.length; column++) {
    const cell = cells[column]!;
    const raw = text.slice(cell.start, cell.end);
    // Markdown's outer pipes leave an empty first and last cell.
    if (raw.length === 0 && (column === 0 || column === cells.length - 1)) {
      types.push(undefined);
      continue;
    }
    if (!headerCell.test(raw)) return undefined;
    const header = normalisedHeader(raw);
    const type = typeOfHeader.get(header);
    if (type !== undefined) known++;
    else if (bareNameHeaders.has(header)) bareName = column;
    types.push(type);
  }
  if (known === 0) return undefined;
  if (bareName >= 0) types[bareName] = "PERSON";
  return types;
}

function lineEndFrom(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/** Reports the cells of typed columns in the rows under `header`, from `rowStart` on; returns where the table ends. */
function recogniseRows(
  text: string,
  rowStart: number,
  delimiter: number,
  types: readonly (EntityType | undefined)[],
  headers: readonly string[],
  found: Detection[],
): number {
  let from = rowStart;
  while (from < text.length) {
    let to = lineEndFrom(text, from);
    const lineTo = to;
    if (to > from && text.charCodeAt(to - 1) === 13) to--;
    if (to === from) return from;
    const cells = cellsOf(text, from, to, delimiter);
    if (cells.length !== types.length) {
      if (!markdownRule.test(text.slice(from, to)) || delimiter !== 124) return from;
    } else {
      for (let column = 0; column < cells.length; column++) {
        const type = types[column];
        const cell = cells[column]!;
        if (type === undefined || noValue.test(text.slice(cell.start, cell.end))) continue;
        found.push({
          type,
          start: cell.start,
          end: cell.end,
          score: 0.9,
          reason: `cell of a table's "${headers[column]}" column`,
        });
      }
    }
    from = lineTo + 1;
  }
  return from;
}

/**
 * Whether the line starting at `from` may be a table's header by where it stands: the text's first line, or a line
 * after a blank one or after one ending with a colon ("Here is the list:"). Other lines are not read at all.
 */
function mayOpenTable(text: string, from: number): boolean {
  if (from === 0) return true;
  let before = from - 2; // the character before the line break ending the previous line
  if (before >= 0 && text.charCodeAt(before) === 13) before--;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  const code = before < 0 ? 10 : text.charCodeAt(before);
  return code === 10 || code === 58;
}

function recogniseTables(text: string, found: Detection[]): void {
  let from = 0;
  while (from < text.length) {
    const to = lineEndFrom(text, from);
    if (to >= text.length) return; // a header needs a row under it
    let end = to;
    if (end > from && text.charCodeAt(end - 1) === 13) end--;
    const delimiter =
      end - from <= longestHeaderLine && mayOpenTable(text, from) ? delimiterOf(text, from, end) : -1;
    if (delimiter >= 0 && cellsAreShort(text, from, end, delimiter)) {
      const cells = cellsOf(text, from, end, delimiter);
      const types = headerTypes(text, cells);
      if (types !== undefined) {
        const headers = cells.map((cell) => text.slice(cell.start, cell.end).trim());
        from = recogniseRows(text, to + 1, delimiter, types, headers, found);
        continue;
      }
    }
    from = to + 1;
  }
}

/** A JSON member with a string or number value: `"first_name": "Yusuf"`, `"student_id": 20231187`. */
const jsonMember = /"([^"\\\n]{1,40})"\s*:\s*(?:"((?:[^"\\\n]|\\.){1,200})"|(\d[\d.-]{0,30}))/gu;

function recogniseJsonMembers(text: string, found: Detection[]): void {
  const members: Detection[] = [];
  const bareNames: Detection[] = [];
  jsonMember.lastIndex = 0;
  for (let match = jsonMember.exec(text); match !== null; match = jsonMember.exec(text)) {
    const key = normalisedHeader(match[1]!);
    const type = typeOfHeader.get(key) ?? (bareNameHeaders.has(key) ? "PERSON" : undefined);
    if (type === undefined) continue;
    const value = match[2] ?? match[3]!;
    if (noValue.test(value)) continue;
    const valueStart = match.index + match[0].length - value.length - (match[2] === undefined ? 0 : 1);
    (typeOfHeader.has(key) ? members : bareNames).push({
      type,
      start: valueStart,
      end: valueStart + value.length,
      score: 0.9,
      reason: `value of a "${match[1]}" key`,
    });
  }
  // A bare "name" is a person's only beside a key of personal data ("name" of a product or a firm is not).
  if (members.length === 0) return;
  for (const member of members) found.push(member);
  for (const name of bareNames) found.push(name);
}

export const tableColumnsRecogniser: Recogniser = {
  name: "table-columns",
  types: [...new Set(typeOfHeader.values())],
  recognise(text: string): Detection[] {
    const found: Detection[] = [];
    if (text.includes("\n")) recogniseTables(text, found);
    if (text.includes('":')) recogniseJsonMembers(text, found);
    return found;
  },
};
