// The learned part of the fact score: its shape, and what it changes in a short deck.
// (Invented article; no sentence comes from a corpus article.)
import { describe, expect, test } from 'vitest';
import { readPlainText } from '../../src/article/read-text.js';
import { analyseArticle } from '../../src/generate/analyse-article.js';
import { collectCandidates } from '../../src/generate/candidates.js';
import { FEATURE_NAMES, factFeatures, learnedLogit, WEIGHTS } from '../../src/generate/fact-score.js';
import { generateNotes } from '../../src/generate/generate-notes.js';
import { deletions } from './deck-quality.js';

const STORY = `Harbour board approves docks expansion

The Kestrel Bay Harbour Board on Tuesday approved a $450 million expansion of the eastern docks, its largest project in 40 years.

The board's chair, Maria Ellison, said the work would double the number of container ships the port can take by 2029.

“We have waited a long time for this, and the town will see the jobs within a year,” Ellison said.

Two members voted against the plan at the meeting in the Old Customs House on Friday, citing the cost to the town's three smaller piers.

Dockside Services, Harbour Freight and Kestrel Towage will bid for the dredging work, which is expected to start in March 2027.`;

const article = readPlainText(STORY);

describe('learned fact score', () => {
  test('has one weight per feature, and one feature per name (a feature added without a refit fails here)', () => {
    const analysis = analyseArticle(article);
    const { facts } = collectCandidates(analysis, article.title);
    const rows = factFeatures(facts, analysis, article.title);
    expect(rows.length).toBe(facts.length);
    for (const row of rows) expect(row.length).toBe(FEATURE_NAMES.length);
    expect(WEIGHTS.length).toBe(FEATURE_NAMES.length);
  });

  test('a figure written in digits near the top outranks a small count in words further down', () => {
    const analysis = analyseArticle(article);
    const { facts } = collectCandidates(analysis, article.title);
    const rows = factFeatures(facts, analysis, article.title);
    const logit = (answer: string): number => learnedLogit(rows[facts.findIndex((f) => f.answer === answer)]!);
    expect(logit('$450 million')).toBeGreaterThan(logit('Two'));
    expect(logit('2029')).toBeGreaterThan(logit('Two'));
  });

  test('a short deck asks the deadlines, not the day of the week the meeting fell on', () => {
    const asked = deletions(generateNotes(article, { maxCards: 8 }));
    expect(asked).toContain('$450 million::amount');
    expect(asked).toContain('2029::year');
    expect(asked).toContain('March 2027::date');
    expect(asked.filter((d) => /day::/.test(d))).toEqual([]);
  });
});
