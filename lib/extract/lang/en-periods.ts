import type { PeriodExpr, PhraseSet } from './types';
import { MONTH_INDEX, MONTH_PATTERN, UNIT_WORDS, WEEKDAYS } from './en-words';

// English time expressions ("in January", "the first half of 2023", "since
// the invasion", "so far this year") and how each is read into a PeriodExpr,
// which period.ts resolves against a date.

const MONTH = MONTH_PATTERN;
const N_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)';
/** A year named relative to the anchor ("the year", "this year", "last year"), as groups `<p>r` (its word). */
const REL_YEAR = (p: string) => `(?<${p}r>(?:(?:the|this|the\\s+current|last|previous|past|the\\s+previous|the\\s+past|next)\\s+)?year)\\b`;
const yearOffsetOf = (w: string) => (/^(?:the\s+)?(?:last|previous|past)\b/i.test(w) ? -1 : /^next\b/i.test(w) ? 1 : 0);

// Each alternative starts at a word that is rare in running text ("past",
// "summer", a month name), with any common word before it ("in the", "for")
// in a lookbehind, so the regex is only tried at a few words per sentence.
const P = {
  // Not "since December in the Ukraine war": a month right after "since" starts the total itself.
  since: `(?<since>since\\b(?!\\s+${MONTH}\\b(?![’'])(?!\\s+(?:19|20)\\d\\d))[^.;:]{0,60}?\\b(?:invasion|invaded|war|aggression|conflict|special\\s+military\\s+operation)\\b(?:\\s+(?:of|in|on|against)\\s+Ukraine)?(?:\\s+(?:began|started|was\\s+launched))?(?:\\s+(?:in|on)\\s+(?:(?:(?:24\\s+)?(?:February|Feb\\.?)|(?:February|Feb\\.?)\\s+24(?:th)?,?)\\s+)?2022)?)`,
  // "since the beginning of 2022" counts from that year's start; "since the start" alone from the war's.
  // "since the start of the year" (or "of last year", "of the month") from that year's or month's start.
  // "since the end of 2024": from the year after.
  sinceEnd: `(?<sinceYearEnd>since\\s+(?:the\\s+)?end\\s+of\\s+(?<se>(?:19|20)\\d\\d)\\b)`,
  sinceStart: `(?<sinceYearStart>since\\s+(?:the\\s+)?(?:start|beginning|turn)\\s+of\\s+(?:(?<sy3>(?:19|20)\\d\\d)\\b|${REL_YEAR('ss')}|(?<ssm>(?:the|this)\\s+month)\\b|(?<ssw>(?:the|this)\\s+week)\\b))|(?<course>since\\s+the\\s+(?:start|beginning|outbreak)\\b)`,
  course: `(?<course>course\\s+of\\s+the\\s+war\\b|throughout\\s+the\\s+war\\b)`,
  // Ukraine's incursion into Russia's Kursk region, the one operation of the war reporters name without its date.
  duringKursk: `(?<duringKursk>(?:during|throughout)\\s+(?:the\\s+|its\\s+|their\\s+|(?:Ukraine|Kyiv|Kiev)['’]s\\s+)?(?:Kursk\\s+(?:incursion|offensive|operation)|(?:incursion|offensive|operation)\\s+(?:in|into)\\s+(?:Russia['’]s\\s+)?(?:the\\s+)?Kursk)\\b)`,
  sinceMonth: `(?<sinceMonth>(?:since(?:\\s+as\\s+(?:recently|early|late)\\s+as)?|(?:beginning|starting)\\s+(?:from|on))\\s+(?:(?:the\\s+)?(?<sd2>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?=(?:${MONTH})\\b))?(?:(?<sl>last)\\s+)?(?:(?:early|mid|late)[- ])?(?<sm>${MONTH})\\b\\.?(?:\\s+(?<sd>\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?<sy>\\d{4})|\\s+(?<smr>last|this)\\s+year\\b)?)`,
  // "since the beginning of the counteroffensive", "since the start of its attack in Kursk Region": a start this sentence
  // does not date. Not "their offensive in Ukraine" (the invasion) nor "its counteroffensive in June" (sinceEvent).
  sinceOther: `(?<sinceOther>since\\s+(?!(?:begun|began|been|then)\\b)(?:the\\s+(?:start|beginning|launch)\\s+of\\s+)?(?:the\\s+|its\\s+|their\\s+|(?:Ukraine|Russia|Kyiv|Kiev|Moscow)['’]s\\s+)?(?:[\\w-]+\\s+){0,3}?(?:counter-?offensive|incursion|(?:attack|offensive|assault)(?=\\s+(?:in|on|into)\\s+(?!Ukraine\\b)[A-Z]))\\b(?!\\s+(?:\\w+\\s+)?(?:in|on)\\s+(?:(?:early|mid|late)[- ])?(?:${MONTH}|\\d)))`,
  sinceYear: `(?<sinceYear>since\\s+(?<sy2>(?:19|20)\\d\\d)\\b)`,
  // "since early on Sunday", "since yesterday": from that day; "since the offensive began last month": from its start.
  sinceDay: `(?<sinceDay>since\\s+(?:(?:early|late)\\s+)?(?:on\\s+)?(?<sdl>last\\s+)?(?<sdw>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday)\\b)`,
  sinceEventRel: `(?<sinceEventRel>since\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){1,5}?(?:began|started|was\\s+launched|opened)\\s+(?<serw>last|this)\\s+(?<seru>month|year)\\b)`,
  // "since the brief Wagner uprising in late June", "since the media's latest update on May 19": from that date.
  sinceEvent: `(?<sinceEvent>since\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){1,5}?(?:on|in)\\s+(?:(?<sep>early|mid|late)[- ])?(?<sem>${MONTH})\\b\\.?(?:\\s+(?<sed>\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?<sey>(?:19|20)\\d\\d)\\b)?)`,
  quarter: `(?<quarter>(?<qo>first|second|third|fourth|last|final)\\s+quarter\\s+of\\s+(?:(?<qy>\\d{4})|${REL_YEAR('q')})|Q(?<qn>[1-4])\\s+(?<qy2>\\d{4})|(?<=\\bthe\\s+)(?<qo2>first|second|third|fourth)\\s+quarter\\b(?!\\s+(?:of|century|mile|final|finals)\\b))`,
  // "during the first three quarters of 2025": January to September.
  quarters: `(?<quarters>first\\s+(?<qsn>two|three|2|3)\\s+quarters\\s+of\\s+(?:(?<qsy>(?:19|20)\\d\\d)\\b|${REL_YEAR('qs')}))`,
  half: `(?<half>(?<ho>first|second)\\s+half\\s+of\\s+(?:(?<hy>(?:19|20)\\d\\d)\\b|${REL_YEAR('h')})|H(?<hn>[12])\\s+(?<hy2>(?:19|20)\\d\\d)\\b)`,
  // "in the year to May": January to that month.
  yearTo: `(?<yearTo>year\\s+to\\s+(?<ytm>${MONTH})\\b(?:\\s+(?<yty>(?:19|20)\\d\\d)\\b)?)`,
  // "the first three months of 2024", "the last six months of the year": whole months at one end of a year.
  // "the first 10 days of 2026": days at one end of a named year.
  yearDays: `(?<yearDays>(?<ydo>first|last|final)\\s+(?<ydn>${N_WORD})\\s+days\\s+of\\s+(?<ydy>(?:19|20)\\d\\d)\\b)`,
  yearEnd: `(?<yearEnd>(?<yeo>first|last|final)\\s+(?<yen>${N_WORD})\\s+months\\s+of\\s+(?:(?<yey>(?:19|20)\\d\\d)\\b|${REL_YEAR('ye')}))`,
  // "so far this year", "this month so far": a running total from the start of the year or month.
  soFar: `(?<soFar>(?<=\\bso\\s+far\\s+)this\\s+(?<sfu>year|month)\\b|this\\s+(?<sfu2>year|month)(?=\\s+so\\s+far\\b))`,
  // "so far in 2023": that year up to the anchor.
  // "an average of 568 so far in April": from the start of that month.
  soFarMonth: `(?<soFarMonth>(?<=\\bso\\s+)far\\s+in\\s+(?<sfm>${MONTH})\\b(?!\\.?\\s+\\d))`,
  soFarYear: `(?<soFarYear>(?<=\\bso\\s+far\\s+in\\s+)(?<sfy>(?:19|20)\\d\\d)\\b(?![-–]\\d))`,
  // "early 2024", "mid-2024", "late 2023": the year in thirds (January-April, May-August, September-December).
  yearPart: `(?<yearPart>(?<yp>early|mid|late)[- ]?(?<ypy>(?:19|20)\\d\\d)\\b(?![-–]\\d))`,
  // "last February": the latest February before this month.
  lastMonth: `(?<lastMonth>last\\s+(?<lmn>${MONTH})\\b\\.?(?!\\s+\\d))`,
  // "last year" is the calendar's; "the last year (of warfare)" is the past twelve months, read by \`back\`.
  rel: `(?<rel>(?<ro>(?<!\\bthe\\s+)last|this|next|previous)\\s+(?<ru>year|month|week)\\b)`,
  // "the past 6 to 7 months": the longer span.
  back: `(?<back>(?:past|last|previous)\\s+(?:${N_WORD}\\s*(?:to|or|-|–)\\s*(?=\\d|[a-z]+\\s+(?:hours|days|weeks|months|years)))?(?:(?<bn>${N_WORD})\\s+)?(?<bu>hours?|days?|weeks?|fortnight|months?|years?)\\b)`,
  // "for ten days", and "over three days", "in just five months of fighting", "in just 24 hours": that span, back from the date.
  // "over the next two months", "in the coming weeks" (a forecast's span, forward from the date).
  ahead: `(?<ahead>(?:next|coming)\\s+(?:(?<an>${N_WORD})\\s+)?(?<au>days|weeks|months)\\b)`,
  // "Four years after Russia invaded Ukraine", "three years into the war": the war so far.
  // "within the first four days of the fighting", "during the first year of the war": the war's first days, from the invasion.
  firstSpan: `(?<firstSpan>first\\s+(?:(?<fsn>${N_WORD})\\s+(?<fsu>days|weeks|months|years)|(?<fs1>day|week|month|year))\\s+of\\s+(?:the\\s+)?(?:full-scale\\s+)?(?:war|fighting|invasion|conflict)\\b|(?<=\\b(?:war|invasion|conflict)['’]s\\s+)first\\s+(?:(?<fsn2>${N_WORD})\\s+(?<fsu2>days|weeks|months|years)|(?<fs12>day|week|month|year))\\b)`,
  // "two years into the war", "over two years of war": the war's first years, from the invasion.
  yearsInto: `(?<yearsInto>(?<=\\b(?<yin>${N_WORD})\\s+)(?<yiu>years?|months?)\\s+(?:(?:after|into)\\s+(?:the\\s+|Russia['’]s\\s+|Moscow['’]s\\s+)?(?:[\\w-]+\\s+){0,3}?(?:invasion|invaded|war)|(?<=\\b(?:over|after|in)\\s+\\S+\\s+\\S+\\s+)of\\s+(?:full-scale\\s+)?(?:war|fighting))\\b)`,
  forN: `(?<forN>(?<=\\bfor\\s+(?:the\\s+)?(?<fn>${N_WORD})\\s+)(?<fu>days|weeks|months|years)\\b|(?<=\\b(?:over|during)\\s+the\\s+)(?<fu3>week)\\b|(?<=\\b(?:over|in|within)\\s+(?:just\\s+|only\\s+|less\\s+than\\s+|under\\s+|nearly\\s+|almost\\s+)?(?<fn2>${N_WORD})\\s+)(?<fu2>hours|days|weeks|months)\\b)`,
  eoy: `(?<eoy>end\\s+of\\s+(?:(?:the|this)\\s+year|(?<ey>\\d{4}))\\b|year-end\\b)`,
  // An explicit year ("the summer of 2022", "winter 2023", "the winter of 2024-2025": the first year's) names the instance
  // outright, whatever the date of publication.
  season: `(?<season>(?<=\\b(?<sw>by|this|last|next|in|over|during|until|since)\\s+(?:the\\s+)?)(?<sn>summer|winter|spring|autumn|fall)\\b(?:,?\\s+(?:of\\s+)?(?<sy>(?:19|20)\\d\\d)\\b(?:[-–/](?:(?:19|20)?\\d\\d)\\b|(?![-–]\\d)))?|(?<sn2>summer|winter|spring|autumn|fall),?\\s+(?:of\\s+)?(?<sy2>(?:19|20)\\d\\d)\\b(?![-–]\\d))`,
  // "Sep, 21," with a comma only when the day ends there: "In February, 21 soldiers" is no date.
  // "May 23-25", "May 23 to 25", "between May 23 and 25": a span of days.
  date: `(?<date>(?<dm>${MONTH})\\.?(?:,\\s*(?=\\d{1,2}(?:st|nd|rd|th)?\\s*[,.;)](?!\\d))|\\s+)(?<dd>\\d{1,2})(?![,.]\\d{3}(?!\\d))(?:st|nd|rd|th)?\\b(?:\\s*(?:[-–]|to|through|(?<=\\b[Bb]etween\\s+${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+)and)\\s*(?<dd2>\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d))?(?:,?\\s+(?<dy>(?:19|20)\\d\\d)\\b)?)`,
  // "October last year": that month of the year before the date.
  // "on New Year's Eve", "on Christmas Day": a day of the calendar by its name.
  // Not "in advance of New Year's Eve": a day a swap came before is not its own.
  holiday: `(?<!\\b(?:of|before|after|until|since)\\s+)(?<holiday>(?:New\\s+Year['’]s|Christmas)\\s+(?:Eve|Day)\\b)`,
  // "on 2 June", "11 June 2025": the day first, as British and European outlets write it.
  dayFirst: `(?<dayFirst>(?<fd>\\d{1,2})(?:\\s*[-–]\\s*(?<fd2>\\d{1,2}))?(?:(?:st|nd|rd|th)(?:\\s+of)?)?\\s+(?<fm>${MONTH})\\b\\.?(?:,?\\s+(?<fy>(?:19|20)\\d\\d)\\b)?)`,
  month: `(?<month>(?:(?<mp>early|mid|late)[- ]?)?(?<mn>${MONTH})\\b\\.?(?!\\s+\\d{1,2}\\b(?![,.]\\d{3}(?!\\d)))(?:,?\\s+(?:of\\s+)?(?<my>(?:19|20)\\d\\d)\\b|\\s+(?:of\\s+)?(?<mr>last|this|next)\\s+year\\b|\\s+of\\s+(?<mt>that|the\\s+same)\\s+year\\b)?)`,
  // Not "2022-23" (a span the year rules do not read); "2022-2025" is two years, joined.
  // Not a year that names a document or an event ("Russia's proposed 2024 budget", "the 2024 election").
  year: `(?<year>(?<yy>(?:19|20)\\d\\d)\\b(?![-–](?!(?:19|20)\\d\\d\\b)\\d|s\\b|['’]s|\\s+(?:budget|budgets|election|elections|Olympics|census|defen[cs]e\\s+budget)\\b))`,
  weekday: `(?<weekday>(?<wd>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b)`,
  lastWeekday: `(?<lastWeekday>last\\s+(?<lwd>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b)`,
  day: `(?<day>(?<dw>yesterday|today)\\b)`,
  // "swapped 390 prisoners over the weekend", "last weekend".
  weekend: `(?<weekend>(?<=\\b(?<wkw>over|on|at|during|this|last|past)\\s+(?:the\\s+)?)weekend\\b)`,
  ana: `(?<ana>(?<=\\bfor\\s+the\\s+)(?:month|same\\s+(?:time\\s+)?period)\\b|(?<=\\bthat\\s+)month\\b|same\\s+(?:time\\s+)?period\\b)`,
};

