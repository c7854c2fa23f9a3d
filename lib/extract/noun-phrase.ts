import type { LangModule, NounInfo } from './lang/types';
import { isSpaceCode } from './words';
import type { Side } from './types';
import { sticky } from './reject';

// The noun phrase after a number: what it counts (soldiers, the dead, recruits), whose they are, or that it counts
// something else (tanks, civilians, money), read word by word up to the noun.

const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** A function word's entry in the noun table: it says nothing about a count. */
const FUNCTION_ENTRY = (info: object): boolean => Object.keys(info).length === 0;

export interface NounPhrase {
  /** The personnel cue of the noun the number counts, if any. */
  info: NounInfo | null;
  /** A noun was there but it counts something else. */
  reject: string | null;
  /** No noun follows: the number's meaning comes from the sentence. */
  headless: boolean;
  side: Side | null;
  /** Both nations modify the noun ("500,000 Russian and Ukrainian soldiers"). */
  bothSides: boolean;
  foreign: boolean;
  /** A nation's own adjective ("Russian") is among the modifiers. */
  ownNation: boolean;
  /** A nation's own soldiers named with foreign ones ("Russian and North Korean troops"): one force, not foreign troops. */
  mixed: boolean;
  /** An "enemy" modifier: the side is the other one from the nation that speaks. */
  enemy: boolean;
  /** The number gives a unit's size ("a 700,000-man army", "the 600,000-strong force"). */
  sized?: boolean;
  /** Where the noun starts, so a longer cue phrase there ("killed and wounded") can override the word. */
  headStart: number;
  end: number;
}

const MAX_WORDS = 5;

function otherNoun(np: NounPhrase): NounPhrase {
  np.reject = 'other noun';
  np.headless = false;
  return np;
}

/** Whether a word of lower-case letters follows `at` after one or more spaces. */
function startsWord(text: string, at: number): boolean {
  let p = at;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0) p++;
  const c = text.charCodeAt(p);
  return p > at && c >= 97 && c <= 122;
}

/**
 * What the table says of the word after the spaces at `at`; undefined when
 * there is no such word, or it is unknown. With `capitalised`, only a word
 * that starts with a capital is looked up (nations are capitalised).
 */
function nextWordInfo(text: string, at: number, lang: LangModule, capitalised = false): NounInfo | undefined {
  let p = at;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0) p++;
  const c = text.charCodeAt(p);
  if (p === at || (capitalised && (c < 65 || c > 90))) return undefined;
  lang.nounWord.lastIndex = p;
  const m = lang.nounWord.exec(text);
  return m ? lang.nouns.get(m[0].toLowerCase().replace(/’/g, "'")) : undefined;
}

/** Words that may stand between a noun and the nation its "of" phrase names. */
const OF_PHRASE = new Set(['of', 'the', 'fallen', 'dead', 'killed', 'deceased']);

/** The nation an "of" phrase right after a noun names: "bodies of fallen Ukrainian soldiers", "soldiers of the Russian army". */
function sideOfPhraseAfter(text: string, at: number, lang: LangModule): Side | null {
  // Most nouns are followed by no " of ": a cheap look first.
  if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 111 || text.charCodeAt(at + 2) !== 102) return null;
  let pos = at;
  for (let n = 0; n < 4; n++) {
    while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 0xa0) pos++;
    lang.nounWord.lastIndex = pos;
    const m = lang.nounWord.exec(text);
    if (!m) return null;
    const key = m[0].toLowerCase().replace(/’/g, "'");
    if (n === 0 && key !== 'of') return null;
    if (!OF_PHRASE.has(key)) return lang.nouns.get(key)?.side ?? null;
    pos += m[0].length;
  }
  return null;
}

