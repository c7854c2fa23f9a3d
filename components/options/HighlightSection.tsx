import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type HighlightStyle, type Settings } from '../../lib/settings';

// How figures look on pages and how long the pointer rests on one before its
// card opens. The delay has bounds: under 0 makes no sense, and past a second
// and a half people think hovering does nothing.

export const DELAY_MIN_MS = 0;
export const DELAY_MAX_MS = 1500;
export const DELAY_STEP_MS = 50;

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => Promise<void>;
}

const STYLES: { value: HighlightStyle; label: string; description: string }[] = [
  { value: 'underline', label: 'Underline', description: 'A thin amber line under each figure. Quiet, keeps the page as it was.' },
  { value: 'background', label: 'Background', description: 'A pale amber background behind each figure. Easier to spot while skimming.' },
];

export function HighlightSection({ settings, onChange }: Props) {
  const [delay, setDelay] = useState(settings.popoverDelayMs);
  const [status, setStatus] = useState('');
  useEffect(() => setDelay(settings.popoverDelayMs), [settings.popoverDelayMs]);

  const saveStyle = async (style: HighlightStyle) => {
    await onChange({ highlightStyle: style });
    setStatus(`Highlight style saved: ${style}.`);
  };
  const saveDelay = async (ms: number) => {
    const clamped = Math.min(DELAY_MAX_MS, Math.max(DELAY_MIN_MS, Math.round(ms / DELAY_STEP_MS) * DELAY_STEP_MS));
    setDelay(clamped);
    await onChange({ popoverDelayMs: clamped });
    setStatus(`Card delay saved: ${clamped} ms.`);
  };

  return (
    <section class="card" aria-labelledby="highlight-title">
      <h2 id="highlight-title">Highlights and cards</h2>

      <fieldset class="choices">
        <legend>Highlight style</legend>
        {STYLES.map((s) => (
          <label class="choice" key={s.value}>
            <input
              type="radio"
              name="highlight-style"
              value={s.value}
              checked={settings.highlightStyle === s.value}
              onChange={() => saveStyle(s.value)}
            />
            <span class="choice-text">
              <span class="choice-label">{s.label}</span>
              <span class="choice-description">{s.description}</span>
              <span class="preview" aria-hidden="true">
                Russia is losing <span class={`preview-figure ${s.value}`}>7,000-8,000</span> soldiers a week.
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <div class="field">
        <label for="delay-input">Card delay on hover</label>
        <p class="hint" id="delay-hint">
          How long the pointer rests on a figure before its card opens. The keyboard shortcut (Alt+Shift+→) opens
          cards at once.
        </p>
        <div class="row slider-row">
          <input
            id="delay-input"
            type="range"
            min={DELAY_MIN_MS}
            max={DELAY_MAX_MS}
            step={DELAY_STEP_MS}
            value={delay}
            aria-describedby="delay-hint"
            aria-valuetext={`${delay} milliseconds`}
            onInput={(e) => setDelay(Number(e.currentTarget.value))}
            onChange={(e) => saveDelay(Number(e.currentTarget.value))}
          />
          <output for="delay-input" class="slider-value" data-testid="delay-value">
            {delay} ms
          </output>
          {delay !== DEFAULT_SETTINGS.popoverDelayMs && (
            <button type="button" class="button small" onClick={() => saveDelay(DEFAULT_SETTINGS.popoverDelayMs)}>
              Use default ({DEFAULT_SETTINGS.popoverDelayMs} ms)
            </button>
          )}
        </div>
      </div>
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
