import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('a chess game record (PGN) names players in public', () => {
  it('drops the players of the tag pairs and the annotator it quotes (en)', () => {
    const text =
      'Explain move 23 of this game for my students.\n\n[Event "Hoogeveen Open 2019"]\n[Site "Hoogeveen NED"]\n' +
      '[Round "4"]\n[White "Vrolijk, Maarten"]\n[Black "Szabados, Endre"]\n[Result "1/2-1/2"]\n[ECO "B90"]\n\n' +
      '1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 1/2-1/2';
    expect(people(text)).toEqual([]);
  });

  it('drops the players of a rapid game with ratings (en)', () => {
    const text =
      'Is 14...Bxh2 sound here?\n[Event "Riverside Rapid"]\n[White "Okonjo, Tamsin"]\n[Black "Lindqvist, Pelle"]\n' +
      '[WhiteElo "2410"]\n[BlackElo "2388"]\n[TimeControl "900+10"]\n1. d4 d5 2. c4 e6';
    expect(people(text)).toEqual([]);
  });

  it('drops the players of a Spanish club game record (es)', () => {
    const text =
      'Analiza esta partida para el boletín del club.\n[Event "Torneo de Primavera"]\n[Site "Linares ESP"]\n' +
      '[White "Arizmendi, Koldo"]\n[Black "Quiroga, Begoña"]\n[Result "1-0"]\n1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 1-0';
    expect(people(text)).toEqual([]);
  });
});

describe('a market wrap names executives and bankers in public', () => {
  it('drops a CEO and a central banker of a closing report (en)', () => {
    const text =
      'Summarise for the desk: European equities slipped; the DAX lost 0.4% and the FTSE 100 0.2%. Halvorsen Energy ' +
      '(ISIN NO0010345853) fell after CEO Ingrid Tollefsen cut guidance. Central bank governor Marek Duszynski kept ' +
      'rates on hold. Bund futures flat, Brent $71.20.';
    expect(people(text)).toEqual([]);
  });

  it('drops the founder quoted in a Spanish market report (es)', () => {
    const text =
      'Pasa esto a una tabla. El comercio electrónico en Chile creció un 14 %; la inflación frenó el consumo. ' +
      'Tiendas Quilpué registró 2,3 millones de unidades vendidas y su fundador Rodrigo Alvear Cienfuegos declaró ' +
      'que "el margen mejora". Valparaíso y Temuco lideran.';
    expect(people(text)).toEqual([]);
  });

  it('keeps a private investor writing about her own shares, with her phone (en)', () => {
    const text =
      'Hi, I am Harriet Okafor-Blake, please sell my equities in the DAX and FTSE trackers and the Bund futures. ' +
      'Call me on 07700 918 244 before noon.';
    expect(people(text)).toContain('Harriet Okafor-Blake');
  });
});

describe('a museum catalogue entry names sitters, scholars and collectors of the past', () => {
  it('drops the sitter, the attributing scholar and the provenance chain (en)', () => {
    const text =
      'Cut this catalogue entry to 50 words.\nPortrait of a Merchant, c. 1640–1645\nOil on canvas, 88 × 71 cm. ' +
      'Accession no. WG.1911.3.22.\nThe sitter is traditionally identified as Cornelis van Assendelft, though the ' +
      'attribution was doubted by Hendrik Poelman in 1958.\nProvenance: Lord Ashworth, Dorset; his sale, 1882, lot 14; ' +
      'Sir Edmund Grayle, Ledbury; bequeathed 1911.';
    expect(people(text)).toEqual([]);
  });

  it('drops the collectors of a Spanish catalogue card (es)', () => {
    const text =
      'Resume esta ficha del catálogo.\nRetrato de dama con abanico, h. 1790–1795. Óleo sobre lienzo, 102 × 80 cm.\n' +
      'Procedencia: colección de Tomás Villacampa, Zaragoza; adquirido en 1932.\nAtribución: atribuido a Inés ' +
      'Berganza por Ramón Otazu en 1971.';
    expect(people(text)).toEqual([]);
  });

  it('keeps the owner of a painting who sends her address and phone with it (en)', () => {
    const text =
      'I am Philippa Rowntree and I want to sell my grandmother’s oil on canvas; the provenance and the sitter are ' +
      'unknown. My address is 14 Larch Close, Hexham, phone 01434 602 118.';
    expect(people(text)).toContain('Philippa Rowntree');
  });
});

describe('a bibliography names published authors', () => {
  it('drops authors of an APA reference list (es)', () => {
    const text =
      'Ordena mi bibliografía en APA 7.\n- Lasarte Oyón, M. (1988). La ciudad y sus sombras. Pamplona: Pamiela. ' +
      'ISBN 978-84-7681-041-2\n- Urrutia, Anselmo (2004), Redes y poder local, Bilbao, Ediciones Deusto.';
    expect(people(text)).toEqual([]);
  });

  it('drops authors of a reference list with DOIs (en)', () => {
    const text =
      'Fix the formatting of this reference list (APA).\nFennimore, J. & Daleport, R. (2011). Wage shocks. Journal of ' +
      'Applied Labour 12(3): 44-61. doi:10.1234/jal.2011.044\nQuennell, P. et al. (2015). Firms and towns. ' +
      'London: Harbour Press.';
    expect(people(text)).toEqual([]);
  });

  it('keeps a student who gives her name and e-mail with her bibliography (en)', () => {
    const text =
      'My name is Oonagh Bracewell (oonagh.bracewell@student.example.ac.uk). Please format my bibliography in APA: ' +
      'Fennimore, J. (2011). Wage shocks. doi:10.1234/jal.2011.044';
    expect(people(text)).toContain('Oonagh Bracewell');
  });
});
