/**
 * Scores the detection engine on the shared labelled sets (../shared/eval/data/*.jsonl, or VEIL_EVAL_DATA):
 * per label precision, recall, F1, leak rate and false positives per negative record, per-language rows for
 * PERSON/LOCATION/MEDICAL, per-file recall, throughput and 4 KB latency. Writes bench/results/accuracy.md.
 *
 *   npm run bench:accuracy               # tables only
 *   npm run bench:accuracy -- --values   # also every leak and false positive of the prompt sets, with its value
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector, defaultRulesDir } from '../src/detect/engine.js';
import { extraDetectors } from '../src/detect/registry.js';
import { LABELS } from '../src/detect/types.js';
import { type EvalRecord, emptyTally, ratios, type Tally, tallyRecord } from './accuracy-score.js';
import { obfuscateRecord, VARIANTS } from './lib/obfuscate.js';
import { plainPrompt } from './lib/prompts.js';
import { loadRealisticPrompts } from './lib/realistic.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.VEIL_EVAL_DATA ?? resolve(root, '..', 'shared', 'eval', 'data');
// The per-value lines are opt-in: a prompt set kept for validation must stay unread by whoever tunes on the others.
const showValues = process.argv.includes('--values');

function loadRecords(): EvalRecord[] {
  const files = readdirSync(dataDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  return files.flatMap((file) =>
    readFileSync(join(dataDir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => ({ ...(JSON.parse(l) as Omit<EvalRecord, 'file'>), file })),
  );
}

const pct = (x: number) => (Number.isNaN(x) ? '-' : `${(x * 100).toFixed(1)}%`);
const num = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(3));

const t0 = performance.now();
const engine = createDetector();
const buildMs = performance.now() - t0;
const records = loadRecords();

const byLabel = new Map<string, Tally>();
const byLang = new Map<string, Tally>();
const byFile = new Map<string, Tally>();
const get = (m: Map<string, Tally>, k: string) => {
  const found = m.get(k);
  if (found) return found;
  const t = emptyTally();
  m.set(k, t);
  return t;
};
let negatives = 0;
// Hard negatives without complete_for (gitleaks' false-positive lists) are not scored, only counted.
let hardNegatives = 0;
let hardNegativeSpans = 0;
let chars = 0;
let detectMs = 0;
for (const r of records) {
  const start = performance.now();
  const predictions = engine.detect(r.text);
  detectMs += performance.now() - start;
  chars += Buffer.byteLength(r.text, 'utf8');
  if (r.spans.filter((s) => s.label !== 'OTHER').length === 0 && r.complete_for.length > 0) negatives++;
  if ((r as { meta?: { hard_negative?: boolean } }).meta?.hard_negative) {
    hardNegatives++;
    hardNegativeSpans += predictions.length;
  }
  tallyRecord(r, predictions, (label) => get(byLabel, label));
  tallyRecord(r, predictions, (label) => get(byLang, `${label}/${r.lang}`));
  tallyRecord(r, predictions, (label) => get(byFile, `${r.file.replace('.jsonl', '')} ${label}`));
}

// Latency on 4 KB prompts cut from the same texts, after a warm-up.
/** Up to 300 windows of 4 KB cut from a corpus, every `stride` windows (spread over the whole corpus). */
function promptWindows(corpus: string, stride: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + 4096 <= corpus.length && out.length < 300; i += 4096 * stride)
    out.push(corpus.slice(i, i + 4096));
  return out;
}
const prompts = promptWindows(records.map((r) => r.text).join('\n'), 7);
// A gateway's engine runs warm for hours; V8 settles its code only after a few passes (per-pass CPU throughput
// on the sample measured 0.17, 0.28, 0.42, then 0.53-0.60 MB/s from the fourth pass on, with a wave of deopts in the
// second), so the latency is of a warm engine: WARM_PASSES untimed passes first. The cold first pass over every
// record is the "throughput over all records" line.
const WARM_PASSES = 3;
for (let pass = 0; pass < WARM_PASSES; pass++) for (const p of prompts) engine.detect(p);
// Wall time (what a user waits) and CPU time (what the engine costs, not inflated by other load on a shared box).
const lat: number[] = [];
const latCpu: number[] = [];
for (const p of prompts) {
  const s = performance.now();
  const c = process.cpuUsage();
  engine.detect(p);
  const used = process.cpuUsage(c);
  lat.push(performance.now() - s);
  latCpu.push((used.user + used.system) / 1000);
}
lat.sort((a, b) => a - b);
latCpu.sort((a, b) => a - b);
const p50 = lat[Math.floor(lat.length / 2)] ?? Number.NaN;
const p99 = lat[Math.floor(lat.length * 0.99)] ?? Number.NaN;
const p50Cpu = latCpu[Math.floor(latCpu.length / 2)] ?? Number.NaN;
const p99Cpu = latCpu[Math.floor(latCpu.length * 0.99)] ?? Number.NaN;

const lines: string[] = [];
lines.push(`# Detection accuracy (${records.length} records from ${dataDir})`, '');
lines.push(
  '| label | gold | precision | recall | F1 | leak | FP | FP/negative record |',
  '|---|---|---|---|---|---|---|---|',
);
let totalFpNeg = 0;
for (const label of LABELS) {
  const t = byLabel.get(label) ?? emptyTally();
  const r = ratios(t);
  totalFpNeg += t.fpOnNegatives;
  lines.push(
    `| ${label} | ${t.gold} | ${num(r.precision)} | ${num(r.recall)} | ${num(r.f1)} | ${pct(r.leak)} | ${t.fp} | ${negatives ? (t.fpOnNegatives / negatives).toFixed(4) : '-'} |`,
  );
}
lines.push(
  '',
  `Negative records: ${negatives}; false-positive spans per negative record, all labels: ${(totalFpNeg / Math.max(1, negatives)).toFixed(4)}`,
  `Hard negatives (unscored, e.g. gitleaks false-positive lists): ${hardNegativeSpans} span(s) on ${hardNegatives} record(s)`,
);
lines.push(
  '',
  '## Per language',
  '',
  '| label/lang | gold | precision | recall | F1 | leak |',
  '|---|---|---|---|---|---|',
);
for (const label of ['PERSON', 'LOCATION', 'MEDICAL']) {
  for (const lang of ['en', 'es']) {
    const t = byLang.get(`${label}/${lang}`) ?? emptyTally();
    const r = ratios(t);
    lines.push(
      `| ${label}/${lang} | ${t.gold} | ${num(r.precision)} | ${num(r.recall)} | ${num(r.f1)} | ${pct(r.leak)} |`,
    );
  }
}
lines.push(
  '',
  '## Per file and label',
  '',
  '| file label | gold | precision | recall | leak | FP |',
  '|---|---|---|---|---|---|',
);
for (const [k, t] of [...byFile.entries()].sort()) {
  const r = ratios(t);
  lines.push(`| ${k} | ${t.gold} | ${num(r.precision)} | ${num(r.recall)} | ${pct(r.leak)} | ${t.fp} |`);
}

