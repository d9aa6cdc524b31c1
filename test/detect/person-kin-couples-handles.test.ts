import { describe, expect, it } from 'vitest';
import { CasualNameDetector } from '../../src/detect/casual-names/casual-name-detector.js';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// Classes of people that unseen prompts left unmasked (kin words, couples, nicknames, handles, form rows); every name
// and value here is invented.
const nlp = new NlpDetector();
const casual = new CasualNameDetector();
const people = (text: string) => spansOf(nlp, text, ['PERSON'], 0.5);
const columnPeople = (text: string) => spansOf(casual, text, ['PERSON'], 0.5);

describe('a relative named by the kin word, as by a title', () => {
  it('takes the name after a capitalised kin word, without the kin word', () => {
    expect(people('| Aunty Bisi | 2 | halal |')).toEqual(['Bisi']);
    expect(people('- Grandad Cormac Dolan, b. 1938, still at home')).toEqual(['Cormac Dolan']);
    expect(people('Wife Rhiannon on her way, mobile ringing out.')).toEqual(['Rhiannon']);
    expect(people('Mesa 2: la abuelita Chela y el padrino Toño Urquiza')).toEqual(['Chela', 'Toño Urquiza']);
  });

  it('takes the name after a role acronym and a title', () => {
    expect(people('Liaise w/ GP Dr Adebanjo before any extraction.')).toEqual(['Dr Adebanjo']);
    expect(people('RN Ms Keogh took bloods at nine.')).toEqual(['Ms Keogh']);
    expect(people('Avisar al MIR Dr Achával antes del alta.')).toEqual(['Dr Achával']);
  });
});

describe('the first of a couple who share the family name', () => {
  it('takes the given name before "&", "and" or "y" and a full name', () => {
    expect(people('| Kit & Imogen Hartigan +1 | 6 | pescatarian |')).toEqual(['Kit', 'Imogen Hartigan']);
    expect(people('Llegan mañana Chus y Marina Olabarrieta.')).toEqual(['Chus', 'Marina Olabarrieta']);
    expect(people('en la mesa 3 van Tere y Ramón Azpilicueta')).toEqual(['Tere', 'Ramón Azpilicueta']);
  });

  it('leaves firms joined by an ampersand alone', () => {
    expect(people('Marks & Spencer Group results were strong.')).toEqual([]);
    expect(people('We buy from Procter & Gamble Co. each quarter.')).toEqual([]);
  });
});

describe('a short name and the full name in brackets', () => {
  it('takes the full name in brackets after the short one', () => {
    expect(people('Client: Raj (Rajendran Subramaniam), session 2')).toEqual(['Raj', 'Rajendran Subramaniam']);
    expect(people('Client: Tash (Natasha Okereke-Hall), session 3')).toEqual(['Tash', 'Natasha Okereke-Hall']);
    expect(people('Paciente: Quela (Micaela Urdaneta Pardo), control')).toEqual(['Quela', 'Micaela Urdaneta Pardo']);
  });

  it('leaves a department or a firm in brackets after a name alone', () => {
    expect(people('John Smith (Finance) approved the claim.')).toEqual(['John Smith']);
    expect(people('Maria Lopez (HR) will call back.')).toEqual(['Maria Lopez']);
  });
});

describe('initials, officers and agents in a record', () => {
  it("takes a form's initials field", () => {
    expect(people('SCREENING | Initials: R.T.M. | Visit 2')).toEqual(['R.T.M']);
    expect(people('Iniciales: M-A-R | Visita 3')).toEqual(['M-A-R']);
    expect(people('Subject initials: KLP   Visit date: 03-MAR-2026')).toEqual(['KLP']);
    expect(people('Subject ID 0047 | Initials: NA | Sex: F')).toEqual([]);
  });

  it("takes an officer's or an agent's name after the field", () => {
    expect(people('LOG 22-114 | Security | Officer: P. Ezeagwu (badge 2290)')).toEqual(['P. Ezeagwu']);
    expect(people('Agente: Nayeli Cuauhtli (placa 5512)')).toEqual(['Nayeli Cuauhtli']);
    expect(people('Reporting officer: D. Sithole, badge 88')).toEqual(['D. Sithole']);
  });

  it('takes the name of a speaker label written as role and name', () => {
    expect(people('Agent Nomvula: Hi there, sorry the kettle arrived broken.')).toEqual(['Nomvula']);
    expect(people('Operadora Garazi: buenas tardes, ¿en qué le ayudo?')).toEqual(['Garazi']);
    expect(people('Tech Kojo: rebooted the router.')).toEqual(['Kojo']);
    expect(people('Customer Service: we are closed on Sunday.')).toEqual([]);
  });

  it('takes a name stated after "name ... was"', () => {
    expect(people('me mandó audios, su nombre en la app era Brayan')).toEqual(['Brayan']);
    expect(people('her real name is Oona, not the one on the card')).toEqual(['Oona']);
    expect(people('his name on the profile was Teodor and he lied')).toEqual(['Teodor']);
    expect(people('the product name was Zenith last year')).toEqual([]);
  });
});