// The expressions, grouped by the words they start with: each group is one small regex, tried only at those words.
const rule = (first: Iterable<string>, ...alts: string[]): PhraseSet => ({ first: new Set(first), re: new RegExp(alts.join('|'), 'iy') });
export const PERIOD_RULES: PhraseSet[] = [
  rule(['since'], P.since, P.sinceOther, P.sinceStart, P.sinceEnd, P.sinceMonth, P.sinceYear, P.sinceDay, P.sinceEventRel, P.sinceEvent),
  // "losses beginning from June 4 have reached 26,000": since that day.
  rule(['beginning', 'starting'], P.sinceMonth),
  rule(['course', 'throughout'], P.course),
  rule(['during', 'throughout'], P.duringKursk),
  rule(['first', 'second', 'third', 'fourth', 'last', 'final', 'q', 'this', 'next', 'previous', 'past'], P.quarter, P.quarters, P.half, P.yearDays, P.yearEnd, P.soFar, P.rel, P.lastMonth, P.lastWeekday, P.back, P.ahead),
  rule(['first'], P.firstSpan),
  rule(['coming'], P.ahead),
  rule(['h'], P.half),
  rule(['days', 'weeks', 'months', 'years', 'week', 'hours'], P.forN, P.yearsInto),
  // One regex for both at "year": a rule is one exec at each occurrence of its first word.
  rule(['end', 'year'], P.eoy, P.yearTo, P.yearsInto),
  rule(['summer', 'winter', 'spring', 'autumn', 'fall'], P.season),
  rule([...MONTH_INDEX.keys(), 'early', 'mid', 'late'], P.date, P.month, P.yearPart),
  // Read from "far" (rare) rather than tried at every month name.
  rule(['far'], P.soFarMonth),
  rule(['####'], P.soFarYear, P.year),
  rule(['#'], P.dayFirst),
  rule(WEEKDAYS, P.weekday),
  rule(['yesterday', 'today'], P.day),
  rule(['weekend'], P.weekend),
  rule(['new', 'christmas'], P.holiday),
  rule(['month', 'same'], P.ana, P.yearsInto),
];

