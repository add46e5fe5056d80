import { lowerCodeUnit } from "./lexicon.ts";
import {
  cachedTokensOf,
  charClass,
  isLetterClass,
  lowerTextOf,
  openingKey,
  type TokenTable,
  WORD,
} from "./scan.ts";
import { wordAlternation } from "./word-alternation.ts";
/**
 * Words that, just before (or around) a candidate, make it more or less likely to be personal data.
 * One list per cue and per language: English, French, Spanish, German, Portuguese, Arabic.
 * Each list compiles into one case-insensitive regex tested on a short window, never on the whole text.
 */

export type ContextCue =
  | "name"
  | "address"
  | "phone"
  | "birth"
  | "passport"
  | "driverLicense"
  | "medicalRecord"
  /** Student, pupil and learner numbers of schools, universities and exam boards. */
  | "studentNumber"
  /** "Matrícula" alone: a student's enrolment, or a car's registration. */
  | "enrolment"
  /** Bank account numbers and the codes of their branch: "account number", "sort code", "Kontonummer". */
  | "bankAccount"
  | "postalCode"
  | "nationalId"
  /** Identity documents named outright ("carte d'identité", "cédula"): an identifier after one is an identity number. */
  | "identityDocument"
  /** Identity, medical record, student and bank numbers together: what a number after any of them is not, a phone. */
  | "identityNumber"
  /** The phone cues that name a phone outright ("telemóvel", "phone"), not a "number" of any kind ("número"). */
  | "phoneWord"
  | "card"
  | "age"
  | "notPersonal";