describe('nicknames in quotes', () => {
  it('takes a name written in capitals with its nickname', () => {
    expect(people('TEMIDAYO "TEMI" ADEWALE\nIkeja · 0803')).toEqual(['TEMIDAYO "TEMI" ADEWALE']);
    expect(people('ALEXANDRA "ALEX" MAKAROVA\nSenior designer')).toEqual(['ALEXANDRA "ALEX" MAKAROVA']);
    expect(people('MARÍA JOSÉ "MAJO" ARRIZABALAGA')).toEqual(['MARÍA JOSÉ "MAJO" ARRIZABALAGA']);
  });

  it('takes a nickname alone before a family name', () => {
    expect(people('delegado sindical "Tata" Barrionuevo, presente')).toEqual(['"Tata" Barrionuevo']);
    expect(people('jefe de planta "Chino" Arismendi firmó')).toEqual(['"Chino" Arismendi']);
    expect(people('the foreman, "Smudge" Halloran, signed off')).toEqual(['"Smudge" Halloran']);
  });

  it('leaves quoted words before names of things alone', () => {
    expect(people('we stayed at the "Blue" Lagoon Resort Hotel in March')).toEqual([]);
  });
});

describe('chat headers and user names', () => {
  it('takes authors of headers with one space before a time with AM or PM', () => {
    const chat = 'nico.ferraro 3:02 PM\ndeploy listo\nLu Benavídez 3:05 PM\njoya\nnico.ferraro 3:06 PM\nok';
    expect(people(chat)).toEqual(['nico.ferraro', 'Lu Benavídez', 'nico.ferraro']);
    expect(people('tam.okoye 9:02 AM\nprod down\nRuth Abara 9:05 AM\nlooking')).toEqual(['tam.okoye', 'Ruth Abara']);
  });

  it('leaves a list of places and times alone', () => {
    expect(people('Pickups\nHeathrow 10:40 AM\nGatwick 1:15 PM')).toEqual([]);
    expect(people('Schedule\nRegistration 9:00 AM\nKeynote 9:30 AM')).toEqual([]);
  });

  it("takes a user name built from a person's name in the same text", () => {
    expect(people('{"username": "sigrunhaug", "name": "Sigrun Haugland"}')).toEqual(['sigrunhaug', 'Sigrun Haugland']);
    expect(people('{"username": "tobiaskr", "name": "Tobias Kristiansen"}')).toEqual([
      'tobiaskr',
      'Tobias Kristiansen',
    ]);
    expect(people('{"login": "gquintanilla", "nombre": "Gonzalo Quintanilla"}')).toEqual([
      'gquintanilla',
      'Gonzalo Quintanilla',
    ]);
    expect(people('{"username": "postgres", "name": "Gonzalo Quintanilla"}')).toEqual(['Gonzalo Quintanilla']);
  });

  it('takes a hyphenated handle with a suffix after the name', () => {
    expect(people('**@amara-nwosu-dev** commented on `src/a.ts`:')).toEqual(['amara-nwosu-dev']);
    expect(people('@tiago-meireles-gh approved these changes')).toEqual(['tiago-meireles-gh']);
    expect(people('cc @jonas-eklund-dev on this')).toEqual(['jonas-eklund-dev']);
  });
});

