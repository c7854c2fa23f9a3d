import { normKey } from './normalize';
import type { Cue, LangModule, NounInfo, PeriodExpr, PhraseSet, RateInfo, RateRule } from './types';
import {
  ABBREVIATIONS, CUES, FUNCTION_WORDS, MONTH_INDEX, MONTH_PATTERN, NOUNS, QUALIFIERS,
  SCALE_WORDS, SIDE_WORDS, UNIT_WORDS, WEEKDAYS,
} from './en-words';

// English. Every English word the extractor knows is here or in en-words.ts.


function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');
}

/** One alternation, longest first so "killed in action" wins over "killed". */
function alt(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

const SPELLED = [...UNIT_WORDS.map(([w]) => w), 'hundred', 'thousand', 'million', 'billion', 'dozen'];
const VAGUE = 'tens|hundreds|thousands|millions|billions|dozens';
const MONTH = MONTH_PATTERN;
const N_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)';
/** A year named relative to the anchor ("the year", "this year", "last year"), as groups `<p>r` (its word). */
const REL_YEAR = (p: string) => `(?<${p}r>(?:(?:the|this|the\\s+current|last|previous|past|the\\s+previous|the\\s+past|next)\\s+)?year)\\b`;
const yearOffsetOf = (w: string) => (/^(?:the\s+)?(?:last|previous|past)\b/i.test(w) ? -1 : /^next\b/i.test(w) ? 1 : 0);

const nouns = new Map<string, NounInfo>();
// "fighting", "taking": a participle may stand before a noun ("3,000 infantry fighting vehicles").
for (const w of FUNCTION_WORDS) nouns.set(w, w.endsWith('ing') ? { participle: true } : {});
for (const [w, info] of NOUNS) nouns.set(w, info);

// Each alternative starts at a word that is rare in running text ("past",
// "summer", a month name), with any common word before it ("in the", "for")
// in a lookbehind, so the regex is only tried at a few words per sentence.
const P = {
  since: `(?<since>since\\b[^.;:]{0,60}?\\b(?:invasion|war|aggression|conflict|special\\s+military\\s+operation)\\b(?:\\s+(?:of|in|on|against)\\s+Ukraine)?(?:\\s+(?:began|started|was\\s+launched))?(?:\\s+(?:in|on)\\s+(?:(?:24\\s+)?February|February\\s+24(?:th)?,?)\\s+2022)?)`,
  // "since the beginning of 2022" counts from that year's start; "since the start" alone from the war's.
  // "since the start of the year" (or "of last year", "of the month") from that year's or month's start.
  sinceStart: `(?<sinceYearStart>since\\s+(?:the\\s+)?(?:start|beginning)\\s+of\\s+(?:(?<sy3>(?:19|20)\\d\\d)\\b|${REL_YEAR('ss')}|(?<ssm>(?:the|this)\\s+month)\\b))|(?<course>since\\s+the\\s+(?:start|beginning|outbreak)\\b)`,
  course: `(?<course>course\\s+of\\s+the\\s+war\\b|throughout\\s+the\\s+war\\b)`,
  sinceMonth: `(?<sinceMonth>since\\s+(?:(?:early|mid|late)[- ])?(?<sm>${MONTH})\\b\\.?(?:\\s+(?<sd>\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?<sy>\\d{4}))?)`,
  sinceYear: `(?<sinceYear>since\\s+(?<sy2>(?:19|20)\\d\\d)\\b)`,
  // "since the brief Wagner uprising in late June", "since the media's latest update on May 19": from that date.
  sinceEvent: `(?<sinceEvent>since\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){1,5}?(?:on|in)\\s+(?:(?<sep>early|mid|late)[- ])?(?<sem>${MONTH})\\b\\.?(?:\\s+(?<sed>\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?<sey>(?:19|20)\\d\\d)\\b)?)`,
  quarter: `(?<quarter>(?<qo>first|second|third|fourth|last|final)\\s+quarter\\s+of\\s+(?:(?<qy>\\d{4})|${REL_YEAR('q')})|Q(?<qn>[1-4])\\s+(?<qy2>\\d{4}))`,
  half: `(?<half>(?<ho>first|second)\\s+half\\s+of\\s+(?:(?<hy>(?:19|20)\\d\\d)\\b|${REL_YEAR('h')})|H(?<hn>[12])\\s+(?<hy2>(?:19|20)\\d\\d)\\b)`,
  // "the first three months of 2024", "the last six months of the year": whole months at one end of a year.
  yearEnd: `(?<yearEnd>(?<yeo>first|last|final)\\s+(?<yen>${N_WORD})\\s+months\\s+of\\s+(?:(?<yey>(?:19|20)\\d\\d)\\b|${REL_YEAR('ye')}))`,
  // "so far this year", "this month so far": a running total from the start of the year or month.
  soFar: `(?<soFar>(?<=\\bso\\s+far\\s+)this\\s+(?<sfu>year|month)\\b|this\\s+(?<sfu2>year|month)(?=\\s+so\\s+far\\b))`,
  // "early 2024", "mid-2024", "late 2023": the year in thirds (January-April, May-August, September-December).
  yearPart: `(?<yearPart>(?<yp>early|mid|late)[- ]?(?<ypy>(?:19|20)\\d\\d)\\b(?![-–]\\d))`,
  rel: `(?<rel>(?<ro>last|this|next|previous)\\s+(?<ru>year|month|week)\\b)`,
  back: `(?<back>(?:past|last|previous)\\s+(?:(?<bn>${N_WORD})\\s+)?(?<bu>hours?|days?|weeks?|months?|years?)\\b)`,
  forN: `(?<forN>(?<=\\bfor\\s+(?:the\\s+)?(?<fn>${N_WORD})\\s+)(?<fu>days|weeks|months|years)\\b)`,
  eoy: `(?<eoy>end\\s+of\\s+(?:(?:the|this)\\s+year|(?<ey>\\d{4}))\\b|year-end\\b)`,
  // An explicit year ("the summer of 2022", "winter 2023") names the instance outright, whatever the date of publication.
  season: `(?<season>(?<=\\b(?<sw>by|this|last|next|in|over|during|until|since)\\s+(?:the\\s+)?)(?<sn>summer|winter|spring|autumn|fall)\\b(?:,?\\s+(?:of\\s+)?(?<sy>(?:19|20)\\d\\d)\\b(?![-–]\\d))?|(?<sn2>summer|winter|spring|autumn|fall),?\\s+(?:of\\s+)?(?<sy2>(?:19|20)\\d\\d)\\b(?![-–]\\d))`,
  // "Sep, 21," with a comma only when the day ends there: "In February, 21 soldiers" is no date.
  date: `(?<date>(?<dm>${MONTH})\\.?(?:,\\s*(?=\\d{1,2}(?:st|nd|rd|th)?\\s*[,.;)](?!\\d))|\\s+)(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<dy>(?:19|20)\\d\\d)\\b)?)`,
  month: `(?<month>(?:(?<mp>early|mid|late)[- ]?)?(?<mn>${MONTH})\\b\\.?(?!\\s+\\d{1,2}\\b)(?:,?\\s+(?:of\\s+)?(?<my>(?:19|20)\\d\\d)\\b)?)`,
  year: `(?<year>(?<yy>(?:19|20)\\d\\d)\\b(?![-–]\\d|s\\b|['’]s))`,
  weekday: `(?<weekday>(?<wd>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b)`,
  day: `(?<day>(?<dw>yesterday|today)\\b)`,
  ana: `(?<ana>(?<=\\bfor\\s+the\\s+)(?:month|same\\s+(?:time\\s+)?period)\\b|(?<=\\bthat\\s+)month\\b|same\\s+(?:time\\s+)?period\\b)`,
};

