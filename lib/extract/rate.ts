import type { Hit, Sentence } from './context';
import type { LangModule, RateInfo } from './lang/types';
import type { NumberToken } from './numbers';
import { sticky } from './reject';
import { nounAfter } from './noun-phrase';
import { asideBetween, commaBetween, countAfter, hasDigit, onlySpaces } from './spans';

// The rate a sentence gives a number: a rate word after it ("a day", "per week") or an adjective or distributive
// phrase before it ("a daily average of", "Each week"), never past another number.

/** Rate words after a number count up to here, and never past another number. */
const RATE_AFTER = 90;
const SINCE_AFTER = 130;
const RATE_BEFORE = 60;
/** A rate phrase this close after a number belongs to it. */
const ATTACHED = 30;
/** How far a rate word may stand past a list of other counts ("1,325 servicemen, a tank, ... and 18 guns over the past 24 hours"). */
const LIST_REACH = 300;

export type RateWord = RateInfo['rate'];

const PER_PERIOD = new Set<RateWord>(['per_day', 'per_week', 'per_month', 'per_year']);

function distributive(text: string, at: number, rate: RateWord, lang: LangModule): boolean {
  if (!PER_PERIOD.has(rate)) return false;
  lang.distributiveAt.lastIndex = at;
  return lang.distributiveAt.test(text);
}

/** The rate the sentence gives the number, or null when it gives none. */
export function findRate(text: string, tok: NumberToken, s: Sentence): RateWord | null {
  let best: RateWord | null = null;
  let bestD = Infinity;
  let before: Hit<RateInfo> | null = null;
  let perPeriod: RateWord | null = null;
  for (const h of s.rates) {
    let d: number;
    const r = h.value;
    // "the average daily toll": the adjective says the rate, not "toll".
    const adjectiveFirst = r.rate === 'cumulative_before' && before && PER_PERIOD.has(before.value.rate) && onlySpaces(text, before.end, h.start);
    before = h;
    if (adjectiveFirst) continue;
    if (h.start >= tok.end) {
      d = h.start - tok.end;
      // "a total of", "bringing the toll to": said before the number they total, never after it.
      if (r.rate === 'cumulative_before' || (r.adjective && r.rate === 'cumulative')) continue;
      // Not past another number, unless it stands in an aside that a comma closes ("100,000 casualties, with over
      // 20,000 killed, since December").
      const other = hasDigit(text, tok.end, h.start);
      const aside = other && s.lang.numberAside.test(text.slice(tok.end, h.start));
      // "335,000 people entered military service by contract with the Russian armed forces or volunteer groups since
      // the beginning of this year": a since-phrase ending the clause reaches further.
      const reach = r.rate === 'cumulative' && !other && text.startsWith(s.lang.sinceWord, h.start) && !commaBetween(text, tok.end, h.start) ? SINCE_AFTER : RATE_AFTER;
      const far = d > reach || (other && !aside);
      const listed = far && d <= LIST_REACH && listBetween(text, tok.end, h.start, s);
      if (far && !listed) continue;
      // "lost 1,160 personnel, and in general, since February 24, 2022 - 506,260": the rate opens the next clause (a
      // list's ", and 22 artillery systems" does not).
      if (!listed && !aside && s.lang.clauseBreak.test(text.slice(tok.end, h.start))) continue;
      // "202,997 ..., increasing sharply every year": how the count grows, not its unit.
      if (sticky(s.lang.trendBefore, text, h.start)) continue;
      // "175 prisoners in one of the largest exchanges since the invasion": a comparison's "since", no running total.
      if (r.rate === 'cumulative' && text.charCodeAt(h.start) === 115 && comparedSince(text, h.start, s)) continue;
      // "160 soldiers held in Russian captivity since 2022": how long they were held, not where a total starts.
      if (r.rate === 'cumulative' && text.charCodeAt(h.start) === 115 && sticky(s.lang.heldSinceBefore, text, h.start)) continue;
      // "towards 700,000 casualties, with daily casualties ... towards 2,000": past a comma, an adjective with a
      // number of its own after it is that number's.
      if (r.adjective && asideBetween(text, tok.end, h.start) && countAfter(text, h.end, Math.min(s.end, h.end + RATE_AFTER))) continue;
    } else if (h.end <= tok.start) {
      d = tok.start - h.end;
      // Before a number only adjectives ("a daily average of 776", "a total of"), distributive phrases ("Each week,
      // Russia loses 7,000") and the war's span ("During the full-scale war, 235,000 cases were opened") count: "a day
      // after the strike, 50 were killed" is no rate.
      // "the daily rate of soldiers killed and wounded was on average 1,262": a rate noun's subject reaches further.
      const reach = r.adjective && PER_PERIOD.has(r.rate) && sticky(s.lang.rateNounAfter, text, h.end) ? RATE_AFTER : RATE_BEFORE;
      if (d > reach || hasDigit(text, h.end, tok.start)) continue;
      // "1,271 ... were killed daily in September, with a total of 648,000": past a comma, a rate word after another
      // number is that number's.
      if (r.adjective && PER_PERIOD.has(r.rate) && commaBetween(text, h.end, tok.start) && hasDigit(text, s.start, h.start)) continue;
      const warSpan = r.rate === 'cumulative' && s.lang.warSpan.test(text.slice(h.start, h.end));
      // A distributive phrase right after another number is that number's ("30,000 per month ..., while 100,000 ...").
      // The war's span yields to any rate phrase of the number's own ("Throughout the war, 1,000 ... each month").
      if (warSpan) d += RATE_AFTER;
      if (!r.adjective && !warSpan && !(distributive(text, h.start, r.rate, s.lang) && !hasDigit(text, Math.max(s.start, h.start - ATTACHED), h.start))) continue;
      // "17,000 soldiers desert their units every month, with nearly 107,000 cases since the start": a phrase that ends
      // a clause after another number is that number's, when this number has a rate phrase of its own.
      if (!r.adjective && commaBetween(text, h.end, tok.start) && hasDigit(text, s.start, h.start) && ownRateAfter(text, tok, s)) continue;
    } else continue;
    if (d < bestD) {
      best = r.rate;
      bestD = d;
    }
    if (PER_PERIOD.has(r.rate)) perPeriod ??= r.rate;
  }
  // "The total of 13 soldiers surrendered in the past week": the week's total, a weekly figure.
  // "lost another 870 soldiers ... in the war against Ukraine over the past day": a daily phrase outranks the war's scope.
  return (best === 'cumulative_before' || best === 'war_scope') && perPeriod ? perPeriod : best;
}

