import { useRef, useState } from 'preact/hooks';
import { parseSiteInput } from './hostnames';

interface Props {
  sites: readonly string[];
  /** Applies a change to the stored list (which may differ from `sites` if the popup changed it). */
  onChange: (change: (sites: readonly string[]) => string[]) => Promise<void>;
}

export function SitesSection({ sites, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const add = async (e: Event) => {
    e.preventDefault();
    const parsed = parseSiteInput(draft, sites);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    const host = parsed.host;
    const submitted = draft;
    await onChange((stored) => (stored.includes(host) ? [...stored] : [...stored, host].sort()));
    // Someone typing the next site while this one was saved keeps what they typed.
    setDraft((d) => (d === submitted ? '' : d));
    setStatus(`Crosscount is now off on ${parsed.host}.`);
  };

  const remove = async (host: string) => {
    await onChange((stored) => stored.filter((s) => s !== host));
    setStatus(`Crosscount is on again on ${host}.`);
    // The focused Remove button is gone with its row; keep keyboard users in the section.
    inputRef.current?.focus();
  };

  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites where Crosscount is off</h2>
      <p class="hint">
        Crosscount leaves these sites alone: no highlights, no cards. A site also covers its subdomains, so
        example.com covers news.example.com.
      </p>

      {sites.length === 0 ? (
        <p class="empty" data-testid="sites-empty">
          Crosscount runs on every site. Add one below to turn it off there.
        </p>
      ) : (
        <ul class="site-list" aria-label="Sites where Crosscount is off">
          {sites.map((host) => (
            <li key={host}>
              <span class="site-host">{host}</span>
              <button type="button" class="button small" onClick={() => remove(host)} aria-label={`Remove ${host}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}

      <form class="inline-form" onSubmit={add} noValidate>
        <label for="site-input">Turn Crosscount off on</label>
        <div class="row">
          <input
            id="site-input"
            ref={inputRef}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              if (error) setError(null);
            }}
          />
          <button type="submit" class="button primary">
            Add site
          </button>
        </div>
        {error && (
          <p id="site-error" class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
