import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();
const found = (text: string, label: string) => spansOf(detector, text, [label]);

describe("a password's metadata and codes named clave", () => {
  it('leaves a timestamp under a key about the password, and keeps a password', () => {
    expect(found('{ "UserName": "ops-bot", "PasswordLastChanged": "2025-02-11T09:14:05Z" }', 'SECRET')).toEqual([]);
    expect(found('password_expires_at: 2026-01-31', 'SECRET')).toEqual([]);
    expect(found('db_password: Mayo2025!', 'SECRET')).toEqual(['Mayo2025!']);
  });

  it('leaves an agent code after clave, and keeps a password after clave or contraseña', () => {
    expect(found("vendedor: { clave: 'RT-0418', nombre: 'Agencia Sur' }", 'SECRET')).toEqual([]);
    expect(found('la clave: RT-0418 es la del agente', 'SECRET')).toEqual([]);
    expect(found("wifi: { clave: 'Lince#7731' }", 'SECRET')).toEqual(['Lince#7731']);
    expect(found('contraseña: Marzo-2291x', 'SECRET')).toEqual(['Marzo-2291x']);
  });
});

describe('twelve digits in groups of four on a courier waybill', () => {
  it('leaves a waybill number and keeps an Aadhaar named as one', () => {
    expect(found('Guía de paquetería: 2345 6789 0124, peso 1.2 kg', 'NATIONAL_ID')).toEqual([]);
    expect(found('Envío por Estafeta 2345-6789-0124', 'NATIONAL_ID')).toEqual([]);
    expect(found('Aadhaar 2345 6789 0124', 'NATIONAL_ID')).toEqual(['2345 6789 0124']);
  });
});

describe("the year someone's driving licence dates from", () => {
  it('reads the year after a licence held by someone', () => {
    expect(found('Al volante iba mi cuñada, que tiene su carnet desde el año 2009.', 'DATE')).toEqual(['2009']);
    expect(found('My driving licence is from 2011 and has no points.', 'DATE')).toEqual(['2011']);
  });

  it('leaves a year about licences in general and a purchase year', () => {
    expect(found('El carnet por puntos llegó en el año 2006.', 'DATE')).toEqual([]);
    expect(found('Compré el coche en el año 2009.', 'DATE')).toEqual([]);
  });
});
