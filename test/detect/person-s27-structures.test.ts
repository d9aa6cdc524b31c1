import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 27: names read from the structure around them (documents after a name, log lines, EDI segments, repeats of
// a name found in a table). Every example is invented.
const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('a name before a person-only document', () => {
  it('reads a crew or staff line whose name is followed by a nationality and a passport', () => {
    const crew = 'TRIMMER: Colm Hanratty, Irish, passport PQ5518203, DOB 11/02/1994';
    expect(people(crew)).toContain('Colm Hanratty');
  });

  it('reads a person filling a firm field when an identity card or a birth date follows', () => {
    expect(people('EMPLOYER: Ong Pei Shan, NRIC S7712345D, 14 Jurong West St 41')).toContain('Ong Pei Shan');
    expect(people('Yo: Graça Moutinho Pires, nacida el 4 de mayo de 1987 en Braga')).toContain('Graça Moutinho Pires');
  });

  it('leaves a school class before a birth date alone', () => {
    expect(people('Alumna: Lía Saavedra, 2º de Infantil A, nacida el 12/01/2021')).toEqual(['Lía Saavedra']);
  });
});

describe('logins that the log format itself names', () => {
  it('reads an sshd, PAM or sudo account even when no listed name spells it, and its home directory', () => {
    const log = [
      'Mar  3 01:12:40 gw sshd[4410]: Accepted publickey for tuulikki from 198.51.100.23 port 40112 ssh2',
      'Mar  3 01:12:41 gw su: pam_unix(su:session): session opened for user tuulikki(uid=1007)',
      'Mar  3 01:13:02 gw sudo: tuulikki : TTY=pts/0 ; PWD=/home/tuulikki ; USER=root ; COMMAND=/usr/bin/id',
    ].join('\n');
    expect(people(log).filter((v) => v === 'tuulikki').length).toBeGreaterThanOrEqual(3);
  });

  it('reads the login written with a capital as the person, with the family name after it', () => {
    const note =
      'Failed password for tuulikki from 198.51.100.23 port 40112 ssh2\ntuulikki is Tuulikki Rautavaara, and Tuulikki said she was asleep.';
    expect(people(note)).toEqual(expect.arrayContaining(['Tuulikki Rautavaara', 'Tuulikki']));
  });

  it('leaves machine accounts alone', () => {
    expect(people('Accepted publickey for deploy from 198.51.100.23 port 40112 ssh2')).toEqual([]);
    expect(people('session opened for user postgres(uid=26)')).toEqual([]);
  });

  it('reads the Common Name column of a VPN status list, not of a plant list', () => {
    const vpn =
      'Common Name,Real Address,Connected Since\nbcastro,81.44.12.9:1194,2026-03-02\nlmorales,81.44.12.10:1194,2026-03-02';
    expect(people(vpn)).toEqual(['bcastro', 'lmorales']);
    expect(people('Common Name,Scientific Name\nfoxglove,Digitalis purpurea\nyarrow,Achillea millefolium')).toEqual([]);
  });
});

describe('X12 NM1 segments', () => {
  it('reads the last, first and middle name of a person segment and leaves a firm segment alone', () => {
    const claim = [
      'NM1*85*2*BRIGHTWATER FAMILY CLINIC*****XX*1942875531~',
      'NM1*IL*1*VASHCHENKO*OKSANA*M***MI*W88812345~',
      'NM1*82*1*TREMBLAY*AUGUSTIN****XX*1588812340~',
    ].join('\n');
    expect(people(claim)).toEqual(['VASHCHENKO', 'OKSANA', 'M', 'TREMBLAY', 'AUGUSTIN']);
  });
});

describe('a given name alone in a name column, said again in prose', () => {
  it('is the same person', () => {
    const csv = [
      'socio;nombre;apellidos;dni',
      'R-101;Ainhize;Iturbe Lasa;12345678Z',
      'R-102;Garazi;Zubizarreta Olano;87654321X',
      '',
      'Por cierto, Ainhize cambió de teléfono la semana pasada.',
    ].join('\n');
    expect(people(csv).filter((v) => v === 'Ainhize').length).toBe(2);
  });
});

describe('a dotted login standing alone', () => {
  it('reads given.family where the lists hold both halves as names only', () => {
    expect(people('100.64.0.7   den-pi   tomasz.wrobel@   linux   idle')).toEqual(['tomasz.wrobel']);
  });

  it('leaves files, hosts, members and paths alone', () => {
    expect(people('see config.yaml, self.name, grace.period and /srv/ana.ruiz/x')).toEqual([]);
  });
});