// Time expressions, as small regexes each tried only at the words its
// expressions start with. Each starts at a word that is rare in running text
// ("past", "summer", a month name), with any common word before it ("in the",
// "for") in a lookbehind.
const rule = (first: Iterable<string>, ...alts: string[]): PhraseSet => ({ first: new Set(first), re: new RegExp(alts.join('|'), 'iy') });
const PERIOD_RULES: PhraseSet[] = [
  rule(['since'], P.since, P.sinceStart, P.sinceMonth, P.sinceYear, P.sinceEvent),
  rule(['course', 'throughout'], P.course),
  rule(['first', 'second', 'third', 'fourth', 'last', 'final', 'q', 'this', 'next', 'previous', 'past'], P.quarter, P.half, P.yearEnd, P.soFar, P.rel, P.back),
  rule(['h'], P.half),
  rule(['days', 'weeks', 'months', 'years'], P.forN),
  rule(['end', 'year'], P.eoy),
  rule(['summer', 'winter', 'spring', 'autumn', 'fall'], P.season),
  rule([...MONTH_INDEX.keys(), 'early', 'mid', 'late'], P.date, P.month, P.yearPart),
  rule(['####'], P.year),
  rule(WEEKDAYS, P.weekday),
  rule(['yesterday', 'today'], P.day),
  rule(['month', 'same'], P.ana),
];

/** "each", "every", and their emphatic forms ("every single", "each and every"). */
const EVERY = '(?:each|every)(?:\\s+single)?|each\\s+and\\s+every';

/**
 * Rates, as small regexes each tried only at the words its phrases start
 * with ("a day" is matched at "day"), in this order, the first match
 * winning. Each says its rate outright, so a match needs no capture groups
 * and costs no match array.
 */
