import { describe, expect, test } from 'vitest';
import type { NoteKind } from '../../src/deck/types.js';
import { editDistance } from '../../src/quiz/edit-distance.js';
import { matchAnswer, matchAnswers, type Verdict } from '../../src/quiz/match-answer.js';

type Case = [given: string, expected: string, kind: NoteKind];

const accepted: Case[] = [
  // case, accents, punctuation, articles
  ['kazakhstan', 'Kazakhstan', 'place'],
  ['Tokayev', 'Tokáyev', 'person'],
  ['Taliban', 'the Taliban', 'organization'],
  ['the Taliban', 'Taliban', 'organization'],
  ['US', 'U.S.', 'place'],
  ['kassym jomart tokayev', 'Kassym-Jomart Tokayev', 'person'],
  ['New Kazakhstan!', '“New Kazakhstan”', 'term'],
  // a person by surname, full name, or with a title
  ['Rosenblum', 'Daniel Rosenblum', 'person'],
  ['Daniel Rosenblum', 'Daniel Rosenblum', 'person'],
  ['President Tokayev', 'Kassym-Jomart Tokayev', 'person'],
  ['Tokayev', 'Kassym-Jomart Tokayev', 'person'],
  // organisations and places by their initials, both ways
  ['HRW', 'Human Rights Watch', 'organization'],
  ['European Union', 'EU', 'organization'],
  ['VOA', 'Voice of America', 'organization'],
  ['United States', 'U.S.', 'place'],
  // number forms
  ['3 billion', '$3 billion', 'money'],
  ['3bn', '$3 billion', 'money'],
  ['$3bn', '$3 billion', 'money'],
  ['3,000,000,000', '$3 billion', 'money'],
  ['3000000000 dollars', '$3 billion', 'money'],
  ['three billion', '$3 billion', 'money'],
  ['US$3 billion', '$3 billion', 'money'],
  ['$30bn', '$30 billion', 'money'],
  ['7', 'seven', 'number'],
  ['seven', '7', 'number'],
  ['23', 'twenty-three', 'number'],
  ['15 percent', '15%', 'percent'],
  ['15 per cent', '15%', 'percent'],
  ['15%', '15 percent', 'percent'],
  ['15', '15%', 'percent'],
  ['7 years', 'seven-year', 'quantity'],
  ['7-year', 'seven-year', 'quantity'],
  ['7644 km', '7,644-kilometer', 'quantity'],
  ['10x', '10 times', 'quantity'],
  ['tenfold', '10 times', 'quantity'],
  ['2%', '2%', 'percent'],
  // a number with what it counts, as people say it
  ['227 people', '227', 'number'],
  ['227', '227 people', 'number'],
  ['23 political prisoners', 'twenty-three', 'number'],
  ['seven names', '7', 'number'],
  ['1 prisoner', 'one prisoner', 'number'],
  ['3 cities', '3 city', 'number'],
  ['$3 billion in trade', '$3 billion', 'money'],
  // dates in any order and spelling
  ['January 4', 'Jan. 4', 'date'],
  ['4 January', 'Jan. 4', 'date'],
  ['4th of Jan', 'Jan. 4', 'date'],
  ['jan 2022', 'January 2022', 'date'],
  ['2022', '2022', 'date'],
];

const near: Case[] = [
  ['Rosenblom', 'Daniel Rosenblum', 'person'],
  ['Daniel Rosenbulm', 'Daniel Rosenblum', 'person'],
  ['Tokaev', 'Kassym-Jomart Tokayev', 'person'],
  ['Mirziyoev', 'Shavkat Mirziyoyev', 'person'],
  ['Karibaeva', 'Akbota Karibayeva', 'person'],
  ['Kazakstan', 'Kazakhstan', 'place'],
  ['Human Right Watch', 'Human Rights Watch', 'organization'],
  ['Caspian Policy Centre', 'Caspian Policy Center', 'organization'],
  ['Janury 2022', 'January 2022', 'date'],
];

const rejected: Case[] = [
  // the opposites of the accepted forms
  ['$3 million', '$3 billion', 'money'],
  ['3 million', '$3 billion', 'money'],
  ['3bn', '$30 billion', 'money'],
  ['€3 billion', '$3 billion', 'money'],
  ['3', '$3 billion', 'money'],
  ['$5 billion', '$3 billion', 'money'],
  ['Tokayev', 'Shavkat Mirziyoyev', 'person'],
  ['Mirziyoyev', 'Kassym-Jomart Tokayev', 'person'],
  ['Daniel', 'Daniel Rosenblum', 'person'],
  ['Rosenberg', 'Daniel Rosenblum', 'person'],
  ['2023', '2022', 'date'],
  ['2021', '2022', 'date'],
  ['January 2023', 'January 2022', 'date'],
  ['June 2022', 'January 2022', 'date'],
  ['Jan. 5', 'Jan. 4', 'date'],
  ['16%', '15%', 'percent'],
  ['15 percent', '16%', 'percent'],
  ['51%', '15%', 'percent'],
  ['six', 'seven', 'number'],
  ['8', 'seven', 'number'],
  ['227', '272', 'number'],
  ['272 people', '227', 'number'],
  ['227 refugees', '227 prisoners', 'number'],
  ['7 hours', 'seven-year', 'quantity'],
  ['227 people 5', '227', 'number'],
  ['227 very many people', '227', 'number'],
  ['7 months', 'seven-year', 'quantity'],
  ['7,464 km', '7,644-kilometer', 'quantity'],
  ['Iraq', 'Iran', 'place'],
  ['Tajikistan', 'Kazakhstan', 'place'],
  ['Kyrgyzstan', 'Kazakhstan', 'place'],
  ['Watch', 'Human Rights Watch', 'organization'],
  ['EU', 'European Union of Democrats', 'organization'],
  ['', 'Kazakhstan', 'place'],
  ['   ', 'Kazakhstan', 'place'],
];

function check(cases: Case[], verdict: Verdict): void {
  test.each(cases)(`"%s" for "%s" (%s) is ${verdict}`, (given, expected, kind) => {
    expect(matchAnswer(given, expected, kind)).toEqual({ verdict, expected });
  });
}

describe('accepted as right', () => check(accepted, 'right'));
describe('near: a small slip in a name, shown with the exact answer', () => check(near, 'near'));
describe('rejected', () => check(rejected, 'wrong'));

describe('matchAnswers', () => {
  test('a deletion that appears twice is answered part by part; the worst part counts', () => {
    expect(matchAnswers('Kazakhstan, Russia', ['Kazakhstan', 'Russia'], 'place').verdict).toBe('right');
    expect(matchAnswers('Kazakstan; Russia', ['Kazakhstan', 'Russia'], 'place').verdict).toBe('near');
    expect(matchAnswers('Kazakhstan, China', ['Kazakhstan', 'Russia'], 'place').verdict).toBe('wrong');
    expect(matchAnswers('Rosenblum', ['Daniel Rosenblum'], 'person')).toEqual({ verdict: 'right', expected: 'Daniel Rosenblum' });
  });
});

describe('editDistance', () => {
  test('counts inserts, deletes, substitutions and a swap of neighbours as one each', () => {
    expect(editDistance('rosenblum', 'rosenblum')).toBe(0);
    expect(editDistance('rosenblum', 'rosenbulm')).toBe(1);
    expect(editDistance('tokayev', 'tokaev')).toBe(1);
    expect(editDistance('iran', 'iraq')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
