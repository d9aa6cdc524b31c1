import { describe, expect, it } from 'vitest';
import { CasualNameDetector } from '../../src/detect/casual-names/casual-name-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new CasualNameDetector();
const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('CasualNameDetector: name columns headed in other languages', () => {
  it('reads German, French, Italian, Portuguese, Dutch and Polish first and last name columns', () => {
    expect(people('id;Vorname;Nachname;Ort\n7;Henrike;Wolters;Kassel\n8;jannik;brügger-Oltmann;Jena')).toEqual([
      'Henrike',
      'Wolters',
      'jannik',
      'brügger-Oltmann',
    ]);
    expect(people('prénom,nom de famille,ville\nAuréline,Castagnède,Rodez')).toEqual(['Auréline', 'Castagnède']);
    expect(people('nome,cognome,città\nGiosuè,Ferrandino,Lecce')).toEqual(['Giosuè', 'Ferrandino']);
    expect(people('nome completo|cidade\nIsaura Bettencourt Lemos|Braga')).toEqual(['Isaura Bettencourt Lemos']);
    expect(people('voornaam\tachternaam\twoonplaats\nFemke\tVerbruggen\tZwolle')).toEqual(['Femke', 'Verbruggen']);
    expect(people('imię;nazwisko;miasto\nBożena;Wróblewska;Opole')).toEqual(['Bożena', 'Wróblewska']);
  });

  it('reads a bare name column beside a family-name column as the given names', () => {
    expect(people('name,surname,town\nTobiah,Wrenfield,Ripon')).toEqual(['Tobiah', 'Wrenfield']);
    expect(people('nombre;apellidos;ciudad\nXimena;Urrutia Belda;Soria')).toEqual(['Ximena', 'Urrutia Belda']);
  });

  it('leaves tables whose columns name no person alone', () => {
    expect(people('produit,nom du fichier,taille\nlampe,rapport.pdf,12')).toEqual([]);
    expect(people('genome,build,reads\nGRCh38,p14,1200')).toEqual([]);
  });
});