// Prompts written for Veil: the kind of text users paste at work. realistic-prompts.yaml was written before the
// detectors were tuned on it; realistic-prompts-holdout.yaml was written after and is never tuned on, so its
// figures stand for text nobody has seen. With --values, leaks and false positives are listed one by one (values are
// invented).
function scoreRealistic(file: string, title: string): void {
  const prompts = loadRealisticPrompts(join(root, 'bench', 'data', file));
  const byLabel = new Map<string, Tally>();
  const misses: string[] = [];
  let harmless = 0;
  let harmlessSpans = 0;
  for (const r of prompts) {
    const predictions = engine.detect(r.text);
    tallyRecord(r, predictions, (label) => get(byLabel, label));
    if (r.spans.length === 0) {
      harmless++;
      harmlessSpans += predictions.filter((p) => r.complete_for.includes(p.label)).length;
    }
    for (const g of r.spans) {
      if (!predictions.some((p) => p.start < g.end && p.end > g.start))
        misses.push(`leak ${r.id} ${g.label} "${r.text.slice(g.start, g.end)}"`);
    }
    for (const p of predictions) {
      if (r.complete_for.includes(p.label) && !r.spans.some((g) => p.start < g.end && p.end > g.start))
        misses.push(`false positive ${r.id} ${p.label}/${p.type} "${r.text.slice(p.start, p.end)}"`);
    }
  }
  lines.push(
    '',
    `## ${title} (${prompts.length} prompts, bench/data/${file})`,
    '',
    '| label | gold | precision | recall | leak | FP |',
    '|---|---|---|---|---|---|',
  );
  for (const label of LABELS) {
    const t = byLabel.get(label);
    if (!t) continue;
    const r = ratios(t);
    lines.push(`| ${label} | ${t.gold} | ${num(r.precision)} | ${num(r.recall)} | ${pct(r.leak)} | ${t.fp} |`);
  }
  lines.push(
    '',
    `Harmless prompts (nothing to find): ${harmless}; false-positive spans per harmless prompt: ${(harmlessSpans / Math.max(1, harmless)).toFixed(3)}`,
  );
  if (showValues) lines.push('', ...misses.map((m) => `- ${m}`));
}
scoreRealistic('realistic-prompts.yaml', 'Realistic prompts written for Veil');
scoreRealistic('realistic-prompts-holdout.yaml', 'Held-out prompts, never tuned on');
// The held-out sets in the order they were written; a set missing from a checkout is skipped.
const HELD_OUT_SETS: Array<[file: string, title: string]> = [
  // A fresh held-out set, written once the first one's misses were known (and so no longer unseen).
  ['realistic-prompts-holdout-2.yaml', 'Second held-out prompts, never tuned on'],
  // A third held-out set, written blind (without reading the detectors, the other sets or any result).
  ['realistic-prompts-holdout-3.yaml', 'Third held-out prompts, never tuned on'],
  // A fourth held-out set, written blind like the third, with harmless prompts as varied as a company's work.
  ['realistic-prompts-holdout-4.yaml', 'Fourth held-out prompts, never tuned on'],
  // A fifth held-out set, written blind like the fourth, across departments and countries, with mixed-language text.
  ['realistic-prompts-holdout-5.yaml', 'Fifth held-out prompts, never tuned on'],
  // A sixth held-out set, written blind like the fifth, favouring back-office, clinic, payroll and CI text.
  ['realistic-prompts-holdout-6.yaml', 'Sixth held-out prompts, never tuned on'],
  // A seventh held-out set, written blind on 2026-12-04 at the session's start and first scored on its final tree.
  ['realistic-prompts-holdout-7.yaml', 'Seventh held-out prompts, never tuned on'],
  // An eighth, written blind on 2026-12-04 (20:00-20:10) and first scored on the tree of that session's first wave.
  [
    'realistic-prompts-holdout-8.yaml',
    'Eighth held-out prompts, first scored after one round of tuning on the seventh',
  ],
  // A ninth, written blind on 2026-12-04 (22:32-22:35) in document shapes the earlier sets lacked, and first scored on
  // the tree of that session's first wave.
  ['realistic-prompts-holdout-9.yaml', 'Ninth held-out prompts, first scored after one round of tuning on the eighth'],
  // A tenth, written blind on 2026-12-05 (01:33-01:37) around private texts in public genres' words, and first scored
  // on that session's starting tree (b997233).
  ['realistic-prompts-holdout-10.yaml', 'Tenth held-out prompts, first scored after tuning on the ninth'],
  // An eleventh, written blind on 2026-12-05 (03:53-04:02) around social-listening exports, raw e-mail headers, HAR and
  // curl pastes, notebook printouts and tenancy, trial, fertility, funeral and witness records; first scored on that
  // session's starting tree (2242aee).
  ['realistic-prompts-holdout-11.yaml', 'Eleventh held-out prompts, first scored after tuning on the tenth'],
  // A twelfth, written blind on 2026-12-05 (06:38-06:45) around fixed-width bank and payroll files, payment messages,
  // webhook JSON, git output, cloud sign-in logs, meeting transcripts and DSAR, screening, prior-authorisation and
  // police records; first scored on that session's starting tree (8d14011).
  ['realistic-prompts-holdout-12.yaml', 'Twelfth held-out prompts, first scored after tuning on the eleventh'],
  // A thirteenth, written blind on 2026-12-05 (09:30-09:33) around forwarded mail threads, access logs, API
  // collections and notebooks, CI and deployment files, payslips, custody and probation papers, school needs plans,
  // nursing handovers, radiology, vaccination and treatment schedules, SIM-swap and ride-hailing tickets and
  // dictated text; first scored on that session's starting tree (41dea76).
  ['realistic-prompts-holdout-13.yaml', 'Thirteenth held-out prompts, first scored after tuning on the twelfth'],
  // A fourteenth, written blind on 2026-12-05 (10:27-10:31) around returns and marketplace disputes, CRM and
  // audience exports, identity-provider exports, cloud CLI and database shell output, HR hearings and absence records,
  // tribunal claims, loan and AML narratives, addiction, sexual-health, genetic and therapy notes, benefit claims and
  // Spanish tax and community letters; first scored on that session's closing tree (3b5b9fe), after the tuning on the
  // thirteenth, to measure whether that tuning carried over.
  ['realistic-prompts-holdout-14.yaml', 'Fourteenth held-out prompts, first scored after tuning on the thirteenth'],
  // A fifteenth, written blind at the start of the 2026-12-05 21:55 session around insurance claims and loss reports,
  // mortgage, visa and guest registrations, airline bookings, guest lists with allergies, school records, CVs, dental,
  // physiotherapy, pharmacy and Latin American discharge notes, veterinary invoices, tickets and chat exports with
  // customer data, SQL dumps, Terraform state, crash reports and analytics payloads, court lists and deeds; kept from
  // that session's helpers and first scored on its starting tree (28e0af3) and on its closing tree, so the two runs
  // measure whether the tuning on the fourteenth carried over to text nobody had tuned on.
  [
    'realistic-prompts-holdout-15.yaml',
    'Fifteenth held-out prompts, first scored before and after tuning on the fourteenth',
  ],

  // A sixteenth set, written on 2026-12-06 by a helper who read only the markup parser and the fifteenth set's header
  // (occupational health and antenatal notes, audiology, home-care rotas, detention records, debt collection, divorce
  // and pension papers, tenant screening, traffic fines, parish registers, foster assessments, benefit appeals,
  // workplace accidents, notary powers, electoral rolls, customs declarations, password-manager exports, Kubernetes
  // secrets, order exports, call-centre transcripts, bank statement lines; harmless: first-aid handouts, exam
  // vignettes, campaign posters, honours boards, biographies, itineraries, wine lists, changelogs, test vectors);
  // kept from that session's helpers and first scored on its starting tree (1fe159b) and on its closing tree.
  [
    'realistic-prompts-holdout-16.yaml',
    'Sixteenth held-out prompts, first scored before and after tuning on the fifteenth',
  ],

  // A seventeenth set, written on 2026-12-06 by a helper who read only the markup parser and the sixteenth set's
  // header (crew lists, scouting reports, lab exports, court transcripts, family mediation, union grievances, hackathon
  // .env pastes, Ansible vaults, Jenkins credentials, Redis and Postgres logs, school transport rosters, controlled-drug
  // reports, hospice notes, adoption and estate files, sleep studies, a 401(k) withdrawal, a gestoría chat; harmless:
  // timetables, a calibration log, a moot problem, a pharmacology lecture, storm names, a concert programme, invalid
  // checksum tables, a drug leaflet, a saints' calendar, a tide table, a telenovela synopsis); kept from that
  // session's helpers and first scored on its starting tree (e39234e) and on its closing tree.
  [
    'realistic-prompts-holdout-17.yaml',
    'Seventeenth held-out prompts, first scored before and after tuning on the sixteenth',
  ],

  // An eighteenth set, written on 2026-12-06 by a helper who read only the markup parser and the seventeenth set's
  // header (a beekeepers' rota, tattoo consent, disability plan reviews, security vetting, childcare subsidies, travel
  // vaccinations, a jury deferral, an auction's AML check, dialysis transport, WireGuard, Postfix, Alertmanager and
  // Asterisk configs, brotherhood and irrigation levies, a cooperative loan, market-stall CURPs, a care-home admission,
  // teledermatology, diving medicals, a pilgrim hostel register, Odoo and Holded exports; harmless: a bird-ringing
  // report, an aviation briefing, a Luhn kata, a bridge column, an opioid-conversion handout, a cast list, a VLAN plan,
  // ISBN and EAN lists, a cycling stage report, a museum audio guide, test-card docs, a festival programme, an invalid
  // document exercise); kept from that session's helpers, who used set 17 as their validation set, and first scored on
  // its starting tree (7ff83ef) and on its closing tree.
  [
    'realistic-prompts-holdout-18.yaml',
    'Eighteenth held-out prompts, first scored before and after this session (set 17 its validation set)',
  ],

  // A nineteenth set, written on 2026-12-06 by a helper who read only the markup parser and the eighteenth set's header
  // (New Zealand payroll, an Indian KYC mismatch, a veterans' claim, a marina berth, fail2ban and Vector configs, a
  // Belgian payroll CSV, a Dutch rent appeal, a Kenyan SACCO dispute, a pilot's medical, a home-birth plan, an Irish
  // livery agreement, a German nursery contract; in Spanish a bike workshop, IMSS and Infonavit forms, a rugby medical
  // sheet, a Chilean sick-leave appeal, a Colombian accident report, a Uruguayan lease, a MikroTik export, GitLab CI
  // variables, SEPA XML, a funeral file, a parents' chat, an alarm sign-up; harmless: a git bisect, a cricket quiz, a
  // Jest table of invalid IBANs, a D&D sheet, an equine lecture, an ATC drill, a wine catalogue, a knitting pattern, a
  // zarzuela programme, a ferry timetable, sandbox docs, a build log, a pharmacy syllabus); scored on that session's
  // starting tree (10928bd) and closing tree, with no helper tuning on it.
  [
    'realistic-prompts-holdout-19.yaml',
    'Nineteenth held-out prompts, first scored before and after this session (blind)',
  ],

  // A twentieth set, written on 2026-12-06 by a helper who read only the markup parser and the nineteenth set's header
  // (a pest-control sheet with a gate code, Australian casual onboarding, a Scottish podiatry review, an HAProxy log,
  // an rclone config, a Nigerian salary-advance dispute, a home inspection, a pilates waitlist, a ski school, badge
  // scans, an estate agent's AML check, an HSA appeal, a firearms GP letter, a VS Code launch.json, a funeral claim, a
  // remittance trace, an immunotherapy log, an Airflow export, a share-house form; in Spanish a Mexican tax
  // certificate, Chilean fee receipts, an ANSES claim, a Colombian RUT update, an EsSalud teleconsultation, an
  // endoscopy, a lifeguard's report, Traefik and Supabase secrets, a library's borrowers, a car-pool chat, a psychiatry
  // referral, a food bank; harmless: a Tosca synopsis, nursery and seed catalogues, a BGP lab, a racecard, a Terraform
  // plan, a bus fleet list, a dental quiz, a lockfile diff, sandbox cards, a radio drama, a pelota report, council
  // minutes, a Mass timetable, antiepileptics notes, a Maven log, an olive-oil tasting); scored on that session's
  // starting tree (ddd60f5) and closing tree, with no helper tuning on it.
  [
    'realistic-prompts-holdout-20.yaml',
    'Twentieth held-out prompts, first scored before and after this session (blind)',
  ],

  // A twenty-first set, written on 2026-12-06 by a helper who read only the markup parser and the twentieth set's
  // header (a crane operator's card renewal, a bankruptcy intake, a Grafana provisioning review, a speech-therapy
  // note, a mountain-rescue log, a rental credit consent, a doxxing report, a super rollover, a bursary, a rent tax
  // credit, decrypted SOPS values, a bariatric letter, a lottery claim, a festival medical tent log, a hardware-wallet
  // ticket, a gliding medical, a requests debug script, card-fraud reviews, a wheelchair referral, an orthodontic
  // consent, an obfuscated chat sale; in Spanish a commuting-accident claim, a VAT refund, a disability certificate, a
  // pension history, a birth-record correction, sick pay and sick leave in four countries, a large-family card, an exam
  // adaptation, Keycloak and n8n exports, a hacked wp-config, a pain-unit report, a civil-marriage file, a rider's
  // incident, a federation's licence CSV, a dental SQL update, a cataract report, a savings-circle chat; harmless: a
  // marathon write-up, a lab manual, digest pinning, a reading guide, an airline briefing, a pharmacy quiz, a yard
  // report, a mountain forecast, a puzzle answer key, a mushroom guide, e-invoicing API errors, a chess report, a
  // theatre programme, a weather-station manual, neuroanatomy notes, a futsal dispute, a municipal inventory, a tractor
  // sheet); scored on that session's starting tree (afbc3c3) and closing tree, with no helper tuning on it.
  [
    'realistic-prompts-holdout-21.yaml',
    'Twenty-first held-out prompts, first scored before and after this session (blind)',
  ],
  // A twenty-second set (session 24, 60 prompts, 18 harmless, 597 gold values, written blind like the others: in
  // English a piano tuner's client book, a FileZilla export, a Vault terminal paste, a surrogacy agreement, a Medicare
  // appeal, an aged-care assessment, a helper's permit renewal, a school-fee exemption, a sports injury claim, a
  // driving-licence epilepsy declaration, a chat-room JSON export, a puppy sale, a caterer's dietary sheet, a home
  // blood-pressure CSV, web-server JSON logs, a database dump, a test run leaking its environment, a prosthetics note,
  // a tree surgeon's texts, a junior chess entry list; in Spanish hairdresser client cards, insurance and maternity
  // claims, a tutela, a parking lease, a school debt letter, a parking permit, a shop's parameters file, a payment
  // gateway log, a club's direct-debit list, a residents' chat, a pathology report, a residence file, a health-plan
  // complaint, a VAT refund, a mobile-payment scam report, a fixed-width payroll, Spring properties, a garage's SMS
  // export, a sworn translation, a held remittance, a housing co-op CRM; harmless: a parliament excerpt, cocktail copy,
  // a changelog, a check-digit handout, a family-tree worksheet, a subnetting sheet, validator fixtures, route notes, a
  // cattle dosing table, shanty notes, song analysis, enzyme notes, a parts catalogue, a Holy Week chronicle, a
  // programming exercise, sandbox docs, a CI integrity failure, official appointments); scored on that session's
  // starting tree (4770e51) and closing tree, with no helper tuning on it.
  ['realistic-prompts-holdout-22.yaml', 'Twenty-second held-out prompts, scored blind in session 24'],

  // A twenty-third held-out set, written on 2026-12-06 by a helper who read only the markup parser, set 22's header and
  // the earlier ids (60 prompts, 18 harmless, 571 gold values; in English a nanny contract, a homelab chat with an age
  // key, a hyperbaric treatment log, stock-option papers, a Pulumi config review, a sickness-allowance appeal, an
  // offshore medical certificate, a webinar registrants CSV, a dental-tourism package, a deposition errata sheet, a
  // curl script, a reimbursement request, a tenancy registration, a session replay, a home-oxygen order, a
  // mobile-money complaint, a call transcript, a Bicep template, an allotment waiting list, an interpreter booking, a
  // climbing waiver; in Spanish child-support transfers, a payroll-credit application, a migrant's permit, a held
  // remittance, a home carer's registration, a Laravel .env, Django settings, Nextcloud logs, a garage complaint, an
  // image-rights contract, a dietitian's report, a fire-brigade report, a marrow-donor record, a workplace adjustment,
  // a social-tariff application, a housing subsidy, a student loan, a settlement record, a flat purchase, a
  // cooperative mortgage, a storage tenancy; harmless: a peal board, a pin table, a type brief, a mountaineering quiz,
  // a vaccine-fridge SOP, a card-input bug, an observing list, a homebrew sheet, form instructions, Roman-law notes, a
  // stamp lot, an airport table, journal entries, contest rules, genetics notes, a changelog, a cycling guide,
  // compounding notes); scored on that session's starting tree (aa564fe) and closing tree, with no helper tuning on it.
  ['realistic-prompts-holdout-23.yaml', 'Twenty-third held-out prompts, scored blind in session 25'],

  // A twenty-fourth held-out set, written on 2026-12-07 by a helper who read only the markup parser, set 23's header and
  // the earlier ids (60 prompts, 18 harmless, 455 gold values; in English a regatta crew declaration, a tattoo consent
  // form, a daycare enrolment JSON, a leaked tfvars file, a Blue Badge application, an RRSP beneficiary change, a
  // domestic-helper contract, a rental-bond refund, an X12 837 claim rejection, a vCard merge, a tax-registration
  // questionnaire, a home-loan KYC checklist, a mail.log relay, an sshd intrusion timeline, a webhook signature
  // failure, a doxxing report, a concussion return-to-play log, a doula intake, a student-finance household form, a
  // probate inventory, a session-store dump; in Spanish catering allergies, a rowing-licence CSV, a pension moratorium,
  // a dental quote, a car-insurance claim, a rental guarantor study, a postgraduate enrolment, a swim-club health card,
  // a physiotherapy note, a cooperative loan, CI secrets, a service-account JSON, a Sentry event, an OpenVPN status
  // log, a lump-sum unemployment claim, a holiday-cottage chat, a podiatry report, an occupational-health exam, an
  // heirs' bank letter, a rental contract, a music-school enrolment; harmless: a skating protocol, a pharmacokinetics
  // tutorial, an IBAN wiki page, OpenAPI examples, a heritage trail, a bakery board, a checksum manifest, seminar
  // notes, a race report, an orchid catalogue, a RUT exercise, a rally report, alarm codes, a reading guide, a dialling
  // table, a lottery message, a firmware changelog, dose exercises); scored on that session's starting tree (09c6b44)
  // and closing tree, with no helper tuning on it.
  ['realistic-prompts-holdout-24.yaml', 'Twenty-fourth held-out prompts, scored blind in session 26'],

  // A twenty-fifth held-out set, written on 2026-12-07 by a helper who read only the markup parser, set 24's header and
  // the earlier ids (60 prompts, 18 harmless, 399 gold values; in English a stoma-nurse review, a lactation home visit,
  // an obstetric ultrasound worksheet, an MRI safety form, a chiropractic intake export, an ACC45 physio claim, a
  // removals survey, redundancy notes, a Copenhagen relocation ticket, a Home Assistant secrets.yaml, a coworking
  // sign-up, a .terraformrc and .sentryclirc, a Docker config.json, a dbt profiles.yml, a Slack thread with a pasted
  // token, an F-1 course-load request, a condo tenancy renewal, a Swiss vested-benefits e-mail, an MPF transfer, a
  // storage-unit lien notice, music-exam entries; in Spanish a Gitea app.ini, a Moodle config.php, an OVH API script,
  // FortiGate VPN blocks, PAMI insulin, a quake shelter roll, an AFORE withdrawal, an ARS surgery authorisation, a
  // postpartum midwife report, a Pago Móvil claim, heirs' effective possession, a nursery application, a workplace
  // harassment file, a keratoconus lens fitting, a summer-camp CSV, a parcel to Havana, an appliance loan, a telecare
  // sign-up, a PILA contribution, a domestic worker's contract, a microcredit file; harmless: runbook placeholders, an
  // SSCC label, an air-quality report, an nmap lab, a water-cut notice, a NOTAM briefing, a vehicle auction, a PBX
  // manual, an openssl dump, a geocaching puzzle, an EXPLAIN ANALYZE, a cheese contest, a MARC21 record, podcast
  // notes, radio anniversaries, a bike catalogue, a triage protocol, drug formulary minutes); scored on that session's
  // starting tree (d3e4565) and closing tree, with no helper tuning on it.
  ['realistic-prompts-holdout-25.yaml', 'Twenty-fifth held-out prompts, scored blind in session 27'],

  // A twenty-sixth held-out set, written on 2026-12-07 by a helper who read only the markup parser, set 25's header and
  // the earlier ids (60 prompts, 18 harmless, 426 gold values; in English an au-pair host-family sheet, a Turkish
  // hair-transplant pre-op file, a hagwon visa checklist, a live-in carer placement, a GitLab runner config, a Rails
  // credentials dump, a hand-therapy fax, a trampoline-park incident, a burial-right transfer, a CGM export, a Japanese
  // year-end tax adjustment, a Thai retirement-visa bank letter, a Saudi driver-recruit table, an Android keystore
  // leak, an Algolia key in a docs bundle, an M365 audit timeline, a cord-blood enrolment, travel-insurance screening,
  // a Payoneer verification, a bail-bond form, a Calendly webhook; in Spanish a car-loan capture, a grape-harvest CSV,
  // a bone-density report in plain words, Colombian family-fund beneficiaries, Peruvian CTS accounts, a Chilean health
  // declaration, a Venezuelan passport extension, a Strapi .env, a clinic's WhatsApp bot error, a custody expert
  // report, a Puerto Rican health-plan application, a thyroid panel by WhatsApp, a Ley Karin complaint, a tax advisor's
  // e-mail, Ansible host vars, a WAF log, a pre-employment medical, an in-itinere accident claim, a funeral-insurance
  // call, a social worker's OneDrive link; harmless: orienteering control descriptions, trail-race rules, an organ
  // stoplist, CFDI field specs, an API deprecation notice, a film-club programme, a k6 load test, an OOMKilled pod, a
  // dog-show catalogue, a statistics syllabus, a CT protocol card, a banking-app manual, a bond prospectus, a hospital
  // pharmacy inventory, a crisis-line poster, a history summary, GTFS stops, a MySQL migration checklist); scored on
  // that session's starting tree (0d97019) and closing tree, with no helper tuning on it.
  ['realistic-prompts-holdout-26.yaml', 'Twenty-sixth held-out prompts, scored blind in session 28'],

  // A twenty-seventh held-out set, written on 2026-12-07 by a helper who read only the markup parser, set 26's header
  // and the earlier ids (60 prompts, 18 harmless, 387 gold values; in English a Croatian bar's seasonal-staff CSV, a
  // Bulgarian contractor's bank change, a Greek villa housekeeper's registration, an Austrian ski school's sick-leave
  // payroll, an Icelandic fish plant's overtime ticket, a Taiwanese fab's onsite clinic, a Chinese supplier's social
  // audit, a Hungarian battery plant's noise screening, a Lithuanian truck driver's sleep-apnoea return, a Ukrainian
  // guest-host match, an ACH return file, a CPAP compliance fax, Discord deploy secrets, a LoRaWAN import, cluster join
  // tokens, a package-publish 401, a hijacked streaming channel, a cruise ship's sickbay log, a plasma centre's payout
  // chat, a FIFO site medic's report, a Philippine BPO loan follow-up; in Spanish a pelvic-floor physiotherapy
  // assessment, a property administrator's direct debits, a drivers' medical centre report, a Mexican widow's pension,
  // payment keys in Slack, a Peruvian card-decline log, an Argentine sale contract draft, a Bolivian mining
  // cooperative's accident report, a Paraguayan e-invoice rejection, a Guatemalan supplier file, a Dominican rental
  // deposit, an Ecuadorian taxi cooperative, a Colombian coffee farm's pickers, a Chilean GES certificate, a Venezuelan
  // condominium payment, a Zabbix PSK, a second-hand-sale fraud claim, an ERTE benefits file, a school nurse's glucose
  // log, a minor's passport, a Salvadoran housing loan; harmless: a soil-probe README, a museum audio guide, a bridge
  // watch handover, a pharmacovigilance signal summary, paint product copy, an idempotency debug, a keynote programme,
  // an aircraft task card, a choir set list, a coffee cupping sheet, a measles bulletin, a Kafka lag log, a holiday
  // calendar, a housing estate's rules, a Caribbean cruise itinerary, a podcast script, a mobile phone's listing, an
  // athletics training plan); scored on that session's starting tree (5d1cab5) and closing tree, with no helper tuning
  // on it.
  ['realistic-prompts-holdout-27.yaml', 'Twenty-seventh held-out prompts, scored blind in session 29'],

  // A twenty-eighth held-out set, written on 2026-12-07 by a helper who read only the markup parser, set 27's header
  // and the earlier ids (60 prompts, 18 harmless, 447 gold values; in English a BitLocker recovery key in a Teams chat,
  // TOTP seeds and backup codes in a shared-login ticket, a Cisco branch switch's AAA review, an Indonesian remote
  // contractor's onboarding, a Serbian concept artist's bank change, a Canadian ROE and EI sickness e-mail, a US notary
  // journal, a Ugandan boda rider's accident claim, Heroku config vars, an Azure SAS link, a Maven settings.xml 401, a
  // PowerShell new-starters script, a DICOM header, a district nurse's tissue-viability referral, a hemovigilance form,
  // a seizure diary export, a skydive booking's medical clearance, a Salesforce Apex debug log, FreeRADIUS eduroam
  // rejects, an MT940 statement, a pre-operative nursing assessment; in Spanish a dependency social report, an Odoo
  // config, a Nextcloud config, a Vaultwarden send link, residents' on-call WhatsApp, a youth rent-bonus application, a
  // pawn ticket, a gated community's guard log, a school psychopedagogical report, a teacher's leave, a SARLAFT form, a
  // finiquito, an occupational medical for work at height, a stolen-phone report, a medical cannabis prescription, a
  // dialysis admission, a maquila job application, a FEMA appeal, a slow Postgres log, a Composer auth.json, a medicine
  // parcel chat; harmless: a chemistry stockroom reorder list, an infusion pump safety notice, a hotel block letter
  // template, a Grafana panel, herbarium labels, a Git LFS reject, recipe costing, a library flyer, a trial protocol's lay
  // summary, a MIR exam question, nginx probe logs, school science anniversaries, a village pharmacy rota, Postgres
  // replica notes, tinned-food labels, a wellbeing leaflet, a deposit contract template, a patient monitor's alarm
  // manual); scored on that session's starting tree (455a3ec) and closing tree, with no helper tuning on it.
  ['realistic-prompts-holdout-28.yaml', 'Twenty-eighth held-out prompts, scored blind in session 30'],

  // A twenty-ninth held-out set, written on 2026-12-07 by a helper who read only the markup parser, set 28's header
  // and the earlier ids (60 prompts, 18 harmless, 477 gold values; in English a Korean insurer's dependent ticket, a
  // Riga contractor's onboarding form, a dive shop's decompression incident, a Netlify deploy log, a mobile-money payout
  // script, an acupuncture intake letter, a living donor's work-up, an enforcement visit log, a cremation application,
  // a Quebec daycare file, a FAFSA verification, a band's fee split, a JupyterHub config, an OPNsense backup, triathlon
  // entries with medical flags, a git patch, a credit union's hardship minutes, a partner-notification SMS, a life
  // insurance tele-interview, a Vietnamese freelancer's bank reply; in Spanish a detective's sick-leave surveillance
  // report, a joint tax return chat, a hunting club's dues, a Mexican licence replacement, an Argentine F572, a Chilean
  // municipal inquiry, an Inca Trail list, a day centre's report, a Webpay 401 log, an NGO's intake form, a public
  // Symfony .env, a ride-hailing driver's lock-out, a Panamanian pensioner visa, a Uruguayan dairy's payroll, a
  // Venezuelan insurer's refund, a children's football league, a Bolivian official's asset declaration, a LexNET
  // hearing, Dockerfile build args, a traffic injury assessment, a Postman environment; harmless: a VIN check digit
  // bug, a LOINC mapping, an ADS-B decoder question, a DNS zone, a shop listing, a reading group, a postmortem, a ward
  // rota template, citations, a contract template, a vaccine calendar, CLABE check-digit tests, a classroom
  // docker-compose, a wine cellar inventory, an ISO checksum, a town's useful phones, web analytics, a hiking guide);
  // scored blind on session 31's starting tree (5c87b9a) and closing tree, with no helper tuning on it.
  ['realistic-prompts-holdout-29.yaml', 'Twenty-ninth held-out prompts, scored blind in session 31'],

  // A thirtieth set written beside the twenty-ninth as a validation set, weighted to health and care (60 prompts, 18
  // harmless, 501 gold values; a GUM clinic note, school immunisation consents, a care home's falls log, insurers'
  // claims in Ireland, India and Spain, a memory clinic referral, pharmacies in Scotland, Australia and Spain, a
  // disability physician's statement, an enteral feed handover, home health visits in the US, Peru and Costa Rica,
  // couples therapy, a nutritionist's note, a lab export, a smoking cessation report, a respiratory physio ward, a tumour
  // board, an ambulance call log, social work studies; also ArgoCD and OpenStack secrets, HR letters, a mortgage intake,
  // a stokvel payout, council tax and veteran exemptions, an SFTP onboarding, a brokerage account, a Wazuh alert, a
  // returned SPEI; harmless: an inhaler leaflet, rota templates, a cohort abstract, an OSCE station, reference ranges,
  // a Terraform README, an FX memo, a leave policy, a bin calendar, a hypoglycaemia protocol, an HPV leaflet, a
  // transfusion centre's report, an appointment app guide, residents' sessions, a Docker build log, a POS sandbox
  // circular, grant rules). During session 31 the lead scored helpers' commits on it by counts only (start 5c87b9a ->
  // close), never reading its misses before the close.
  ['realistic-prompts-holdout-30.yaml', 'Thirtieth held-out prompts (validation, counts only during session 31)'],

  // A thirty-first held-out set, written on 2026-12-07 by a helper who read only the markup parser, the merged headers
  // of sets 29 and 30 and the earlier ids (60 prompts, 18 harmless, 473 gold values; in English an FMLA certification
  // draft, a yoga teacher training health form, a supervisord config, .netrc and pip.conf, a CrossFit PAR-Q export, a
  // pawnshop's police upload, a house sitter's handover, a Hugging Face build log, an RDSP checklist, a South African
  // chronic medicine application, an adult day care packet, a Slovak new-hire ticket, a Nigerian church welfare sheet,
  // a credit union death benefit claim, a Luxembourg cross-border payroll query, a Ljubljana deposit dispute, a Flutter
  // interceptor log, a New Zealand respite booking, an HDB renovation chat, a school camp medical form, an SSH session;
  // in Spanish a life insurance enrolment, a rent guarantee application, a Chilean nursery health sheet, a Colombian
  // guard's CV, a wheelchair assistance request, a mortgage expenses claim, a hearing aid quote, a WooCommerce
  // compose file, a tenant's WhatsApp card, a cleft lip foundation's list, a bank's data update chat, a driving school's
  // psychotechnical test, a school canteen's allergies CSV, a private hospital's statement, Supabase auth logs, a
  // psychologist's supervision summary, a medicine donation list, a DS-160 draft, a scraping script's credentials, a
  // residential intercom app, a work accident report; harmless: a kennel FAQ, a student helplines page, a wave pick
  // list, published test cards, perfume notes, a Dependabot summary, a sire catalogue, a lift inspection, a snooker
  // draw, a university's useful phones, SKUs, a pizzeria menu, an IP camera's factory defaults, a film awards podcast,
  // a Jenkins run, a marketplace reconciliation, a bus timetable, constitutional law notes); scored on session 32's
  // starting tree (3789c9e, with one look-behind made linear: the set's WooCommerce compose file hung the rule stage)
  // and closing tree, with no helper tuning on it.
  ['realistic-prompts-holdout-31.yaml', 'Thirty-first held-out prompts, scored blind in session 32'],

  // A thirty-second set written beside the thirty-first as a validation set, half of it harmless (60 prompts, 30
  // harmless, 17 of them health texts naming no patient, 375 gold values; harmless: a gRPC API reference, an
  // antimicrobial stewardship audit, a vaccine lot recall, physio exam questions, an MRI helium log, a wholesaler's
  // invoice, a meta-analysis abstract, an asthma pathway, an antivenom leaflet, a blood donation poster, a short story,
  // curling results, an ECB note, nftables, a marine catalogue, an amoxicillin leaflet, a bronchiolitis protocol, a
  // nursing congress summary, EIR questions, a coagulometer log, a pharmacists' circular, a surgical instruments
  // catalogue, a health centre's closure notice, a parcel SDK's docs, a bulletin, a roller hockey report, a recipe, a
  // children's story, a roaster's invoice, nginx; sensitive: a BC PharmaCare fax, a dental hygienist's handover, a
  // sanatorium referral, an opioid take-home note, an MC claim, a Korean screening follow-up, a Nigerian HMO
  // pre-authorisation, a Render YAML, a bank change reply, a wedding booking, a hotel portal log, a window cleaner's
  // round, a kindergarten offer, an Ejari summary, an MDM export, a mutual's assistance report, an orthodontist's
  // WhatsApp, a care home's night medication sheet, home hospitalisation routes, a CESFAM list, lab results by e-mail,
  // SOAP therapy notes, a Spring prod.yml, a trainer's clients JSON, a music school's reminders, a holiday let's tenant,
  // a PSE webhook log, an excursion list, telework clock-ins, a backups postmortem). During session 32 the lead scored
  // helpers' commits on it by counts only (start 3789c9e -> close), never reading its misses before the close.
  ['realistic-prompts-holdout-32.yaml', 'Thirty-second held-out prompts (validation, counts only during session 32)'],
  // A thirty-third held-out set, written on 2026-12-07 by a helper who read only the markup parser, the merged headers
  // of sets 31 and 32 and the earlier ids (60 prompts, 18 harmless, 495 gold values; in English a Qatari household
  // driver's QID renewal, a Kazakh drilling crew's fitness memo, an iGaming source-of-funds review, a yacht charter's
  // crew list, IME panel results, a shearing gang's pay sheet, an adult swim form, a cab fleet's KYC sheet, a fastlane
  // Matchfile, Kafka SASL properties, a Dovecot brute-force log, an Intercom export, an ill-health retirement claim, a
  // guardianship petition, a semen analysis letter, an IEP review, a language academy's payroll, a Kilimanjaro trek
  // form, a Pix onboarding, a leaked Paystack key, a phlebotomist's route; in Spanish an IDSE affiliation file, a RIPS
  // rejection, a care home admission, a Previred file error, a mining camp's first-aid log, a shrimp farm's payroll, a
  // car sale draft, a hippotherapy record, a motorhome rental chat, a civil partnership application, greenhouse
  // seasonal workers, an ICU progress note, a milk bank donor screening, a stress test, Kibana failed logins, an ePayco
  // .env, a Bitbucket log, a corner shop's credit book, a DUI scholarship, a midwife's WhatsApp, an animal adoption
  // contract; harmless: a brewery log, a cargo audit, ISO 6346 check digits, default credentials in a README, a
  // gambling support page, rose cultivars, a card form bug, a CFP timeline, a knee rehab sheet, an ice-cream menu, UUID
  // checksums, BIC codes, an emergency phones poster, a history-of-medicine programme, a router's factory values, a wine
  // inventory, a wound care protocol, parcel tracking); scored on session 33's starting tree (51904b7) and closing
  // tree, with no helper tuning on it.
  ['realistic-prompts-holdout-33.yaml', 'Thirty-third held-out prompts, scored blind in session 33'],
  // A thirty-fourth set written beside the thirty-third as a validation set, half of it harmless (60 prompts, 30
  // harmless, 12 of them health texts naming no patient, 495 gold values; harmless: a dialysis water plant log, a hand
  // hygiene audit, a gout guideline, a levothyroxine leaflet, a trial poster, a dispensing robot's errors, webhook docs,
  // a Prometheus scrape, a steel purchase order, a boat race, a radio play, a council vote, a sourdough sheet, a UPS
  // log, a database exam question, a salbutamol leaflet, an autoclave log, a vitamin D trial summary, a legionella
  // notice, a scorpion sting protocol, bot docs, a bottling line PLC log, a refrigerated haulage invoice, a Libertadores
  // match report, an arepa recipe, a diabetic foot guide, a lamp catalogue, a flash fiction entry, a mayor's press
  // note, a camera firmware advisory; sensitive: a speech therapy waitlist, a mine's TB screening register, an expat's
  // GP registration, a specialty pharmacy intake, skin check recalls, a continence order, NMS call notes, a malaria RDT
  // register, a CircleCI dump, a tutor payout sheet, a pool route, a VITA intake, a removals quote, home lab
  // collections, a BPO 201 file, a surgical waitlist, a haemophilia programme, a therapeutic companion's CBU, a milk
  // bank screening, an IESS call centre, a care home's pill organisers, an aesthetic clinic's record, returned
  // receipts, a mysqldump script, a domestic worker's settlement, a savings fund withdrawal, COPD telemonitoring, a
  // psychotropics book, a loan guarantor, a surgery quote). During session 33 the lead scored main's commits on it by
  // counts only (start 51904b7 -> close), never reading its misses before the close.
  ['realistic-prompts-holdout-34.yaml', 'Thirty-fourth held-out prompts (validation, counts only during session 33)'],
];
for (const [file, title] of HELD_OUT_SETS)
  if (existsSync(join(root, 'bench', 'data', file))) scoreRealistic(file, title);

