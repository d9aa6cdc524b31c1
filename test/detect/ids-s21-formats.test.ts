import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { caBranchCode } from '../../src/detect/validators/financial.js';
import { esHealthCard } from '../../src/detect/validators/national-ids-formats.js';
import { labelledSpansOf, spansOf } from '../support/spans.js';

const detector = createDetector();
const ids = (text: string) => spansOf(detector, text, ['NATIONAL_ID']);
const accounts = (text: string) => spansOf(detector, text, ['BANK_ACCOUNT']);
const secrets = (text: string) => spansOf(detector, text, ['SECRET']);

describe('a Spanish NIF or CIF inside an ES-prefixed VAT number', () => {
  it('masks the NIF of a self-employed person and the CIF of a firm', () => {
    expect(ids("{'name': 'Taller Ruiz', 'vat': 'ES71930482Y'}")).toEqual(['71930482Y']);
    expect(ids('VAT number: ES-X6120937Q')).toEqual(['X6120937Q']);
    expect(ids('NIF-IVA: ESA28193548 (Suministros Gil S.A.)')).toEqual(['A28193548']);
  });

  it('leaves codes whose check fails or that have no tax cue', () => {
    expect(ids("'vat': 'ES71930482A'")).toEqual([]);
    expect(ids("'vat': 'ESA28193547'")).toEqual([]);
    expect(ids('referencia de lote ESA28193548 en el albarán')).toEqual([]);
  });
});

describe('a Spanish health card code (CIP, TSI)', () => {
  it('counts after the card named a few words back, glued or spaced', () => {
    expect(ids('Tarjeta sanitaria (CIP): HRTV471102930015, alergias: ninguna')).toEqual(['HRTV471102930015']);
    expect(ids('nº de tarjeta sanitaria individual: RMSA 6208 1539 44')).toEqual(['RMSA 6208 1539 44']);
    expect(ids('TSI del residente — AN0482915736')).toEqual(['AN0482915736']);
  });

  it('keeps the medical label where the medical detector reads the code itself', () => {
    expect(labelledSpansOf(detector, 'CIP: HRTV471102930015')).toContainEqual(['HRTV471102930015', 'MEDICAL']);
  });

  it('leaves runs, short codes and codes of other things', () => {
    expect(esHealthCard('HRTV000000000000')).toBeNull();
    expect(esHealthCard('HRTV12345678')).toBeNull();
    expect(esHealthCard('HRTV1029')).toBeNull();
    expect(ids('Tarjeta sanitaria: pendiente, pedido PX 20481 7733')).toEqual([]);
    expect(ids('CIP: ISO 9001 en la clínica')).toEqual([]);
  });
});

describe('a Costa Rican DIMEX', () => {
  it('counts after its cue', () => {
    expect(ids('Extranjero residente, DIMEX 118400731962, vence 2027')).toEqual(['118400731962']);
  });

  it('leaves the number of the file or receipt named after the cue', () => {
    expect(ids('DIMEX en renovación, comprobante 118400731962')).toEqual([]);
    expect(ids('cita 118400731962 para el DIMEX')).toEqual([]);
  });
});

describe('a Canadian transit and institution beside an account', () => {
  it('masks each number of the triple', () => {
    expect(accounts('Direct deposit: transit 52096, institution 001, account 4412093')).toEqual([
      '52096',
      '001',
      '4412093',
    ]);
    expect(accounts('Transit no. 71204\nInstitution no. 010\nAccount no. 5089317')).toEqual([
      '71204',
      '010',
      '5089317',
    ]);
  });

  it('leaves a transit route, a bank code alone and a placeholder', () => {
    expect(accounts('take the transit 52096 line to the terminal')).toEqual([]);
    expect(accounts('Institution 001 is Bank of Montreal; institution 002 is Scotiabank')).toEqual([]);
    expect(caBranchCode('00000')).toBeNull();
    expect(caBranchCode('0012')).toBeNull();
  });
});