const listedCueWords: Record<Exclude<ContextCue, "identityNumber" | "phoneWord">, readonly string[]> = {
  name: [
    // English
    "my name is",
    "name is",
    "name:",
    "i am",
    "i'm",
    "called",
    "named",
    "dear",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "madam",
    "signed",
    "regards",
    "sincerely",
    "contact",
    "patient",
    "client",
    "applicant",
    // French
    "je m'appelle",
    "je m’appelle",
    "mon nom est",
    "je suis",
    "nom :",
    "nom:",
    "prénom",
    "m.",
    "mme",
    "madame",
    "monsieur",
    "mlle",
    "soussigné",
    "soussignée",
    "cordialement",
    // Spanish
    "me llamo",
    "mi nombre es",
    "soy",
    "nombre:",
    "sr",
    "sra",
    "señor",
    "señora",
    "don",
    "doña",
    "atentamente",
    // German
    "ich heiße",
    "ich heisse",
    "mein name ist",
    "ich bin",
    "name:",
    "herr",
    "herrn",
    "frau",
    "hr.",
    "fr.",
    "mit freundlichen grüßen",
    // Portuguese
    "chamo-me",
    "meu nome é",
    "o meu nome é",
    "eu sou",
    "sou o",
    "sou a",
    "nome:",
    "senhor",
    "senhora",
    "sr.",
    "sra.",
    "atenciosamente",
    // Arabic
    "اسمي",
    "اسمه",
    "اسمها",
    "واسمي",
    "أنا",
    "السيد",
    "السيدة",
    "الاسم",
  ],
  address: [
    "address",
    "live at",
    "lives at",
    "living at",
    "located at",
    // "Trivo lives on Grössgstötten 50": the street a person lives on.
    "lives on",
    "live on",
    "living on",
    "located on",
    "reside at",
    "ship to",
    "deliver to",
    "adresse",
    "j'habite",
    "domicilié",
    "habite au",
    "dirección",
    "domicilio",
    "vivo en",
    "anschrift",
    "adresse:",
    "wohne in",
    "wohnhaft",
    "morada",
    "endereço",
    "moro na",
    "moro em",
    "resido",
    "عنوان",
    "العنوان",
    "عنواني",
    "أسكن",
    "اسكن",
    // With "و" (and) joined: "وأسكن في شارع الهرم".
    "وأسكن",
    "واسكن",
    "ساكن",
    "ساكنة",
    "يسكن",
    "تسكن",
    "أقيم",
    "اقيم",
    "وأقيم",
    "سكني",
    "مقر السكن",
  ],
  phone: [
    "phone",
    "telephone",
    "tel",
    "tel.",
    "mobile",
    "cell",
    "call",
    "ring",
    "fax",
    "number is",
    "reach me",
    "whatsapp",
    // Chat abbreviations: "mi tlf", "meu cel", "o meu tlm", "mon num".
    "tlf",
    "cel",
    "tlm",
    "num",
    // Brazilian chat for WhatsApp: "meu zap é 41 99876 5432".
    "zap",
    "wpp",
    "téléphone",
    "tél",
    "tél.",
    "portable",
    "numéro",
    "appelez",
    "teléfono",
    "telefono",
    "móvil",
    "celular",
    "llame",
    "número",
    "telefon",
    "handy",
    "handynummer",
    "telefonnummer",
    "mobilnummer",
    "festnetznummer",
    "faxnummer",
    "rufnummer",
    "anrufen",
    "erreichbar",
    "telemóvel",
    "telemovel",
    "telefone",
    "ligue",
    "هاتف",
    "الهاتف",
    "جوال",
    "جوالي",
    "هاتفي",
    "رقمي",
    "موبايل",
    "واتساب",
    "رقم",
    "الرقم",
    // Verbs and nouns of reaching someone by phone, and the kinds of line: "contact me on", "text me at", "me
    // joindre au", "llámame al", "ruf mich an unter", "pode ligar-me", "للتواصل", "الاتصال بي على".
    "contact",
    "contacter",
    "contactar",
    "contatar",
    "text me",
    "sms",
    "landline",
    "cellphone",
    "dial",
    "joindre",
    "appeler",
    "rappeler",
    "fixe",
    "gsm",
    "llámame",
    "llamar",
    "llámeme",
    "fijo",
    "ruf",
    "anruf",
    "mobil",
    "festnetz",
    "ligar",
    "whats",
    "fixo",
    "اتصل",
    "اتصلوا",
    "الاتصال",
    "للاتصال",
    "تواصل",
    "التواصل",
    "للتواصل",
    "تلفون",
    "تلفوني",
    "تليفون",
    "تليفوني",
    "محمول",
    "المحمول",
    "نقال",
    "النقال",
    "خلوي",
    "الخلوي",
    "الجوال",
    "فاكس",
  ],
  birth: [
    "born",
    "birth",
    "birthday",
    "dob",
    "d.o.b",
    "date of birth",
    "né le",
    "née le",
    "né",
    "née",
    "date de naissance",
    "naissance",
    "nacido",
    "nacida",
    "nací",
    "nació",
    "fecha de nacimiento",
    "nacimiento",
    "geboren",
    "geburtstag",
    "geburtsdatum",
    "geb.",
    // Forms abbreviate the birth date: "Fecha de nac.:", "Data de nasc.:", "Date de naiss. :".
    "nac.",
    "nasc.",
    "naiss.",
    "nascido",
    "nascida",
    "nasci",
    "nasceu",
    "data de nascimento",
    "nascimento",
    "تاريخ الميلاد",
    "تاريخ الازدياد",
    "الازدياد",
    "مواليد",
    "ولد",
    "ولدت",
    // "المزدادة بتاريخ" (born on, in the Maghreb), "المولود في", "تاريخ الولادة" (the Levant).
    "المزداد",
    "المزدادة",
    "مزداد",
    "مزدادة",
    "المولود",
    "المولودة",
    "مولود",
    "مولودة",
    "تاريخ الولادة",
    // My, his, her birth: "تاريخ ميلادي 1990/05/14".
    "ميلادي",
    "ميلاده",
    "ميلادها",
    "تاريخ ميلادي",
    "تاريخ ميلاده",
    "تاريخ ميلادها",
  ],
  identityDocument: [
    "identity card",
    "brp",
    "residence permit",
    "residence card",
    "titre de séjour",
    "carte de séjour",
    "permiso de residencia",
    "tarjeta de residencia",
    "aufenthaltstitel",
    "aufenthaltserlaubnis",
    "autorização de residência",
    "título de residência",
    "بطاقة الإقامة",
    "id card",
    "national id",
    "national identity number",
    "citizen id",
    "carte d'identité",
    "carte d’identité",
    "carte nationale d'identité",
    "cni",
    "documento de identidad",
    "dni",
    "cédula",
    "cedula",
    "personalausweis",
    "ausweisnummer",
    // Mexico's population registry key: a mistyped one (its check digit wrong) is still someone's.
    "curp",
    // Germany's health insurance number, a letter and nine digits, kept for life.
    "versichertennummer",
    "krankenversichertennummer",
    "kvnr",
    "bilhete de identidade",
    "cartão de cidadão",
    "rg",
    // Brazil's voter registration card.
    "título de eleitor",
    "titulo de eleitor",
    "بطاقة التعريف",
    "بطاقة التعريف الوطنية",
    "بطاقة الهوية",
    "الهوية الوطنية",
    "رقم الهوية",
    "البطاقة الوطنية",
    "بطاقة وطنية",
    // My, his, her card: "رقم بطاقتي الوطنية", "بطاقته الشخصية".
    "بطاقتي الوطنية",
    "بطاقته الوطنية",
    "بطاقتها الوطنية",
    "بطاقتي الشخصية",
    "بطاقته الشخصية",
    "بطاقتها الشخصية",
    "البطاقة الشخصية",
    "بطاقة هويتي",
    // With "to" or "with" joined: "الحاملة لبطاقة التعريف رقم".
    "لبطاقة التعريف",
    "ببطاقة التعريف",
  ],
  passport: [
    "passport",
    "passeport",
    "pasaporte",
    "reisepass",
    "reisepassnummer",
    "reisepass-nr",
    "pass-nr",
    "passnummer",
    "passaporte",
    "جواز السفر",
    // "my / his / her / your passport": the possessive ending on "سفر".
    "جواز سفري",
    "جواز سفره",
    "جواز سفرها",
    "جواز سفرك",
    "جوازي",
    "جواز",
  ],
  driverLicense: [
    "driver's license",
    "drivers license",
    "driver license",
    "driving licence",
    "driving license",
    "driver's licence",
    "licence number",
    "license number",
    "dl#",
    "dl no",
    // "DL 12345678", "CDL", "DLN": the abbreviations US forms use.
    "dl",
    "dln",
    "cdl",
    "lic#",
    "lic. no",
    "lic no",
    "licence no",
    "license no",
    "permis de conduire",
    "licencia de conducir",
    "carné de conducir",
    "carnet de conducir",
    "permiso de conducir",
    "führerschein",
    "führerscheinnummer",
    "führerschein-nr",
    "carta de condução",
    "carteira de motorista",
    "carteira de habilitação",
    "cnh",
    "رخصة القيادة",
    "رخصة السياقة",
    "رخصة سياقة",
    "رخصة قيادة",
    "رخصة",
    "numéro de permis",
  ],
  bankAccount: [
    "bank account",
    "bank account number",
    "account number",
    "account no",
    "acct no",
    "acct",
    "a/c",
    "sort code",
    "routing number",
    "aba",
    "bsb",
    "numéro de compte",
    "n° de compte",
    "compte bancaire",
    "rib",
    "número de cuenta",
    "nº de cuenta",
    "cuenta bancaria",
    "kontonummer",
    "konto-nr",
    "kontonr",
    "número da conta",
    "nº da conta",
    "conta bancária",
    "conta corrente",
    "رقم الحساب",
    "رقم حسابي",
    "الحساب البنكي",
    "الحساب المصرفي",
    "حسابي البنكي",
  ],
  enrolment: ["matrícula", "matricula"],
  studentNumber: [
    "student number",
    "student no",
    "student id",
    "student id number",
    "student reference",
    "pupil number",
    "unique pupil number",
    "upn",
    "learner number",
    "learner id",
    "learner reference",
    "unique learner number",
    "uln",
    "candidate number",
    "exam number",
    "matriculation number",
    "numéro étudiant",
    "numéro d'étudiant",
    "numéro d’étudiant",
    "numéro ine",
    "n° ine",
    "identifiant national étudiant",
    "matricule étudiant",
    "numéro de candidat",
    "número de estudiante",
    "número de alumno",
    // Not "matrícula" alone (the "enrolment" cue): a car's registration is one too.
    "número de matrícula",
    "matrícula escolar",
    "matrícula universitaria",
    "matrícula universitária",
    "matrícula del alumno",
    "matrícula do aluno",
    "número de expediente académico",
    "matrikelnummer",
    "matrikel-nr",
    "matrikelnr",
    "schülernummer",
    "schüler-id",
    "schülerausweis",
    "studierendennummer",
    "studentenausweis",
    "número de estudante",
    "número de aluno",
    "número mecanográfico",
    "registro acadêmico",
    "الرقم الجامعي",
    // With a possessive: "رقمها الجامعي" (her university number).
    "رقمي الجامعي",
    "رقمه الجامعي",
    "رقمها الجامعي",
    "رقم الطالب",
    "رقم الطالبة",
    "الرقم الأكاديمي",
    "رقم القيد",
    "رقم الجلوس",
  ],
  medicalRecord: [
    "mrn",
    "medical record",
    "patient id",
    "patient number",
    "record number",
    "hospital number",
    "hospital no",
    "patient no",
    "record no",
    "hospital file",
    "clinic file",
    "medical file",
    "chart",
    "dossier médical",
    "numéro de patient",
    "ipp",
    "historia clínica",
    "número de historia",
    "nº de historia",
    "n.º de historia",
    "n° de historia",
    "expediente clínico",
    "expediente médico",
    "uhid",
    "medicaid",
    "medicaid id",
    "hospital record",
    "health record",
    // Health cards: Ontario's OHIP, Québec's RAMQ, Spain's tarjeta sanitaria.
    "ohip",
    "health card",
    "ramq",
    "carte d'assurance maladie",
    "tarjeta sanitaria",
    "patient record",
    "dossier patient",
    "nhc",
    "patientennummer",
    "patienten-nr",
    "patientennr",
    "krankenakte",
    "fallnummer",
    "processo clínico",
    "prontuário",
    "número de utente",
    "n.º de utente",
    "nº de utente",
    "nhs",
    "ملف طبي",
    "ملفي الطبي",
    "hc",
    "رقم الملف",
    // Other names hospitals and health systems give a patient's number: a hospital's own ID, an electronic record,
    // an admission; Scotland's CHI number; Brazil's SUS card (Cartão Nacional de Saúde).
    "hospital id",
    "emr",
    "ehr",
    "admission number",
    "admission no",
    "chi number",
    "chi no",
    "número de paciente",
    "nº de paciente",
    "n.º de paciente",
    "número do paciente",
    "cartão sus",
    "cartão do sus",
    "cartão nacional de saúde",
    "cns",
    "رقم المريض",
    "ملف المريض",
    "رقم ملف المريض",
    "الملف الطبي",
    "ملفه الطبي",
    "ملفها الطبي",
    "السجل الطبي",
    "سجلي الطبي",
    "سجل طبي",
  ],
  postalCode: [
    "zip",
    "zip code",
    "zipcode",
    "postcode",
    "postal code",
    "post code",
    "code postal",
    "cp",
    "código postal",
    "c.p.",
    "plz",
    "postleitzahl",
    "cep",
    "الرمز البريدي",
  ],
  nationalId: [
    "ssn",
    "social security",
    "national insurance",
    "nino",
    "ni number",
    "ni no",
    "sin",
    "social insurance",
    // Québec's "NAS" (numéro d'assurance sociale). In Portuguese "nas" is "in the"; as a cue it only lifts a number
    // shortly after it whose checksum already holds.
    "nas",
    "assurance sociale",
    "nir",
    "numéro de sécurité sociale",
    "sécurité sociale",
    "insee",
    "seguridad social",
    "segurança social",
    "seguro social",
    "nuss",
    "número de afiliación",
    "sozialversicherungsnummer",
    "rentenversicherungsnummer",
    "versicherungsnummer",
    // Austria's social insurance number, abbreviated: "SV-Nr. 1237 010180".
    "sv-nr",
    "sv-nummer",
    "svnr",
    "medicare",
    "pan",
    "permanent account number",
    "dni",
    "nie",
    "nif",
    "documento nacional",
    "steuer-id",
    "steuernummer",
    "steueridentifikationsnummer",
    "steuerliche identifikationsnummer",
    "identifikationsnummer",
    "idnr",
    "codice fiscale",
    "cpf",
    "aadhaar",
    "uid",
    "identity number",
    "id number",
    "national id",
    "cartão de cidadão",
    "contribuinte",
    "número de identificação",
    "numéro national",
    "numéro fiscal",
    "spi",
    "numéro d'identification fiscale",
    "número de identificación fiscal",
    "número de identificação fiscal",
    "registre national",
    "rijksregisternummer",
    "ahv",
    "avs",
    "ahv-nummer",
    "rut",
    "curp",
    "tfn",
    "tax file number",
    "utr",
    "unique taxpayer reference",
    "taxpayer reference",
    "tax reference",
    "pps",
    "ppsn",
    "personal public service",
    "emirates id",
    "هويتي",
    // His, her: "ورقم هويته", a relative's identity number.
    "هويته",
    "هويتها",
    "الهوية الوطنية",
    "الرقم المدني",
    "رقم الإقامة",
    "رقم اقامة",
    "إقامتي",
    "اقامتي",
    "الرقم الوطني",
    "الرقم القومي",
    "الرقم القومى",
    "رقم البطاقة",
    "civil id",
    "civil number",
    "رقم الهوية",
    "الهوية",
  ],
  card: [
    "card",
    "credit",
    "debit",
    "visa",
    "mastercard",
    "amex",
    "carte",
    "tarjeta",
    "karte",
    "kreditkarte",
    "cartão",
    "بطاقة",
  ],
  age: [
    "age",
    "aged",
    "âge",
    "âgé",
    "edad",
    "alter",
    "idade",
    "عمر",
    "عمري",
    "العمر",
    "عمره",
    "عمرها",
    "وعمري",
    "وعمره",
    "وعمرها",
    // "عمرو" as the Levant writes "عمره" (his age) in chat: "ابني آدم عمرو 7 سنين".
    "عمرو",
  ],
  notPersonal: [
    "order",
    "invoice",
    "reference",
    "ref",
    "ticket",
    "case number",
    "tracking",
    "version",
    "serial",
    "sku",
    "commande",
    "facture",
    "référence",
    "pedido",
    "factura",
    "referencia",
    "bestellung",
    "rechnung",
    "referenz",
    "encomenda",
    "fatura",
    "referência",
    "طلب",
    "فاتورة",
  ],
};