function ownRateAfter(text: string, tok: NumberToken, s: Sentence): boolean {
  return s.rates.some((o) => o.start >= tok.end && o.start - tok.end <= RATE_AFTER && !hasDigit(text, tok.end, o.start));
}

function comparedSince(text: string, at: number, s: Sentence): boolean {
  s.lang.comparisonBefore.lastIndex = at;
  return s.lang.comparisonBefore.test(text);
}

/**
 * "lost up to 1,325 servicemen, a tank, four armored combat vehicles ... and 18 field artillery guns over the past
 * 24 hours", "15,000 AWOL and 1,500-2,000 desertion cases a month": a rate word after a list of counts, each with its
 * own noun, is the whole list's. True when [from, to) ends this number's noun and then only lists counted things
 * (no civilians), with no time expression of its own.
 */
function listBetween(text: string, from: number, to: number, s: Sentence): boolean {
  for (const p of s.periods) if (p.start >= from && p.start < to) return false;
  const { lists } = s.lang;
  const list = text.slice(from, to).replace(lists.end, '');
  const items = list.split(lists.separator);
  // A list ends with "and": "Over a Million Lost, 30,000 Recruits a Month" is two phrases. A headline's list of three
  // or more may leave it out ("Russia Lost 6,080 Soldiers, 99 Tanks, 201 Artillery Systems in a Week"), and so may two
  // counts of soldiers ("loses up to 100 soldiers killed, up to 500 wounded daily").
  if (!lists.lastItem.test(list) && items.length < 3 && !nounAfter(text, from, s.lang).info) return false;
  if (items.length < 2 || !lists.headEnd.test(items[0]!)) return false;
  let at = from + items[0]!.length;
  for (let k = 1; k < items.length; k++) {
    const item = items[k]!;
    const start = text.indexOf(item, at);
    at = start + item.length;
    const m = lists.item.exec(item);
    if (!m) return false;
    if (m[1] && nounAfter(text, start + item.indexOf(m[1]) + m[1].length, s.lang).reject === 'civilians') return false;
  }
  return true;
}
