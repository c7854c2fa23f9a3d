// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { declaredLanguage, languageName, readsLanguage } from '../../lib/page/language';
import { SUPPORTED_LANGS } from '../../lib/extract/lang';

// A page in a language without a module is left unread; one that declares none is read as English.

const doc = (htmlAttrs: string) => new DOMParser().parseFromString(`<html ${htmlAttrs}><body><p>Text</p></body></html>`, 'text/html');

describe('the language a page declares', () => {
  it.each([
    ['lang="en"', 'en', true],
    ['lang="en-GB"', 'en', true],
    ['lang="EN_us"', 'en', true],
    ['lang="de"', 'de', false],
    ['lang="uk-UA"', 'uk', false],
    ['lang="ru"', 'ru', false],
    ['', null, true],
    ['lang=""', null, true],
    ['lang="und"', null, true],
    ['lang="<b>x</b>"', null, true],
  ])('<html %s> declares %s; read: %s', (attrs, language, read) => {
    const declared = declaredLanguage(doc(attrs));
    expect(declared).toBe(language);
    expect(readsLanguage(declared, SUPPORTED_LANGS)).toBe(read);
  });

  it('names a language for the popup, and falls back to the code', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('uk')).toBe('Ukrainian');
    expect(languageName('zz')).toBe('zz');
  });
});
