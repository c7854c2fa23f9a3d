/** Lower-cases and folds typographic apostrophes and runs of spaces, for table look-ups. */
export function normKey(s: string): string {
  const l = s.toLowerCase();
  // Most keys are one plain word: skip the replacements.
  if (l.indexOf(' ') < 0 && l.indexOf('’') < 0 && l.indexOf('‘') < 0 && l.indexOf('\n') < 0 && l.indexOf('\u00a0') < 0) return l;
  return l.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
