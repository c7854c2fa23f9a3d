import { en } from './en';
import type { LangModule } from './types';

export type { LangModule } from './types';

const LANGS: Record<string, LangModule> = { en };

export const SUPPORTED_LANGS = Object.keys(LANGS);

/** The language module for a code; throws on a language we have no module for. */
export function getLang(code: string): LangModule {
  const lang = LANGS[code];
  if (!lang) throw new RangeError(`unsupported language "${code}" (supported: ${SUPPORTED_LANGS.join(', ')})`);
  return lang;
}
