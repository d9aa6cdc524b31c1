import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { dropIssuerContacts } from '../../src/detect/public-text/issuer-contacts.js';
import type { Finding, Label } from '../../src/detect/types.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const CONTACTS = ['LOCATION', 'PHONE', 'EMAIL', 'BANK_ACCOUNT'];
const contacts = (text: string) => spansOf(engine, text, CONTACTS);

/** Texts an organisation addresses to the public or to a customer: its own contact values are nobody's. */
const ISSUERS: Record<string, string> = {
  "a groomer's FAQ (its name ends in its trade, hours after the phone)": `Can you tidy up our grooming FAQ for the website?

Q: Do you take cats? A: Sorry, dogs only.
Q: How long does a full groom take? A: About two hours for most breeds; we'll text you when it's time to collect.
Q: Where do we find you? A: Paws & Suds Groomers, 27 Mill Lane, Ashby LE65 2QT. Open Tue-Sat 9am-5pm, phone 01530 960 418.`,
  "a recall notice's issuer (a firm's legal form before its seat)": `Turn this into a short notice for our shop window.

PRODUCT RECALL – Corvane Oat Crunch 400 g, best before 14/03/2027, batch 7Q112
Reason: the product may contain small pieces of plastic.
What to do: do not eat it; return it to any store for a full refund.
Issued by Corvane Foods Ltd, Unit 4 Brookside Park, Wakefield WF1 5TT.`,
  'un aviso de cierre (el consultorio de una calle, horario tras el teléfono)': `Corrige este cartel para la entrada del centro.

AVISO: por obras en la cubierta, la biblioteca municipal cierra del 3 al 28 de febrero.
El préstamo y la devolución se harán en el Centro Cívico de la Calle Real nº 8, de lunes a viernes de 10 a 14 h.
Información: 983 000 123 (de 9 a 14 h).
Disculpen las molestias.`,
  "a blood service's poster (a hall by its kind, the service signing it)": `Make this flyer friendlier please.

GIVE BLOOD IN LLANDEILO – January sessions
Civic Hall, Carmarthen Street: Tue 12 Jan 1pm–7pm
New donors welcome. Book on 0300 555 0199 or in the app.
Platelet donors: ask staff about our Morgan Vale centre.
Dyfed Blood Service, Tawe Park Road, Morgan Vale SA9 4QX`,
  "a handbook's directory of services": `Proofread the "Useful numbers" box of our freshers' handbook:

If things get hard, help is close by.
- Campus Security: 0161 496 0101, any time
- Student Advice Centre: 0161 496 0202
- Careline: 0161 496 0303
- Emergencies: 999`,
  "a helpline's inbox at its own domain": `Check this poster for the lifts.

Feeling low? You are not on your own.
- Brightpath – call 0800 046 1188 free, or email sam@brightpath.org.uk
- Quietline – text CALM to 60123
In an emergency call 999.`,
  "a supplier's remittance details on a B2B invoice": `Please check the VAT on this supplier invoice before we pay it.

INVOICE 7731   Date 05/11/2026
From: Halvergate Supplies Ltd, VAT GB 318 4471 20
To: Tollbridge Cafés Ltd
12 x coffee beans 1 kg @ £14.50 = £174.00   VAT 0%
6 x paper cups (1000) @ £38.00 = £228.00    VAT 20%
Remit to Halvergate Supplies Ltd, sort code 30-91-58, account 43917285, quoting 7731.`,
  'la carta de una rotisería (horario tras el WhatsApp de pedidos)': `Pasame la carta en limpio para imprimir:

Empanadas de carne $1.900 · Empanadas de humita $1.800
Locro criollo $9.500
Flan con crema $3.600
Pedidos por WhatsApp al 11 5032 7788, de martes a domingo de 20 a 23:30 h`,
};

describe("an organisation's own contact values", () => {
  for (const [name, text] of Object.entries(ISSUERS))
    it(`leaves ${name}`, () => {
      expect(contacts(text)).toEqual([]);
    });
});