// The same gold values lightly obfuscated (bench/lib/obfuscate.ts): each variant rewrites the values of a third
// of the records (variant k takes records i with i % 3 === k % 3), and only leak and recall are scored, since the
// text around the values is unchanged.
const obfuscated = new Map<string, Tally>();
for (const [k, variant] of VARIANTS.entries()) {
  records.forEach((r, i) => {
    if (i % 3 !== k % 3 || r.spans.length === 0) return;
    const o = obfuscateRecord(r.text, r.spans, variant);
    if (o.spans.length === 0) return;
    const predictions = engine.detect(o.text);
    // complete_for is emptied: a prediction elsewhere in the text is not this pass's business.
    const scored = { ...r, text: o.text, spans: o.spans, complete_for: [] };
    tallyRecord(scored, predictions, (label) => get(obfuscated, `${label}|${variant}`));
    tallyRecord(scored, predictions, (label) => get(obfuscated, `${label}|all`));
  });
}
lines.push(
  '',
  '## Obfuscated values',
  '',
  'Leak rate (share of gold values nothing touches) after rewriting the values; in brackets the values rewritten.',
  '',
  `| label | all | ${VARIANTS.join(' | ')} |`,
  `|---|---|${VARIANTS.map(() => '---').join('|')}|`,
);
for (const label of LABELS) {
  const cell = (v: string) => {
    const t = obfuscated.get(`${label}|${v}`);
    return t && t.gold > 0 ? `${pct(ratios(t).leak)} (${t.gold})` : '-';
  };
  if (!obfuscated.has(`${label}|all`)) continue;
  lines.push(`| ${label} | ${cell('all')} | ${VARIANTS.map(cell).join(' | ')} |`);
}
const mbps = chars / 1e6 / (detectMs / 1000);

