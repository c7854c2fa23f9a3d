import { CUES, NOUNS, SIDE_WORDS } from './en-words';
import { escapeWord } from './normalize';

// The two cheap tests the content script asks of a page before reading it (precheck.ts): some personnel word, and
// some word that says the page is about this war.

/**
 * With the nations, what says a page is about this war at all: its leaders and its places. Not "war" or "soldiers":
 * a page about Gaza or Myanmar has those too, and its tolls are another war's.
 */
const WAR_WORDS = [
  'zelensky', 'zelenskyy', 'zelenskiy', 'putin', 'kremlin', 'shoigu', 'gerasimov', 'syrskyi', 'zaluzhny', 'wagner',
  'donbas', 'donbass', 'donetsk', 'luhansk', 'kharkiv', 'kherson', 'zaporizhzhia', 'mariupol', 'bakhmut', 'avdiivka',
  'pokrovsk', 'kursk', 'crimea',
];
/**
 * The precheck is a superset test, so a phrase that holds a word of the list as a whole word ("killed or wounded",
 * "dead and critically injured") adds nothing but length to its alternation: it is left out.
 */
function minimalWords(words: string[]): string[] {
  const all = new Set(words.map((w) => w.toLowerCase()));
  return [...all].filter((w) => !w.split(/[\s-]+/).some((part) => part !== w && all.has(part)));
}

const precheckWords = [
  ...CUES.filter(([, c]) => c !== 'civilian' && c !== 'population' && c !== 'negation' && c !== 'need' && c !== 'equipment' && c !== 'both' && c !== 'enemy').map(([w]) => w),
  ...NOUNS.filter(([, i]) => i.cue).map(([w]) => w),
];

export const WAR_WORDS_RE = new RegExp(`\\b(?:${[...new Set([...SIDE_WORDS.map(([w]) => w), ...WAR_WORDS].map(escapeWord))].sort().join('|')})\\b`, 'i');
export const PRECHECK_WORDS_RE = new RegExp(`\\b(?:${minimalWords(precheckWords).map(escapeWord).sort().join('|')})\\b`, 'i');
