/** An article as read from a file: what the generator works on. */
export interface Paragraph {
  /** The heading the paragraph sits under (a heading on its own line), or null. */
  section: string | null;
  /** The paragraph's text, whitespace normalised, no markup. */
  text: string;
}

export interface Article {
  title: string;
  /** A dateline such as "WASHINGTON", taken off the first paragraph; never card text. */
  dateline: string | null;
  paragraphs: Paragraph[];
  /**
   * The short lines between the headline and the text — a speech's date, who gives it and
   * where ("May 3, 2024", "Governor Jane Roe", "At the Harbour Club, Oslo"): the headings
   * before the first paragraph, its own included, bylines left out. Absent when there are none.
   */
  front?: string[];
}
