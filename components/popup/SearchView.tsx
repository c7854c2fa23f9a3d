import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Claim, Definition } from '../../lib/claims/schema';
import { allDefinitions, searchClaims } from '../../lib/store';
import { ClaimCard } from './ClaimCard';
import { Filters, activeFilterCount, type SearchFilters } from './Filters';
import { rateInQuery, statedRate } from './query';
import { describeRate } from '../../lib/claims/compare';

// Search as you type. Typing updates the box at once; the query runs after a
// short pause so a burst of keystrokes costs one search, and a stale answer
// never replaces a newer one.

export const SEARCH_DEBOUNCE_MS = 60;
const LIMIT = 50;
/** Cards drawn at once; the rest follow a frame later, so the list answers a pause in typing within one frame. */
const FIRST_PAINT = 12;
export const EXAMPLE_QUERIES = ['Rubio', 'killed per week', 'Mediazona'];

interface Props {
  /** False until the bundled dataset is in the database. */
  ready: boolean;
  /** Bumped by the app to put focus back in the box (tab switch, "/"). */
  focusToken: number;
}

export function SearchView({ ready, focusToken }: Props) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [showFilters, setShowFilters] = useState(false);
  const [results, setResults] = useState<Claim[] | null>(null);
  const [shown, setShown] = useState(FIRST_PAINT);
  /** The query the shown results answer (tests wait on it; typing runs ahead of it). */
  const [answered, setAnswered] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [definitions, setDefinitions] = useState<Map<string, Definition>>(new Map());
  const [selected, setSelected] = useState(0);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const inputRef = useRef<HTMLInputElement>(null);
  const cards = useRef<(HTMLElement | null)[]>([]);
  const seq = useRef(0);

  const idle = query.trim() === '' && activeFilterCount(filters) === 0;

  useEffect(() => {
    allDefinitions()
      .then((defs) => setDefinitions(new Map(defs.map((d) => [d.id, d]))))
      .catch(() => {});
  }, []);

  useEffect(() => inputRef.current?.focus(), [focusToken]);

  useEffect(() => {
    if (idle || !ready) {
      seq.current++;
      setResults(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      searchClaims(query, filters, LIMIT).then(
        (found) => {
          if (mine !== seq.current) return;
          setResults(found);
          setShown(FIRST_PAINT);
          setAnswered(query);
          setError(null);
          setSelected(0);
        },
        (e: unknown) => {
          if (mine === seq.current) setError(e instanceof Error ? e.message : String(e));
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, filters, idle, ready]);

  useEffect(() => {
    if (!results || shown >= results.length) return;
    const frame = requestAnimationFrame(() => setShown(results.length));
    return () => cancelAnimationFrame(frame);
  }, [results, shown]);

  const focusCard = (i: number) => {
    const list = results ?? [];
    if (!list.length) return;
    const n = Math.max(0, Math.min(list.length - 1, i));
    setSelected(n);
    const go = () => {
      cards.current[n]?.focus();
      cards.current[n]?.scrollIntoView({ block: 'nearest' });
    };
    if (n < shown) go();
    else {
      // End pressed before the rest of the list was drawn.
      setShown(list.length);
      requestAnimationFrame(go);
    }
  };

  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onInputKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && results?.length) {
      e.preventDefault();
      focusCard(0);
    } else if (e.key === 'Enter' && results?.length) {
      e.preventDefault();
      focusCard(0);
    }
  };

  const onListKey = (e: KeyboardEvent) => {
    const list = results ?? [];
    const claim = list[selected];
    const onCard = e.target === cards.current[selected];
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        focusCard(selected + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (selected === 0) inputRef.current?.focus();
        else focusCard(selected - 1);
        break;
      case 'Home':
        e.preventDefault();
        focusCard(0);
        break;
      case 'End':
        e.preventDefault();
        focusCard(list.length - 1);
        break;
      case 'ArrowRight':
      case 'ArrowLeft':
        if (claim && expanded.has(claim.id) !== (e.key === 'ArrowRight')) toggle(claim.id);
        break;
      case 'Enter':
        if (onCard) {
          e.preventDefault();
          cards.current[selected]?.querySelector<HTMLAnchorElement>('a.source-link')?.click();
        }
        break;
      case ' ':
        if (onCard && claim) {
          e.preventDefault();
          toggle(claim.id);
        }
        break;
      case 'Escape':
        if (e.target !== inputRef.current) {
          e.preventDefault();
          inputRef.current?.focus();
        }
        break;
    }
  };

  const filterCount = activeFilterCount(filters);
  const status = useMemo(() => {
    if (!ready && !idle) return 'Preparing the claims dataset…';
    if (idle || !results) return '';
    // The store matches rate words to claims' rates; say so when the results bear it out.
    const rate = results.length ? statedRate(answered, results) : rateInQuery(answered);
    const stated = rate ? ` stated ${describeRate(rate, null)}` : '';
    if (!results.length) return `No claims${stated} match`;
    const n = results.length >= LIMIT ? `First ${LIMIT} claims` : `${results.length} claim${results.length === 1 ? '' : 's'}`;
    return n + stated;
  }, [idle, results, ready, answered]);

  const runExample = (q: string) => {
    setQuery(q);
    inputRef.current?.focus();
  };

  return (
    <div class="search-view">
      <div class="search-row">
        <label class="visually-hidden" for="search">
          Search claims
        </label>
        <input
          id="search"
          ref={inputRef}
          type="search"
          class="search-input"
          placeholder="Who, outlet, words, “killed per week”…"
          autoFocus
          autoComplete="off"
          spellcheck={false}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onInputKey}
          aria-describedby="search-hint search-status"
        />
        <button
          type="button"
          class={`filter-toggle${filterCount ? ' has-filters' : ''}`}
          aria-expanded={showFilters}
          aria-controls="filters"
          onClick={() => setShowFilters((v) => !v)}
        >
          Filters{filterCount ? <span class="badge">{filterCount}</span> : null}
        </button>
      </div>
      <p id="search-hint" class="visually-hidden">
        Arrow down moves into the results; Enter opens a result’s source, Space or Arrow right shows its definition.
      </p>
      <div id="filters" hidden={!showFilters}>
        <Filters value={filters} onChange={setFilters} />
        {filterCount > 0 && (
          <button type="button" class="link-button clear-filters" onClick={() => setFilters({})}>
            Clear filters
          </button>
        )}
      </div>
      <p id="search-status" class="status" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p class="notice notice-error" role="alert">
          Search failed: {error}
        </p>
      )}
      {idle ? (
        <div class="empty">
          <p>Look up what anyone said about Russian and Ukrainian losses and recruitment: by who said it, the outlet, words in the quote, or a metric and rate.</p>
          <p class="muted">Try:</p>
          <ul class="examples" aria-label="Example searches">
            {EXAMPLE_QUERIES.map((q) => (
              <li key={q}>
                <button type="button" class="example" onClick={() => runExample(q)}>
                  {q}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : results && results.length === 0 ? (
        <div class="empty">
          <p>
            Nothing matches {query.trim() ? <>“{query.trim()}”</> : 'these filters'}
            {query.trim() && filterCount ? ' with these filters' : ''}.
          </p>
          <p class="muted">Try a name (Rubio), an outlet (Mediazona) or a metric and rate (killed per week).</p>
          {filterCount > 0 && (
            <button type="button" class="button" onClick={() => setFilters({})}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <ul class="results" aria-label="Matching claims" data-query={answered} onKeyDown={onListKey}>
          {(results ?? []).slice(0, shown).map((c, i) => (
            <li key={c.id}>
              <ClaimCard
                claim={c}
                definition={c.definitionId ? definitions.get(c.definitionId) : undefined}
                selected={i === selected}
                expanded={expanded.has(c.id)}
                onToggle={() => toggle(c.id)}
                onFocus={() => setSelected(i)}
                cardRef={(el) => {
                  cards.current[i] = el;
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
