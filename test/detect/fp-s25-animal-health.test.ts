import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { dropAnimalHealth } from '../../src/detect/public-text/animal-health.js';
import type { Finding } from '../../src/detect/types.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const medical = (text: string) => spansOf(engine, text, ['MEDICAL']);
const phones = (text: string) => spansOf(engine, text, ['PHONE']);

/** Records whose patient is an animal: its conditions and drugs are no person's health. */
const ANIMAL_RECORDS: Record<string, string> = {
  "a sheep flock's treatment sheet": `Turn this into a laminated sheet for the lambing shed.

Flock no. 54321 — spring treatments
Ewes pre-tupping: clostridial booster 2 ml SC; fluke drench 1 ml per 10 kg.
Lambs with watery mouth: oral antibiotic, keep warm; twin lamb disease in thin ewes: propylene glycol 60 ml twice daily.
Lame ewes with foot rot: oxytetracycline spray and footbathing. Withdrawal periods on the board.
Vet: Moorside Veterinary Practice, 01768 864 219 (out of hours same number).`,
  'unas notas de una clínica veterinaria': `Resume estas notas para la ficha de la perra.

Perra mestiza, 7 años, esterilizada, microchip al día.
Motivo: cojera de la pata trasera derecha y vómitos desde ayer.
Exploración: dolor en rodilla; sospecha de rotura de ligamento cruzado. Gastritis leve.
Tratamiento: meloxicam 0,1 mg/kg peso vivo cada 24 h, omeprazol 1 mg/kg, reposo 3 semanas.
Próxima desparasitación en enero.`,
  "a horse yard's worming and vaccination log": `Can you make this worming log into a neat table?

Horses on the yard — autumn
Mare, 14 yrs: equine flu + tetanus booster 12 Oct; small redworm — moxidectin gel per 100 kg bodyweight.
Gelding, 9 yrs: sarcoid on girth, vet to review; lameness resolved after box rest.
Pony, 22 yrs: PPID (Cushing's), pergolide 1 mg daily; laminitis watch in spring.
Ask the vet practice about the tapeworm test next month.`,
  'un registro de tratamientos de vacuno': `Pon en limpio este libro de tratamientos de la explotación.

Explotación REGA ES123456789012 — vacuno de leche
Novilla crotal ES0412 3456 7890: neumonía, florfenicol 40 mg/kg, tiempo de espera carne 44 días.
Vaca crotal ES0412 3456 7712: mastitis clínica, cefquinoma intramamaria 3 días; leche retenida 5 días.
Terneros: diarrea neonatal, rehidratación oral.`,
};

describe("an animal's health record (animal-health.ts)", () => {
  for (const [name, text] of Object.entries(ANIMAL_RECORDS))
    it(`reports no health term in ${name}`, () => {
      expect(medical(text)).toEqual([]);
    });

  it("leaves the practice's number of a flock sheet to the organisation phones", () => {
    expect(phones(ANIMAL_RECORDS["a sheep flock's treatment sheet"]!)).toEqual([]);
  });

  it("keeps a person's health beside a pet: the writer's own diagnosis", () => {
    const text = `I was diagnosed with gout in March and take allopurinol 100 mg every morning.
Our vet says the dog needs worming too, but that can wait.`;
    expect(medical(text).length).toBeGreaterThan(0);
  });

  it('keeps a person with an assistance dog, and a veteran (the reading itself)', () => {
    const held = (text: string) => {
      const f: Finding = { start: 0, end: 8, label: 'MEDICAL', type: 'CONDITION', score: 0.9, detector: 'test' };
      return dropAnimalHealth(text, [f]).length;
    };
    expect(
      held(`Referral: 34-year-old woman with epilepsy, on levetiracetam.
Her assistance dog alerts before seizures; the vet practice confirmed the dog's vaccinations.`),
    ).toBe(1);
    expect(held('Army vet, PTSD since 2019; he walks his dog daily and sees the clinic weekly.')).toBe(1);
    expect(held('Mi hijo tiene asma; el veterinario dice que el gato no es la causa.')).toBe(1);
    expect(held('Vet: Moorside Practice. Ewes treated for foot rot, withdrawal periods on the board.')).toBe(0);
  });
});
