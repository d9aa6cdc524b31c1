import type { TextDetector } from './types.js';

/**
 * A fresh process runs its first megabytes of detection two to three times slower than later ones: V8 compiles
 * the detectors' functions and regular expressions on the way, once the code has run often enough to be worth
 * it. The gateway calls warmUp once at start, so its first users do not pay for that; the texts below are
 * invented and only meant to take every detector down its usual paths (prose, code, tables, values of each
 * kind, obfuscated digits, Spanish), with no value from any evaluation set.
 */

const PROSE_EN = [
  'Please summarise the notes below for the team meeting on Thursday and keep the tone friendly.',
  'Customer Laura Bennett called from Manchester about a refund; she was charged twice for order 100-4482-9913.',
  'Her email is laura.bennett@example-mail.co.uk and her mobile is +44 7700 900123, call after 5 pm.',
  'The card on file is 4539 1488 0343 6467, expiry 09/27, and the IBAN is GB82 WEST 1234 5698 7654 32.',
  'Dr. Samuel Ortiz saw the patient on 12 March 2024 for type 2 diabetes and prescribed metformin 500 mg.',
  'SSN 536-22-1234 was on the form, together with a passport number and the date of birth 04/11/1986.',
  'Our office at 221 Baker Street, London moved to Austin, Texas; Acme Holdings Ltd signed the lease.',
  'The server at 10.20.30.40 returned 503 errors from 02:00 to 03:15 UTC, see ticket #58213 and build 4.12.7.',
];

const PROSE_ES = [
  'Hola, necesito un resumen del informe para la reunión del lunes con el equipo de ventas.',
  'La paciente María José Fernández, con DNI 12345678Z, vive en Sevilla y trabaja en Telefónica.',
  'Fue diagnosticada de hipertensión arterial en enero de 2021 y toma enalapril 10 mg cada mañana.',
  'Su teléfono es 612 34 56 78 y su cuenta ES91 2100 0418 4502 0005 1332; escríbele a maria.fdez@correo.es.',
  'El contrato con Construcciones del Norte S.A. vence el 30 de junio y el pago se hará por transferencia.',
];

const CODE = [
  'const config = {\n  host: "db.internal",\n  port: 5432,\n  user: "deploy",\n  retries: 3,\n};',
  'DATABASE_URL=postgres://deploy:Xk9mPq2vLw@db.internal:5432/app\nLOG_LEVEL=debug\nPORT=3000',
  'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'def charge(card_number: str, amount: int) -> bool:\n    """Charge the card and return whether it went through."""\n    return gateway.charge(card_number, amount)',
  'Traceback (most recent call last):\n  File "app/main.py", line 42, in handler\n    user = users[user_id]\nKeyError: 918273',
  'curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlX3BhcnQ" https://api.example.com/v1/users',
];

const TABLE =
  '| name | city | phone | account |\n|---|---|---|---|\n' +
  '| Peter Hall | Leeds | 0113 496 0123 | 12345678 |\n' +
  '| Ana Ruiz | Bilbao | 944 12 34 56 | ES76 2077 0024 0031 0257 5766 |\n' +
  '| Tom Becker | Berlin | +49 30 901820 | DE89 3704 0044 0532 0130 00 |\n';

/** The same values retyped: full-width digits, zero-width and soft hyphen joins, swapped separators. */
const OBFUSCATED = [
  'card ４５３９ １４８８ ０３４３ ６４６７ on file',
  'card 4539\u200b1488\u200b0343\u200b6467 and phone 612\u00ad34\u00ad56\u00ad78',
  'account ES91.2100.0418.4502.0005.1332 and card 4539-1488-0343-6467',
  'SSN 536 22 1234, phone 0113.496.0123\nand 4539\n1488\n0343\n6467',
  'mail maria dot fdez at correo dot es, or write to l.bennett (at) example-mail.co.uk',
];

/** Texts of a few dozen bytes to a few kilobytes, each mixing the pieces above differently. */
function warmUpTexts(): string[] {
  const pieces = [...PROSE_EN, ...PROSE_ES, ...CODE, TABLE, ...OBFUSCATED];
  const texts: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    texts.push(pieces[i]!);
    // A longer text: this piece with the next few, in prose order and as a pasted block.
    const run = Array.from({ length: 2 + (i % 6) }, (_, k) => pieces[(i + k * 7) % pieces.length]!);
    texts.push(run.join(i % 2 === 0 ? '\n\n' : ' '));
    // Now and then a prompt of a few kilobytes, where the per-text indexes (words, cues) pay off.
    if (i % 5 === 0) texts.push(Array.from({ length: 30 }, (_, k) => pieces[(i + k * 3) % pieces.length]!).join('\n'));
  }
  return texts;
}

/**
 * Runs the detector over the built-in texts `rounds` times (each round changes the texts a little, so no
 * result cache short-cuts them). About a second of CPU at start (1.2 s on the development VM); returns how many
 * texts it ran.
 */
export function warmUp(detector: TextDetector, rounds = 4): number {
  const texts = warmUpTexts();
  let ran = 0;
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      detector.detect(`${text} (${round})`);
      ran++;
    }
  }
  return ran;
}
