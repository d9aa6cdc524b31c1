import { isIP } from 'node:net';
import { percentDecoded } from './percent-decoded.js';
import { phone } from './phone.js';
import type { Validated } from './types.js';

/** Domains and users that only ever appear in documentation and tests. */
const PLACEHOLDER_EMAIL =
  /^(?:user|name|username|you|your|someone|foo|test|email)@(?:example|domain|email)\.(?:com|org|net)$/;

/**
 * Mailboxes that send and never read (no-reply senders, bounce handlers, the mail system itself), at any domain:
 * "no-responder@empresa.es" in an app's config names no one.
 */
const NO_REPLY_MAILBOX =
  /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|no[-_.]?respon(?:der|se)|no[-_.]?contestar|mailer[-_.]?daemon|postmaster|bounces?)(?:\+[^@]*)?@/;

/** Local parts no one chooses: a UUID or a long hex run, as calendar UIDs and message ids put before their host. */
const GENERATED_LOCAL = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{20,})@/;

/**
 * Hosts that only name the mail servers of message ids, never a mailbox: Gmail's mail.gmail.com (addresses are
 * @gmail.com), Google's mx hosts, Outlook's *.prod.outlook.com servers, Amazon SES.
 */
const MESSAGE_ID_HOST =
  /^(?:mail\.gmail\.com|mx\.google\.com|(?:[a-z0-9-]+\.)+prod\.outlook\.com|(?:[a-z0-9-]+\.)*amazonses\.com)$/;

/** Top-level names reserved by RFC 2606 and RFC 6761 that no real mailbox can have: the address is made up. */
const RESERVED_TLD = /\.(?:test|example|invalid|localhost)$/;

/**
 * Documentation domains of RFC 2606 (example.com, example.org, example.net and their subdomains), and the stand-in
 * names templates and policies use for "your company's domain" (yourcompany.com, company.com, tuempresa.es).
 */
const EXAMPLE_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|org|net|edu|[a-z]{2}|(?:co|com|gov|gob|ac|org|net|edu|nhs|nic)\.[a-z]{2})|(?:your|my)?(?:company|domain|org|business)\.(?:com|org|net)|(?:tu|mi|su)?empresa\.(?:com|es|org|net))$/;

/**
 * Role mailboxes ("admin@", "support@", "soporte@"): at a documentation domain they are a template's sample value
 * ("ADMIN_EMAIL=admin@example.com") or a newsletter footer ("wellbeing@example.com"). At a real domain they stay: a
 * company's real inbox can still be sensitive. A local part made only of role and team words joined by - . _
 * ("payments-oncall", "qa.team", "prevencion_riesgos") is a role mailbox too; one word that is not a role word,
 * such as a given or family name ("john.smith", "ops.maria"), keeps it personal.
 */
