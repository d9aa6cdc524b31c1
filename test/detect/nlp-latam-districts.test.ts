import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('Latin American districts and grid addresses', () => {
  it('finds a Mexican colonia or alcaldía with its name', () => {
    const text = 'La arrendataria Rosa Díaz vive en la colonia Lomas Verdes, alcaldía Benito Juárez, desde 2021.';
    // One line's colonia and alcaldía are one address (place-address-join.ts).
    expect(places(text)).toContain('colonia Lomas Verdes, alcaldía Benito Juárez');
    expect(places('Envíe el contrato a Tomás Ibarra, col. Santa Inés, alcaldía Azcapotzalco.')).toContain(
      'col. Santa Inés, alcaldía Azcapotzalco',
    );
  });

  it('finds a barrio or a comuna where someone lives', () => {
    expect(places('Doña Elvira Mejía vive en el barrio San Javier y paga el arriendo los lunes.')).toContain(
      'barrio San Javier',
    );
    expect(places('El apoderado Luis Rojas vive en la comuna de Pudahuel con su hija.')).toContain(
      'comuna de Pudahuel',
    );
  });

  it('finds a Colombian grid address with its flat', () => {
    expect(places('Hola Andrea, le llevamos el pedido a la cra 14 # 63-20 apto 502 mañana.')).toContain(
      'cra 14 # 63-20 apto 502',
    );
    expect(places('Dirección del deudor Mario Pérez: Calle 9 No. 14-05 int 3, Bucaramanga.')).toEqual(
      expect.arrayContaining([expect.stringContaining('Calle 9 No. 14-05 int 3')]),
    );
    expect(places('Sr. Iván Gómez, su casa en la Transversal 5 #33-12 casa 4, le recordamos su cuota.')).toEqual(
      expect.arrayContaining([expect.stringContaining('Transversal 5 #33-12 casa 4')]),
    );
  });

  it('finds Santiago communes given as a home', () => {
    expect(places('El apoderado Luis Rojas tiene domicilio en Peñalolén.')).toContain('Peñalolén');
    expect(places('Mi abuela vive en Lo Prado.')).toContain('Lo Prado');
  });

  it('leaves districts named in a report about nobody', () => {
    expect(
      places('Informe trimestral: las ventas crecieron en la alcaldía Coyoacán y en el barrio Chapinero.'),
    ).toEqual([]);
  });
});
