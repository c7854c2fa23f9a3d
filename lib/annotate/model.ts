import type { Figure } from '../extract/types';

// An annotation: a figure a person kept, anchored to its page (W3C Web
// Annotation selectors), with an optional note and the claims it was compared with.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters before the quote. */
  prefix: string;
  /** Up to 32 characters after the quote. */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Annotation {
  /** A UUID. */
  id: string;
  /** ISO timestamp. */
  created: string;
  modified: string;
  page: { url: string; title: string };
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  figure: Figure;
  note: string;
  /** Claim ids with the figure each stated, kept so an export stays readable without the database. */
  compared: { id: string; claimant: string; text: string; url: string }[];
}

export const CONTEXT_CHARS = 32;
