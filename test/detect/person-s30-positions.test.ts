import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe("the writer's name under a message, whatever its country (person-signature.ts)", () => {
  it('reads a name under a closing of another language, with the team after a dash, a slash or a bar', () => {
    expect(people('Bitte bis Freitag zurück.\n\nlg\nHiltrud – Lohnbüro')).toEqual(['Hiltrud']);
    expect(people('The readings are attached.\n\nthanks\nCsenge / EHS')).toEqual(['Csenge']);
    expect(
      people('The payslip is wrong again, see the screenshot.\nSalamat po!\nJhenalyn – Team Kestrel, Pasig site'),
    ).toEqual(['Jhenalyn']);
    expect(people('Pozdrawiam\nPrzemysław')).toEqual(['Przemysław']);
    expect(people('Köszönöm,\nGergő')).toEqual(['Gergő']);
  });

  it('reads a name alone on the last lines after the final sentence, with a post or a team under it', () => {
    expect(people('Keep him on the yard shift until the permit comes.\n\nLaimutė\nDepot dispatch')).toEqual([
      'Laimutė',
    ]);
    expect(people('Send me the timesheets by noon.\n\nVerónika\nPayroll')).toEqual(['Verónika']);
    expect(people('Call the depot on +370 600 11 222\n\nGintautas\nDispatch')).toContain('Gintautas');
  });

  it('leaves products, teams, places and lists in the same places', () => {
    expect(people('Cheers,\nNginx – reverse proxy notes')).toEqual([]);
    expect(people('Thanks!\nSlack – #general')).toEqual([]);
    expect(people('Regards,\nFinance Department')).toEqual([]);
    expect(people('The rollout finished without errors.\n\nKubernetes\nCluster notes')).toEqual([]);
    expect(people('That is all for today.\nTarragona\nHead office')).toEqual([]);
    expect(people('We sail at dawn on the last day.\nVistamar\nDeck 5')).toEqual([]);
    expect(people('Reach out if anything breaks.\nAppendix\nTable 3 – figures')).toEqual([]);
  });
});

describe('a list of sites after a signature (person-lists.ts)', () => {
  it('spreads no person over "Team X, Y site"', () => {
    expect(people('Thank you!\nJomar – Team Orion, Makati site')).toEqual(['Jomar']);
  });
});

describe('a petition\'s "Yo, <name>, con cédula" (rules/names/cues.yaml)', () => {
  it('reads the name before an identity document joined by "con"', () => {
    expect(people('Yo, Jefferson Efrén Pilco Tixi, con cédula 0923456781, solicito la baja.')).toEqual([
      'Jefferson Efrén Pilco Tixi',
    ]);
  });

  it('leaves a firm before "con" and a document', () => {
    expect(people('Cooperativa Andina de Transporte, con RUC 1790012345001, solicita el permiso.')).toEqual([]);
  });
});

describe('greetings of other languages before the reader (rules/names/cues.yaml)', () => {
  it('reads the name after "buenas", "hallo", "szia", "kumusta"', () => {
    expect(people('Buenas Maripaz:\n\nte reenvío el recibo.')).toEqual(['Maripaz']);
    expect(people('Hallo Bernadett,\nanbei die Liste.')).toEqual(['Bernadett']);
    expect(people('Szia Csilla, köszi!')).toEqual(['Csilla']);
    expect(people('Kumusta Rosalind, please see below.')).toEqual(['Rosalind']);
  });

  it('leaves places, teams and products after a greeting', () => {
    expect(people('Buenas Lanzarote: hoy sol y 24 grados.')).toEqual([]);
    expect(people('Good afternoon, Meridian Holidays payments, Tara speaking.')).not.toContain('Meridian');
    expect(people('Hallo Team, the standup moves to 10:00.')).toEqual([]);
    expect(people('Hallo Slack!')).toEqual([]);
    expect(people('Buenas tardes Recursos Humanos:')).toEqual([]);
  });
});

