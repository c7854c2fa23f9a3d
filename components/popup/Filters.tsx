import { METRICS, SIDES, type Metric, type Side } from '../../lib/extract/types';
import { describeMetric } from '../../lib/claims/compare';
import { SIDE_WORDS } from './format';

export interface SearchFilters {
  metric?: Metric;
  side?: Side;
  from?: string;
  to?: string;
}

export function activeFilterCount(f: SearchFilters): number {
  return [f.metric, f.side, f.from, f.to].filter(Boolean).length;
}

interface Props {
  value: SearchFilters;
  onChange: (f: SearchFilters) => void;
}

// Metric names are the dataset's vocabulary; the labels use plain words but
// keep the term so "casualties" and "killed" are never confused.
function metricLabel(m: Metric): string {
  const term = m.replace(/_/g, ' ');
  const words = describeMetric(m);
  return words.startsWith(term) ? words : `${term} (${words})`;
}

export function Filters({ value, onChange }: Props) {
  const set = (patch: Partial<SearchFilters>) => {
    const next: SearchFilters = { ...value, ...patch };
    for (const k of Object.keys(next) as (keyof SearchFilters)[]) if (!next[k]) delete next[k];
    onChange(next);
  };
  return (
    <div class="filters" role="group" aria-label="Filters">
      <div class="field">
        <label for="filter-metric">Metric</label>
        <select
          id="filter-metric"
          value={value.metric ?? ''}
          onChange={(e) => set({ metric: (e.currentTarget.value || undefined) as Metric | undefined })}
        >
          <option value="">Any metric</option>
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {metricLabel(m)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-side">Side</label>
        <select
          id="filter-side"
          value={value.side ?? ''}
          onChange={(e) => set({ side: (e.currentTarget.value || undefined) as Side | undefined })}
        >
          <option value="">Either side</option>
          {SIDES.map((s) => (
            <option key={s} value={s}>
              {SIDE_WORDS[s]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-from">From</label>
        <input id="filter-from" type="date" value={value.from ?? ''} max={value.to} onChange={(e) => set({ from: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="filter-to">To</label>
        <input id="filter-to" type="date" value={value.to ?? ''} min={value.from} onChange={(e) => set({ to: e.currentTarget.value })} />
      </div>
    </div>
  );
}
