/** Lower-cases and folds typographic apostrophes and runs of spaces, for table look-ups. */
export function normKey(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
