/** A furniture rule decided from one line alone. The id names the kind of furniture in the audit list. */
export interface LineRule {
  id: string;
  /** Called with the line's folded text (see Line.norm). */
  test: (text: string) => boolean;
}

/** Mentions a reporting verb: the line reports something, so it is article text, not a label. */
export const REPORTS = /\b(?:said|says|told|reported|reports|according to|announced|stated)\b/i;