describe('keys of alerting services and key-safe codes', () => {
  it('masks a routing or integration key in config and env files', () => {
    expect(secrets("      - routing_key: 'a94c1e07d3b25f68e1c0a7b39d42f6e8'")).toEqual([
      'a94c1e07d3b25f68e1c0a7b39d42f6e8',
    ]);
    expect(secrets('PD_SERVICE_KEY=4b0e7d2c91a3f58e6d07c1b2a9e4f370')).toEqual(['4b0e7d2c91a3f58e6d07c1b2a9e4f370']);
  });

  it('leaves a message queue routing key and a reference to the key', () => {
    expect(secrets("channel.publish(exchange, routing_key='billing.invoice.paid')")).toEqual([]);
    expect(secrets('routing_key: ${PAGERDUTY_ROUTING_KEY}')).toEqual([]);
  });

  it('masks a key-safe code after a note on who gave it', () => {
    expect(secrets('Key safe code from the neighbour opposite: 3075, leave the key inside')).toEqual(['3075']);
    expect(secrets('el código del portal que dejó la hija: 6-1-9-4')).toEqual(['6-1-9-4']);
  });

  it('leaves a note with no code after the colon', () => {
    expect(secrets('Key safe code given by the family: ask on arrival')).toEqual([]);
  });
});

const phones = (text: string) => spansOf(detector, text, ['PHONE']);
const ips = (text: string) => spansOf(detector, text, ['IP_ADDRESS']);

describe('phones given by a line label, a hand-phone cue or in brackets', () => {
  it('gives the number to a phone word that opens the line, however long its label', () => {
    expect(phones('- Teléfono de la hermana, solo por las tardes: 8371-5520')).toEqual(['8371-5520']);
    expect(phones('Mobile for the night porter (weekends): 0412 557 903')).toEqual(['0412 557 903']);
  });

  it('reads HP as a hand phone on a form', () => {
    expect(phones('Owner: Tan Mei Hua, HP: 9648 2071')).toEqual(['9648 2071']);
  });

  it('leaves the closing bracket out of an international number written in brackets', () => {
    expect(phones('on call: Ida Moss (+447911245380) and Leo Hart (+447700900740)')).toEqual([
      '+447911245380',
      '+447700900740',
    ]);
  });

  it('leaves a line label whose value is no phone', () => {
    expect(phones('Teléfono del pedido que llegó tarde: ver factura 2291')).toEqual([]);
    expect(phones('Phone support for the office: 9-17 weekdays')).toEqual([]);
  });

  it('leaves a line the text marks as public', () => {
    expect(phones('Reserve office (public): 01328 711 204')).toEqual([]);
    expect(phones('Unit phone for drivers (public switchboard):\n  0161 870 3215.')).toEqual([]);
    expect(phones('Emergencias del club: 973 480 216 (centro náutico, público)')).toEqual([]);
    expect(phones('Her mobile (public holiday cover): 07912 608 431')).toEqual(['07912 608 431']);
  });
});

describe('addresses of hosts', () => {
  it('keeps the hosts', () => {
    expect(ips('gateway host 10.52.30.17')).toEqual(['10.52.30.17']);
    expect(ips('login from 81.44.162.90 at noon')).toEqual(['81.44.162.90']);
  });
});

const urls = (text: string) => spansOf(detector, text, ['URL']);

