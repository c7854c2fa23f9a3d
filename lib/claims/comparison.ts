import type { Claim, Definition } from './schema';

// What the comparison engine (compare.ts) hands to the popover and the popup.

/** How a claim relates to the page's figure, best first. */
export type Relation =
  /**
   * The claim is the very statement the page reports (same claimant, value,
   * metric family and period): not a second source, so never shown as one.
   */
  | 'same_statement'
  | 'same_period_same_metric'
  | 'same_period_same_family'
  | 'nearby_period'
  | 'cumulative_total';

export interface Comparison {
  claim: Claim;
  definition: Definition | null;
  relation: Relation;
  /** The claim's figure per day over its period; null when it cannot be a rate (stocks, ratios). */
  perDay: { low: number; high: number } | null;
  /** The claim's figure restated in the page figure's own unit (per week, per month, a period total). */
  inPageUnit: { low: number; high: number } | null;
  /** The unit of inPageUnit in words: "a month", "a week", "in January 2026". */
  pageUnitLabel: string;
  /** One plain sentence when the definitions differ, else null. */
  definitionNote: string | null;
  score: number;
}
