import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const cards = (text: string) => spansOf(engine, text, ['CREDIT_CARD']);

describe('13-digit numbers: catalogue codes unless a card is named', () => {
  it('leaves article and barcode columns of a catalogue alone', () => {
    expect(
      cards('SKU       | Name            | Barcode       | Price\nTBL-OAK-2 | Dining table    | 5059428595756 | £540'),
    ).toEqual([]);
    expect(cards('Artículo 7731 Silla nórdica, código 5037957422881, 4 uds')).toEqual([]);
    expect(cards('item 5033015956911 back in stock next week')).toEqual([]);
  });

  it('reports the same shape when a card is named beside it', () => {
    expect(cards('please block card no 5059428595756')).toEqual(['5059428595756']);
    expect(cards('tarjeta 5037957422881 bloqueada')).toEqual(['5037957422881']);
    expect(cards('my debit card 5011610426480 was declined')).toEqual(['5011610426480']);
  });
});

describe('Argentine CBU aliases and 22-digit tracking numbers', () => {
  const accounts = (text: string) => spansOf(engine, text, ['BANK_ACCOUNT']);
  it('reports an alias written after "alias" beside a CBU, a CVU or a transfer', () => {
    expect(accounts('Datos para el pago:\nCBU: 0140 9997 0120 1234 5678 90\nAlias: tomas.ibarra.grafica')).toContain(
      'tomas.ibarra.grafica',
    );
    expect(accounts('transferime por Mercado Pago al alias nube.roja.sal cuando puedas')).toEqual(['nube.roja.sal']);
    expect(accounts('Banco Nación, alias CBU: MAIZ.TORRE.LAGO')).toEqual(['MAIZ.TORRE.LAGO']);
  });

  it('leaves aliases of shells and hosts alone', () => {
    expect(accounts('alias gs=git.status in my profile')).toEqual([]);
    expect(accounts('the CNAME alias cdn.assets.net points to the bucket')).toEqual([]);
  });

  it('does not read a parcel tracking number as a CBU', () => {
    expect(accounts('Seguimiento OCA: 2850590940090418135201 (en reparto)')).toEqual([]);
    expect(accounts('tracking 0170 0992 2000 0000 6570 64, two boxes')).toEqual([]);
    expect(accounts('Nº de pedido 2850590940090418135201')).toEqual([]);
  });
});
