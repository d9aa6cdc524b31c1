/** Month names and their usual abbreviations, English and Spanish, folded (token keys). */
export const MONTH_WORDS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre ' +
    'noviembre diciembre ene abr ago dic'
  ).split(' '),
);