/** Reads the words after a number up to its noun ("35,000 Russian troops", "6 million migrants"). */
export function nounAfter(text: string, at: number, lang: LangModule): NounPhrase {
  const out: NounPhrase = {
    info: null,
    reject: null,
    headless: true,
    side: null,
    bothSides: false,
    foreign: false,
    ownNation: false,
    mixed: false,
    enemy: false,
    headStart: -1,
    end: at,
  };
  let pos = at;
  // "Ukraine killed “more than 1,100” Russian fighters": a quote closes on the number, and the noun follows it.
  const q = text.charCodeAt(at);
  if (q === 8221 || q === 34) {
    const info = nextWordInfo(text, at + 1, lang);
    if (info && !FUNCTION_ENTRY(info)) pos = at + 1;
  }
  // "the 600,000-strong Russian force", "20-odd Indians": the noun follows the size.
  if (text.charCodeAt(at) === 45) {
    for (const w of lang.sizeSuffixes) if (text.startsWith(w, at + 1)) (pos = at + 1 + w.length), (out.sized = w !== 'odd');
  }
  // An unknown word may be an adjective before the noun ("permanent casualties"); if no
  // personnel noun follows it, it was the noun, and the number counts something else.
  let unknown = false;
  // An "and" after the unknown word has been passed (once); and no word after it yet.
  let joined = false, afterJoin = false;
  let ingFirst = false;
  // A comma has joined two unknown words, as in a list of adjectives ("1,330,000 active-duty, reserve and paramilitary troops").
  let listed = false;
  let quoted = false;
  for (let n = 0; n < MAX_WORDS; n++) {
    let p = pos;
    while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
    // "more than 40 “volunteer battalions”", "200 “volunteer” soldiers": a quoted word or phrase (a quotation would
    // open with a capital).
    const c0 = text.charCodeAt(p);
    if (n === 0 && p > pos && (c0 === 8220 || c0 === 34) && isLower(text.charCodeAt(p + 1))) (p++, (quoted = true));
    else if (quoted && (c0 === 8221 || c0 === 34)) {
      p++;
      while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
    }
    if (unknown && !afterJoin && text.charCodeAt(p) === 44 && text.charCodeAt(p + 1) === 32) {
      const q = p + 2;
      // Only into the next adjective, or the list's last "and" ("yesterday, and soldiers said" is two clauses).
      if (!(sticky(lang.listBreakWord, text, q) && !(listed && text.startsWith(lang.adjectiveJoin + ' ', q)))) {
        p = q;
        listed = afterJoin = true;
      }
    }
    lang.nounWord.lastIndex = p;
    const m = lang.nounWord.exec(text);
    if (!m) return unknown ? otherNoun(out) : out;
    const word = m[0];
    const lowerWord = word.toLowerCase();
    const key = lowerWord.indexOf('’') < 0 ? lowerWord : lowerWord.replace(/’/g, "'");
    let info = lang.nouns.get(key);
    if (info?.atNumber && (n > 0 || unknown)) info = undefined;
    // "some 120,000 may have died": the modal, not the month.
    if (word === 'may') info = lang.nouns.get('will');
    // "16 US volunteers": an abbreviation in capitals is a name, not the function word it spells ("us").
    // (Two capitals first: no upper-cased copy of every word.)
    if (info && isCapital(word.charCodeAt(0)) && isCapital(word.charCodeAt(1)) && word === word.toUpperCase() && FUNCTION_ENTRY(info)) info = undefined;
    // "4,500 former prisoners ... who have been killed": Wagner's convicts, not captives.
    if (info?.cue === 'captured' && n > 0 && sticky(lang.formerBefore, text, p)) info = lang.nouns.get('convicts');
    pos = p + word.length;
    // "1,000 daily wage workers": before another word that is no function word, the adverb is an adjective.
    if (info?.adverb && startsWord(text, pos)) {
      const next = nextWordInfo(text, pos, lang);
      if (next === undefined || next.cue || next.reject || next.modifier) info = undefined;
    }
    if (info === undefined) {
      // An unknown capitalised word is a name qualifying the noun ("Wagner", "Azov").
      const c = word.charCodeAt(0);
      if (!(c >= 65 && c <= 90)) {
        // One unknown word may be an adjective; two are a clause ("one knows how many soldiers"), unless joined
        // ("tired and demoralized soldiers").
        // "over 400,000 requiring off-frontline treatment": a participle right after the number is its verb, no adjective.
        if (unknown && !afterJoin) return ingFirst ? out : otherNoun(out);
        ingFirst = n === 0 && lowerWord.endsWith('ing');
        unknown = true;
        afterJoin = false;
      }
      continue;
    }
    // "27,000 entrepreneurs and 13,000 volunteers", "fragments and bodies": no adjective after the "and".
    if (afterJoin) return otherNoun(out);
    // After an unknown word only the noun itself may follow ("permanent casualties"); "mobilisation of soldiers" is not one phrase.
    if (unknown && !info.cue && !info.caseCount) {
      if (key !== lang.adjectiveJoin || joined) return otherNoun(out);
      joined = afterJoin = true;
      continue;
    }
    // "35 Indian citizens ... sent to the war": citizens of a country whose people fight are nationals, not civilians.
    // So are "93 citizens of Central Asia's countries" and "1200 people from Colombia".
    if ((info.reject ? key === 'citizens' : (info.weak || info.cue === 'personnel') && !info.side) && ((info.reject && out.foreign) || sticky(lang.foreignCitizensOfAfter, text, pos))) {
      info = lang.nouns.get('nationals')!;
    }
    // "About 40,000 women are currently serving in Ukraine's armed forces", "40,000 women in its ranks": soldiers.
    if (info.reject === 'civilians' && sticky(lang.inServiceAfter, text, pos)) info = lang.nouns.get('soldiers')!;
    if (info.reject) {
      out.reject = info.reject;
      out.headless = false;
      out.end = pos;
      return out;
    }
    if (info.side) {
      if (out.side && out.side !== info.side) out.bothSides = true;
      out.side ??= info.side;
    }
    if (info.foreign) out.foreign = true;
    if (info.side && !info.foreign && info.modifier) out.ownNation = true;
    if (out.foreign && out.ownNation) out.mixed = true;
    if (info.enemy) out.enemy = true;
    if (info.cue || info.caseCount) {
      // "530 armoured personnel carriers": vehicles named for what they carry; "two Armed Forces units": formations.
      if (info.cue === 'personnel') {
        const next = nextWordInfo(text, pos, lang)?.reject;
        if (next === 'equipment' || next === 'formations') {
          out.reject = next;
          out.headless = false;
          return out;
        }
      }
      // "30,000 dead civilians": the people the loss word describes.
      if (info.cue === 'killed' || info.cue === 'wounded') {
        const next = nextWordInfo(text, pos, lang);
        if (next?.reject === 'civilians') {
          out.reject = 'civilians';
          out.headless = false;
          return out;
        }
      }
      // "273 POW executions", "300 prisoner deaths": the loss of the prisoners is what is counted.
      if (info.cue === 'captured') {
        const next = nextWordInfo(text, pos, lang);
        if (next?.cue === 'killed' || next?.cue === 'wounded' || next?.cue === 'casualties') {
          info = next;
          p = pos;
          while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0) p++;
          lang.nounWord.lastIndex = p;
          pos = p + (lang.nounWord.exec(text)?.[0].length ?? 0);
        }
      }
      out.info = info;
      out.headless = false;
      out.headStart = p;
      out.end = pos;
      // "6,000 killed Ukrainian troops": a participle before the nation still leaves the nation the side; so do
      // "7,000 bodies of fallen Ukrainian soldiers" and "1,000 soldiers of the Russian army".
      if (!out.side) out.side = nextWordInfo(text, pos, lang, true)?.side ?? sideOfPhraseAfter(text, pos, lang);
      // "1 million Ukrainians and Russians": a second nation's people joined to the first count both armies.
      else if (!out.bothSides && (text.charCodeAt(pos + 1) === 97 || text.charCodeAt(pos + 1) === 111)) {
        lang.nounJoinAfter.lastIndex = pos;
        const joined = lang.nounJoinAfter.exec(text);
        const other = joined ? nextWordInfo(text, pos + joined[0].length - 1, lang)?.side : undefined;
        if (other && other !== out.side) out.bothSides = true;
      }
      return out;
    }
    // "at 80,000 and the number of wounded": a conjunction and a determiner open the next phrase; the number has no noun.
    if (n === 0 && (key === 'and' || key === 'or') && !unknown && sticky(lang.determinerAfter, text, pos)) return out;
    // "killed five and injured 48": a verb and its own number open the next phrase.
    if (n === 0 && (key === 'and' || key === 'or') && !unknown && sticky(lang.verbThenNumberAfter, text, pos)) return out;
    if (!info.modifier) {
      // "3,000 infantry fighting vehicles": a participle before a noun that counts something else.
      if (info.participle && nextWordInfo(text, pos, lang)?.reject) return otherNoun(out);
      return unknown ? otherNoun(out) : out; // a function word: "1,130 a day", "17,000 by"
    }
  }
  return unknown ? otherNoun(out) : out;
}
