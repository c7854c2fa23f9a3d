import { useState } from 'preact/hooks';
import type { Figure } from '../lib/extract/types';
import type { Comparison } from '../lib/claims/comparison';
import { describeMetric, describeRate, formatDate, formatRange, formatStated } from '../lib/claims/describe';
import { perDayRate, toUnit } from '../lib/claims/normalise';
import { isStockRate } from '../lib/claims/compare';
import { RangeChart, type ChartRow } from './RangeChart';

// The card for one figure on the page: what it says, the same figure as a
// daily and monthly rate, what other sources said (best first) and how their
// words differ, a chart, and Save. Every dataset string is rendered as text.

export interface FigurePopoverProps {
  figure: Figure;
  /** null while the background has not answered yet. */
  comparisons: Comparison[] | null;
  onSave(note: string): Promise<string | null>;
  onClose(): void;
}

const SIDE_WORD = { russia: 'Russian', ukraine: 'Ukrainian' } as const;
const MAX_SOURCES = 5;

function claimantLine(c: Comparison): string {
  const { claimant } = c.claim;
  return claimant.role ? `${claimant.name}, ${claimant.role}` : claimant.name;
}

const PERSONNEL_VERBS = new Set(['killed', 'wounded', 'casualties', 'recruited', 'mobilized', 'deserted', 'captured', 'missing']);

/** "Russian troops killed", "foreign troops (Russian side)". */
function whatItCounts(f: Pick<Figure, 'metric' | 'side'>): string {
  const words = describeMetric(f.metric);
  if (!f.side) return words;
  const side = SIDE_WORD[f.side];
  if (PERSONNEL_VERBS.has(f.metric)) return `${side} troops ${words}`;
  if (f.metric === 'force_size' || f.metric === 'losses' || f.metric === 'net_deficit') return `${side} ${words}`;
  return `${words} (${side} side)`;
}

function Understood({ figure }: { figure: Figure }) {
  const perDay = perDayRate(figure);
  const rate = describeRate(figure.rate, figure.period);
  return (
    <section class="cc-understood" aria-label="This page's figure">
      <p class="cc-big">
        <span class="cc-value">{formatStated(figure.value, figure.qualifier)}</span>{' '}
        <span class="cc-metric">{whatItCounts(figure)}</span>
        {rate ? <span class="cc-rate"> {rate}</span> : null}
      </p>
      {perDay ? (
        <p class="cc-norm">
          ≈ {formatRange(perDay, { approx: true })} a day · ≈ {formatRange(toUnit(perDay, 'per_month', null), { approx: true })} a
          month
        </p>
      ) : (
        <p class="cc-norm">{figure.rate === 'cumulative' ? 'A running total, not a rate.' : 'A count at one time, not a rate.'}</p>
      )}
      {figure.claimant ? <p class="cc-who">According to {figure.claimant}</p> : null}
    </section>
  );
}

/** The restated figure only adds something when the claim's own unit differs from the page's. */
function sameUnit(c: Comparison, figure: Figure): boolean {
  return (
    c.claim.rate === figure.rate &&
    c.claim.period?.start === figure.period?.start &&
    c.claim.period?.end === figure.period?.end
  );
}

function SourceItem({ c, figure }: { c: Comparison; figure: Figure }) {
  const [showDef, setShowDef] = useState(false);
  const source = c.claim.sources[0]!;
  const date = c.claim.statementDate ?? source.date;
  const defId = `cc-def-${c.claim.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <li class="cc-source">
      <div class="cc-source-head">
        <span class="cc-claimant">{claimantLine(c)}</span>
        <span class="cc-meta">
          {source.outlet}
          {date ? ` · ${formatDate(date)}` : ''}
        </span>
      </div>
      <div class="cc-figures">
        <span class="cc-stated">
          {formatStated(c.claim.value, c.claim.qualifier)} {describeMetric(c.claim.metric)} {describeRate(c.claim.rate, c.claim.period)}
        </span>
        {c.inPageUnit && !sameUnit(c, figure) ? (
          <span class="cc-inunit">
            ≈ {formatRange(c.inPageUnit, { approx: true })} {c.pageUnitLabel}
          </span>
        ) : null}
      </div>
      <div class="cc-row">
        {c.definition ? (
          <button
            type="button"
            class="cc-badge"
            aria-expanded={showDef}
            aria-controls={defId}
            onClick={() => setShowDef(!showDef)}
            title={`${c.definition.term}: what this source's word counts`}
          >
            {c.definition.term}
          </button>
        ) : (
          <span class="cc-badge cc-badge-none">no definition on file</span>
        )}
        <a class="cc-link" href={source.url} target="_blank" rel="noopener noreferrer">
          Source<span aria-hidden="true"> ↗</span>
        </a>
      </div>
      {c.definitionNote ? <p class="cc-note">{c.definitionNote}</p> : null}
      {c.definition && showDef ? (
        <div class="cc-def" id={defId}>
          <p>
            <strong>{c.definition.term}</strong> counts {c.definition.counts}.
          </p>
          <blockquote>“{c.definition.quote}”</blockquote>
          <p class="cc-meta">
            Definition from{' '}
            <a href={c.definition.source.url} target="_blank" rel="noopener noreferrer">
              {c.definition.source.outlet}
            </a>
          </p>
        </div>
      ) : null}
    </li>
  );
}

