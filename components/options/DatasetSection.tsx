import { useState } from 'preact/hooks';
import { describeMetric, formatDate } from '../../lib/claims/describe';
import type { Metric } from '../../lib/extract/types';
import { METRICS } from '../../lib/extract/types';
import { resetToBundled, type DatasetInfo } from '../../lib/store';
import { ConfirmDialog } from './ConfirmDialog';

// What the comparisons are drawn from: the dataset's version and date and how
// many claims there are of each kind and from each outlet, so a person can
// judge how much a card's "other sources said" rests on.

const TOP_SOURCES = 10;

interface Props {
  info: DatasetInfo;
  onChanged: () => Promise<void>;
}

const byCountDesc = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

function metricLabel(m: string): string {
  return (METRICS as readonly string[]).includes(m) ? describeMetric(m as Metric) : m;
}

function seededLabel(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return 'unknown';
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

function CountTable({ caption, label, rows, testId }: { caption: string; label: string; rows: [string, number][]; testId: string }) {
  return (
    <table class="counts" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" class="num">
            Claims
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={2} class="none">
              No claims yet.
            </td>
          </tr>
        )}
        {rows.map(([k, n]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td class="num">{n.toLocaleString('en-GB')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DatasetSection({ info, onChanged }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const metrics = Object.entries(info.byMetric)
    .sort(byCountDesc)
    .map(([m, n]): [string, number] => [metricLabel(m), n]);
  const sources = Object.entries(info.bySource).sort(byCountDesc);

  const reset = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      await resetToBundled();
      await onChanged();
      setStatus('The bundled dataset was restored.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="dataset-title">
      <h2 id="dataset-title">Dataset</h2>
      <dl class="facts" data-testid="dataset-facts">
        <div>
          <dt>Version</dt>
          <dd data-testid="dataset-version">{info.version}</dd>
        </div>
        <div>
          <dt>Last updated</dt>
          <dd>{/^\d{4}-\d{2}-\d{2}$/.test(info.updated) ? formatDate(info.updated) : info.updated || 'unknown'}</dd>
        </div>
        <div>
          <dt>Loaded into this browser</dt>
          <dd>{seededLabel(info.seededAt)}</dd>
        </div>
        <div>
          <dt>Claims</dt>
          <dd data-testid="dataset-total">{info.total.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Imported by you</dt>
          <dd data-testid="dataset-imported">{info.imported.toLocaleString('en-GB')}</dd>
        </div>
      </dl>

      <div class="tables">
        <CountTable caption="Claims by what they count" label="Counts" rows={metrics} testId="by-metric" />
        <div>
          <CountTable
            caption="Claims by outlet"
            label="Outlet"
            rows={sources.slice(0, TOP_SOURCES)}
            testId="by-source"
          />
          {sources.length > TOP_SOURCES && (
            <details class="more">
              <summary>{sources.length - TOP_SOURCES} more outlets</summary>
              <CountTable
                caption="More outlets"
                label="Outlet"
                rows={sources.slice(TOP_SOURCES)}
                testId="by-source-more"
              />
            </details>
          )}
        </div>
      </div>

      <div class="reset-row">
        <button type="button" class="button" disabled={busy} onClick={() => setConfirming(true)}>
          Reset to bundled dataset
        </button>
        <p class="hint">Reloads the claims that ship with Crosscount and removes the ones you imported.</p>
      </div>
      <p class="visually-hidden" role="status">
        {status}
      </p>

      <ConfirmDialog
        open={confirming}
        title="Reset to the bundled dataset?"
        confirmLabel="Reset dataset"
        danger
        onConfirm={reset}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {info.imported > 0
            ? `Your ${info.imported} imported ${info.imported === 1 ? 'claim' : 'claims'} will be removed and the bundled claims reloaded.`
            : 'The bundled claims will be reloaded.'}{' '}
          Your annotations and settings stay.
        </p>
      </ConfirmDialog>
    </section>
  );
}