const ROLE_WORDS = new Set(
  (
    'admin administrator administracion root webmaster hostmaster abuse info contact hello support help helpdesk ' +
    'desk sales billing accounts office team teams hr jobs careers marketing press media newsroom comms ' +
    'communications events feedback enquiries inquiries orders bookings reservations reception frontdesk front ' +
    'wellbeing wellness benefits payroll recruiting talent people training learning facilities it itsupport ' +
    'servicedesk service services customer customers customerservice customercare care finance invoices ' +
    'accounting procurement purchasing compliance safety investors partners community security privacy legal ops ' +
    'devops secops sre dba noc soc oncall on call pager pagers alert alerts notification notifications newsletter ' +
    'news updates announcements status incidents incident escalation escalations triage release releases deploy ' +
    'deploys deployments builds build ci qa platform infra infrastructure engineering dev developers data ' +
    'analytics monitoring backup backups payments payment refunds returns shipping logistics warehouse inventory ' +
    'store shop tickets ticket requests ' +
    'contacto soporte ayuda ventas facturacion empleo prensa comunicacion comunicaciones eventos pedidos reservas ' +
    'recepcion bienestar nominas formacion talento personas compras finanzas contabilidad seguridad clientes ' +
    'cliente atencion calidad avisos notificaciones servicio servicios medico salud laboral prevencion riesgos ' +
    'equipo guardia sistemas informatica secretaria direccion gerencia tesoreria comercial logistica ' +
    'mantenimiento juridico pagos cobros envios devoluciones almacen tienda admisiones biblioteca atencionalcliente ' +
    // Departments and desks a policy, a newsletter or a footer points to (travel@, expenses@, viajes@, rrhh@).
    'travel expenses expense reimbursements claims treasury tax taxes audit internalaudit risk governance ethics ' +
    'whistleblowing speakup dpo gdpr dataprotection grants fundraising donations sponsorship partnerships vendors ' +
    'suppliers supplier ap ar payables receivables invoicing collections credit fleet parking mailroom post ' +
    'catering canteen housekeeping concierge guest guests hospitality visitors onboarding hiring recruitment ' +
    'pensions insurance occupational health medical nurse clinic appointments admissions registrar alumni ' +
    'students student library editorial editor webteam web digital social design brand research innovation ' +
    'quality legalteam procurementteam helpline hotline enquiry queries question questions general office365 ' +
    'viajes gastos rrhh recursos humanos personal administracion auditoria impuestos fiscal tesoreria proveedores ' +
    'compras flota aparcamiento correo mensajeria cocina limpieza conserjeria visitas acogida seleccion empleo ' +
    'pensiones seguros citas consultas preguntas dudas general web redes diseno investigacion innovacion ' +
    'vacaciones holidays leave absences ausencias checkout ' +
    // A charity's or a club's desks (donativos@, socios@, volunteers@).
    'donaciones donativos socios afiliados voluntariado voluntarios suscripciones inscripciones membership members ' +
    'volunteers subscriptions donate ' +
    // An HR team's mobility and immigration desks (mobility@, relocation@, movilidad@).
    'mobility globalmobility relocation relocations immigration visa visas assignments secondments movilidad ' +
    'reubicacion extranjeria ' +
    // Singular and plural twins of the desks above, and a privacy notice's desks (privacidad@, proteccion.datos@,
    // arco@): the words a look-alike sender borrows too (account-update@, verify.billing@).
    'update account verify verification memberships privacidad proteccion datos protecciondatos arco rgpd lopd ' +
    'reclamaciones sugerencias quejas ' +
    // A policy owner's, a procurement office's and an open-source office's desks (it-policies@, licitaciones@, ospo@).
    'policy policies politicas normativa contratacion licitaciones tenders oss ospo opensource licensing ' +
    // A homeowners' association's, a landlord's or a collection agency's desks (violations@, recobro@, cobranzas@).
    'violations violation enforcement architectural lettings tenancy tenancies recobro recobros cobranza ' +
    'cobranzas morosidad impagos ' +
    // A shop's, a removals firm's or a data team's desks (presupuestos@, giftcards-support@, reports@, quotes@).
    'presupuestos presupuesto cotizaciones cotizacion quotes quote quotations estimates giftcards giftcard gift ' +
    'vouchers bonos reports reporting informes catalogo catalogue catalog wholesale mayoristas distribuidores ' +
    // A public call's, a council's and a cultural or civic body's desks, as its rules, programme or notice print them
    // (entries@, concurso@, cultura@, museo@, turismo@, parroquia@): the organisation's inbox, like a helpline.
    'concurso concursos certamen certamenes convocatoria convocatorias premio premios jurado bases participacion ' +
    'entries entry submissions submission awards award prize prizes competition competitions contest contests ' +
    'festival festivales cultura culture arts artes museo museum museums ayuntamiento council alcaldia registro ' +
    'registration registrations register inscripcion matricula matriculas school escuela colegio ampa afa parish ' +
    'parroquia iglesia church federacion federation asociacion association society sociedad taquilla boxoffice ' +
    'programacion programming agenda turismo tourism tourist informacion information deportes sports juventud ' +
    'youth educacion education archivo archives exposiciones exhibitions exhibition galeria gallery teatro theatre ' +
    'theater auditorio conciertos musica music cine cinema lectura oficina secretariado friends amigos visits ' +
    'tours weddings bodas averias incidencias faults outages urgencias emergencias emergencies ' +
    // RFC 2142's mailbox names and a mail domain's report and bounce boxes (DMARC's rua/ruf, TLS-RPT).
    'postmaster usenet uucp www ftp dmarc dkim spf tlsrpt rua ruf aggregate forensic bounce bounces mailer daemon ' +
    'al de del of and y'
  ).split(' '),
);

