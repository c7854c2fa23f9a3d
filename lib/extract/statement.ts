import { clauseBreakIn } from './clauses';
import type { FoundPeriod, LangModule } from './lang/types';
import { anchorDate, resolvePeriod } from './resolve';
import type { Sentence } from './context';

// Whether a time expression dates a statement ("said in February that ...", "KATHMANDU, July 29:") rather than the
// figure: its date is when the figure was given, not the span it counts.

/** How far into its sentence a dateline's date may start ("KATHMANDU, July 29:"). */
const DATELINE_REACH = 40;

/** Whether the date at [start, end) is a dateline: a place and a comma before it at the sentence's start, a colon or dash after. */
export function isDateline(text: string, sentenceStart: number, start: number, end: number, lang: LangModule): boolean {
  if (start - sentenceStart > DATELINE_REACH) return false;
  lang.datelineAfter.lastIndex = end;
  return lang.datelineAfter.test(text) && lang.datelineBefore.test(text.slice(sentenceStart, start));
}

/** How far before a time the comma that sets it off may stand ("; earlier this month,"). */
const SET_OFF_REACH = 14;
/** How far a reporting word may stand before a time expression that dates it ("told reporters late last month"). */
const REPORT_BEFORE = 70;
/** How far after a time and its comma a reporting verb may stand (", when it said"). */
const REPORT_AFTER_COMMA = 16;
/**
 * How far after a sentence-opening time expression its reporting verb may stand ("In February, the president said",
 * "In April 2023, a leaked assessment from the U.S. Defense Intelligence Agency said").
 */
const REPORT_OPENING = 80;

/**
 * Whether the time expression at [start, end) dates a statement: a reporting verb right before or after it, or
 * after its subject when the expression opens the sentence ("In February, the president said"). `reports` holds
 * the start and end of each reporting word in the sentence; the regexes run only where one is near.
 */
export function isStatementDate(text: string, sentenceStart: number, start: number, end: number, lang: LangModule, reports: number[]): boolean {
  let before = false;
  let after = false;
  let opening = false;
  for (let i = 0; i < reports.length; i += 2) {
    const rs = reports[i]!;
    const re = reports[i + 1]!;
    if (re <= start && start - re <= REPORT_BEFORE) before = true;
    else if (rs >= end && rs - end <= REPORT_OPENING) {
      opening = true;
      // Right after it, or after a comma and "when it" ("in September 2022, when it said"), or "when" and a name ("on
      // February 4, 2026, when President Volodymyr Zelensky said"): the regex at the date decides.
      if (rs - end <= 2 || (text.charCodeAt(end) === 44 && rs - end <= REPORT_AFTER_COMMA)) after = true;
      else if (text.charCodeAt(end) === 44) after = true;
    }
  }
  if (before) {
    lang.statementBefore.lastIndex = start;
    const m = lang.statementBefore.exec(text);
    // The regex is case-blind: "estimate of those recruited into the army in 2024" names no one, so dates nothing.
    if (m && !(m.groups?.name && /(?:^|\s)(?!(?:the|of|and|for|earlier|later|early|late)\b)[a-z]/.test(m.groups.name))) return true;
  }
  if (after) {
    lang.statementAfter.lastIndex = end;
    if (lang.statementAfter.test(text)) return true;
  }
  if (!opening) return false;
  // At the sentence's start, or set off by commas before its subject ("The last time he gave a figure, in early 2025,
  // he said ...").
  const setOff = start - sentenceStart > 30 ? lang.setOffBefore.test(text.slice(Math.max(sentenceStart, start - SET_OFF_REACH), start)) : lang.sentenceOpening.test(text.slice(sentenceStart, start));
  if (!setOff) return false;
  lang.statementOpening.lastIndex = end;
  return lang.statementOpening.test(text);
}

/** The last day of the latest statement date in the sentence ("said in February": its last day), clipped to the anchor. */
export function statementEnd(periods: FoundPeriod[], published: string, at?: { text: string; start: number; end: number }): string | null {
  let end: string | null = null;
  for (const p of periods) {
    if (!p.statement) continue;
    // "Zelenskyy said Thursday that 30,000 have died; in late April, the British government estimated 15,000": the
    // statement of the number's own clause.
    if (at && (p.start >= at.end ? clauseBreakIn(at.text, at.end, p.start, null) : clauseBreakIn(at.text, p.end, at.start, null))) continue;
    // "..., the ministry said on Monday": that day.
    const day = anchorDate(p.expr, published);
    const r = day ? { start: day, end: day } : resolvePeriod(p.expr, { anchor: published });
    if (r && (!end || r.end > end)) end = r.end;
  }
  return end && end > published ? published : end;
}

/**
 * The date of the statement a figure's sentence makes or goes on with: "On February 25, Zelensky said that 31,000 ...
 * He also mentioned that 180,000 ..." gives both figures February 25.
 */
export function saidUpTo(s: Sentence, published: string, at: { text: string; start: number; end: number }): string | null {
  const own = statementEnd(s.periods, published, at);
  if (own || !s.lang.continuedStatement.test(s.body)) return own;
  const p = s.previous;
  return p ? statementEnd(p.periods, published) : null;
}
