import type { Annotation } from '../annotate/model';
import { db as defaultDb, type CrosscountDB } from './db';

// The person's annotations. Nothing else in the store writes to this table,
// so re-seeding or importing claims never touches them.

/** Adds an annotation, or replaces the one with the same id (used to undo a delete). */
export async function addAnnotation(a: Annotation, opts: { db?: CrosscountDB } = {}): Promise<string> {
  await (opts.db ?? defaultDb).annotations.put(a);
  return a.id;
}

/** Newest first. */
export async function listAnnotations(opts: { db?: CrosscountDB } = {}): Promise<Annotation[]> {
  return (opts.db ?? defaultDb).annotations.orderBy('created').reverse().toArray();
}

/** Sets the note and the modified time; false when no annotation has that id. */
export async function updateAnnotationNote(id: string, note: string, opts: { db?: CrosscountDB } = {}): Promise<boolean> {
  const n = await (opts.db ?? defaultDb).annotations.update(id, { note, modified: new Date().toISOString() });
  return n > 0;
}

export async function deleteAnnotation(id: string, opts: { db?: CrosscountDB } = {}): Promise<void> {
  await (opts.db ?? defaultDb).annotations.delete(id);
}