describe('links that open someone’s files, album, location or record', () => {
  it('masks a shared album, map pin, drive file and a viewer link carrying a token', () => {
    expect(urls('the damp patches: https://photos.app.goo.gl/Hn4Rt8Wq2Lz6Yp1Ka')).toEqual([
      'https://photos.app.goo.gl/Hn4Rt8Wq2Lz6Yp1Ka',
    ]);
    expect(urls('estoy aquí: https://maps.app.goo.gl/Vb7Nq3Xk9Rt2Mw5Ls')).toEqual([
      'https://maps.app.goo.gl/Vb7Nq3Xk9Rt2Mw5Ls',
    ]);
    expect(urls('scans at https://drive.google.com/file/d/1Qx8TzR4mW2vLp6Kd9Ha/view')).toEqual([
      'https://drive.google.com/file/d/1Qx8TzR4mW2vLp6Kd9Ha/view',
    ]);
    expect(urls('imágenes: https://visor.hospital.example.es/caso/50217?t=Gm4xQ9pL2vRk')).toEqual([
      'https://visor.hospital.example.es/caso/50217?t=Gm4xQ9pL2vRk',
    ]);
  });

  it('leaves public pages, a video’s time offset and a bare short-link host', () => {
    expect(urls('docs at https://nodejs.org/api/fs.html')).toEqual([]);
    expect(urls('watch from https://video.example.com/watch?v=Kq3ZLm8&t=1m30s')).toEqual([]);
    expect(urls('page https://news.example.org/list?t=20261203')).toEqual([]);
    expect(urls('find us on https://maps.app.goo.gl')).toEqual([]);
  });
});

describe('passport numbers of a travel list after each birth date', () => {
  it('carries the passport cue written once to every later date-then-number pair', () => {
    const list = [
      'Rooming list, Lisbon 3-7 May',
      'Twin A: Owen Price (11/05/1966, passport 507218394) + Gwen Price (23/09/1968, 512930417)',
      'Single: Dai Rees (02/02/1979, 530661285)',
    ].join('\n');
    expect(ids(list)).toEqual(['507218394', '512930417', '530661285']);
  });

  it('leaves a date-then-number pair in a text that names no passport, a recent date and an amount', () => {
    expect(ids('Guests: Owen Price (11/05/1966, 512930417)')).toEqual([]);
    expect(ids('passport office receipt 14/03/2025, 512930417')).toEqual([]);
    expect(ids('passport fee refunded on 14/03/2015, 512930417 EUR')).toEqual([]);
  });
});

describe('a passport with its series apart, a building society roll number, a wallet transfer to a phone', () => {
  it('masks each after its cue', () => {
    expect(ids('Mi NIE ya lo tienes y el passport KR 730516')).toEqual(['KR 730516']);
    expect(accounts('- Skipton BS savings, roll no. C2290417/03: £8,400.00')).toEqual(['C2290417/03']);
    expect(phones('me hicieron tres envíos a 3004417729 de 150 mil')).toEqual(['3004417729']);
  });

  it('leaves a passport word before a plain word, a register roll and a menu', () => {
    expect(ids('passport NO 7305169 on file')).toEqual([]);
    expect(accounts('roll no. 14 of the class register')).toEqual([]);
    expect(accounts('spring roll number 6 with rice')).toEqual([]);
  });
});

describe('constants, versions and cache keys', () => {
  it('leaves a constant’s name assigned to a key', () => {
    expect(secrets('api_key: BILLING_KEY_V2')).toEqual([]);
    expect(secrets('AUTH_TOKEN = DEFAULT_TOKEN_3')).toEqual([]);
    expect(secrets('SECRET_KEY=Q7WZ2MXK9PLT4RVD8NHB3CJF6YGS5AEU')).toEqual(['Q7WZ2MXK9PLT4RVD8NHB3CJF6YGS5AEU']);
  });

  it('reads four numbers after the word app as its version', () => {
    expect(ips('the mobile app 5.3.0.214 froze at login')).toEqual([]);
    expect(ips('session of app_ro 81.44.162.93 idle')).toEqual(['81.44.162.93']);
  });

  it('finds an address at the end of a colon-separated key', () => {
    expect(ips('"INCR" "quota:signup:2a01:4f8:c0c:9d2e:71a:3f0:b2c:19e"')).toEqual([
      '2a01:4f8:c0c:9d2e:71a:3f0:b2c:19e',
    ]);
    expect(ips('key cache:user:4417:profile')).toEqual([]);
  });
});

describe('a ship’s IMO number beside its call sign', () => {
  it('is no phone', () => {
    expect(phones('MV Silver Tern  IMO 9418276  Call sign 9HA4417  Flag: Malta')).toEqual([]);
    expect(phones('bridge phone 9418276')).toEqual(['9418276']);
  });
});
