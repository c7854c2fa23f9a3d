import { useEffect, useRef, useState } from 'preact/hooks';
import { CONTEXT_CHARS, type Annotation } from '../../lib/annotate/model';
import { addAnnotation, deleteAnnotation, listAnnotations, updateAnnotationNote } from '../../lib/store';
import { describeMetric } from '../../lib/claims/compare';
import { formatDate } from './format';
import { EXPORT_FORMATS, exportAnnotations, type ExportFormat } from './exportAnnotations';
import { downloadText } from './download';

// Saved annotations, newest first: note edited in place, delete with undo,
// export to a file.

interface Props {
  /** Re-read when the view is shown: an annotation may have been saved from the page meanwhile. */
  active: boolean;
  onCount: (n: number) => void;
}

export function Annotations({ active, onCount }: Props) {
  const [items, setItems] = useState<Annotation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<Annotation | null>(null);
  const [message, setMessage] = useState('');

  // Reloads can overlap (opening the tab, then deleting at once); only the latest one's list is shown.
  const latest = useRef(0);
  const reload = async () => {
    const ticket = ++latest.current;
    try {
      const list = await listAnnotations();
      if (ticket !== latest.current) return;
      setItems(list);
      onCount(list.length);
    } catch (e) {
      if (ticket === latest.current) setError(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    void reload();
  }, [active]);

  const remove = async (a: Annotation) => {
    // Gone from the list at once; a reload already on its way must not bring it back.
    latest.current++;
    setItems((list) => list && list.filter((x) => x.id !== a.id));
    await deleteAnnotation(a.id);
    setUndo(a);
    setMessage('');
    await reload();
  };

  const restore = async () => {
    if (!undo) return;
    await addAnnotation(undo);
    setUndo(null);
    setMessage('Annotation restored.');
    await reload();
  };

  const saveNote = async (a: Annotation, note: string) => {
    await updateAnnotationNote(a.id, note);
    setMessage('Note saved.');
    await reload();
  };

  const download = (format: ExportFormat) => {
    if (!items?.length) return;
    const file = exportAnnotations(format, items, new Date());
    downloadText(file.filename, file.text, file.mime);
    setMessage(`Saved ${file.filename}.`);
  };

  if (error)
    return (
      <p class="notice notice-error" role="alert">
        Could not read your annotations: {error}
      </p>
    );
  if (!items) return <p class="status">Loading annotations…</p>;

  return (
    <div class="annotations">
      <div class="export-bar" role="group" aria-label="Export all annotations">
        <span class="muted">Export</span>
        {EXPORT_FORMATS.map((f) => (
          <button key={f.id} type="button" class="button button-small" disabled={!items.length} onClick={() => download(f.id)}>
            {f.label}
          </button>
        ))}
      </div>
      <p class="status" role="status" aria-live="polite">
        {undo ? (
          <>
            Annotation deleted.{' '}
            <button type="button" class="link-button" onClick={() => void restore()}>
              Undo
            </button>
          </>
        ) : (
          message
        )}
      </p>
      {items.length === 0 ? (
        <div class="empty">
          <p>No saved annotations yet.</p>
          <p class="muted">
            On a news page, hover a highlighted figure (or press Alt+Shift+→) and choose Save to keep it here with a note.
          </p>
        </div>
      ) : (
        <ul class="annotation-list" aria-label="Saved annotations">
          {items.map((a) => (
            <li key={a.id}>
              <AnnotationItem annotation={a} onSave={(n) => saveNote(a, n)} onDelete={() => remove(a)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AnnotationItem({
  annotation: a,
  onSave,
  onDelete,
}: {
  annotation: Annotation;
  onSave: (note: string) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(a.note);
  const area = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const labelId = `ann-${a.id}`;

  useEffect(() => {
    if (editing) area.current?.focus();
  }, [editing]);

  const finish = async (save: boolean) => {
    if (save) await onSave(draft.trim());
    else setDraft(a.note);
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <article class="annotation" aria-labelledby={labelId} data-annotation-id={a.id}>
      <p class="ann-figure" id={labelId}>
        <mark>{a.figure.text}</mark> <span class="muted">{describeMetric(a.figure.metric)}</span>
      </p>
      <p class="ann-quote">
        <span class="muted">
          {a.quote.prefix.length >= CONTEXT_CHARS && '…'}
          {a.quote.prefix}
        </span>
        <strong>{a.quote.exact}</strong>
        <span class="muted">
          {a.quote.suffix}
          {a.quote.suffix.length >= CONTEXT_CHARS && '…'}
        </span>
      </p>
      <p class="ann-page">
        <a href={a.page.url} target="_blank" rel="noopener noreferrer">
          {a.page.title || a.page.url}
        </a>
        <span class="muted">
          {' · '}
          <time dateTime={a.created}>{formatDate(a.created)}</time>
        </span>
      </p>
      {a.compared.length > 0 && (
        <p class="ann-compared muted">
          Compared with{' '}
          {a.compared.slice(0, 3).map((c, i) => (
            <span key={c.id}>
              {i > 0 && '; '}
              {c.claimant}: {c.text}
            </span>
          ))}
          {a.compared.length > 3 && ` and ${a.compared.length - 3} more`}
        </p>
      )}
      {editing ? (
        <div class="note-edit">
          <label class="visually-hidden" for={`${labelId}-note`}>
            Note for {a.figure.text}
          </label>
          <textarea
            id={`${labelId}-note`}
            ref={area}
            rows={3}
            value={draft}
            maxLength={10_000}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void finish(true);
              if (e.key === 'Escape') {
                e.preventDefault();
                void finish(false);
              }
            }}
          />
          <div class="row">
            <button type="button" class="button button-small" onClick={() => void finish(true)}>
              Save note
            </button>
            <button type="button" class="link-button" onClick={() => void finish(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          {a.note && <p class="ann-note">{a.note}</p>}
          <div class="row">
            <button type="button" ref={editButton} class="link-button" onClick={() => setEditing(true)}>
              {a.note ? 'Edit note' : 'Add a note'}
              <span class="visually-hidden"> for {a.figure.text}</span>
            </button>
            <button type="button" class="link-button danger" onClick={() => void onDelete()}>
              Delete<span class="visually-hidden"> annotation {a.figure.text}</span>
            </button>
          </div>
        </>
      )}
    </article>
  );
}
