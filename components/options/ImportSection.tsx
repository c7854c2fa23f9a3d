import { useRef, useState } from 'preact/hooks';
import { importClaims, removeImportedClaims } from '../../lib/store';
import { ConfirmDialog } from './ConfirmDialog';
import { describeImportError } from './importErrors';

// Bringing one's own claims: a JSON file in the bundled format, checked entry by
// entry against the dataset schema. Nothing is written unless every entry is
// valid, so a bad file leaves the dataset exactly as it was.

const MAX_BYTES = 20 * 1024 * 1024;

type Outcome =
  | { kind: 'none' }
  | { kind: 'added'; file: string; added: number }
  | { kind: 'removed'; removed: number }
  | { kind: 'failed'; file: string; summary: string; errors: string[] };

interface Props {
  imported: number;
  onChanged: () => Promise<void>;
}

export function ImportSection({ imported, onChanged }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [confirming, setConfirming] = useState(false);

  const onFile = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome({ kind: 'none' });
    try {
      if (file.size > MAX_BYTES) {
        setOutcome({ kind: 'failed', file: file.name, summary: 'The file is larger than 20 MB.', errors: [] });
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        setOutcome({ kind: 'failed', file: file.name, summary: 'The file is not valid JSON.', errors: [detail] });
        return;
      }
      const result = await importClaims(json);
      if (result.ok) {
        setOutcome({ kind: 'added', file: file.name, added: result.added });
      } else {
        const n = result.errors.length;
        setOutcome({
          kind: 'failed',
          file: file.name,
          summary: `Nothing was imported. Fix ${n === 1 ? 'this problem' : `these ${n} problems`} and choose the file again.`,
          errors: result.errors,
        });
      }
      await onChanged();
    } catch (err) {
      setOutcome({
        kind: 'failed',
        file: file.name,
        summary: 'The claims could not be saved.',
        errors: [err instanceof Error ? err.message : String(err)],
      });
    } finally {
      // Clearing lets the person pick the same file again after fixing it.
      if (input.current) input.current.value = '';
      setBusy(false);
    }
  };

  const remove = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      const removed = await removeImportedClaims();
      setOutcome({ kind: 'removed', removed });
      await onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="import-title">
      <h2 id="import-title">Your own claims</h2>
      <p class="hint">
        Import a claims file (JSON, in the same format as the bundled dataset) to compare pages against your own
        sources. Imported claims are marked as yours, stay when the bundled dataset is updated, and can be removed at
        any time. Every entry is checked; if any entry has a problem, nothing is imported.
      </p>

      <div class="field">
        <label for="import-file">Claims file</label>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby="import-format"
          onChange={onFile}
        />
      </div>

      <details class="format" id="import-format">
        <summary>File format</summary>
        <p>
          An object with <code>version</code>, <code>updated</code> (YYYY-MM-DD) and a <code>claims</code> array, or
          just the array. Each claim needs an <code>id</code>, a <code>value</code> with <code>low</code> and{' '}
          <code>high</code>, a <code>qualifier</code>, <code>metric</code>, <code>rate</code>, <code>period</code>,{' '}
          <code>side</code>, a <code>claimant</code> with a <code>name</code>, at least one source with an{' '}
          <code>outlet</code>, <code>url</code> and <code>date</code>, the verbatim <code>quote</code>, its{' '}
          <code>quoteLanguage</code>, the <code>statementDate</code> and a <code>definitionId</code> (or null).
        </p>
      </details>

      <div aria-live="polite" class="outcome-region">
        {busy && <p class="busy">Working…</p>}
        {outcome.kind === 'added' && (
          <p class="notice success" data-testid="import-success">
            Imported {outcome.added} {outcome.added === 1 ? 'claim' : 'claims'} from {outcome.file}.
          </p>
        )}
        {outcome.kind === 'removed' && (
          <p class="notice success">
            Removed {outcome.removed} imported {outcome.removed === 1 ? 'claim' : 'claims'}.
          </p>
        )}
      </div>
      {outcome.kind === 'failed' && (
        <div class="notice error" role="alert" data-testid="import-error">
          <p class="notice-title">
            Could not import {outcome.file}. {outcome.summary}
          </p>
          {outcome.errors.length > 0 && (
            <ul class="problems">
              {outcome.errors.map((e, i) => {
                const p = describeImportError(e);
                return (
                  <li key={i}>
                    {p.entry !== null && (
                      <>
                        <strong>Entry {p.entry}</strong>
                        {p.id ? ` (id “${p.id}”)` : ''}
                        {p.field ? (
                          <>
                            , field <code>{p.field}</code>
                          </>
                        ) : null}
                        {': '}
                      </>
                    )}
                    {p.message}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}

      <div class="imported-row">
        <p data-testid="imported-count">
          {imported === 0
            ? 'You have not imported any claims.'
            : `You have imported ${imported} ${imported === 1 ? 'claim' : 'claims'}.`}
        </p>
        {imported > 0 && (
          <button type="button" class="button" disabled={busy} onClick={() => setConfirming(true)}>
            Remove imported claims
          </button>
        )}
      </div>

      <ConfirmDialog
        open={confirming}
        title="Remove imported claims?"
        confirmLabel={`Remove ${imported} ${imported === 1 ? 'claim' : 'claims'}`}
        danger
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <p>
          This deletes the {imported} {imported === 1 ? 'claim' : 'claims'} you imported. The bundled dataset, your
          annotations and your settings stay.
        </p>
      </ConfirmDialog>
    </section>
  );
}
