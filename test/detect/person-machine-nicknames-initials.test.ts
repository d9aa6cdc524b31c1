import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);
const count = (text: string, name: string) => people(text).filter((p) => p.includes(name)).length;

describe('names in machine output', () => {
  it('finds a user name again where a kubeconfig or an IAM listing repeats it', () => {
    const kube = [
      'users:',
      '- name: ewa.kaminska',
      '  user:',
      '    token: abc',
      'contexts:',
      '- context: {cluster: prod-1, user: ewa.kaminska, namespace: web}',
    ].join('\n');
    expect(count(kube, 'ewa.kaminska')).toBe(2);
    const iam =
      '{ "UserName": "tnowakowski", "Arn": "arn:aws:iam::123456789012:user/tnowakowski" }\n' +
      '{ "UserName": "svc-backup", "Arn": "arn:aws:iam::123456789012:user/svc-backup" }';
    expect(count(iam, 'tnowakowski')).toBe(2);
    expect(people(iam).some((p) => p.includes('svc'))).toBe(false);
  });

  it('finds a login on a machine in an SSH key comment, not a service account or an e-mail address', () => {
    const keys = [
      'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAB tomas@tomas-laptop',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk7 build@runner-03',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk7 deploy@ci-host',
    ].join('\n');
    const found = people(keys);
    expect(found).toContain('tomas');
    expect(found.some((p) => p.includes('build') || p.includes('deploy'))).toBe(false);
  });

  it('finds the name attributes of a SAML assertion, not its other attributes', () => {
    const saml = [
      '<saml2:Attribute Name="givenName"><saml2:AttributeValue>Siobhan</saml2:AttributeValue></saml2:Attribute>',
      '<saml2:Attribute Name="sn"><saml2:AttributeValue>Kavanagh</saml2:AttributeValue></saml2:Attribute>',
      '<saml2:Attribute Name="department"><saml2:AttributeValue>Claims</saml2:AttributeValue></saml2:Attribute>',
      '<saml2:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"><saml2:AttributeValue>Ferreira</saml2:AttributeValue></saml2:Attribute>',
    ].join('\n');
    const found = people(saml);
    expect(found).toEqual(expect.arrayContaining(['Siobhan', 'Kavanagh', 'Ferreira']));
    expect(found).not.toContain('Claims');
  });
});

describe('the short name a person goes by', () => {
  it('finds a nickname after "known as" in brackets and its later uses (en)', () => {
    const note = 'Resident: Winifred Ann Catterall (known as Win), DOB 02/03/1940\nWin had a fall at 04:00.';
    expect(count(note, 'Win')).toBeGreaterThanOrEqual(2);
  });

  it('finds a short name in brackets sharing the given name first letters, even when it is also a town', () => {
    const note = 'Client: Agnieszka Nowak (Aga), DOB 01.01.1980\nAga says the rent is late.';
    expect(count(note, 'Aga')).toBe(2);
  });

  it('keeps a city in brackets after a name a place', () => {
    const found = people('Speakers: Laura Benn (Lima), Paul Ortiz (Paris)');
    expect(found).not.toContain('Lima');
    expect(found).not.toContain('Paris');
  });
});

describe('the initials of a person named in full', () => {
  it('finds three initials of a full name with a hyphenated family name', () => {
    const notes =
      'present: Fiona Walsh (chair), Terence "Terry" Oduya-Banks (employee)\n' +
      'allegation: TOB shouted at a colleague; TOB accepted it.';
    expect(count(notes, 'TOB')).toBe(2);
  });

  it('leaves an acronym alone when no full name spells it', () => {
    expect(people('present: Fiona Walsh (chair)\nThe SLA report and the KPI pack are due.')).toEqual(['Fiona Walsh']);
  });
});

describe('a handle built from a person named in the text', () => {
  it('finds a handle of the given and family names plus an initial, ending in an underscore', () => {
    const text = 'Clienta: Inés Marqués\nDice que nos escribió por instagram como @inesmarquesg_ ayer.';
    expect(people(text)).toContain('inesmarquesg');
  });

  it('leaves a shop account that spells no one named alone', () => {
    expect(people('Clienta: Inés Marqués\nSigue la cuenta @mapsgallery_ de la tienda.')).toEqual(['Inés Marqués']);
  });
});

describe('the names of a given.family e-mail address', () => {
  it('finds the given name said alone and a nickname built from it', () => {
    const keys = 'Keys: ssh-ed25519 AAAAC3 chioma.eze@slate.example\nLeavers: Tom Baird. Chioma stays on the rota.';
    expect(people(keys)).toContain('Chioma');
    const user = '{"email":"tobenna.okoye@gmail.com","name":"Tobenna Okoye","nickname":"tobenna.o","city":"x"}';
    expect(people(user)).toContain('tobenna.o');
  });

  it('takes nothing from a team mailbox', () => {
    expect(people('Write to support.team@acme.example or sales.desk@acme.example. Support is open daily.')).toEqual([]);
    expect(people('{"email":"info.desk@shop.example","nickname":"info.d"}')).toEqual([]);
  });
});