/** CPU milliseconds of this process (user + system): unlike wall time, not inflated by other load on a shared box. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * CPU microseconds per call of the full engine on the gateway benchmark's plain lower-case prose (nothing to find),
 * best of three passes; each prompt differs in its last word so no cache of a previous text applies.
 */
function plainProseCost(bytes: number, calls: number): number {
  const texts = Array.from({ length: calls }, (_, i) => `${plainPrompt(bytes - 8)} ${i}`);
  for (const t of texts.slice(0, 20)) engine.detect(t);
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 3; pass++) {
    const s = cpuMs();
    for (const t of texts) engine.detect(t);
    best = Math.min(best, cpuMs() - s);
  }
  return (best * 1000) / calls;
}

/** MB/s of one detect function over a sample of the records (every 4th), so each part's cost is visible. */
function throughput(detect: (text: string) => unknown): number {
  const sample = records.filter((_, i) => i % 4 === 0).map((r) => r.text);
  const bytes = sample.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  // Warm passes first (see WARM_PASSES), then the best of three: the machine is shared, and the fastest pass is the
  // one least disturbed by others.
  for (let pass = 0; pass < WARM_PASSES; pass++) for (const t of sample) detect(t);
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 3; pass++) {
    const s = performance.now();
    for (const t of sample) detect(t);
    best = Math.min(best, performance.now() - s);
  }
  return bytes / 1e6 / (best / 1000);
}
// Baseline in the same run: one trivial regex pass (digits) over the same texts, to read the figures against
// the machine's current speed (the box is shared, absolute numbers move with its load).
const baseline = throughput((t) => t.match(/\d+/g));
const rulesOnly = createDetector({ extras: [] });
// The same pass timed in CPU time, which other processes on the machine do not inflate.
const evalSample = records.filter((_, i) => i % 4 === 0).map((r) => r.text);
const evalSampleBytes = evalSample.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
let evalCpuBest = Number.POSITIVE_INFINITY;
for (let pass = 0; pass < WARM_PASSES; pass++) for (const t of evalSample) engine.detect(t);
for (let pass = 0; pass < 3; pass++) {
  const s = cpuMs();
  for (const t of evalSample) engine.detect(t);
  evalCpuBest = Math.min(evalCpuBest, cpuMs() - s);
}
// The work prompts of bench/data (configs, logs, CSV, chats, clinical notes, code: what users paste) are denser in
// cues and findings than the shared sets, so the engine runs slower on them: their figures are printed beside the
// sample's, in CPU time.
const workPrompts = readdirSync(join(root, 'bench', 'data'))
  .filter((f) => /^realistic-prompts.*\.yaml$/.test(f))
  .sort()
  .flatMap((f) => loadRealisticPrompts(join(root, 'bench', 'data', f)).map((r) => r.text));
