import { z } from 'zod';
import { MetricSchema, QualifierSchema, RateSchema, SideSchema, PeriodSchema, ValueSchema, isoDate } from './claims/schema';

// Every message that crosses a context boundary, with its zod schema. Each is
// parsed on arrival; anything malformed gets an error reply and changes nothing.

export const FigureSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().max(200),
  value: ValueSchema,
  qualifier: QualifierSchema,
  metric: MetricSchema,
  rate: RateSchema,
  period: PeriodSchema.nullable(),
  side: SideSchema.nullable(),
  claimant: z.string().max(300).nullable(),
  sentence: z.string().max(5000),
});

export const AnnotationTargetSchema = z.object({
  url: z.string().url(),
  title: z.string().max(1000),
  exact: z.string().min(1).max(1000),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
  /** Offsets in the page's text content as the content script reads it (document.body.textContent). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** Content script or popup -> background. */
export const RequestSchema = z.discriminatedUnion('type', [
  /** One batch per scan: comparable claims for each figure, in order. */
  z.object({
    type: z.literal('compare'),
    figures: z.array(FigureSchema).max(5000),
    /** The page's publication date: places figures that name no period ("7,000 a week"). */
    published: isoDate.optional(),
  }),
  /** Per-site settings the content script needs before it scans. */
  z.object({ type: z.literal('getPageSettings'), host: z.string().max(300) }),
  z.object({
    type: z.literal('saveAnnotation'),
    figure: FigureSchema,
    target: AnnotationTargetSchema,
    note: z.string().max(10_000),
    comparedClaimIds: z.array(z.string()).max(200),
  }),
  z.object({ type: z.literal('getDefinition'), id: z.string().max(200) }),
]);
export type Request = z.infer<typeof RequestSchema>;

/** Popup -> content script of the active tab. */
export const TabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('listFigures') }),
  z.object({ type: z.literal('revealFigure'), index: z.number().int().nonnegative() }),
  z.object({ type: z.literal('setEnabled'), enabled: z.boolean() }),
]);
export type TabRequest = z.infer<typeof TabRequestSchema>;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export function errorReply(error: unknown): Reply<never> {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return { ok: false, error: `malformed message: ${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
  }
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
