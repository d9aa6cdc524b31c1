import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 33: conditions, leaves and procedures by the short names notes give them. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);
const found = (text: string, term: string) => expect(medical(text).join(' | ')).toContain(term);

describe('conditions by their short names', () => {
  it('reads a disease written without "disease", a seizure type and a twin pregnancy', () => {
    found('Our son Tobiah Wrenfield has hep C, so he needs the clinic on Tuesdays.', 'hep C');
    found('Halvdis Salomaa has fatty liver on her ultrasound; repeat LFTs in 3 months.', 'fatty liver');
    found('Caspian Drury had a tonic-clonic last night, 90 seconds.', 'tonic-clonic');
    found('Booking for Mrs Alvina Kestrel, 12 weeks, monochorionic twins confirmed on scan.', 'monochorionic twins');
    found('Dive incident: the chamber doctor diagnosed Ruben Ostrander with DCS type 2.', 'DCS type 2');
  });

  it('reads Spanish ICD names a sick note or a travel list writes', () => {
    found('Gorka Iturbe está de baja desde el 3 de marzo por lumbociática.', 'lumbociática');
    found('Pasajera Oihana Ozcoidi: tuvo mal de altura en Puno el año pasado.', 'mal de altura');
    found('Bryan Cedeño Loor, 2 años, fisura labiopalatina bilateral, pendiente de cirugía.', 'fisura labiopalatina');
  });

  it('reads a sick leave for temporary incapacity written "baja por IT"', () => {
    found('Ander Zulaika sigue en baja por IT hasta nuevo aviso.', 'baja por IT');
  });

  it('reads a surgical list’s short name for a laparoscopic operation', () => {
    found('Pre-op check for Mr Feargal Adewumi, lap chole on Thursday’s list.', 'lap chole');
  });

  it('leaves the words in texts about no one', () => {
    expect(medical('Fatty liver awareness week: the liver charity runs free scans at the market.')).toEqual([]);
    expect(medical('La productividad baja por la tarde en el equipo de IT.')).toEqual([]);
  });
});