describe('people in the columns of pasted tables and printed forms', () => {
  it('reads a bare name column when the row holds identity or payroll columns', () => {
    const rows =
      'staff_id\tname\tdepot\tni_number\nS7\tYaw Boateng\tDerby\tQQ123456C\nS8\ttan, wei ling\tDerby\tQQ654321C';
    expect(columnPeople(rows)).toEqual(['Yaw Boateng', 'tan, wei ling']);
    expect(columnPeople('id;nombre;legajo;sector\n7;perez, ana lucía;3381;depósito')).toEqual(['perez, ana lucía']);
  });

  it('reads a guardian or a parent column as people', () => {
    expect(
      columnPeople('shirt,child,born,guardian,guardian_phone\n4,Cian Moloney,2014-01-02,aoife moloney,085 111'),
    ).toEqual(['aoife moloney']);
    expect(columnPeople('alumno;tutor;telefono_tutor\nBruno Ibarra;graciela ibarra;600111222')).toEqual([
      'Bruno Ibarra',
      'graciela ibarra',
    ]);
    expect(columnPeople('pupil,parent,parent_email\nAmy Roe,dara quinlan,d@q.ie')).toEqual(['dara quinlan']);
  });

  it('leaves a row held by no one alone', () => {
    expect(columnPeople('shift\tname\tstaff_id\nnight\tVacant post\tn/a')).toEqual([]);
  });

  it('reads the value under a name label of a printed form, cell for cell', () => {
    const form =
      'Applicant first name and initial  Last name        Tax id\n' +
      'MARCUS T.                  JEFFERSON       123 45 6789';
    expect(columnPeople(form)).toEqual(['MARCUS T.', 'JEFFERSON']);
    expect(
      columnPeople('Nombres            Apellidos              DNI\nRosa Elvira     CONDORI HUAMÁN     4512'),
    ).toEqual(['Rosa Elvira', 'CONDORI HUAMÁN']);
    expect(columnPeople('Item name        Qty     Price\nDesk lamp        2       19.99')).toEqual([]);
  });

  it('does not read the next label of a form header as a name after a cue', () => {
    expect(people("Co-applicant's first name  Last name   Partner's ID")).toEqual([]);
  });
});

describe('names in a wrapped voicemail transcript', () => {
  it('takes a lower-case name after a title at the end of the line before', () => {
    const en = '"hi it is about my appointment with doctor\nokafor on the ninth, thanks"';
    expect(columnPeople(en)).toEqual(['doctor\nokafor']);
    expect(columnPeople('"buenas, le llamo porque la doctora\nrestrepo me cambió la pastilla"')).toEqual([
      'doctora\nrestrepo',
    ]);
  });

  it('takes the caller after "habla" in a Spanish call', () => {
    expect(columnPeople('"buenas tardes, habla wilmar andrés cárdenas, me llamaron por la cuota"')).toEqual([
      'wilmar andrés cárdenas',
    ]);
    expect(columnPeople('"hola, habla wilmer, el del taller, ya está el carro"')).toEqual(['wilmer']);
    expect(people('mi hijo habla muy poco')).toEqual([]);
  });
});

describe('a relative named by a kin word comes back alone', () => {
  it('takes the later bare mention of a name first met after a kin word', () => {
    expect(people('| Aunty Yewande | 1 | halal |\n| Grandma Ivy | 1 | via Yewande |')).toEqual([
      'Yewande',
      'Ivy',
      'Yewande',
    ]);
    expect(people('Tía Chabela llega el sábado. Chabela trae la torta.')).toEqual(['Chabela', 'Chabela']);
    expect(people('Uncle Tunde called twice; Tunde wants a lift.')).toEqual(['Tunde', 'Tunde']);
  });
});

describe('examples of a template and columns holding both parts of a name', () => {
  it('leaves every word of an example after "ej.:" or "e.g.:" alone', () => {
    expect(people('Nombre completo: {{nombre}}   (ej.: Nombre Apellido Apellido)')).toEqual([]);
    expect(people('Full name: {{full_name}} (e.g.: Jane Placeholder)')).toEqual([]);
    expect(people('Titular: {{titular}}   (p. ej.: Lucas Ejemplar)')).toEqual([]);
  });

  it('reads a column of family names and given names as whole people', () => {
    const es = 'cod,apellidos_nombre,dni,neto\n11,"Zubizarreta Olano, Maite Itxaso",12345678Z,1.200';
    expect(columnPeople(es)).toEqual(['Zubizarreta Olano, Maite Itxaso']);
    expect(columnPeople('id;surname_forename;ward\n4;Hollings, Peter James;B2')).toEqual(['Hollings, Peter James']);
    expect(columnPeople('n\tnombres_apellidos\tsede\n1\tBrayan Stiven Cabello Rus\tNorte')).toEqual([
      'Brayan Stiven Cabello Rus',
    ]);
  });
});

describe('a comment line under a table', () => {
  it('is no row of the name column', () => {
    const es = 'cod,apellidos_nombre,neto\n11,"Olano, Maite",1.200\n# nota: 11 de baja, revisar importe pendiente';
    expect(columnPeople(es)).toEqual(['Olano, Maite']);
    const en = 'id,name,email\n1,Peter Hollings,p@h.io\n// todo, check the totals again';
    expect(columnPeople(en)).toEqual(['Peter Hollings']);
    expect(columnPeople('id,guardian,phone\n1,ruth abara,0871\n-- note, send reminder letters')).toEqual([
      'ruth abara',
    ]);
  });
});