const workBytes = workPrompts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
for (let pass = 0; pass < WARM_PASSES; pass++) for (const t of workPrompts) engine.detect(t);
let workCpuBest = Number.POSITIVE_INFINITY;
for (let pass = 0; pass < 3; pass++) {
  const s = cpuMs();
  for (const t of workPrompts) engine.detect(t);
  workCpuBest = Math.min(workCpuBest, cpuMs() - s);
}
const workWindows: number[] = [];
for (const window of promptWindows(workPrompts.join('\n\n'), 3)) {
  engine.detect(window);
  const s = cpuMs();
  engine.detect(window);
  workWindows.push(cpuMs() - s);
}
workWindows.sort((a, b) => a - b);
const parts = [
  `- full engine in CPU time on the ${workPrompts.length} work prompts of bench/data (${(workBytes / 1e6).toFixed(2)} MB), best of 3 warm passes: ${(workBytes / 1e3 / workCpuBest).toFixed(2)} MB/s; 4 KB windows of them (${workWindows.length}), CPU p50 ${(workWindows[workWindows.length >> 1] ?? Number.NaN).toFixed(2)} ms`,
  `- full engine, best of 3 passes over every 4th record after ${WARM_PASSES} warm ones: ${throughput((t) => engine.detect(t)).toFixed(2)} MB/s`,
  `- baseline (one /\\d+/g pass): ${baseline.toFixed(1)} MB/s`,
  `- full engine in CPU time, best of 3 warm passes over every 4th record: ${(evalSampleBytes / 1e3 / evalCpuBest).toFixed(2)} MB/s`,
  `- full engine on plain lower-case prose (CPU per call, best of 3): 1 KB ${plainProseCost(1024, 2000).toFixed(0)} us, 16 KB ${plainProseCost(16384, 150).toFixed(0)} us`,
  `- rule packs only (${rulesOnly.detectorIds.length} rules): ${throughput((t) => rulesOnly.detect(t)).toFixed(2)} MB/s`,
];
for (const make of extraDetectors) {
  const d = make({ rulesDir: defaultRulesDir() });
  parts.push(`- extra detector ${d.id} alone: ${throughput((t) => d.detect(t)).toFixed(2)} MB/s`);
}
lines.push(
  '',
  '## Speed',
  '',
  `- engine construction: ${buildMs.toFixed(0)} ms`,
  `- throughput over all records (${(chars / 1e6).toFixed(2)} MB, one core): ${mbps.toFixed(2)} MB/s`,
  `- 4 KB prompt latency over ${lat.length} prompts (warm engine): p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`,
  `- 4 KB prompt latency in CPU time: p50 ${p50Cpu.toFixed(2)} ms, p99 ${p99Cpu.toFixed(2)} ms`,
  ...parts,
);
const report = `${lines.join('\n')}\n`;
process.stdout.write(report);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'accuracy.md'), report);
