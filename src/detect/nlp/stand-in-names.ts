/**
 * Stand-in names of templates, test data and legal examples ("John Doe", "Max Mustermann", "Fulano de Tal",
 * "Mengana", "Joe Bloggs"), as folded keys: a value or a line holding one fills a form with nobody's data.
 */
export const STAND_IN_NAMES: ReadonlySet<string> = new Set(
  'doe mustermann musterfrau fulano fulana mengano mengana zutano zutana perengano perengana bloggs'.split(' '),
);

/** Their Spanish diminutives ("Fulanito", "Menganita"), which a record's field values use as well. */
export const STAND_IN_DIMINUTIVES: ReadonlySet<string> = new Set(
  'fulanito fulanita menganito menganita zutanito zutanita'.split(' '),
);
