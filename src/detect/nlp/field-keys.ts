import { foldKey } from './fold.js';

/**
 * What a record's field name says its value is, whatever the format writes it as: "FirstName", "first_name",
 * "nombre_alumno", "Patient Name", "apellido1", "sAMAccountName", "Reviewed by". The key is cut into its parts (camel
 * case, "_", "-", ".", spaces, digits) and each part is looked up in a small vocabulary (EN/ES and the common
 * abbreviations). A part outside the vocabulary that is no filler makes the key say nothing ("last_login",
 * "product_name", "host_name", "nombre_empresa"): a key is read only when all of it is about a person.
 */
export type KeyKind =
  /** A given name: first, given, forename, fname. */
  | 'given'
  /** A family name: last, surname, family, apellido(s). */
  | 'family'
  /** A person's full name: full_name, patient_name, titular, nombre_completo. */
  | 'full'
  /** A name of something, most often a person's: name, nombre, display_name, cn, fn. */
  | 'name'
  /** A person by their role alone: patient, employee, beneficiary, denunciante, "Witnessed by". */
  | 'role'
  /** A person's login: user, username, login, uid, usuario. */
  | 'login';

const GIVEN_PARTS = new Set(
  'first given forename forenames fname firstname givenname prenom vorname middle mname'.split(' '),
);
const FAMILY_PARTS = new Set(
  'last surname surnames family lname lastname familyname apellido apellidos nachname maiden soltera'.split(' '),
);
const NAME_PARTS = new Set('name names nombre nombres nom nome naam fullname displayname cn fn'.split(' '));
const LOGIN_PARTS = new Set('user username usuario login loginname logon uid samaccountname userid'.split(' '));
// People by role, EN/ES: who a record or a form is about or who acted in it.
const ROLE_PARTS = new Set(
  (
    'patient paciente employee empleado empleada worker trabajador trabajadora customer cliente client contact ' +
    'contacto holder cardholder accountholder titular beneficiary beneficiario beneficiaria member socio socia tutor ' +
    'guardian parent mother father madre padre spouse conyuge child nino nina hijo hija student alumno alumna ' +
    'applicant solicitante insured asegurado asegurada policyholder tomador guarantor avalista recipient destinatario ' +
    'destinataria sender remitente payee payer ordenante debtor deudor deudora creditor attendee guest huesped ' +
    'passenger pasajero pasajera driver rider owner propietario propietaria author autor autora ' +
    'assignee reporter requester reviewer approver signer signatory firmante witness testigo landlord landlady tenant ' +
    'arrendador arrendadora arrendatario arrendataria inquilino inquilina victim victima comunicante denunciante ' +
    'attendant sonographer radiographer technician tecnico tecnica nurse enfermero enfermera physician doctor medico ' +
    'medica dentist therapist caregiver cuidador cuidadora interviewer interviewee entrevistado candidate candidato ' +
    'candidata employer empleador empleadora kin aider responder warden ' +
    // who sent a message or chaired and minuted a meeting: a mail header's "From:", minutes' "Minutes: S. Doherty"
    'from chair chairperson secretary secretario secretaria minutes minuted notetaker minuter organiser organizer ' +
    'presenter ponente coordinator coordinador coordinadora supervisor supervisora ' +
    // clinicians and carers by craft, whose signature or report line names them ("bioquímica firmante:", "Kinesiólogo:")
    'biochemist bioquimico bioquimica pharmacist farmaceutico farmaceutica physiotherapist fisioterapeuta ' +
    'kinesiologo kinesiologa psychologist psicologo psicologa dietitian dietista nutricionista midwife matrona ' +
    'paramedic paramedico paramedica carer auxiliar counsellor counselor optometrist optometrista podiatrist podologo ' +
    'podologa obstetra odontologo odontologa logopeda'
  ).split(' '),
);
// Parts that change nothing: "full_name", "legal name", "primer_apellido", "name_2", "nombre de la madre".
const FILLER = new Set(
  'full display legal preferred complete completo completa primer primera segundo segunda second of de del la el the my su his her'.split(
    ' ',
  ),
);
// "Witnessed by", "Atendido por": a participle and "by"/"por" name who did it.
const BY = new Set(['by', 'por']);

const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isLower = (ch: string) => ch !== ch.toUpperCase();

/** The parts of a key, folded: camel case split ("FirstName", "sAMAccountName"), separators and digits dropped. */
export function keyParts(key: string): string[] {
  const out: string[] = [];
  let part = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i]!;
    const c = key.charCodeAt(i);
    // "_", "-", ".", spaces, "/", ":" and digits part the key.
    if (c <= 0x40 || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7f)) {
      if (part !== '') out.push(foldKey(part));
      part = '';
      continue;
    }
    // "firstName": a capital after a small letter; "XMLName": a capital before a small letter after capitals.
    if (part !== '' && isUpper(ch)) {
      const prev = key[i - 1]!;
      const next = key[i + 1] ?? '';
      if (isLower(prev) || (isUpper(prev) && isLower(next))) {
        out.push(foldKey(part));
        part = '';
      }
    }
    part += ch;
  }
  if (part !== '') out.push(foldKey(part));
  // "samaccountname", "userprincipalname": compound keys a camel-case split leaves joined are looked up whole.
  if (out.length > 1) {
    const joined = out.join('');
    if (LOGIN_PARTS.has(joined) || NAME_PARTS.has(joined)) return [joined];
  }
  return out;
}

// Keys repeat within a text and across texts ("id", "status", "name"): each is cut and looked up once.
const memo = new Map<string, KeyKind | null>();
const MAX_MEMO = 4096;

/** What `key`'s value is when the key names a person's field; undefined for any other key. */
export function keyKind(key: string): KeyKind | undefined {
  if (key.length > 40) return undefined;
  let kind = memo.get(key);
  if (kind === undefined) {
    kind = kindOf(key) ?? null;
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(key, kind);
  }
  return kind ?? undefined;
}

function kindOf(key: string): KeyKind | undefined {
  const parts = keyParts(key);
  if (parts.length === 0 || parts.length > 5) return undefined;
  let given = false;
  let family = false;
  let name = false;
  let login = false;
  let role = false;
  let by = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (GIVEN_PARTS.has(p)) given = true;
    else if (FAMILY_PARTS.has(p)) family = true;
    else if (NAME_PARTS.has(p)) name = true;
    else if (LOGIN_PARTS.has(p)) login = true;
    else if (ROLE_PARTS.has(p)) role = true;
    else if (BY.has(p) && i === parts.length - 1 && i > 0) by = true;
    else if (!FILLER.has(p)) {
      // "Reviewed by", "Firmado por": one participle before "by"/"por".
      if (i === parts.length - 2 && BY.has(parts[i + 1]!) && /(?:ed|ado|ada|ido|ida)$/.test(p)) continue;
      return undefined;
    }
  }
  // "last_login", "first_user": the first or last of something else.
  if ((given || family) && login) return undefined;
  if (given && family) return 'full';
  if (given) return 'given';
  if (family) return 'family';
  if (login) return 'login';
  if (name) return role ? 'full' : 'name';
  if (role || by) return 'role';
  return undefined;
}
