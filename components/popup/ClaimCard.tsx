import type { Claim, Definition } from '../../lib/claims/schema';
import { SIDE_WORDS, formatDate, normalisedFigure, statedFigure } from './format';

// One search result. All dataset text goes through JSX text nodes, never HTML.

interface Props {
  claim: Claim;
  definition: Definition | undefined;
  /** Roving focus: only the selected card (and its controls) is in the tab order. */
  selected: boolean;
  expanded: boolean;
  onToggle: () => void;
  onFocus: () => void;
  cardRef: (el: HTMLElement | null) => void;
}

export function ClaimCard({ claim, definition, selected, expanded, onToggle, onFocus, cardRef }: Props) {
  const id = `claim-${claim.id}`;
  const source = claim.sources[0]!;
  const date = claim.statementDate ?? source.date;
  const norm = normalisedFigure(claim);
  const inner = selected ? 0 : -1;
  return (
    <article
      ref={cardRef}
      class={`claim${selected ? ' is-selected' : ''}`}
      tabIndex={inner}
      aria-labelledby={`${id}-fig`}
      aria-describedby={`${id}-meta`}
      data-claim-id={claim.id}
      data-metric={claim.metric}
      data-rate={claim.rate}
      data-side={claim.side ?? ''}
      data-date={date ?? ''}
      data-period={claim.period ? `${claim.period.start}/${claim.period.end}` : ''}
      onFocusIn={onFocus}
    >
      <p class="claim-figure" id={`${id}-fig`}>
        {statedFigure(claim)}{' '}
        {claim.side && <span class="chip">{SIDE_WORDS[claim.side]}</span>}
        {claim.origin === 'imported' && <span class="chip chip-own">Your import</span>}
      </p>
      {norm && <p class="claim-norm">{norm}</p>}
      <p class="claim-meta" id={`${id}-meta`}>
        <span class="claimant">{claim.claimant.name}</span>
        {claim.claimant.role && <span class="muted">, {claim.claimant.role}</span>}
        <span class="muted">
          {' · '}
          {source.outlet}
          {date && <> · <time dateTime={date}>{formatDate(date)}</time></>}
        </span>
      </p>
      <div class="claim-actions">
        <button
          type="button"
          class="link-button"
          tabIndex={inner}
          aria-expanded={expanded}
          aria-controls={`${id}-more`}
          onClick={onToggle}
        >
          {definition ? `What “${definition.term}” counts` : 'Quote and notes'}
        </button>
        <a class="source-link" href={source.url} target="_blank" rel="noopener noreferrer" tabIndex={inner}>
          Source<span class="visually-hidden">: {source.title ?? source.outlet} (opens in a new tab)</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      </div>
      <div class="claim-more" id={`${id}-more`} hidden={!expanded}>
        {definition && (
          <p class="definition">
            <strong>{definition.term}:</strong> {definition.counts}
          </p>
        )}
        <blockquote lang={claim.quoteLanguage}>{claim.quote}</blockquote>
        {claim.notes && <p class="muted">{claim.notes}</p>}
        {claim.sources.length > 1 && (
          <p class="muted">
            Also reported by{' '}
            {claim.sources.slice(1).map((s, i) => (
              <span key={s.url}>
                {i > 0 && ', '}
                <a href={s.url} target="_blank" rel="noopener noreferrer" tabIndex={inner}>
                  {s.outlet}
                </a>
              </span>
            ))}
          </p>
        )}
      </div>
    </article>
  );
}