describe("someone's contact values beside organisations", () => {
  it("keeps a customer's address on an invoice", () => {
    const text = `Can you draft a polite payment reminder for this?

INVOICE 118   Date 05/11/2026
From: Greenwood Joinery Ltd, 8 Canal Wharf, Bristol BS1 6XQ
Bill to: Nieves Quiles, 14 Alder Close, Bristol BS7 9LL
Kitchen shelving, fitted: £640.00
Please pay within 30 days.`;
    expect(contacts(text)).toContain('14 Alder Close, Bristol BS7 9LL');
  });

  it("keeps the values of a patient's record, the surgery's too", () => {
    const text = `Summarise for the handover:

Patient: Osian Hartley, DOB 04/05/1961
Mobile 07700 900 456
Registered GP: Riverside Surgery, 3 Elm Road, Ashby LE65 1AB (Mon-Fri 8am-6pm)
Seen for a mild cough; fluids advised.`;
    const found = contacts(text);
    expect(found).toContain('07700 900 456');
    expect(found.some((s) => s.startsWith('3 Elm Road'))).toBe(true);
  });

  it("keeps a household's list of contacts (a plumber, a vet, a neighbour)", () => {
    const text = `Make this note for our dog sitter nicer:

- Plumber: 07700 900 789
- Vet: 01632 960 555
- Neighbour (spare key): 07700 900 321
- Emergencies: 999`;
    expect(contacts(text)).toEqual(['07700 900 789', '01632 960 555', '07700 900 321']);
  });

  it('keeps the numbers people give in a chat, hours and all', () => {
    const text = `Can you turn this chat into a list of who brings what?

[12/03/26, 09:14] Greta: I'll bring the cake, call me on 07700 900 654 Mon-Fri after 6
[12/03/26, 09:20] Bartek: drinks from me, 07700 900 777, 9am-5pm
[12/03/26, 09:31] Noor: plates and cups`;
    expect(contacts(text)).toEqual(['07700 900 654', '07700 900 777']);
  });

  it("keeps a staff member's first.last mailbox at the organisation's domain", () => {
    const text = `Is this CODEOWNERS right?

/billing/   @ledgerwise/billing
Ledgerwise: ravi.kumar@ledgerwise.com
/docs/   @ledgerwise/docs`;
    expect(contacts(text)).toEqual(['ravi.kumar@ledgerwise.com']);
  });

  it("keeps a private seller's bank details", () => {
    const text = `Write a short note to go with the payment:

Pay to: Jarrah Peel, sort code 30-91-58, account 43917285
Amount: £120 for the bike, cash was not possible.
Thanks again, it rides great.`;
    expect(contacts(text)).toEqual(['30-91-58', '43917285']);
  });
});

/** A finding over the first occurrence of `value` in `text`. */
function at(text: string, value: string, label: Label, type: string): Finding {
  const start = text.indexOf(value);
  return { start, end: start + value.length, label, type, score: 0.9, detector: 'test' };
}

describe('a list of sessions', () => {
  const poster = `GIVE BLOOD – February sessions
Llanfair – Victoria Hall, Bridge Street: Tue 9 Feb, 13:30–19:30
Pontnewydd – St Cadoc Rooms, Heol Fawr: Wed 10 Feb, 09:30–15:30
New donors welcome.`;

  it("reads a street without a house number on a session's line as the venue's", () => {
    const street = at(poster, 'Bridge Street', 'LOCATION', 'STREET_ADDRESS');
    expect(dropIssuerContacts(poster, [street])).toEqual([]);
  });

  it('keeps the house-numbered addresses of a route of home visits', () => {
    const route = `Route for tomorrow:
09:00–09:30 – 14 Alder Close, dressing change
10:00–10:45 – 3 Bridge Street, insulin`;
    const homes = [
      at(route, '14 Alder Close', 'LOCATION', 'STREET_ADDRESS'),
      at(route, '3 Bridge Street', 'LOCATION', 'STREET_ADDRESS'),
    ];
    expect(dropIssuerContacts(route, homes)).toEqual(homes);
  });
});

describe('a "C/" inside a path or a procedure number', () => {
  it('is no Spanish street', () => {
    expect(contacts('Outcome of procedure EMEA/H/C/PSUSA/00004417/202511: wording on titration updated.')).toEqual([]);
  });

  it('still opens a street after a space', () => {
    expect(contacts('Nos vemos en C/ Olmo 8, Lugo')).toEqual(['C/ Olmo 8, Lugo']);
  });
});
