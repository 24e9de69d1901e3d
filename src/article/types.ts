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
}