const rateRule = (first: string[], rate: RateInfo['rate'], adjective: boolean, re: string): RateRule => ({
  first: new Set(first), re: new RegExp(re, 'iy'), info: { rate, adjective },
});
const RATE_RULES: RateRule[] = [
  // "bringing the total to 200,590", "the death toll rose to 50,000": a running total, said before the number.
  rateRule(['total', 'tally', 'toll', 'count'], 'cumulative', true,
    `(?<=\\bbring(?:s|ing)?\\s+(?:the|its|their)\\s+(?:overall\\s+)?)(?:total|tally|toll)\\b|(?:total|tally|toll|count)\\s+(?:(?:has|had|have)\\s+)?(?:rose|risen|rises|climbed|climbs|reached|reaches|increased|grew|grown|now\\s+stands|stands|stood)\\b`),
  rateRule(['since', 'far', 'date', 'total', 'all', 'course', 'throughout', 'overall', 'altogether', 'during'], 'cumulative', false,
    `during\\s+the\\s+(?:full-scale\\s+|special\\s+military\\s+)?(?:war|conflict|operation|invasion)\\b|since(?=\\s+[\\w“"'])|(?<=\\bso\\s+)far\\b|(?<=\\bto\\s+)date\\b|(?<=\\bin\\s+)(?:total|all)\\b(?!\\s+of\\b)|course\\s+of\\s+the\\s+war\\b|throughout\\s+the\\s+war\\b|overall\\b|altogether\\b`),
  rateRule(['month', 'year', 'week'], 'period_total', false, `(?<=\\bfor\\s+the\\s+)(?:month|year|week)\\b|(?<=\\bthat\\s+)month\\b`),
  // "770 soldiers in just one day", "In a single day, Russia lost 1,200": a day's figure, which may open the sentence.
  rateRule(['day'], 'per_day', true,
    `(?<=\\b(?:in|within|over|during)\\s+(?:the\\s+course\\s+of\\s+)?(?:just\\s+|only\\s+)?(?:one|a\\s+single)\\s+)day\\b`),
  // "killed 1,400 soldiers within a 24-hour period".
  rateRule(['#'], 'per_day', true,
    `(?<=\\b(?:in|within|over|during)\\s+(?:a|the|one)\\s+)24[- ]hours?\\s+period\\b|(?<=\\b(?:in|within)\\s+(?:just\\s+|only\\s+)?)24\\s+hours\\b`),
  rateRule(['day', 'per'], 'per_day', false, `(?<=\\b(?:a|per|${EVERY})\\s+)day\\b|per\\s+(?:24\\s+hours|diem)\\b`),
  // A time frame, which may also open the sentence ("Over the past day, Russia lost 1,160").
  rateRule(['past', 'last', 'previous'], 'per_day', true, `(?:past|last|previous)\\s+(?:24\\s+hours|day)\\b`),
  // "nearly 10,000 casualties within just one week": a week's figure.
  rateRule(['week'], 'per_week', true,
    `(?<=\\b(?:in|within|over|during)\\s+(?:the\\s+course\\s+of\\s+)?(?:just\\s+|only\\s+)?(?:one|a\\s+single)\\s+)week\\b`),
  rateRule(['month'], 'per_month', true,
    `(?<=\\b(?:in|within|over|during)\\s+(?:the\\s+course\\s+of\\s+)?(?:just\\s+|only\\s+)?(?:one|a\\s+single)\\s+)month\\b`),
  rateRule(['week'], 'per_week', false, `(?<=\\b(?:a|per|${EVERY})\\s+)week\\b`),
  rateRule(['month'], 'per_month', false, `(?<=\\b(?:a|per|${EVERY})\\s+)month\\b`),
  rateRule(['year', 'per'], 'per_year', false, `(?<=\\b(?:a|per|${EVERY})\\s+)year\\b(?!\\s+(?:ago|earlier|later|before|after|old))|per\\s+annum\\b`),
  // Adjectives, which may also stand before the number ("a daily average of 776").
  rateRule(['daily'], 'per_day', true, `daily\\b`),
  rateRule(['weekly'], 'per_week', true, `weekly\\b`),
  rateRule(['monthly'], 'per_month', true, `monthly\\b`),
  rateRule(['annual', 'annually', 'yearly'], 'per_year', true, `(?:annual|annually|yearly)\\b`),
  rateRule(['totals', 'total', 'totaling', 'totalling', 'cumulative', 'tally', 'toll'], 'cumulative_before', true,
    `(?:totals?|totall?ing|cumulative|tally|toll)\\b(?:\\s+(?:of|to)\\b)?`),
];

const UNIT_MAP = new Map(UNIT_WORDS);
function smallNumber(w: string | undefined): number {
  if (!w) return 1;
  const k = w.toLowerCase();
  if (k === 'a' || k === 'an') return 1;
  return UNIT_MAP.get(k) ?? Number(k);
}

const ORDINAL_QUARTER: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4,
};

/** The month a season starts in: winter of a year starts in its December. */
const SEASON_MONTH = { winter: 12, spring: 3, summer: 6, autumn: 9 } as const;

