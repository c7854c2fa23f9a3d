import { formatRange, roundForDisplay } from '../lib/claims/describe';

// A small labelled SVG: the page's figure and other sources' figures on one
// scale, in the page's own unit. Ranges are bars, single values dots.

export interface ChartRow {
  label: string;
  low: number;
  high: number;
  page?: boolean;
}

const W = 328;
const LABEL_W = 112;
const ROW_H = 22;
const PAD = 8;

function niceMax(n: number): number {
  if (n <= 0) return 1;
  const mag = 10 ** Math.floor(Math.log10(n));
  const steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  return (steps.find((s) => s * mag >= n) ?? 10) * mag;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function RangeChart({ rows, unit }: { rows: ChartRow[]; unit: string }) {
  if (rows.length < 2) return null;
  const max = niceMax(Math.max(...rows.map((r) => r.high)) * 1.05);
  const plotW = W - LABEL_W - PAD * 2;
  const x = (v: number) => LABEL_W + PAD + (v / max) * plotW;
  const height = rows.length * ROW_H + 28;
  const summary = rows.map((r) => `${r.label}: ${formatRange(r, { approx: true })}`).join('; ');
  const ticks = [0, max / 2, max];
  return (
    <figure class="cc-chart">
      <svg width={W} height={height} viewBox={`0 0 ${W} ${height}`} role="img" aria-label={`Figures ${unit}: ${summary}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line class="cc-grid" x1={x(t)} x2={x(t)} y1={4} y2={rows.length * ROW_H + 6} />
            <text class="cc-tick" x={x(t)} y={rows.length * ROW_H + 20} text-anchor={t === 0 ? 'start' : t === max ? 'end' : 'middle'}>
              {roundForDisplay(t).toLocaleString('en-GB')}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = i * ROW_H + ROW_H / 2 + 4;
          const cls = r.page ? 'cc-mark cc-mark-page' : 'cc-mark';
          return (
            <g key={`${r.label}-${i}`}>
              <text class={r.page ? 'cc-label cc-label-page' : 'cc-label'} x={LABEL_W} y={y + 4} text-anchor="end">
                {clip(r.label, 18)}
              </text>
              {r.high - r.low > max / 200 ? (
                <rect class={cls} x={x(r.low)} y={y - 4} width={Math.max(2, x(r.high) - x(r.low))} height={8} rx={4} />
              ) : (
                <circle class={cls} cx={x(r.low)} cy={y} r={5} />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>Each figure restated {unit}; bars are ranges.</figcaption>
    </figure>
  );
}