/** A day of a month, or null for a lower-case month ("may", "march" are verbs) or a day no month has. */
function dateOf(monthWord: string, dayDigits: string, yearDigits: string | undefined, lastDigits?: string): { expr: PeriodExpr; since: boolean } | null {
  if (!/^[A-Z]/.test(monthWord)) return null;
  const day = Number(dayDigits);
  if (day < 1 || day > 31) return null;
  const expr: PeriodExpr = { kind: 'date', month: monthOf(monthWord), day };
  const last = lastDigits === undefined ? 0 : Number(lastDigits);
  if (last > day && last <= 31) expr.lastDay = last;
  if (yearDigits) expr.year = Number(yearDigits);
  return { expr, since: false };
}

export const UNIT_MAP = new Map(UNIT_WORDS);
function smallNumber(w: string | undefined): number {
  if (!w) return 1;
  const k = w.toLowerCase();
  if (k === 'a' || k === 'an') return 1;
  return UNIT_MAP.get(k) ?? Number(k);
}

const ORDINAL_QUARTER: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4,
};

/** Ukraine's forces crossed into Russia's Kursk region on 6 August 2024. */
const KURSK_INCURSION: PeriodExpr = { kind: 'warStart', year: 2024, month: 8, day: 6 };

/** The month a season starts in: winter of a year starts in its December. */
const SEASON_MONTH = { winter: 12, spring: 3, summer: 6, autumn: 9 } as const;