function monthOf(name: string): number {
  return MONTH_INDEX.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

function periodExpr(g: Record<string, string | undefined>): { expr: PeriodExpr; since: boolean } | null {
  if (g.since || g.course) return { expr: { kind: 'warStart' }, since: true };
  if (g.sinceMonth) {
    const expr: PeriodExpr = { kind: 'warStart', month: monthOf(g.sm!) };
    if (g.sy) expr.year = Number(g.sy);
    if (g.sd) expr.day = Number(g.sd);
    return { expr, since: true };
  }
  if (g.sinceEvent) {
    // Lower-case "may" and "march" are verbs.
    if (!/^[A-Z]/.test(g.sem!)) return null;
    const expr: PeriodExpr = { kind: 'warStart', month: monthOf(g.sem!) };
    if (g.sed) expr.day = Number(g.sed);
    else if (g.sep) expr.part = g.sep.toLowerCase() as 'early' | 'mid' | 'late';
    if (g.sey) expr.year = Number(g.sey);
    return { expr, since: true };
  }
  if (g.sinceYearStart && g.ssr) return { expr: { kind: 'warStart', yearOffset: yearOffsetOf(g.ssr) }, since: true };
  if (g.sinceYearStart && g.ssm) return { expr: { kind: 'warStart', monthOffset: 0 }, since: true };
  if (g.sinceYear || g.sinceYearStart) return { expr: { kind: 'warStart', year: Number(g.sy2 ?? g.sy3) }, since: true };
  if (g.soFar) {
    const unit = (g.sfu ?? g.sfu2)!.toLowerCase();
    return { expr: unit === 'year' ? { kind: 'warStart', yearOffset: 0 } : { kind: 'warStart', monthOffset: 0 }, since: true };
  }
  if (g.quarter) {
    const q = g.qn ? Number(g.qn) : ORDINAL_QUARTER[g.qo!.toLowerCase()]!;
    if (g.qr) return { expr: { kind: 'quarter', quarter: q, yearOffset: yearOffsetOf(g.qr) }, since: false };
    return { expr: { kind: 'quarter', quarter: q, year: Number(g.qy ?? g.qy2) }, since: false };
  }
  if (g.half) {
    const first = (g.ho ?? '').toLowerCase() === 'first' || g.hn === '1';
    const [from, to] = first ? [1, 6] : [7, 12];
    if (g.hr) return { expr: { kind: 'months', yearOffset: yearOffsetOf(g.hr), from, to }, since: false };
    return { expr: { kind: 'months', year: Number(g.hy ?? g.hy2), from, to }, since: false };
  }
  if (g.yearEnd) {
    const n = smallNumber(g.yen);
    if (!(n >= 1 && n <= 12)) return null;
    const [from, to] = g.yeo!.toLowerCase() === 'first' ? [1, n] : [13 - n, 12];
    if (g.yer) return { expr: { kind: 'months', yearOffset: yearOffsetOf(g.yer), from, to }, since: false };
    return { expr: { kind: 'months', year: Number(g.yey), from, to }, since: false };
  }
  if (g.yearPart) {
    const part = g.yp!.toLowerCase();
    const from = part === 'early' ? 1 : part === 'mid' ? 5 : 9;
    return { expr: { kind: 'months', year: Number(g.ypy), from, to: from + 3 }, since: false };
  }
  if (g.back || g.forN) {
    const n = smallNumber(g.bn ?? g.fn);
    const unit = (g.bu ?? g.fu)!.toLowerCase().replace(/s$/, '');
    const days = unit === 'hour' ? Math.max(1, Math.round(n / 24)) : unit === 'day' ? n : unit === 'week' ? 7 * n : 0;
    const months = unit === 'month' ? n : unit === 'year' ? 12 * n : 0;
    return { expr: { kind: 'back', days, months }, since: false };
  }
  if (g.eoy) {
    const expr: PeriodExpr = { kind: 'endOfYear' };
    if (g.ey) expr.year = Number(g.ey);
    return { expr, since: false };
  }
  if (g.rel) {
    const o = g.ro!.toLowerCase();
    const unit = g.ru!.toLowerCase();
    if (o === 'past') return { expr: { kind: 'back', days: unit === 'week' ? 7 : 0, months: unit === 'year' ? 12 : unit === 'month' ? 1 : 0 }, since: false };
    const offset = o === 'next' ? 1 : o === 'this' ? 0 : -1;
    const kind = unit === 'year' ? 'relYear' : unit === 'month' ? 'relMonth' : 'relWeek';
    return { expr: { kind, offset }, since: false };
  }
  if (g.season) {
    const w = (g.sw ?? 'in').toLowerCase();
    const when = w === 'last' ? 'last' : w === 'next' ? 'next' : w === 'by' || w === 'this' || w === 'until' ? 'this' : 'in';
    const s = (g.sn ?? g.sn2)!.toLowerCase();
    const season = s === 'fall' ? 'autumn' : (s as 'winter' | 'spring' | 'summer' | 'autumn');
    const y = g.sy ?? g.sy2;
    const year = y ? Number(y) : undefined;
    if (w === 'since') {
      const expr: PeriodExpr = { kind: 'warStart', month: SEASON_MONTH[season] };
      if (year !== undefined) expr.year = year;
      return { expr, since: true };
    }
    const expr: PeriodExpr = { kind: 'season', season, when };
    if (year !== undefined) expr.year = year;
    return { expr, since: false };
  }
  if (g.date) {
    if (!/^[A-Z]/.test(g.dm!)) return null;
    const day = Number(g.dd);
    if (day < 1 || day > 31) return null;
    const expr: PeriodExpr = { kind: 'date', month: monthOf(g.dm!), day };
    if (g.dy) expr.year = Number(g.dy);
    return { expr, since: false };
  }
  if (g.month) {
    // Lower-case "may" and "march" are verbs, not months.
    if (!/^[A-Z]/.test(g.mn!)) return null;
    const expr: PeriodExpr = { kind: 'month', month: monthOf(g.mn!) };
    if (g.my) expr.year = Number(g.my);
    if (g.mp) expr.part = g.mp.toLowerCase() as 'early' | 'mid' | 'late';
    return { expr, since: false };
  }
  if (g.year) return { expr: { kind: 'year', year: Number(g.yy) }, since: false };
  if (g.weekday) return { expr: { kind: 'weekday', weekday: WEEKDAYS.indexOf(g.wd!.toLowerCase()) }, since: false };
  if (g.day) return { expr: { kind: 'day', offset: g.dw!.toLowerCase() === 'yesterday' ? -1 : 0 }, since: false };
  if (g.ana) return { expr: { kind: 'anaphor' }, since: false };
  return null;
}

/** The sticky phrase set of a word list: first words, and one alternation tried at them. */
function phrases(words: string[], wrap: (alternation: string) => string, flags = 'iy'): PhraseSet {
  const firstOf = (w: string) => (/^\d/.test(w) ? '#' : normKey(w).split(/[^a-z]/)[0]!);
  const first = new Set(words.map(firstOf));
  // One small regex per first word: at a word only the phrases starting with it can match, in the same order.
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, RegExp>();
  for (const f of first) byFirst.set(f, new RegExp(wrap(sorted.filter((w) => firstOf(w) === f).map(escape).join('|')), flags));
  return { first, re: new RegExp(wrap(alt(words)), flags), byFirst };
}

const map = <V>(entries: [string, V][]) => new Map(entries.map(([k, v]) => [normKey(k), v]));

const cueWords = map<Cue>(CUES);
/** With the nations, what says a page is about the war at all. */
const WAR_WORDS = [
  'war', 'invasion', 'front line', 'frontline', 'front lines', 'troops', 'soldiers', 'servicemen', 'army', 'armies',
  'military', 'battlefield', 'offensive', 'mobilisation', 'mobilization', 'conscription', 'conscripts', 'zelensky',
  'zelenskyy', 'donbas', 'donbass', 'kursk', 'crimea', 'nato',
];
const precheckWords = [
  ...CUES.filter(([, c]) => c !== 'civilian' && c !== 'negation' && c !== 'need' && c !== 'equipment' && c !== 'both').map(([w]) => w),
  ...NOUNS.filter(([, i]) => i.cue).map(([w]) => w),
];

export const en: LangModule = {
  code: 'en',
  candidate: new RegExp(`\\d|\\b(?:${SPELLED.join('|')}|${VAGUE}|half|quarter)\\b`, 'gi'),
  unitWords: UNIT_MAP,
  scaleWords: new Map(SCALE_WORDS),
  scaleAfterDigits: /(?:[ \u00a0\u2009\u202f]{1,2}|-)?(million|billion|thousand|hundred|mln|mn)\b|(k|m|bn)\b/iy,
  word: /[a-z]+(?:-[a-z]+)*/iy,
  wordJoin: /\s+and\s+|\s+|-/iy,
  halfAfter: /\s+and\s+a\s+half\b/iy,
  wordScales: new Map([['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['dozen', 12]]),
  vague: /(tens|hundreds|thousands|millions|billions|dozens)(?:\s+of\s+(thousands|millions|billions))?\b/iy,
  vagueUnits: new Map([['tens', 10], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['dozens', 12]]),
  fraction: /(half|quarter)\s+(?:of\s+)?(?:an?\s+)?(million|thousand|billion|hundred)\b/iy,
  fractionWords: new Map([['half', 0.5], ['quarter', 0.25]]),
  articleBefore: /(?<=(?:^|[^A-Za-z])(an?|several|a\s+few|a\s+couple\s+of)\s+)/diy,
  determinerValue: new Map([['a', 1], ['an', 1], ['several', 3], ['a few', 2], ['a couple of', 2]]),
  rangeJoin: /(?:[ \u00a0]?[-–—][ \u00a0]?|\s+(?:to|through|or)\s+(?:(as many as|as high as|up to|about|around|almost|nearly|more than|over|roughly)\s+)?)/iy,
  betweenBefore: /(?<=(?:^|[^A-Za-z])(between)\s+)/diy,
  betweenAnd: /\s+(?:and|to)\s+/iy,
  qualifierBefore: new RegExp(`(?<=(?:^|[^A-Za-z])(${alt(QUALIFIERS.map(([q]) => q).filter((q) => /^[a-z]/.test(q) && !/^or /.test(q)))})\\s+)`, 'iy'),
  qualifiers: map(QUALIFIERS),
  qualifierAfter: /\s+(or\s+(?:more|so))\b|(\+)|(-plus)\b/iy,
  // "from 800,000 ($8,000)": a sum followed by its conversion.
  currencyAfter: /\s*\((?:approx\.?\s*|about\s+|some\s+|~)?(?:[$€£₴₽¥]|US\$|USD|EUR)/y,
  // "born in 1960 died", "in 2022 soldiers": a year, whatever follows.
  yearBefore: /(?<=\b(?:in|since|born|from|until|till|by|during|of|year)\s+)/iy,
  currencyBefore: /(?<=(?:[$€£₴₽¥]|US\$|USD|EUR|GBP|UAH|RUB|Rs\.?)\s?)/y,
  // Also in capitals ("ON OCTOBER 5, 2022" in a caption); lower-case "may" and "march" are verbs.
  // "Sep, 21" and the second day of "July 26 and 27" too.
  monthBefore: new RegExp(`(?<=\\b(?:${MONTH}|${MONTH.toUpperCase()})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s*(?:and|or|to|through|&|-|–)\\s*)?)`, 'y'),
  monthCommaBefore: new RegExp(`(?<=\\b(?:${MONTH})\\.?,\\s*)(?=\\d{1,2}(?:st|nd|rd|th)?\\s*[,.;)](?!\\d))`, 'y'),
  monthAfter: new RegExp(`(?:st|nd|rd|th|ST|ND|RD|TH)?\\s+(?:of\\s+|OF\\s+)?(?:${MONTH}|${MONTH.toUpperCase()})\\b`, 'y'),
  labelBefore: /(?<=(?:\b(?:[Dd]ay|No|no|Nos|[Pp]age|pp?|[Aa]rt|[Aa]rticle|[Ss]ection|[Cc]hapter|[Rr]oute|[Ff]light|[Rr]esolution|[Pp]aragraph|[Ii]tem|[Vv]ol|[Vv]ersion|[Rr]oom|[Pp]latform|[Gg]ate|[Ee]pisode|[Ss]eason|[Pp]art|[Ll]evel|[Ss]tep|[Pp]hase|[Gg]rade|[Ss]tage|[Rr]ound|[Ww]eek|Number|[Pp]lace|[Ss]pot)\.?\s*#?|#|№)\s?)/y,
  unitAfter:
    /(?:[ \u00a0\u2009\u202f]*-?)(?:%|per\s?cent|percent|pct|percentage|km²|km2|km|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?|sq|square|hectares?|ha|acres?|feet|foot|ft|yards?|inch(?:es)?|kg|kilo(?:gram)?s?|grams?|tonnes?|tons?|t|mw|gw|kw|mph|km\/h|degrees?|°|seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|nights?|weeks?|wks?|months?|years?|yrs?|decades?|centuries|century|dollars?|euros?|rubles?|roubles?|hryvnias?|pounds?|usd|eur|uah|rub|gbp|yuan|times|fold|x|[ap]\.m\.?|[ap]m|and[- ]a[- ]half[- ](?:hours?|days?|weeks?|months?|years?)|of\s+(?:dollars|euros|rubles|roubles|hryvnias|pounds|people\s+(?:who\s+)?(?:fled|left))|(?:st|nd|rd|th)\b)(?![A-Za-z\d])/iy,
  fromBefore: /(?<=\bfrom\s+(?:[A-Za-z]+\s+){0,4}[~≈]?)/iy,
  toBefore: /(?<=\bto\s+(?:[a-z]+\s+){0,2}[~≈]?)/iy,
  timesBefore: /(?<=\bfactor\s+of\s+)/iy,
  // "the conscription age from 27 to 25", "aged 18-24", "the average age ... is around 40".
  ageHint: 'age',
  ageBefore: /(?<=\b(?:ages?|aged)\b[^\d.;:!?]{0,60}(?:\d{1,2}\s*(?:-|–|to|and|from)\s*)?)/iy,
  // "obliging men under 60 to register", "women over 18": an age group.
  ageGroupBefore: /(?<=\b(?:men|women|people|those|citizens|males|anyone|everyone|soldiers|troops|recruits|conscripts|servicemen)\s+(?:under|over|above|below|older\s+than|younger\s+than|up\s+to)(?:\s+the\s+age\s+of)?\s+)/iy,
  ratioEndBefore: /(?<=\d(?:\s+|-)to[- ])/iy,
  ratioWordsAfter: /(?:-|\s+)to[- ](?:1|one)(?![\d,.])|-\s+(?:or|and|to)\s+\d+(?:\.\d+)?-to-/iy,
  otherWarAfter:
    /(?:[^\d.;:!?–—]|\d+-year\b){0,60}?\b(?:in|during|of)\s+(?:the\s+)?(?:(?:Korean|Vietnam|Soviet-Afghan|Afghan|Chechen|First\s+Chechen|Second\s+Chechen|Iraq|Gulf|Falklands|Winter)\s+Wars?|(?:First|Second)\s+World\s+War|World\s+War\s+(?:II|I|One|Two|[12])|Afghanistan|Vietnam|Chechnya|Iraq)\b/y,
  otherWarHints: ['War', 'Afghanistan', 'Vietnam', 'Chechnya', 'Iraq'],
  suffixAfter: /(?:st|nd|rd|th|s|['’]s)(?![A-Za-z])|[A-Za-z_]/y,
  nounWord: /[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*/y,
  nouns,
  cuePhrases: phrases(CUES.map(([w]) => w), (a) => `(?:${a})\\b`),
  cues: cueWords,
  // "100 North Korean soldiers fighting for Russia have been killed", "1,700 mercenaries who died": the clause's first
  // verb after the noun. Stops at a digit or a clause end, so "sent to Kursk, where many were killed" never reaches it.
  lossPredicateAfter:
    /(?:[^,.;:!?\d]{0,40},\s*(?:who|which|that)\b[^,.;:!?\d]{0,80},)?(?:(?!\b(?:have|has|had|were|was|are|is|died|perished)\b)[^.;:!?\d]){0,80}\b(?:(?:have|has|had|were|was|are|is)\s+(?:(?:already|reportedly|now|likely|probably|also|all|since|allegedly)\s+)*(?:been\s+)?(?:(?:confirmed|reported|officially|declared)\s+)?(killed(?:\s+(?:or|and)\s+(?:been\s+)?(?:wounded|injured))?|wounded(?:\s+(?:or|and)\s+(?:been\s+)?killed)?|injured|dead|died|dying|perished|captured|taken\s+prisoner|missing)|(died(?:\s+(?:or|and)\s+(?:been|were)\s+(?:wounded|injured))?|perished))\b/iy,
  auxiliaryAfter: /\s+(?:have|has|had|were|was|are|is|died|perished)\b/iy,
  reportWords: new Set([
    'said', 'says', 'claimed', 'claims', 'reported', 'reports', 'estimated', 'estimates', 'announced', 'stated',
    'wrote', 'revealed', 'disclosed', 'calculated', 'confirmed', 'added', 'noted', 'admitted', 'acknowledged',
    'published', 'released', 'told', 'estimate', 'report', 'figure', 'figures', 'data', 'assessment', 'assessments',
    'update', 'updates', 'statement', 'statements', 'compiled', 'briefing',
  ]),
  // "said in February", "reported at the end of December", "an estimate from earlier this year": when a statement was made.
  statementBefore:
    /(?<=\b(?:said|says|claimed|claims|reported|reports|estimated|estimates|announced|stated|wrote|revealed|disclosed|calculated|confirmed|added|noted|admitted|acknowledged|published|released|compiled|told(?:\s+[\w.'’-]+){1,4}?|(?:estimates?|reports?|figures?|data|assessments?|updates?|statements?)\s+(?:from|of|published|released|issued))\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?:on|in|at|during)\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?(?:(?:late|early|earlier|later)\s+)?)/iy,
  // Not "announced": "In mid-September 2022, the Kremlin announced a mobilization of 300,000" dates the call-up itself.
  statementAfter: /\s+(?:said|says|claimed|claims|reported|reports|estimated|estimates|stated|wrote|revealed|disclosed|calculated|confirmed|added|noted|admitted|acknowledged|published|released|compiled|report|reports|estimate|assessment|statement|update|briefing)\b/y,
  statementOpening: /,?\s+(?:[A-Za-z.'’-]+\s+){0,4}?(?:said|says|claimed|claims|reported|reports|estimated|estimates|stated|wrote|revealed|disclosed|calculated|confirmed|added|noted|admitted|acknowledged|published|released)\b/y,
  // "KATHMANDU, July 29:" or "Kyiv, March 3 (Reuters) -": a dateline dates the report.
  datelineBefore: /^[\s"“]*[A-Z][A-Za-z.'’ -]{1,30},\s*$/,
  datelineAfter: /,?\s*(?:\d{4}\s*)?(?:\([^)]{1,30}\)\s*)?[:—–-]\s/y,
  // "told Russia 24", "on Channel 5": a broadcaster's name.
  channelBefore: /(?<=\b(?:Russia|Rossiya|Channel|Kanal|RT|NTV|TV)\s)/y,
  sentenceOpening: /^[\s"“'‘(]*(?:(?:in|on|at|during|by|as\s+of)\s+)?(?:the\s+)?$/i,
  pastPerfect: /\bthere\s+had\s+been\b|\bhad\s+(?:(?:already|reportedly|so\s+far)\s+)?(?:been\s+)?(?:lost|suffered|sustained|killed|wounded|died|recruited|mobili[sz]ed|reached|exceeded|surpassed)\b/i,
  relativeAfter: /\s+(?:who|that)\s+(?:(?:were|was|have|has|had)\s+(?:been\s+)?)?/iy,
  nextPhrase: /\b(?:and|or|while|but|whereas)\s+(?:the|a|an|its|their)\b/i,
  determinerAfter: /\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\b/iy,
  timesRatioAfter: /\s+times\s+(?:higher|greater|more|larger|bigger|heavier|as\s+(?:many|high|large|heavy)|that\s+of|those\s+of)\b/iy,
  targetBefore:
    /(?<=\b(?:needs?|needed|requires?|required|requested|recommend(?:s|ed)?|recommendation\s+for|call(?:s|ed)?\s+for|(?:is|was|are|were)\s+planning\s+to\s+[a-z]+|plans\s+(?:are\s+set\s+|were\s+made\s+)?to\s+[a-z]+|necessary\s+to\s+[a-z]+|would\s+(?:need|have)\s+to\s+[a-z]+)\s+(?:(?:an?|another|additional|extra|further|more|new|at\s+least|up\s+to|about|around|some|nearly|almost|over|more\s+than)\s+)*)/iy,
  ratioAfter: /\s+(?:[A-Za-z-]+\s+){0,4}?(?:for|to|per)\s+(?:each|every|one|a\s+single|1(?![,.]?\d))\b/iy,
  // "for every one killed", "no one": a spelled-out "one" that is not a count.
  notCountBefore: /(?<=\b(?:every|each|no|any|some|the|this|that|which)\s+)/iy,
  // "3,000 more soldiers than it could replace", not "almost 100 more are missing".
  deficitAfter: /\s+(?:more|fewer|less)\b(?=[^.;:!?]{0,80}\bthan\b)/iy,
  // "Each week, Russia loses 7,000", "casualties per day reached 1,200": not "a day after the strike".
  clauseBreak: /;|,\s+(?:and|while|but|whereas)\b/i,
  listJoin: /[,;]|\b(?:and|or|but|while|plus)\b/i,
  comparisonWords: new Set(['compared', 'versus', 'vs']),
  perUnitAfter: /\s+per\s+(?:square\s+(?:kilomet|mile|met)|sq\.?\s*(?:km|mi)|km²|km2|capita|hectare|kilomet|mile|km\b|head\b|1,?000\b|100,?000\b)/iy,
  distributiveAt: /per\b|(?<=\b(?:per|each|every)(?:\s+single)?\s+|\beach\s+and\s+every\s+)/iy,
  // "since" opens a total only with an object: "...has not launched another drive since." does not.
  rateRules: RATE_RULES,
  sidePhrases: phrases(SIDE_WORDS.map(([w]) => w), (a) => `(?<![A-Za-z-])(?:${a})(?![A-Za-z-])`),
  sides: map(SIDE_WORDS),
  sideTitleAfter:
    /(?:['’]s)?\s+(?:President|Prime\s+Minister|Defen[cs]e|Minister|Ministry|MoD|General\s+Staff|[Oo]fficials?|[Ii]ntelligence|[Aa]uthorities|[Gg]overnment|[Ll]eader|[Cc]ommander|top\s+(?:general|commander)|[Nn]egotiators|[Mm]edia|military\s+(?:intelligence|bloggers|analysts|sources)|Armed\s+Forces(?!\s+(?:has\s+|have\s+|had\s+)?(?:lost|suffered|sustained)\b)|army\s+chief|Foreign|[Ee]mbassy|state\s+media|[Nn]ews|[Ss]ources?|[Bb]loggers|[Cc]hannels?|[Aa]nalysts?|custody|captivity|captors|prisons?|camps?|(?:counter-?)?offensives?|incursion|attacks?|strikes?|shelling|(?:full-scale\s+)?(?:invasion|aggression)|war\s+(?:against|on|in)|(?:has\s+|have\s+)?(?:said|says|claimed|claims|reported|reports|estimated|estimates|believes|told|cited))\b/y,
  // Also the enemy a side fights: "43,000 Ukrainian soldiers have been killed fighting Russia".
  sidePlaceBefore:
    /(?<=\b(?:in|into|inside|within|on|against|across|from|over|with|and|fighting|fight|fought|battling|(?:invasion|occupation|defen[cs]e)\s+of)\s+(?:the\s+)?)/iy,
  sideAndBefore: /(?<=\band\s+)/iy,
  sideWithBefore: /(?<=\bwith\s+)/iy,
  sideRaiserAfter:
    /(?:['’]s)?\s+(?:authorities|government|(?:defen[cs]e\s+)?ministry(?:\s+of\s+defen[cs]e)?|military|army|leadership|parliament)\s+(?:(?:has|have|had|will|would|could|can|may|plans?\s+to|planned\s+to|intends\s+to|is|are|was|were|also|already|now)\s+)*(?:recruit|mobili[sz]|call|draft|conscript|sign|enlist|raise|deploy|sen[dt]|form|aim|want|need|seek)/iy,
  // "Russian and Ukrainian soldiers", "each side": a count of both armies.
  sidesJoined: /^\s*(?:and|or|&|,)\s*$/i,
  sideSubjectAfter: /\s+(?:has|have|had|lost|loses|suffered|sustained|says|said|claims|claimed|reported|is|was|were|will)\b/iy,
  sidePlaces: new Set(['russia', 'ukraine', 'moscow', 'kyiv', 'kiev']),
  // Only with an object after the verb: "Ukrainian forces killed 1,300", not "the number of Russian soldiers killed each day".
  sideAgentAfter:
    /(?:['’]s)?\s+(?:forces|army|troops|military|drones|defenders|soldiers|units)?\s*(?:have\s+|has\s+|had\s+)?(?:killed|eliminated|destroyed|captured|inflicted|wiped\s+out|neutrali[sz]ed)(?:\s+(?:or|and)\s+(?:wounded|injured|captured))?\s+(?:\d|(?:about|around|roughly|approximately|nearly|almost|over|more|at\s+least|up\s+to|as\s+many|some|an?|the|dozens|hundreds|thousands|tens|several|many|scores|heavy|huge|massive|enemy|russian|ukrainian|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half)\b)/iy,
  // Matched at the reporting verb; the name before it is read by a lookbehind.
  claimPhrases: {
    first: new Set([
      'said', 'says', 'say', 'told', 'cited', 'estimated', 'estimates', 'predicts', 'reported', 'wrote', 'added', 'noted',
      'stated', 'claimed', 'claims', 'announced', 'according',
    ]),
    // The name may be followed by a parenthetical and an auxiliary: "MP Lee Seong-kweun, citing intelligence data, has said".
    re: /(?<=\b((?:[A-Z][\w’'.-]*\s+(?:(?:of|and)\s+(?:the\s+)?)?){0,5}[A-Z][\w’'.-]*)(?:,[^,.;:!?\n]{1,80},)?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?)(?:said|says|say|told|cited|estimated|estimates|predicts|reported|wrote|added|noted|stated|claimed|claims|announced)\b|[Aa]ccording\s+to\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,3}?(?:by\s+(?:the\s+)?)?((?:[A-Z][\w’'.-]*\s*){1,6})/y,
  },
  // Capitalised only because they open the sentence ("Intelligence estimates that ..."): no one in particular.
  notNames: new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'the', 'as', 'officials', 'sources',
    'intelligence', 'analysts', 'experts', 'observers', 'researchers', 'authorities', 'estimates', 'reports', 'data', 'media',
    'documents', 'commanders', 'soldiers', 'troops']),
  periodRules: PERIOD_RULES,
  periodOf: (m) => periodExpr(m.groups ?? {}),
  // The present perfect of a loss or count verb states a running total ("Russia has lost 6,000", "6,000 have been killed").
  perfectTense:
    /\b(?:has|have)\s+(?:(?:now|already|so\s+far|reportedly|publicly|officially|likely|probably)\s+)?(?:been\s+)?(?:lost|suffered|sustained|killed|wounded|died|recruited|enlisted|mobili[sz]ed|acknowledged|confirmed|identified|counted|recorded|reached|exceeded|surpassed|topped|crossed|deserted|captured|taken)\b/i,
  comparisonBefore: /(?<=\b(?:heaviest|highest|largest|biggest|deadliest|worst|bloodiest|lowest|most|record)\b[^.;:!?]{0,40})/iy,
  untilBefore: /(?<=\b(?:by|as\s+of|until|till)\s+(?:the\s+)?)/iy,
  periodJoin: /^\s*,?\s*(?:(?:and|or|to|through|until|till)\s+(?:in\s+|into\s+)?|[-–]\s*)$/i,
  anaphoraStart: /^\W*(?:That|This|It)\s+(?:means|implies|equates|translates|works\s+out)|^\W*In\s+other\s+words/i,
  yearRe: /\b(?:19|20)\d\d\b/g,
  // Alphabetical order lets the regex engine share prefixes: about twice as fast as longest-first.
  warWords: new RegExp(`\\b(?:${[...new Set([...SIDE_WORDS.map(([w]) => w), ...WAR_WORDS].map(escape))].sort().join('|')})\\b`, 'i'),
  precheckWords: new RegExp(`\\b(?:${[...new Set(precheckWords.map(escape))].sort().join('|')})\\b`, 'i'),
  abbreviations: new Set(ABBREVIATIONS),
};