function SaveBox({ onSave }: { onSave(note: string): Promise<string | null> }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [error, setError] = useState('');
  const save = async () => {
    setState('saving');
    const err = await onSave(note);
    if (err) {
      setError(err);
      setState('error');
    } else setState('saved');
  };
  if (state === 'saved') return <p class="cc-saved" role="status">Saved to your annotations.</p>;
  return (
    <div class="cc-save">
      {open ? (
        <>
          <label class="cc-label-note">
            Note (optional)
            <textarea rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
          </label>
          <button type="button" class="cc-primary" disabled={state === 'saving'} onClick={save}>
            Save
          </button>
        </>
      ) : (
        <button type="button" class="cc-primary" onClick={() => setOpen(true)}>
          Save…
        </button>
      )}
      {state === 'error' ? (
        <p class="cc-error" role="alert">
          Not saved: {error}
        </p>
      ) : null}
    </div>
  );
}

export function FigurePopover({ figure, comparisons, onSave, onClose }: FigurePopoverProps) {
  // The page's own statement, found in the dataset, is a citation for it, not a second source agreeing with it.
  const same = comparisons?.filter((c) => c.relation === 'same_statement') ?? [];
  const shown = comparisons?.filter((c) => c.relation !== 'same_statement').slice(0, MAX_SOURCES) ?? [];
  const isRate = !isStockRate(figure.rate);
  // One scale only: rates restated in the page's unit, or totals beside a total.
  const plotted = shown.filter((c) => c.inPageUnit && isStockRate(c.claim.rate) !== isRate);
  const unit = isRate ? (plotted[0]?.pageUnitLabel ?? '') : 'as totals';
  const rows: ChartRow[] = plotted.length
    ? [
        // The page's figure in its own unit is its stated value.
        { label: 'This page', low: figure.value.low, high: figure.value.high, page: true },
        ...plotted
          .filter((c) => !isRate || c.pageUnitLabel === unit)
          .map((c) => ({ label: c.claim.claimant.name, low: c.inPageUnit!.low, high: c.inPageUnit!.high })),
      ]
    : [];
  return (
    <div class="cc-card" role="dialog" aria-labelledby="cc-title" tabIndex={-1}>
      <div class="cc-head">
        <h2 id="cc-title">Crosscount: “{figure.text}”</h2>
        <button type="button" class="cc-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <Understood figure={figure} />
      {same.length ? (
        <section aria-label="This statement in the dataset">
          <h3>This statement in the dataset</h3>
          <ol class="cc-sources">
            {same.map((c) => (
              <SourceItem key={c.claim.id} c={c} figure={figure} />
            ))}
          </ol>
        </section>
      ) : null}
      {rows.length >= 2 ? <RangeChart rows={rows} unit={unit} /> : null}
      <section aria-label="Other sources">
        <h3>Other sources</h3>
        {comparisons === null ? (
          <p class="cc-empty">Looking up other sources…</p>
        ) : shown.length === 0 ? (
          <p class="cc-empty">
            No comparable figure from another source is in the dataset for {describeMetric(figure.metric)}
            {figure.period ? ` ${describeRate('period_total', figure.period)}` : ''}. That says nothing about whether this
            figure is right.
          </p>
        ) : (
          <ol class="cc-sources">
            {shown.map((c) => (
              <SourceItem key={c.claim.id} c={c} figure={figure} />
            ))}
          </ol>
        )}
      </section>
      <SaveBox onSave={onSave} />
    </div>
  );
}