/** Words for "number" among the phone cues: they cue a phone only when no identity or record cue is nearer. */
const numberWords = new Set(["number is", "numéro", "número", "num", "رقم", "الرقم", "رقمي"]);

const cueWords: Record<ContextCue, readonly string[]> = {
  ...listedCueWords,
  identityNumber: [
    ...listedCueWords.nationalId,
    ...listedCueWords.medicalRecord,
    ...listedCueWords.identityDocument,
    ...listedCueWords.studentNumber,
    ...listedCueWords.enrolment,
    ...listedCueWords.bankAccount,
  ],
  phoneWord: listedCueWords.phone.filter((word) => !numberWords.has(word)),
};

function compileCue(words: readonly string[]): RegExp {
  // Longest first so that "date of birth" wins over "birth"; letters around a cue must not be word letters.
  const alternatives = wordAlternation(words, { lowerCase: true });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}])`, "iu");
}

const cuePatterns = Object.fromEntries(
  Object.entries(cueWords).map(([cue, words]) => [cue, compileCue(words)]),
) as Record<ContextCue, RegExp>;

/**
 * Per cue, a bit set of the first two code units of its words (one bit per `openingKey`, 8 KiB: a byte per key made
 * each cue's table 64 KiB, and every look-up a likely cache miss); `always` when a word does not open with a letter
 * (then the prefilter cannot rule the cue out).
 */
interface CueOpenings {
  readonly openings: Uint32Array;
  readonly always: boolean;
}

function cueOpenings(words: readonly string[]): CueOpenings {
  const openings = new Uint32Array(65536 >>> 5);
  let always = false;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower.length < 2 || !isLetterClass(charClass(lower.charCodeAt(0)))) {
      always = true;
      continue;
    }
    const key = openingKey(lower, 0, 2);
    openings[key >>> 5]! |= 1 << (key & 31);
  }
  return { openings, always };
}

/** Whether `key` is one of the openings in `openings`. */
function opensCue(openings: Uint32Array, key: number): boolean {
  return ((openings[key >>> 5]! >>> (key & 31)) & 1) === 1;
}

/** A cue's pattern and the openings of its words, looked up together: one look-up by cue name per question. */
interface CueCheck extends CueOpenings {
  readonly pattern: RegExp;
}

const cueChecks = Object.fromEntries(
  Object.entries(cueWords).map(([cue, words]) => [
    cue,
    { ...cueOpenings(words), pattern: cuePatterns[cue as ContextCue] },
  ]),
) as Record<ContextCue, CueCheck>;

/** The table `lowerCaseKeepsLength` last read, and what it found. */
let lengthCheckedTable: TokenTable | undefined;
let lengthKept = false;

/**
 * Whether the text lower-cased whole keeps its length. Only "İ" lower-cases to two code units, so a search for it
 * answers, once per text, without lower-casing the text (which takes longer, and much longer outside Latin-1).
 */
function lowerCaseKeepsLength(table: TokenTable): boolean {
  if (table !== lengthCheckedTable) {
    lengthCheckedTable = table;
    lengthKept = table.lowerText === null ? !table.text.includes("\u0130") : table.lowerText !== undefined;
  }
  return lengthKept;
}

/** "Σ" lower-cases by its neighbours, and a surrogate is half of a character that lower-cases whole. */
function lowerCasedInContext(code: number): boolean {
  return code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff);
}

/**
 * The `openingKey` of the two code units at `at` in the text lower-cased whole, read from the text itself: code
 * unit by code unit, as lower-casing the whole text does for every other code unit (when it keeps the length).
 */
function openingKeyAt(table: TokenTable, at: number): number {
  const first = table.text.charCodeAt(at);
  const second = table.text.charCodeAt(at + 1);
  if (lowerCasedInContext(first) || lowerCasedInContext(second))
    return openingKey(lowerTextOf(table)!, at, 2);
  return (lowerCodeUnit(first) * 31 + lowerCodeUnit(second)) & 0xffff;
}

/**
 * Whether a cue may start in [from, to): a word token there (or the word cut at `from`) opens with the first
 * two letters of a cue word, lower-cased as in the text lower-cased whole. False means the regex cannot match;
 * true means it must be run.
 */
function mayHoldCue(text: string, from: number, to: number, check: CueOpenings): boolean {
  const { openings, always } = check;
  if (always) return true;
  const table = cachedTokensOf(text);
  if (table === undefined || !lowerCaseKeepsLength(table)) return true;
  const { start, end, kind, count } = table;
  // First token ending after `from`.
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (end[middle]! <= from) low = middle + 1;
    else high = middle;
  }
  for (let token = low; token < count; token++) {
    const tokenStart = start[token]!;
    if (tokenStart >= to) break;
    if (kind[token] !== WORD) continue;
    const at = tokenStart < from ? from : tokenStart;
    if (to - at >= 2 && opensCue(openings, openingKeyAt(table, at))) return true;
    // A cue may also open after an apostrophe or hyphen inside the token ("d'adresse", "e-mail"). (Lower-casing
    // neither makes nor changes these.)
    const tokenEnd = Math.min(end[token]!, to);
    for (let index = at + 1; index < tokenEnd - 2; index++) {
      const code = text.charCodeAt(index);
      if (
        (code === 39 || code === 0x2019 || code === 45) &&
        opensCue(openings, openingKeyAt(table, index + 1))
      )
        return true;
    }
  }
  return false;
}

/** Whether a cue appears in the `window` characters before `start`. */
export function hasCueBefore(text: string, start: number, cue: ContextCue, window = 40): boolean {
  const from = Math.max(0, start - window);
  const check = cueChecks[cue];
  if (!mayHoldCue(text, from, start, check)) return false;
  return cueOutsideWebAddresses(check.pattern, text.slice(from, start));
}

/** Whether a cue appears in the `window` characters after `end`. */
export function hasCueAfter(text: string, end: number, cue: ContextCue, window = 25): boolean {
  const check = cueChecks[cue];
  if (!mayHoldCue(text, end, Math.min(text.length, end + window), check)) return false;
  return cueOutsideWebAddresses(check.pattern, text.slice(end, end + window));
}

/**
 * Whether `pattern` finds a cue in `window` outside its web addresses. The addresses are blanked, and the pattern
 * run again, only when the cue it found is joined to "@" or "." (blanking every window cost a regex pass each).
 */
function cueOutsideWebAddresses(pattern: RegExp, window: string): boolean {
  // Most windows hold neither "@" nor ".": no address, and no match array to build.
  if (!window.includes("@") && !window.includes(".")) return pattern.test(window);
  const match = pattern.exec(window);
  if (match === null) return false;
  // Only a cue joined to "@" or "." (before it, or a period and a letter after it) may sit in an address.
  const before = window.charCodeAt(match.index - 1);
  const after = match.index + match[0].length;
  const joined =
    before === 64 ||
    before === 46 ||
    (window.charCodeAt(after) === 46 && /\p{L}/u.test(window.charAt(after + 1)));
  return !joined || pattern.test(withoutWebAddresses(window));
}

/** An e-mail address, a URL or a domain name: words in them ("ngozi.obi@nhs.net", "www.tel.de") cue nothing. */
const webAddress =
  /[^\s,;()<>]*(?:@|:\/\/|www\.)[^\s,;()<>]*|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|gov|edu|info|io|uk|de|fr|es|pt|br|sa|ae|eg|ma)(?![\p{L}\p{N}])/giu;

/** `window` with its web addresses blanked out, lengths kept. */
function withoutWebAddresses(window: string): string {
  return window.replace(webAddress, (address) => " ".repeat(address.length));
}

export function cueWordsFor(cue: ContextCue): readonly string[] {
  return cueWords[cue];
}

export const testHooks = { lowerCaseKeepsLength, openingKeyAt };