describe('chat authors in Discord headers, Slack initials and timed log lines (person-chat-headers.ts)', () => {
  it("reads Discord's author lines, a lone lower-case name included", () => {
    const chat = '#builds\nrokas_p — Today at 08:52\nci is red\nsiiri — Today at 08:54\nlooking';
    expect(people(chat)).toEqual(['rokas_p', 'siiri']);
    const dated = '#ops\nkestutis — 03/11/2026 14:02\nup again\nhanna.l — 03/11/2026, 2:05 PM\nnice';
    expect(people(dated)).toEqual(['kestutis', 'hanna.l']);
  });

  it('reads a Slack handle that opens with initials', () => {
    expect(people('#pagos\nmr.quiroga  10:42\nya quedó\nlf.benitez  10:44\nok')).toEqual(['mr.quiroga', 'lf.benitez']);
  });

  it("reads handles built from a name after a chat log's time stamps", () => {
    expect(people('[09:14] ilona.k: the backup failed again\n[09:15] tamas_b: looking')).toEqual([
      'ilona.k',
      'tamas_b',
    ]);
  });

  it("leaves a schedule, bots and a log's components", () => {
    expect(people('Schedule\nDeploy — Today at 18:00\nBackup — Today at 23:00')).toEqual([]);
    expect(people('[09:14] auth_svc: token refreshed\n[09:15] auth_svc: token refreshed')).toEqual([]);
    expect(people('[09:14] build_bot: started\n[09:15] build_bot: done')).toEqual([]);
  });
});

describe("numbered name columns and a doctor's office (name-columns.ts, context.ts)", () => {
  it('reads the cells of "apellido1", "apellido2", "surname_2" columns', () => {
    const rows = 'dni;nombre;apellido1;apellido2;importe\n12345678Z;Itxaso;Zuloaga;Urkiola;50';
    expect(people(rows)).toEqual(['Itxaso', 'Zuloaga', 'Urkiola']);
    expect(people('id,surname_1,surname_2,name\n7,Condori,Huarachi,Wilber')).toEqual(['Condori', 'Huarachi', 'Wilber']);
  });

  it('leaves numbered columns of other things', () => {
    expect(people('line1,line2,total\nApple,Pear,3')).toEqual([]);
  });

  it('reads a titled name after "the office of", "on behalf of"', () => {
    expect(people('Fax to the office of Dr Villacrés (cardiology)')).toEqual(['Dr Villacrés']);
    expect(people('Signed on behalf of Mrs Adeyemi-Holt.')).toEqual(['Mrs Adeyemi-Holt']);
  });
});

describe('a handle a sentence or a field names (person-login-cues.ts)', () => {
  it('reads a login built from a name after "handle is", "nickname:", "nick es"', () => {
    expect(people('Her Discord handle is bjorn_kv, ask her there.')).toEqual(['bjorn_kv']);
    expect(people('Su nick es leo.quispe en el juego.')).toEqual(['leo.quispe']);
  });

  it('leaves accounts, bots, hosts and things', () => {
    expect(people('Username: admin')).toEqual([]);
    expect(people('username: deploy_bot')).toEqual([]);
    expect(people('The handle is attached to the door.')).toEqual([]);
    expect(people('the file name is report_final')).toEqual([]);
  });
});

describe("whom to check with, and a workplace's absences (rules/names/cues.yaml)", () => {
  it('reads a name after "check with", "confirm with" and before "called in sick", "clocked out"', () => {
    expect(people('Can you check with Hjördís whether the payslip is right?')).toEqual(['Hjördís']);
    expect(people('Please confirm with Tuomas before Friday.')).toEqual(['Tuomas']);
    expect(people('Žygimantas called in sick today.')).toEqual(['Žygimantas']);
  });

  it('leaves departments, products and systems in the same places', () => {
    expect(people('Check with Finance whether the invoice is paid.')).toEqual([]);
    expect(people('Sync with Jira every hour.')).toEqual([]);
    expect(people('Kubernetes clocked in at 99% CPU.')).toEqual([]);
    expect(people('Hablar con Recursos Humanos mañana.')).toEqual([]);
  });
});

describe("a Spanish ticket's people and Andean names that open on an English family name (cues.yaml, person.ts)", () => {
  it('reads "Reportado por:", "Asignada a:" fields', () => {
    expect(people('Reportado por: Wilmar')).toEqual(['Wilmar']);
    expect(people('Asignada a: Yesenia Quintero')).toEqual(['Yesenia Quintero']);
  });

  it('leaves a department or a firm in those fields', () => {
    expect(people('Responsable: Área de Compras')).toEqual([]);
    expect(people('Solicitante: Ferretería El Tornillo S.A.S.')).toEqual([]);
  });

  it('reads "Edison Fabricio ...", "Wilson Octavio ..." as one person', () => {
    expect(people('El conductor, Edison Fabricio Toapanta Chicaiza, llegó tarde.')).toEqual([
      'Edison Fabricio Toapanta Chicaiza',
    ]);
    expect(people('Vino Nelson Ulises Guaman a firmar.')).toEqual(['Nelson Ulises Guaman']);
  });

  it('leaves places and firms of that shape', () => {
    expect(people('The Jackson Anna Stadium is closed.')).toEqual([]);
    expect(people('We visited Harris Maria Theresa Hospital.')).toEqual([]);
  });
});
