import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// The everyday vocabularies (rules/medical/everyday-*.txt): plain words for a person's health, someone's only next to
// that someone or after a health field. Every example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: everyday symptoms someone has', () => {
  it('reads symptoms told by a relative, a referral and a claimant as theirs', () => {
    expect(kept('My mum gets tingling in her hands most mornings and the pins and needles last an hour.')).toEqual(
      expect.arrayContaining(['tingling in her hands', 'pins and needles']),
    );
    expect(kept('Presenting: blotchy skin on both forearms, marked tiredness since Monday.').join(' ')).toContain(
      'blotchy skin',
    );
    expect(kept('The cyclist, a man in his forties, said he felt dizzy after the crash.')).toContain('dizzy');
    expect(kept('Claimant statement: I have brain fog and numb feet since the second course.')).toEqual(
      expect.arrayContaining(['brain fog', 'numb feet']),
    );
  });

  it('reads Spanish symptoms of a patient, a relative and an injured person', () => {
    expect(kept('El paciente refiere hormigueo en las manos y visión borrosa desde ayer.')).toContain(
      'hormigueo en las manos',
    );
    expect(kept('Maite está mareada desde el lunes y tiene dolor de muelas.')).toEqual(
      expect.arrayContaining(['mareada', 'dolor de muelas']),
    );
    expect(kept('La conductora del turismo resultó ilesa; el motorista llegó con hormigueo en el brazo.')).toEqual(
      expect.arrayContaining(['resultó ilesa', 'hormigueo en el brazo']),
    );
    expect(kept('Mi padre tiene los tobillos hinchados y sudores nocturnos desde el verano.')).toContain(
      'sudores nocturnos',
    );
  });

  it('leaves a leaflet, a bulletin and a weather report tied to nobody alone', () => {
    expect(kept('Tingling in the hands can be a sign of low vitamin B12.')).toEqual([]);
    expect(
      kept('El boletín recuerda que la fiebre alta y los dolores musculares aparecen en la primera semana.'),
    ).toEqual([]);
    expect(kept('Expect itchy eyes across the region as pollen counts rise this week.')).toEqual([]);
  });
});

describe('MedicalDetector: disabilities, sensory conditions and mobility aids', () => {
  it('reads a seating plan, a booking and an allotment list', () => {
    expect(kept('Quick one for the seating plan: Ansel is profoundly deaf, so please put him near the front.')).toEqual(
      ['profoundly deaf'],
    );
    expect(kept("He's deaf in both ears and his daughter is blind.")).toEqual(['deaf', 'blind']);
    expect(kept('Wenna uses a walking frame indoors and has a blue badge.')).toContain('uses a walking frame');
    expect(kept('Care plan for Mr Ellery: high fall risk, needs a hoist for transfers.')).toEqual(
      expect.arrayContaining(['high fall risk', 'needs a hoist']),
    );
  });

  it('reads the same in Spanish', () => {
    expect(kept('Mi hija es sorda de nacimiento y lleva implante coclear desde los dos años.')).toContain(
      'sorda de nacimiento',
    );
    expect(kept('Mi abuelo usa silla de ruedas y tiene riesgo de caídas.')).toEqual(
      expect.arrayContaining(['usa silla de ruedas', 'riesgo de caídas']),
    );
    expect(kept('Inquilina del 2ºB: Rosalía es invidente y tiene perro guía.')).toEqual(
      expect.arrayContaining(['invidente', 'perro guía']),
    );
    expect(kept('Movilidad: camina con bastón y necesita grúa para el baño.').join(' ')).toContain('camina con bastón');
  });

  it('leaves blind spots, deaf ears, window blinds and public notices alone', () => {
    expect(kept('Our monitoring has a blind spot around the batch jobs.')).toEqual([]);
    expect(kept('Management turned a blind eye to the complaints and stayed deaf to the union.')).toEqual([]);
    expect(kept('His pitch fell on deaf ears at the board meeting.')).toEqual([]);
    expect(kept('The double-blind trial enrolled 400 adults.')).toEqual([]);
    expect(kept('She closed her blinds and went to bed.')).toEqual([]);
    expect(kept('Close the roller blinds in my office before the demo.')).toEqual([]);
  });

  it('leaves Spanish figures of speech alone', () => {
    expect(kept('Estaba ciego de ira cuando leyó el correo del banco.')).toEqual([]);
    expect(kept('Hay un punto ciego en los registros del servidor.')).toEqual([]);
    expect(kept('El jefe se hace el sordo con las quejas del turno de noche.')).toEqual([]);
    expect(kept('Mi socio tiene una fe ciega en el nuevo proveedor.')).toEqual([]);
  });
});

describe('MedicalDetector: therapies and care as the person’s treatment', () => {
  it('reads sessions, rehab and home care someone gets', () => {
    expect(kept('Since the stroke my husband has weekly speech and language therapy and sees a dietitian.')).toEqual(
      expect.arrayContaining(['speech and language therapy', 'sees a dietitian']),
    );
    expect(kept('After the fall she has had vestibular rehab twice a week.')).toContain('vestibular rehab');
    expect(kept('Ficha del alumno Iker: va a logopeda dos veces por semana.')).toContain('va a logopeda');
    expect(kept('Mi madre tiene teleasistencia y curas de enfermería los martes.')).toEqual(
      expect.arrayContaining(['teleasistencia', 'curas de enfermería']),
    );
  });

  it('leaves a profession named as a job, and a service named in title case, alone', () => {
    expect(kept('My sister is a physiotherapist and my brother sees a dietitian as a client.')).not.toContain(
      'physiotherapist',
    );
    expect(kept('Mi prima es logopeda y trabaja en un colegio de Sabadell.')).toEqual([]);
    expect(kept('Alumni news: Programa de Cuidados Paliativos opens a new office.')).toEqual([]);
  });
});

describe('MedicalDetector: dental work', () => {
  it('reads a treatment quote and a chat about someone’s teeth', () => {
    expect(kept('Quote for my treatment: two porcelain crowns and new dentures.')).toContain('porcelain crowns');
    expect(kept('He needs a dental bridge after the chipped tooth last winter.')).toEqual(
      expect.arrayContaining(['dental bridge']),
    );
    expect(kept('Mi presupuesto del dentista: dos coronas de zirconio.')).toContain('coronas de zirconio');
    expect(kept('A mi hijo le ponen brackets y tiene una muela rota.')).toContain('muela rota');
  });

  it('leaves code brackets, wood veneers and a crown of a kingdom alone', () => {
    expect(kept('Use curly braces around the object and square brackets for arrays.')).toEqual([]);
    expect(kept('The cabinet has walnut veneers and brass handles.')).toEqual([]);
    expect(kept('Las carillas por página del informe no pueden pasar de diez.')).toEqual([]);
  });
});

describe('MedicalDetector: general words that need a clinical text', () => {
  it('leaves a confused reader, a full budget and a tired team alone', () => {
    expect(kept("I'm confused about the invoice total, can you check?")).toEqual([]);
    expect(kept('The budget falls within the limits; it fits our plan.')).toEqual([]);
    expect(kept('Estoy cansada de esperar la respuesta del banco.')).toEqual([]);
    expect(kept('The new version fixes frame stutter on older GPUs.')).toEqual([]);
  });

  it('reads them in a report that is clinical as a whole', () => {
    const report =
      'Casualty: burns to the right forearm, smoke inhalation, chest pain. Confused and shivering on arrival.';
    expect(kept(report).join(' ')).toMatch(/Confused|shivering/);
  });
});
