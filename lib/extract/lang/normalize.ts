/** Lower-cases and folds typographic apostrophes and runs of spaces, for table look-ups. */
export function normKey(s: string): string {
  const l = s.toLowerCase();
  // Most keys are plain words with single spaces: the replacements run only where one is needed.
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c === 32 && l.charCodeAt(i + 1) === 32)) {
      return l.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
    }
  }
  return l;
}

/** A word or phrase as a regex alternative: its apostrophe either kind, its spaces any run of white space. */
export function escapeWord(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');
}
