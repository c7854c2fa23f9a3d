// Which language a page says it is in. The extractor has an English module
// only: a page that declares another language is left untouched rather than
// read with English rules (a German "die" or a Ukrainian date would be
// misread). A page that declares none is read, as most English pages are.

/** The primary subtag of the page's declared language ("en" for "en-GB"), lower-case; null when it declares none. */
export function declaredLanguage(doc: Document): string | null {
  const root = doc.documentElement;
  const raw = (root.getAttribute('lang') ?? root.getAttribute('xml:lang') ?? '').trim();
  const primary = raw.split(/[-_]/)[0]!.toLowerCase();
  // "und" (undetermined) and garbage declare nothing.
  return /^[a-z]{2,3}$/.test(primary) && primary !== 'und' ? primary : null;
}

/** Whether a page in `language` can be read with the language modules in `supported`. */
export function readsLanguage(language: string | null, supported: readonly string[]): boolean {
  return language === null || supported.includes(language);
}

/** A language's English name for a message ("German" for "de"), or the code itself when the browser has none. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
