import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../lib/annotate/anchor';
import { exportJsonLd } from '../../lib/annotate/export-jsonld';
import { hostile, rubio, RUBIO_PAGE_TEXT } from './sample-annotations';

// Required fields of the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/), written from the spec's MUST and
// SHOULD statements, not from the exporter.
type Json = Record<string, unknown>;
const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const isIri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);
const isDateTimeUtc = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) && !Number.isNaN(Date.parse(v));
const types = (o: Json) => ([] as unknown[]).concat(o.type ?? []);
const asList = (v: unknown): Json[] => ([] as unknown[]).concat(v ?? []) as Json[];

function hasAnnoContext(o: Json): boolean {
  const ctx = o['@context'];
  return ctx === ANNO || (Array.isArray(ctx) && ctx.includes(ANNO));
}

function annotationViolations(a: Json, contextFromContainer: boolean): string[] {
  const v: string[] = [];
  // 3.1: @context MUST be (or include) the anno.jsonld context; id MUST be an IRI; type MUST include Annotation.
  if (!contextFromContainer && !hasAnnoContext(a)) v.push('@context');
  if (!isIri(a.id)) v.push('id');
  if (!types(a).includes('Annotation')) v.push('type');
  // 3.1: an Annotation MUST have 1 or more targets.
  const targets = asList(a.target);
  if (targets.length === 0) v.push('target');
  for (const t of targets) {
    if (typeof t === 'string') continue;
    // 4.1: a Specific Resource MUST have exactly 1 source.
    if (!isIri(t.source)) v.push('target.source');
    for (const s of asList(t.selector)) {
      if (types(s).length !== 1) v.push('selector.type');
      if (s.type === 'TextQuoteSelector') {
        // 4.2.4: exact MUST; prefix and suffix MAY, each a single string.
        if (typeof s.exact !== 'string' || s.exact === '') v.push('TextQuoteSelector.exact');
        for (const k of ['prefix', 'suffix']) if (k in s && typeof s[k] !== 'string') v.push(`TextQuoteSelector.${k}`);
      } else if (s.type === 'TextPositionSelector') {
        // 4.2.5: start and end MUST be non-negative integers.
        for (const k of ['start', 'end']) {
          if (!Number.isInteger(s[k]) || (s[k] as number) < 0) v.push(`TextPositionSelector.${k}`);
        }
      }
    }
  }
  for (const b of asList(a.body)) {
    if (typeof b === 'string') continue;
    // 3.2.4: a TextualBody SHOULD have type TextualBody and MUST have exactly one value.
    if (b.type === 'TextualBody' && typeof b.value !== 'string') v.push('body.value');
    if (b.type === undefined && !('value' in b) && !isIri(b.id)) v.push('body.type');
  }
  // 3.3.1: created and modified SHOULD be xsd:dateTime in UTC with the Z.
  for (const k of ['created', 'modified']) if (k in a && !isDateTimeUtc(a[k])) v.push(k);
  return v;
}

function collectionViolations(c: Json): string[] {
  const v: string[] = [];
  // 5.1: a Collection MUST have @context, an IRI id, type AnnotationCollection; SHOULD have label and total.
  if (!hasAnnoContext(c)) v.push('@context');
  if (!isIri(c.id)) v.push('id');
  if (!types(c).includes('AnnotationCollection')) v.push('type');
  if (typeof c.label !== 'string') v.push('label');
  if (!Number.isInteger(c.total)) v.push('total');
  const page = c.first as Json | undefined;
  if (!page) return [...v, 'first'];
  // 5.2: a Page MUST have an IRI id, type AnnotationPage and items; SHOULD have partOf and startIndex.
  if (!isIri(page.id)) v.push('first.id');
  if (!types(page).includes('AnnotationPage')) v.push('first.type');
  if (!Array.isArray(page.items)) return [...v, 'first.items'];
  if (page.partOf !== c.id && (page.partOf as Json | undefined)?.id !== c.id) v.push('first.partOf');
  if (page.startIndex !== 0) v.push('first.startIndex');
  if (page.items.length !== c.total) v.push('total');
  page.items.forEach((a: Json, i: number) => v.push(...annotationViolations(a, true).map((x) => `items[${i}].${x}`)));
  return v;
}

const parse = (s: string) => JSON.parse(s) as Json;

describe('exportJsonLd', () => {
  const doc = parse(exportJsonLd([rubio, hostile]));
  const items = (doc.first as Json).items as Json[];

  it('meets the required fields of the Web Annotation data model', () => {
    expect(collectionViolations(doc)).toEqual([]);
    expect(items).toHaveLength(2);
  });

  it('the field checks catch a broken annotation', () => {
    const broken = structuredClone(items[0]!);
    delete broken.target;
    broken.id = 'not an iri';
    expect(annotationViolations(broken, true)).toEqual(['id', 'target']);
    expect(annotationViolations({ ...items[0]!, created: '15/02/2026' }, false)).toEqual(['@context', 'created']);
  });

  it('identifies each annotation by its urn:uuid', () => {
    expect(items.map((a) => a.id)).toEqual([`urn:uuid:${rubio.id}`, `urn:uuid:${hostile.id}`]);
    expect(items[0]!.created).toBe(rubio.created);
    expect(items[0]!.modified).toBe(rubio.modified);
  });

  it('carries the note and each compared claim with its source address', () => {
    const bodies = items[0]!.body as Json[];
    expect(bodies).toContainEqual(expect.objectContaining({ type: 'TextualBody', purpose: 'commenting', value: rubio.note }));
    const described = bodies.filter((b) => b.purpose === 'describing').map((b) => b.value as string);
    expect(described.some((t) => t.includes('Mykhailo Fedorov') && t.includes('35,000 in December 2025') && t.includes(rubio.compared[0]!.url))).toBe(true);
    expect(described.some((t) => t.includes('7000-8000') && t.includes('per_week') && t.includes('killed'))).toBe(true);
  });

  it('targets the page with a quote and a position selector that find the figure again', () => {
    const target = items[0]!.target as Json;
    expect(target.source).toBe('https://isenews.com/?p=125033');
    const [quote, position] = target.selector as Json[];
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: '7,000-8,000' });
    expect(quote!.prefix).toBe('inning. The Russians are losing ');
    expect(quote!.suffix).toBe(' soldiers a week. A week. Not wo');
    const edited = 'Updated: ' + RUBIO_PAGE_TEXT;
    const found = anchorQuote(edited, quote as never, position as never);
    expect(found && edited.slice(found.start, found.end)).toBe('7,000-8,000');
  });

  it('keeps page text as plain string values, never markup', () => {
    const bodies = items[1]!.body as Json[];
    expect(bodies.find((b) => b.purpose === 'commenting')!.value).toBe(hostile.note);
    expect(bodies.every((b) => b.format === 'text/plain')).toBe(true);
  });

  it('exports an empty collection when there is nothing saved', () => {
    const empty = parse(exportJsonLd([]));
    expect(collectionViolations(empty)).toEqual([]);
    expect(empty.total).toBe(0);
  });
});