function monthOf(name: string): number {
  return MONTH_INDEX.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

export function periodExpr(g: Record<string, string | undefined>): { expr: PeriodExpr; since: boolean } | null {
  if (g.since || g.course) return { expr: { kind: 'warStart' }, since: true };
  if (g.sinceOther) return { expr: /Kursk/i.test(g.sinceOther) ? { ...KURSK_INCURSION } : { kind: 'eventStart' }, since: true };
  if (g.duringKursk) return { expr: { ...KURSK_INCURSION }, since: true };
  if (g.firstSpan) {
    // "the first 11 days of the war", "the war's first 11 days".
    const one = g.fs1 ?? g.fs12;
    const n = one ? 1 : smallNumber(g.fsn ?? g.fsn2);
    const unit = one ? `${one.toLowerCase()}s` : (g.fsu ?? g.fsu2)!.toLowerCase();
    // A span of its own, not a since-phrase: the numbers after it may have times of their own.
    if (unit === 'months' || unit === 'years') return { expr: { kind: 'warStart', spanMonths: unit === 'years' ? 12 * n : n }, since: false };
    return { expr: { kind: 'warStart', spanDays: unit === 'weeks' ? 7 * n : n }, since: false };
  }
  if (g.yearsInto) {
    const n = smallNumber(g.yin);
    return { expr: { kind: 'warStart', spanMonths: /^year/i.test(g.yiu!) ? 12 * n : n }, since: true };
  }
  if (g.soFarMonth) return { expr: { kind: 'warStart', month: monthOf(g.sfm!) }, since: false };
  if (g.sinceMonth) {
    const expr: PeriodExpr = { kind: 'warStart', month: monthOf(g.sm!) };
    if (g.sy) expr.year = Number(g.sy);
    if (g.smr) expr.yearOffset = yearOffsetOf(g.smr);
    if (g.sd ?? g.sd2) expr.day = Number(g.sd ?? g.sd2);
    if (g.sl && !g.sy && !g.smr) expr.lastOne = true;
    return { expr, since: true };
  }
  if (g.sinceDay) {
    const d = g.sdw!.toLowerCase();
    if (d === 'yesterday') return { expr: { kind: 'warStart', dayOffset: -1 }, since: true };
    return { expr: { kind: 'warStart', weekday: WEEKDAYS.indexOf(d), lastWeekday: g.sdl !== undefined }, since: true };
  }
  if (g.sinceEventRel) {
    const offset = g.serw!.toLowerCase() === 'last' ? -1 : 0;
    return { expr: g.seru!.toLowerCase() === 'month' ? { kind: 'warStart', monthOffset: offset } : { kind: 'warStart', yearOffset: offset }, since: true };
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
  if (g.sinceYearEnd) return { expr: { kind: 'warStart', year: Number(g.se) + 1 }, since: true };
  if (g.sinceYearStart && g.ssr) return { expr: { kind: 'warStart', yearOffset: yearOffsetOf(g.ssr) }, since: true };
  if (g.sinceYearStart && g.ssm) return { expr: { kind: 'warStart', monthOffset: 0 }, since: true };
  // "since the start of the week": from its Monday.
  if (g.sinceYearStart && g.ssw) return { expr: { kind: 'warStart', weekday: 1 }, since: true };
  if (g.sinceYear) return { expr: { kind: 'warStart', year: Number(g.sy2), yearAlone: true }, since: true };
  if (g.sinceYearStart) return { expr: { kind: 'warStart', year: Number(g.sy3) }, since: true };
  if (g.soFarYear) return { expr: { kind: 'warStart', year: Number(g.sfy), withinYear: true }, since: false };
  if (g.soFar) {
    const unit = (g.sfu ?? g.sfu2)!.toLowerCase();
    return { expr: unit === 'year' ? { kind: 'warStart', yearOffset: 0 } : { kind: 'warStart', monthOffset: 0 }, since: true };
  }
  if (g.quarter) {
    // "in the third quarter": the latest one begun by the time of writing.
    if (g.qo2) return { expr: { kind: 'quarter', quarter: ORDINAL_QUARTER[g.qo2.toLowerCase()]!, latest: true }, since: false };
    const q = g.qn ? Number(g.qn) : ORDINAL_QUARTER[g.qo!.toLowerCase()]!;
    if (g.qr) return { expr: { kind: 'quarter', quarter: q, yearOffset: yearOffsetOf(g.qr) }, since: false };
    return { expr: { kind: 'quarter', quarter: q, year: Number(g.qy ?? g.qy2) }, since: false };
  }
  if (g.quarters) {
    const to = 3 * (/^(?:two|2)$/i.test(g.qsn!) ? 2 : 3);
    if (g.qsr) return { expr: { kind: 'months', yearOffset: yearOffsetOf(g.qsr), from: 1, to }, since: false };
    return { expr: { kind: 'months', year: Number(g.qsy), from: 1, to }, since: false };
  }
  if (g.half) {
    const first = (g.ho ?? '').toLowerCase() === 'first' || g.hn === '1';
    const [from, to] = first ? [1, 6] : [7, 12];
    if (g.hr) return { expr: { kind: 'months', yearOffset: yearOffsetOf(g.hr), from, to }, since: false };
    return { expr: { kind: 'months', year: Number(g.hy ?? g.hy2), from, to }, since: false };
  }
  if (g.yearDays) {
    const n = smallNumber(g.ydn);
    if (!(n >= 1 && n <= 31)) return null;
    const year = Number(g.ydy);
    return { expr: g.ydo!.toLowerCase() === 'first' ? { kind: 'date', month: 1, day: 1, year, lastDay: n } : { kind: 'date', month: 12, day: 32 - n, year, lastDay: 31 }, since: false };
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
    const n = smallNumber(g.bn ?? g.fn ?? g.fn2);
    const unit = (g.bu ?? g.fu ?? g.fu2 ?? g.fu3)!.toLowerCase().replace(/s$/, '');
    const days = unit === 'hour' ? Math.max(1, Math.round(n / 24)) : unit === 'day' ? n : unit === 'week' ? 7 * n : unit === 'fortnight' ? 14 * n : 0;
    const months = unit === 'month' ? n : unit === 'year' ? 12 * n : 0;
    return { expr: unit === 'hour' && g.fu2 ? { kind: 'back', days, months, loose: true } : { kind: 'back', days, months }, since: false };
  }
  if (g.ahead) {
    // "the coming weeks" without a number: two of them.
    const n = g.an ? smallNumber(g.an) : 2;
    const unit = g.au!.toLowerCase();
    return { expr: { kind: 'back', days: unit === 'days' ? n : unit === 'weeks' ? 7 * n : 0, months: unit === 'months' ? n : 0, ahead: true }, since: false };
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
    const when = w === 'last' ? 'last' : w === 'next' ? 'next' : w === 'by' || w === 'until' ? 'by' : w === 'this' ? 'this' : 'in';
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
  // "June 2" and "2 June": the same date, its groups in either order.
  if (g.date) return dateOf(g.dm!, g.dd!, g.dy, g.dd2);
  if (g.holiday) {
    const h = g.holiday.toLowerCase();
    const eve = h.endsWith('eve');
    return { expr: h.startsWith('new') ? { kind: 'date', month: eve ? 12 : 1, day: eve ? 31 : 1 } : { kind: 'date', month: 12, day: eve ? 24 : 25 }, since: false };
  }
  if (g.dayFirst) return dateOf(g.fm!, g.fd!, g.fy, g.fd2);
  if (g.yearTo) {
    if (!/^[A-Z]/.test(g.ytm!)) return null;
    const to = monthOf(g.ytm!);
    const expr: PeriodExpr = g.yty ? { kind: 'months', from: 1, to, year: Number(g.yty) } : { kind: 'months', from: 1, to, yearOffset: 0 };
    return { expr, since: false };
  }
  if (g.lastMonth) {
    if (!/^[A-Z]/.test(g.lmn!)) return null;
    return { expr: { kind: 'month', month: monthOf(g.lmn!), lastOne: true }, since: false };
  }
  if (g.month) {
    // Lower-case "may" and "march" are verbs, not months.
    if (!/^[A-Z]/.test(g.mn!)) return null;
    const expr: PeriodExpr = { kind: 'month', month: monthOf(g.mn!) };
    if (g.my) expr.year = Number(g.my);
    if (g.mr) expr.yearOffset = yearOffsetOf(g.mr);
    if (g.mt) expr.thatYear = true;
    if (g.mp) expr.part = g.mp.toLowerCase() as 'early' | 'mid' | 'late';
    return { expr, since: false };
  }
  if (g.year) return { expr: { kind: 'year', year: Number(g.yy) }, since: false };
  if (g.lastWeekday) return { expr: { kind: 'weekday', weekday: WEEKDAYS.indexOf(g.lwd!.toLowerCase()), last: true }, since: false };
  if (g.weekday) return { expr: { kind: 'weekday', weekday: WEEKDAYS.indexOf(g.wd!.toLowerCase()) }, since: false };
  if (g.day) return { expr: { kind: 'day', offset: g.dw!.toLowerCase() === 'yesterday' ? -1 : 0 }, since: false };
  if (g.weekend) return { expr: { kind: 'weekend', last: g.wkw!.toLowerCase() === 'last' }, since: false };
  if (g.ana) return { expr: { kind: 'anaphor' }, since: false };
  return null;
}
