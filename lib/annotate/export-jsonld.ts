import { comparedText, periodText, valueText } from './format';
import type { Annotation, TextPositionSelector, TextQuoteSelector } from './model';

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/).
// A file holds an AnnotationCollection whose `first` is one embedded
// AnnotationPage with every annotation in `items`: the model's own container
// (section 5), which Web Annotation Protocol servers serve and IIIF viewers
// read as pages. Tools that want a bare list take `first.items`; each item
// is a complete Annotation under the collection's @context.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'describing';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: {
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: {
    id: string;
    type: 'AnnotationPage';
    partOf: string;
    startIndex: 0;
    items: WebAnnotation[];
  };
}

/** `urn:uuid:` form of a UUID, the IRI the model asks for when there is no web address. */
export function uuidIri(uuid: string): string {
  return uuid.startsWith('urn:uuid:') ? uuid : `urn:uuid:${uuid}`;
}

function figureDescription(a: Annotation): string {
  const f = a.figure;
  const parts = [`Figure "${a.quote.exact}": value ${valueText(f.value)}`, `metric ${f.metric}`, `rate ${f.rate}`];
  if (f.period) parts.push(`period ${periodText(f.period)}`);
  if (f.side) parts.push(`side ${f.side}`);
  return parts.join(', ');
}

export function toWebAnnotation(a: Annotation): WebAnnotation {
  const body: TextualBody[] = [];
  if (a.note.trim()) body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  body.push({ type: 'TextualBody', value: figureDescription(a), format: 'text/plain', purpose: 'describing' });
  for (const c of a.compared) {
    body.push({ type: 'TextualBody', value: `Compared with ${comparedText(c)}`, format: 'text/plain', purpose: 'describing' });
  }
  return {
    id: uuidIri(a.id),
    type: 'Annotation',
    motivation: a.note.trim() ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.modified,
    body,
    target: {
      source: a.page.url,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
      ],
    },
  };
}

export function toAnnotationCollection(
  annotations: readonly Annotation[],
  ids: { collection: string; page: string } = { collection: crypto.randomUUID(), page: crypto.randomUUID() },
): AnnotationCollection {
  const collection = uuidIri(ids.collection);
  return {
    '@context': ANNO_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: 'Crosscount annotations',
    total: annotations.length,
    first: {
      id: uuidIri(ids.page),
      type: 'AnnotationPage',
      partOf: collection,
      startIndex: 0,
      items: annotations.map(toWebAnnotation),
    },
  };
}

export function exportJsonLd(
  annotations: readonly Annotation[],
  ids?: { collection: string; page: string },
): string {
  return `${JSON.stringify(toAnnotationCollection(annotations, ids), null, 2)}\n`;
}