/** True when every word of the local part is a role or team word and at least one is not a joining word. */
function isRoleMailbox(plain: string): boolean {
  const words = localWords(plain);
  return (
    words.length > 0 &&
    words.every((w) => ROLE_WORDS.has(w)) &&
    words.some((w) => !/^(?:al|de|del|of|on|and|y)$/.test(w))
  );
}

/** The local part's words, accents folded, numbers and a +tag dropped. */
function localWords(plain: string): string[] {
  const local = plain
    .slice(0, plain.indexOf('@'))
    .replace(/\+.*$/, '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  return local.split(/[-._]+/).filter((w) => w !== '' && !/^\d{1,3}$/.test(w));
}

/**
 * The stand-in person of forms and API guides, at a documentation domain: Doe in English (john.doe@, jdoe@,
 * jane_doe@), Mustermann in German. A real name there is left to the other readings (a pasted row keeps it).
 */
const PLACEHOLDER_PERSON =
  /^(?:(?:j(?:ohn|ane|oe)?|richard|mary)[._-]?doe|doe[._-]?j(?:ohn|ane)?|(?:max|erika)[._-]?mustermann)\d{0,3}@/;

/**
 * Relay domains that marketplaces and sign-in services hand out instead of the buyer's own address, with a
 * generated local part (Amazon's buyer-seller messaging, eBay's member relay, Apple's and Firefox's hidden
 * addresses, Craigslist's reply relay). The generated name names no one; an address with a name in it is kept.
 */
const RELAY_DOMAIN =
  /^(?:marketplace\.amazon\.(?:com|co\.uk|de|es|fr|it|ca|com\.mx|com\.br|co\.jp|in|nl|se|pl|com\.au)|members\.ebay\.(?:com|co\.uk|de|es|fr|it)|privaterelay\.appleid\.com|mozmail\.com|(?:reply|sale|hous|serv|comm|gigs|job)\.craigslist\.org)$/;

/** A generated local part: letters and digits only, both present, eight or more. */
const GENERATED_RELAY_LOCAL = /^(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{8,40}@/;

/** Words of the sample records in a template or a test README ("new.starter@", "cliente.prueba@", "demo.user@"). */
const SAMPLE_WORDS = new Set(
  (
    'new starter starters newstarter joiner joiners leaver leavers test tests testing tester demo sample dummy user ' +
    'users nuevo nueva alta prueba pruebas ejemplo usuario usuaria ficticio ficticia fake mock placeholder person ' +
    'persona customer cliente fulano mengano nombre apellido'
  ).split(' '),
);

/**
 * At a documentation domain, a desk or a sample record: a role mailbox, a department's inbox ("<topic>.helpdesk",
 * "<scheme>-service": whatever qualifies the desk word, a scheme's acronym or a topic, names a desk), or a local
 * part made of role and sample words ("new.starter", "cliente.prueba").
 */
function isDocumentationMailbox(plain: string): boolean {
  if (isRoleMailbox(plain)) return true;
  const words = localWords(plain);
  if (words.length >= 2 && DESK_HEADS.has(words[words.length - 1]!)) return true;
  // Two words at least: a lone "test@" or "user@" is the placeholder address (PLACEHOLDER_EMAIL), scored lower.
  // A fixture numbers its records ("mock.client4", "test.user12"): the number is no part of the word.
  const bare = words.map((w) => w.replace(/(?<=\p{L})\d+$/u, ''));
  return (
    bare.length >= 2 &&
    bare.every((w) => ROLE_WORDS.has(w) || SAMPLE_WORDS.has(w)) &&
    bare.some((w) => SAMPLE_WORDS.has(w))
  );
}

/** Words that end the name of a desk or a department's inbox ("<topic>.helpdesk", "<unit>-service"). */
const DESK_HEADS = new Set(
  (
    'helpdesk desk service services support team office unit enquiries inbox mailbox department dept centre ' +
    'center hub soporte servicio oficina unidad equipo buzon departamento'
  ).split(' '),
);

/**
 * Top-level names of private networks (.internal, .local, .lan, .localdomain, .home.arpa, .corp, .intranet): the
 * host is a machine inside one company or home, reachable by no mail from outside.
 */
const PRIVATE_HOST = /\.(?:internal|local|localdomain|lan|home\.arpa|corp|intranet|private)$/;

/**
 * Accounts that machines and services log in as (deploy@jump-02.internal, git@gitlab.lan, postgres@db.local): at a
 * private host they name a system user in an ssh command or a DSN, no person's inbox.
 */
const SERVICE_ACCOUNTS = new Set(
  (
    'root admin administrator deploy deployer deployment ci cd build builder runner jenkins gitlab gitlab-runner ' +
    'github git svn hg ansible terraform puppet chef salt ubuntu debian centos fedora ec2-user azureuser ' +
    'opc pi vagrant docker k8s kube kubernetes www www-data nginx apache httpd postgres postgresql mysql mariadb ' +
    'oracle mongo mongodb redis rabbitmq kafka elastic elasticsearch backup backups cron svc service app api web ' +
    'worker bot ops devops sre monitor monitoring nagios zabbix prometheus grafana ftp sftp mail postfix nobody ' +
    'daemon sys system operator'
  ).split(' '),
);

/** Cloud providers' names for one virtual machine (ec2-3-91-22-10.compute-1.amazonaws.com): a login target. */
const CLOUD_MACHINE =
  /(?:\.compute(?:-\d+)?\.amazonaws\.com|\.compute\.internal|\.cloudapp\.azure\.com|\.cloudapp\.net|\.googleusercontent\.com)$/;

/** Code hosts that every user reaches as "git@" over SSH (git@github.com:org/repo.git): a documented endpoint. */
const GIT_SSH_HOST =
  /^(?:github\.com|gitlab\.com|bitbucket\.org|ssh\.dev\.azure\.com|vs-ssh\.visualstudio\.com|codeberg\.org|gitea\.com|git\.sr\.ht|heroku\.com)$/;

/**
 * A system account at a private host or a cloud machine (see SERVICE_ACCOUNTS; "svc-backup" and "ci_runner" count
 * too), or the shared "git" login of a code host.
 */
function isServiceLogin(plain: string, domain: string): boolean {
  if (GIT_SSH_HOST.test(domain)) return plain.startsWith('git@');
  if (!PRIVATE_HOST.test(domain) && !CLOUD_MACHINE.test(domain)) return false;
  const local = plain.slice(0, plain.indexOf('@'));
  return (
    SERVICE_ACCOUNTS.has(local) || local.split(/[-._]+/).every((w) => SERVICE_ACCOUNTS.has(w) || /^\d{1,3}$/.test(w))
  );
}

/**
 * E-mail, plain or spelled out ("ana dot perez at mail dot com", "ana[at]mail(dot)com"). The canonical form is
 * the plain lower-cased address so both spellings share one pseudonym.
 */
export function email(value: string): Validated | null {
  const spelledAt = value
    .replace(/\s*[([{<]\s*(?:at|arroba)\s*[)\]}>]\s*|\s+(?:at|arroba)\s+/gi, '@')
    .replace(/\s*[([{<]\s*(?:dot|punto)\s*[)\]}>]\s*|\s+(?:dot|punto)\s+/gi, '.')
    // An @ set apart by spaces ("ana @ correo . es"); the domain's spaced dots are closed up below.
    .replace(/[ \t]*@[ \t]*/g, '@')
    .replace(/^mailto:/i, '')
    .toLowerCase();
  const at = spelledAt.lastIndexOf('@');
  const plain =
    at < 0 ? spelledAt : spelledAt.slice(0, at + 1) + spelledAt.slice(at + 1).replace(/[ \t]*\.[ \t]*/g, '.');
  // Internationalised addresses: letters of any script before the @ (RFC 6531), punycode top-level domains.
  const m = /^[\p{L}\p{N}._%+'-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2,24}|xn--[a-z0-9]{2,20}))$/u.exec(plain);
  if (!m || plain.includes('..')) return null;
  // A SQL LIKE pattern ('%@shop.io', '%_%@x.com'): wildcards, no one's mailbox.
  if (plain.startsWith('%') || !/[\p{L}\p{N}]/u.test(plain.slice(0, plain.indexOf('@')))) return null;
  const domain = m[1]!;
  if (NO_REPLY_MAILBOX.test(plain) || RESERVED_TLD.test(domain)) return null;
  if (GENERATED_LOCAL.test(plain) || MESSAGE_ID_HOST.test(domain)) return null;
  if (EXAMPLE_DOMAIN.test(domain) && (isDocumentationMailbox(plain) || PLACEHOLDER_PERSON.test(plain))) return null;
  if (RELAY_DOMAIN.test(domain) && GENERATED_RELAY_LOCAL.test(plain)) return null;
  if (isServiceLogin(plain, domain)) return null;
  if (PLACEHOLDER_EMAIL.test(plain)) return { normalized: plain, score: 0.5 };
  // "mailto:" is a link's scheme, not a spelling: the address is written plainly.
  const spelled = plain !== value.toLowerCase().replace(/^mailto:/, '');
  return spelled ? { type: 'EMAIL_OBFUSCATED', normalized: plain } : { normalized: plain };
}

/** The plain e-mail rule's check: any address but a role mailbox, which the email-role rule weighs in context. */
export function personEmail(value: string): Validated | null {
  return isRoleMailbox(value.replace(/^mailto:/i, '').toLowerCase()) ? null : email(value);
}

/**
 * A role or department mailbox at a real domain (payroll@, rrhh@, facturacion@): the company's desk, not a person's
 * inbox, when a mail header or a "questions to" line addresses it; the rule's veto words decide that. Bare, or
 * claimed as someone's own ("my email is info@..."), it is kept. Documentation domains and no-reply senders never.
 */
export function roleEmail(value: string): Validated | null {
  const plain = value.replace(/^mailto:/i, '').toLowerCase();
  const m = /^[\p{L}\p{N}._%+'-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:[a-z]{2,24}|xn--[a-z0-9]{2,20}))$/u.exec(plain);
  if (!m || plain.includes('..') || !isRoleMailbox(plain)) return null;
  const domain = m[1]!;
  if (NO_REPLY_MAILBOX.test(plain) || RESERVED_TLD.test(domain) || EXAMPLE_DOMAIN.test(domain)) return null;
  if (isServiceLogin(plain, domain)) return null;
  return { normalized: plain };
}

/**
 * An address percent-encoded in a URL or a log line (ana.perez%40mail.com, double-encoded %2540, %2B for a plus),
 * or with its at sign as an HTML character reference (&#64;, &#x40;): decoded, it is checked like any address, and
 * shares the plain address's pseudonym.
 */
export function encodedEmail(value: string): Validated | null {
  const decoded = percentDecoded(value.replace(/&#(?:0*64|[Xx]0*40);/g, '@'), false);
  if (decoded === null || !decoded.includes('@')) return null;
  const found = email(decoded);
  return found ? { ...found, type: 'EMAIL' } : null;
}

/** A phone number given as a query parameter named for it ("?phone=%2B353..."): decoded, checked like any number. */
export function queryPhone(value: string): Validated | null {
  const decoded = percentDecoded(value, true);
  return decoded === null ? null : phone(decoded);
}

export function ipv4(value: string): Validated | null {
  const parts = value.split('.');
  if (parts.length !== 4 || parts.some((p) => p.length > 1 && p.startsWith('0'))) return null;
  if (isIP(value) !== 4) return null;
  // 0.0.0.0 and broadcast say nothing about anyone; version strings like 1.0.0.0 are not addresses.
  // Loopback names the local machine, never a person's connection. No host has an address in 0.0.0.0/8 ("this
  // network"), 224.0.0.0/4 (multicast groups) or 240.0.0.0/4 (reserved, RFC 6890): these are netmasks
  // (255.255.255.0), wildcard masks (0.0.0.255) or group addresses.
  const first = Number(parts[0]);
  if (first === 0 || first >= 224 || /^\d\.\d\.\d\.\d$/.test(value) || value.startsWith('127.')) {
    return null;
  }
  return { type: 'IPV4' };
}

/**
 * The IPv6 documentation prefixes: RFC 3849's 2001:db8::/32 and RFC 9637's 3fff::/20 (3fff:0000:: to 3fff:0fff::,
 * a second group of at most three significant hex digits).
 */
export const DOCUMENTATION_V6 = /^(?:2001:0?db8|3fff:(?:0?[0-9a-f]{0,3}))(?::|$)/;

export function ipv6(value: string): Validated | null {
  const bare = value.replace(/\/\d{1,3}$/, '').replace(/%.*$/, '');
  if (isIP(bare) !== 6 || !bare.includes(':')) return null;
  // A time like 12:30:45 is not an address; require hex groups or a "::" compression.
  if (!/::|(?:[0-9a-f]{1,4}:){4}/i.test(bare)) return null;
  const normalized = bare.toLowerCase();
  // A documentation prefix (2001:db8::/32, 3fff::/20): no one's machine where a strict sample cue stands near it
  // ("IPv6 examples SHOULD use ..."), in a lab guide or a course, or in a text that uses documentation addresses
  // throughout; in a log or a client list it still stands for a visitor.
  return DOCUMENTATION_V6.test(normalized)
    ? { type: 'IPV6', normalized, sample: 'documentation-address' }
    : { type: 'IPV6', normalized };
}

/** Names of query parameters whose values are about a person or grant access. */
const PERSONAL_PARAM_NAMES =
  '(?:e-?mail|mail|correo|name|nombre|first_?name|last_?name|user(?:name)?|usuario|phone|tel|telefono|mobile|ssn|dni|dob|birth(?:date)?|address|direccion|token|access_token|api_?key|key|password|pass|pwd|sig|signature|session|sid|auth)';

/** Query parameters whose values are about a person or grant access. */
const PERSONAL_PARAMS = new RegExp(`[?&]${PERSONAL_PARAM_NAMES}=[^&#\\s]{2,}`, 'i');

/** The same parameters with their values, one by one. */
const PERSONAL_PARAM_VALUES = new RegExp(`[?&]${PERSONAL_PARAM_NAMES}=([^&#\\s]{2,})`, 'gi');

/**
 * A template's hole where a value goes: a placeholder in braces or angle brackets (raw or percent-encoded), a
 * variable (${KEY}, :id), a note in capitals (TU_CLAVE, YOUR_TOKEN, REPLACE_ME) or a mask (xxxx, ***, ...).
 */
const PLACEHOLDER_PARAM_VALUE =
  /^(?:\{\{?[^}]*\}\}?|%7[Bb].*%7[Dd]|<[^>]*>|%3[Cc].*%3[Ee]|\$\{?\w+\}?|:\w+|\p{Lu}+(?:_\p{Lu}+)+|(?:[Yy]our|YOUR)\w*|(?:[Tt]u|TU|[Ss]u|SU|[Mm]y|MY)[_-]\w+|[xX]{3,}|\.{3}|\*+)$/u;

/**
 * An endpoint template ("/v2/zip/{zip}?key=YOUR_API_KEY", "?email=<email>&token=${TOKEN}"): every personal parameter
 * holds a placeholder, so the URL carries no one's data.
 */
function onlyPlaceholderParams(url: string): boolean {
  for (const m of url.matchAll(PERSONAL_PARAM_VALUES)) if (!PLACEHOLDER_PARAM_VALUE.test(m[1]!)) return false;
  return true;
}

/** Query parameters that grant access (a one-time token, a code, a signature, a session). */
const ACCESS_PARAMS =
  /[?&](?:token|access_token|reset_token|code|otp|sig|signature|session|sid|auth|key|hash)=([^&#\s]{8,})/gi;

/** Whether one of the access parameters holds a value rather than a template's placeholder. */
function grantsAccess(url: string): boolean {
  for (const m of url.matchAll(ACCESS_PARAMS)) if (!PLACEHOLDER_PARAM_VALUE.test(m[1]!)) return true;
  return false;
}

/** Query parameters that name the person the link is for. */
const PERSON_PARAMS =
  /[?&](?:e-?mail|mail|correo|user(?:name)?|usuario|login|uid|phone|tel|mobile|name|nombre)=[^&#\s]{2,}/i;

/** Social profile URLs: the path names a person. */
const PROFILE =
  /^https?:\/\/(?:www\.)?(?:linkedin\.com\/in|facebook\.com|instagram\.com|twitter\.com|x\.com|github\.com|t\.me)\/[^/?#\s]{2,}/i;

/**
 * A site's page of one user, marked as such by its path whatever the site: /u/ or /user/ (a paste site, a forum, a
 * payment app), /@handle (video, blogging and federated networks), /profile/ or /profiles/ and /id/ (Bluesky,
 * Steam), and the hosts whose first path segment is always someone's handle (payment and tip links, link-in-bio
 * pages). A doxxing report, a harassment complaint or a fraud ticket names people by these links. Package
 * registries and CDNs write a package's scope as /@scope/: no user page.
 */
const USER_PAGE =
  /^https?:\/\/(?!api\.|localhost|registry\.|unpkg\.|cdn\.|esm\.sh|(?:www\.)?npmjs\.|jsr\.io|deno\.land)(?:[\w-]+\.)*[\w-]+\.[a-z]{2,}\/(?:(?:u|user|profile|profiles|id)\/(?!\d{1,12}(?:[/?#]|$))[^/?#\s{}:<>]{2,}|@[^/?#\s{}:<>]{2,})|^https?:\/\/(?:www\.)?(?:paypal\.me|revolut\.me|linktr\.ee|ko-fi\.com|buymeacoffee\.com|cash\.app|twitch\.tv|onlyfans\.com|patreon\.com)\/(?!(?:about|help|login|signup|pricing|directory|videos|legal|privacy|terms|search|settings|explore|blog|p)(?:[/?#]|$))[$]?[^/?#\s]{2,}/i;

/** The handle of a user page: the path segment after its marker (u, user, profile, @), lower-cased. */
function userHandle(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+\//i, '').split(/[/?#]/);
  const first = path[0] ?? '';
  return (first.startsWith('@') || !/^(?:u|user|profile|profiles|id)$/i.test(first) ? first : (path[1] ?? ''))
    .replace(/^[@$]/, '')
    .toLowerCase();
}

/**
 * Pages of a code host or a network that sit where a profile would (github.com/features, linkedin.com/in/ alone is
 * cut by the pattern): the site's own sections, no one's handle.
 */
const SITE_SECTIONS = new Set(
  (
    'about features pricing enterprise team teams topics trending explore marketplace sponsors settings login ' +
    'logout signup join orgs organizations organisations apps collections customer-stories security site ' +
    'contact notifications issues pulls search new readme home help docs blog events search jobs careers ' +
    'company feed pages groups school learning legal privacy terms policies hashtag share intent watch ' +
    'explore dashboard users'
  ).split(' '),
);

/** A profile written without its scheme (linkedin.com/in/ana-perez, github.com/aperez): the path names a person. */
const BARE_PROFILE =
  /^(?:www\.)?(?:linkedin\.com\/in|github\.com|gitlab\.com|twitter\.com|x\.com|instagram\.com|facebook\.com|t\.me)\/([^/?#\s]{2,})\/?$/i;

/**
 * A social or code-host profile written without a scheme, as CVs and signatures give it: the handle after
 * linkedin.com/in/ always names someone; after a code host or a network a site section (features, pricing) does not.
 */
export function bareProfileUrl(value: string): Validated | null {
  const m = BARE_PROFILE.exec(value);
  if (!m) return null;
  const handle = m[1]!.toLowerCase();
  if (!/^(?:www\.)?linkedin\.com/i.test(value) && SITE_SECTIONS.has(handle)) return null;
  return { type: 'URL_PERSONAL' };
}

/** user@ or user:password@ before the host: the URL names an account (and is no e-mail address). */
const USER_INFO = /^[a-z][a-z0-9+.-]*:\/\/[^\s/@?#]+@[^\s/@?#]/i;

/**
 * A link that opens someone's own files, album or shared location to whoever holds it: the unguessable id in its
 * path is the only lock (a shared photo album or map pin's short link, a cloud drive's file or folder, a transfer).
 */
const SHARE_LINK =
  /^https?:\/\/(?:(?:photos|maps)\.app\.goo\.gl\/|goo\.gl\/(?:maps|photos)\/|photos\.google\.com\/(?:u\/\d\/)?share\/|drive\.google\.com\/(?:file\/d|drive\/(?:u\/\d\/)?folders)\/|docs\.google\.com\/(?:document|spreadsheets|presentation)\/d\/|(?:www\.)?dropbox\.com\/(?:s|sh|scl\/f[io])\/|1drv\.ms\/|(?:www\.)?icloud\.com\/(?:sharedalbum|photos|iclouddrive)\/|share\.icloud\.com\/|(?:www\.)?wetransfer\.com\/downloads\/|we\.tl\/|mega\.nz\/(?:file|folder)\/)[A-Za-z0-9_\-#!/]*[A-Za-z0-9]{8}/i;

/**
 * A short query parameter holding a token (?t=, ?tk=, ?k=, ?share=, ?access=): a viewer's or a share's link that
 * opens a record to whoever holds it. The value mixes letters and digits and runs to eight characters or more,
 * which a time offset (t=90, t=1m30s) or a page number does not.
 */
const TOKEN_PARAM = /[?&](?:t|tk|k|share|access|invite|ticket)=([A-Za-z0-9_-]{8,})(?:[&#]|$)/;

function carriesToken(url: string): boolean {
  const m = TOKEN_PARAM.exec(url);
  if (!m) return false;
  const token = m[1]!;
  return /\d/.test(token) && /[A-Za-z]/.test(token) && !/^\d+[smh]?(?:\d+[smh])*$/.test(token);
}

/**
 * A host under a name RFC 2606 and RFC 6761 reserve for documentation and tests (example.com, example.org,
 * example.net and their subdomains; any name under .test, .example, .invalid or .localhost; localhost itself): no
 * real site answers there, so no page, profile or reset link at it opens anything of anyone's.
 */
const DOCUMENTATION_HOST =
  /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@?#]*@)?(?:[a-z0-9-]+\.)*(?:example\.(?:com|org|net)|[a-z0-9-]+\.(?:test|example|invalid|localhost)|localhost)\.?(?=[:/?#]|$)/i;

export function personalUrl(value: string): Validated | null {
  // The finding keeps the rule's type, URL_PERSONAL, which policies name to mask personal URLs where URLs in
  // general pass (engineering.yaml); a finer type here would slip past that rule.
  // An account named before the host (user@, user:password@) is read as one even at a documentation host: the
  // credential pattern itself is what a policy masks.
  if (USER_INFO.test(value)) return {};
  if (DOCUMENTATION_HOST.test(value)) return null;
  if (SHARE_LINK.test(value) || carriesToken(value)) return {};
  if (PERSONAL_PARAMS.test(value) && !onlyPlaceholderParams(value)) {
    // A reset, sign-in or verification link names the person and carries the token that acts as them: the link
    // as a whole is the credential, so it outranks the e-mail and the token read inside it.
    return grantsAccess(value) && PERSON_PARAMS.test(value) ? { score: 0.97 } : {};
  }
  if (PROFILE.test(value) || (USER_PAGE.test(value) && !SITE_SECTIONS.has(userHandle(value)))) return { score: 0.7 };
  return null;
}
