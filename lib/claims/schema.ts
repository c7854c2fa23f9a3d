import { z } from 'zod';
import { METRICS, QUALIFIERS, RATES, SIDES } from '../extract/types';

// Zod schemas for the dataset; the TypeScript types are inferred from them so
// there is one definition of each shape.

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

export const MetricSchema = z.enum(METRICS);
export const RateSchema = z.enum(RATES);
export const QualifierSchema = z.enum(QUALIFIERS);
export const SideSchema = z.enum(SIDES);

export const ValueSchema = z
  .object({ low: z.number().nonnegative(), high: z.number().nonnegative() })
  .refine((v) => v.low <= v.high, { message: 'low must not exceed high', path: ['high'] });

export const PeriodSchema = z
  .object({ start: isoDate, end: isoDate })
  .refine((p) => p.start <= p.end, { message: 'period ends before it starts', path: ['end'] });

export const ClaimantSchema = z.object({
  /** Person or body that made the estimate: "Volodymyr Zelensky", "UK Ministry of Defence". */
  name: z.string().min(1),
  /** Role or institution: "President of Ukraine". */
  role: z.string().optional(),
});

export const SourceSchema = z.object({
  /** The outlet whose page carries the quote (who reported, not who estimated). */
  outlet: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().optional(),
  /** Date of the statement or publication, YYYY-MM-DD. */
  date: isoDate.nullable(),
  /** For secondary compilations: the primary source they cite. */
  primaryUrl: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Verbatim text on this page carrying the figure, where this outlet worded
   * the statement differently from the claim's `quote` (which is sources[0]'s).
   */
  quote: z.string().min(1).optional(),
  quoteLanguage: z.string().min(2).optional(),
});

export const ClaimSchema = z.object({
  id: z.string().min(1),
  value: ValueSchema,
  qualifier: QualifierSchema,
  metric: MetricSchema,
  rate: RateSchema,
  period: PeriodSchema.nullable(),
  side: SideSchema.nullable(),
  claimant: ClaimantSchema,
  /** One statement reported by several outlets is one claim with several sources. */
  sources: z.array(SourceSchema).min(1),
  /** Verbatim text from the first source's page containing the figure. */
  quote: z.string().min(1),
  quoteLanguage: z.string().min(2),
  /** The date the claimant made the statement, YYYY-MM-DD. */
  statementDate: isoDate.nullable(),
  definitionId: z.string().nullable(),
  notes: z.string().optional(),
  /** Ids of claims this one conflicts with or repeats (same claimant, other figure). */
  related: z.array(z.string()).optional(),
  /** 'bundled' ships with the extension; 'imported' was added by the person. */
  origin: z.enum(['bundled', 'imported']).default('bundled'),
});

export const DefinitionSchema = z.object({
  id: z.string().min(1),
  /** The term as the source uses it: "permanent combat losses (UK MoD)". */
  term: z.string().min(1),
  /** Which metric the term maps to in our vocabulary. */
  metric: MetricSchema,
  /** What it counts, in plain words. */
  counts: z.string().min(1),
  source: z.object({ outlet: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }),
  quote: z.string().min(1),
  quoteLanguage: z.string().min(2),
  /** Caveats about the source, e.g. when the quote is another outlet's wording of the same statement. */
  notes: z.string().optional(),
});

export const ClaimsFileSchema = z.object({
  version: z.string().min(1),
  updated: isoDate,
  claims: z.array(ClaimSchema),
});

export const DefinitionsFileSchema = z.object({
  version: z.string().min(1),
  definitions: z.array(DefinitionSchema),
});

export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimInput = z.input<typeof ClaimSchema>;
export type Definition = z.infer<typeof DefinitionSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type ClaimsFile = z.infer<typeof ClaimsFileSchema>;
export type DefinitionsFile = z.infer<typeof DefinitionsFileSchema>;
