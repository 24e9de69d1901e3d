// The eval's judge: a figure deleted without its qualifier or the words it counts is not a cut
// span, nor a name without its title, nor a whole date around the gold's; a figure or name cut
// inside the gold's span still is, and a gold name is only found as whole words.
import { describe, expect, test } from 'vitest';
import type { Gold } from '../../eval/corpus.js';
import { judgeCards, namesElsewhere, scoreArticle } from '../../eval/judge-cards.js';
import type { GeneratedNote } from '../../src/generate/generate-notes.js';
import type { FactKind, NoteKind } from '../../src/deck/types.js';

function defectsOf(sentence: string, answer: string, kind: NoteKind, goldAnswer: string, goldKind: FactKind = 'quantity'): string[] {
  const at = sentence.indexOf(answer);
  const text = `${sentence.slice(0, at)}{{c1::${answer}::${kind}}}${sentence.slice(at + answer.length)}`;
  const note: GeneratedNote = { fingerprint: 'f', kind, cardKinds: [kind], text, extra: sentence, section: null, tags: [] };
  const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: goldAnswer, kind: goldKind }], entities: [], quotes: [], noSpeaker: [] };
  return judgeCards([note], gold, sentence)[0]!.defects;
}

describe('cut spans in the judge', () => {
  test('a figure without its qualifier and counted words is no cut', () => {
    expect(defectsOf('It buys over a billion parts each year.', 'a billion', 'number', 'over a billion parts')).toEqual([]);
    expect(defectsOf('It was built to make up to five experimental test flights.', 'five', 'number', 'up to five experimental test flights')).toEqual([]);
    expect(defectsOf('The rover flew more than 14 times farther than planned.', '14 times', 'quantity', 'more than 14 times farther')).toEqual([]);
  });

  test('one whole figure of a gold item that holds two is no cut', () => {
    expect(defectsOf('The country ranked 132 out of 180 countries in 2017.', '132', 'number', '132 out of 180 countries')).toEqual([]);
    expect(defectsOf('Prices rose 10 cents and 5 cents a gallon.', '5 cents', 'money', '10 cents and 5 cents', 'money')).toEqual([]);
    // Part of one figure still is: "5‑1/2" with a non-breaking hyphen.
    expect(defectsOf('The range stays at 5-1/4 to 5‑1/2 percent.', '1/2 percent', 'percent', '5-1/4 to 5‑1/2 percent', 'percent')).toContain('cut');
  });

  test('a figure cut inside another, or a name cut short, still is', () => {
    expect(defectsOf('The trip took 15 days in all.', '5', 'number', '15 days')).toContain('cut');
    expect(defectsOf('The Harbor Physics Laboratory built it.', 'Harbor', 'organization', 'Harbor Physics Laboratory')).toContain('cut');
  });

  test('qualifiers the reader keeps beside the blank leave the figure whole', () => {
    expect(defectsOf('The archive holds approximately 4,100 letters.', '4,100', 'number', 'approximately 4,100')).toEqual([]);
    expect(defectsOf('Rates rose among adults aged ≥70 years.', '70 years', 'quantity', 'aged ≥70 years')).toEqual([]);
    expect(defectsOf('The bank lent just over half a million dollars.', 'half a million dollars', 'money', 'just over half a million dollars', 'money')).toEqual([]);
    expect(defectsOf('The last surplus came in fiscal year 1957.', '1957', 'date', 'fiscal year 1957', 'date')).toEqual([]);
    expect(defectsOf('The plan runs over the next 4 years.', '4 years', 'quantity', 'next 4 years')).toEqual([]);
    expect(defectsOf('Doses rose by close to 300 million.', '300 million', 'number', 'close to 300 million')).toEqual([]);
    expect(defectsOf('Unemployment stayed below 5 percent.', '5 percent', 'percent', 'below 5 percent', 'percent')).toEqual([]);
    expect(defectsOf('Pay grew between 3 and 6 percent.', '3 and 6 percent', 'percent', 'between 3 and 6 percent', 'percent')).toEqual([]);
  });

  test('every figure and month of the gold deleted whole, whatever words the gold has around them, is no cut', () => {
    expect(defectsOf('Before 1994, the board did not announce its decisions.', '1994', 'date', 'Before 1994', 'date')).toEqual([]);
    expect(defectsOf('They targeted more than 500 U.S. and foreign firms.', '500', 'number', 'more than 500 U.S. and foreign firms', 'number')).toEqual([]);
    expect(defectsOf('Rates have held since last July.', 'last July', 'date', 'since last July', 'date')).toEqual([]);
    expect(defectsOf('Their overall 4,100 letters were sold.', '4,100', 'number', 'overall 4,100')).toEqual([]);
    // A month without the gold's year is still a cut.
    expect(defectsOf('Sales peaked in July 2023 at home.', 'July', 'date', 'July 2023', 'date')).toContain('cut');
  });

  test('a figure inside a name the gold lists whole is a fact of its own: no wrong hint, no cut, not that name', () => {
    const sentence = 'Check the 2014 Harbor Flood Review page for updates.';
    const at = sentence.indexOf('2014');
    const note: GeneratedNote = { fingerprint: 'f', kind: 'date', cardKinds: ['date'], text: `${sentence.slice(0, at)}{{c1::2014::year}}${sentence.slice(at + 4)}`, extra: sentence, section: null, tags: [] };
    const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: '2014 Harbor Flood Review', kind: 'term' }], entities: [], quotes: [], noSpeaker: [] };
    const [card] = judgeCards([note], gold, sentence);
    expect(card!.defects).toEqual([]);
    expect(card!.keyFact).toBeNull();
    // A figure the gold lists as a date is still matched to it.
    expect(defectsOf('Before 1994, the board did not announce its decisions.', '1994', 'date', 'Before 1994', 'date')).toEqual([]);
  });

  test('a length of time the gold calls a date is rightly asked "how long"; a year asked as a number is still a wrong hint', () => {
    const sentence = 'That is $35 billion over 5 years, the office said.';
    const at = sentence.indexOf('5 years');
    const note: GeneratedNote = { fingerprint: 'f', kind: 'quantity', cardKinds: ['quantity'], text: `${sentence.slice(0, at)}{{c1::5 years::how long}}${sentence.slice(at + 7)}`, extra: sentence, section: null, tags: [] };
    const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: '5 years', kind: 'date' }], entities: [], quotes: [], noSpeaker: [] };
    expect(judgeCards([note], gold, sentence)[0]!.defects).toEqual([]);
    expect(defectsOf('The plan was signed in 2019 by both sides.', '2019', 'number', '2019', 'date')).toContain('wrong-hint');
  });

  test('two names the gold lists one by one, parted by a possessive, are each whole', () => {
    const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: 'NASA’s Harbor Flight Center', kind: 'organization' }], entities: [{ text: 'NASA', kind: 'organization' }], quotes: [], noSpeaker: [] } as unknown as Gold;
    const judged = (answer: string) => {
      const sentence = 'NASA’s Harbor Flight Center in Maryland manages the telescope.';
      const at = sentence.indexOf(answer);
      const text = `${sentence.slice(0, at)}{{c1::${answer}::organization}}${sentence.slice(at + answer.length)}`;
      return judgeCards([{ fingerprint: 'f', kind: 'organization', cardKinds: ['organization'], text, extra: sentence, section: null, tags: [] }], gold, sentence)[0]!.defects;
    };
    expect(judged('Harbor Flight Center')).toEqual([]);
    expect(defectsOf('She ran Tracy’s Kids Art Program for years.', 'Kids Art Program', 'term', 'Tracy’s Kids Art Program', 'term')).toContain('cut');
  });

  test('a name of its own inside the gold’s one span — either side of a possessive between bodies, one place of a list — is no cut, and not that span', () => {
    const judged = (sentence: string, answer: string, kind: NoteKind, gold: string, goldKind: FactKind) => {
      const at = sentence.indexOf(answer);
      const text = `${sentence.slice(0, at)}{{c1::${answer}::${kind}}}${sentence.slice(at + answer.length)}`;
      const g: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: gold, kind: goldKind }], entities: [], quotes: [], noSpeaker: [] };
      const [card] = judgeCards([{ fingerprint: 'f', kind, cardKinds: [kind], text, extra: sentence, section: null, tags: [] }], g, sentence);
      return { defects: card!.defects, keyFact: card!.keyFact };
    };
    const office = 'said Dana Wells of the Harbor Ministry’s Fisheries Division.';
    expect(judged(office, 'Harbor Ministry', 'organization', 'Harbor Ministry’s Fisheries Division', 'organization')).toEqual({ defects: [], keyFact: null });
    expect(judged(office, 'Fisheries Division', 'organization', 'Harbor Ministry’s Fisheries Division', 'organization')).toEqual({ defects: [], keyFact: null });
    const places = 'The music comes from Chad, Niger, Mali, and Benin.';
    expect(judged(places, 'Mali', 'place', 'Chad, Niger, Mali, and Benin', 'place')).toEqual({ defects: [], keyFact: null });
    // A body's name with commas is one name; a name made of a person's name is one name.
    expect(judged('It came out of the Health, Education, Labor and Pensions Committee.', 'Health', 'organization', 'Health, Education, Labor and Pensions Committee', 'organization').defects).toContain('cut');
    expect(judged('She ran Tracy’s Kids Art Program.', 'Tracy', 'term', 'Tracy’s Kids Art Program', 'term').defects).toContain('cut');
    // A place and where it is, joined by the gold: each whole, and the place itself (where it is
    // left on the card) the gold's key fact; a body's name with "in" is one.
    const base = 'He trained at Dunmore Air Base, Ohio, in 2001.';
    expect(judged(base, 'Dunmore Air Base', 'place', 'Dunmore Air Base, Ohio', 'place')).toEqual({ defects: [], keyFact: 'Dunmore Air Base, Ohio' });
    expect(judged(base, 'Ohio', 'place', 'Dunmore Air Base, Ohio', 'place')).toEqual({ defects: [], keyFact: null });
    expect(judged('She works at the Lenox Space Center in Tulsa.', 'Lenox Space Center', 'place', 'Lenox Space Center in Tulsa', 'place')).toEqual({ defects: [], keyFact: 'Lenox Space Center in Tulsa' });
    expect(judged('said the head of Harbor Forces in Europe.', 'Harbor Forces', 'organization', 'Harbor Forces in Europe', 'organization').defects).toContain('cut');
    expect(judged('He won the Lenox Profiles in Courage award.', 'Lenox Profiles', 'term', 'Lenox Profiles in Courage award', 'term').defects).toContain('cut');
  });

  test('a name without the title before it, or the common noun after it, is the whole name', () => {
    expect(defectsOf('It was signed by Governor Alvarez last week.', 'Alvarez', 'person', 'Governor Alvarez', 'person')).toEqual([]);
    expect(defectsOf('It was signed by Chair Lena Alvarez last week.', 'Lena Alvarez', 'person', 'Chair Lena Alvarez', 'person')).toEqual([]);
    expect(defectsOf('I spoke to Foreign Minister Alvarez yesterday.', 'Alvarez', 'person', 'Foreign Minister Alvarez', 'person')).toEqual([]);
    expect(defectsOf('The Harbour Relief Program (HRP) pays farmers.', 'Harbour Relief Program', 'term', 'Harbour Relief Program (HRP)', 'term')).toEqual([]);
    expect(defectsOf('The USS Dana Pryce (DDG 12) left port.', 'USS Dana Pryce', 'term', 'USS Dana Pryce (DDG 12)', 'term')).toEqual([]);
    expect(defectsOf('Harbour Strike Group (HSG) 9 left port.', 'Harbour Strike Group', 'organization', 'Harbour Strike Group (HSG) 9', 'organization')).toContain('cut');
    expect(defectsOf('Farmers in the Dara Kopi district voted.', 'Dara Kopi', 'place', 'Dara Kopi district', 'place')).toEqual([]);
    expect(defectsOf('Her sister Mary Ann Coyle spoke.', 'Ann Coyle', 'person', 'Mary Ann Coyle', 'person')).toContain('cut');
    // A service's rank abbreviation, or the service and rank written out, is a title too.
    expect(defectsOf('We honour SSG Lena Alvarez of Dayton.', 'Lena Alvarez', 'person', 'SSG Lena Alvarez', 'person')).toEqual([]);
    expect(defectsOf('We honour U.S. Army Specialist Lena Alvarez.', 'Lena Alvarez', 'person', 'U.S. Army Specialist Lena Alvarez', 'person')).toEqual([]);
    expect(defectsOf('She thanked Sgt. 1st Class Lena Alvarez.', 'Lena Alvarez', 'person', 'Sgt. 1st Class Lena Alvarez', 'person')).toEqual([]);
    expect(defectsOf('Her cousin SSG Lena Alvarez spoke.', 'Alvarez', 'person', 'SSG Lena Alvarez', 'person')).toContain('cut');
    expect(defectsOf('She won the Webster Prize in Poetry.', 'Webster Prize', 'term', 'Webster Prize in Poetry', 'term')).toContain('cut');
  });

  test('a whole date around the gold one, or a place with its state, is no cut', () => {
    expect(defectsOf('On March 4, 2024, the rule took effect.', 'March 4, 2024', 'date', 'March 4', 'date')).toEqual([]);
    expect(defectsOf('Output halved from 2011 to 2012.', '2011 to 2012', 'date', '2012', 'date')).toEqual([]);
    expect(defectsOf('Police met him in Dillon, Montana last year.', 'Dillon, Montana', 'place', 'Dillon', 'place')).toEqual([]);
    expect(defectsOf('It flew beside the agency’s HARP (High Altitude Research Platform) payload.', 'HARP (High Altitude Research Platform)', 'term', 'HARP', 'term')).toEqual([]);
    expect(defectsOf('The fee rose 12 percent in 2019.', '12 percent in 2019', 'percent', '2019', 'date')).toContain('cut');
  });

  test('a gold name is found only as whole words', () => {
    // "Mars" inside "Marshall": the deletion cuts no gold name.
    expect(defectsOf('Data went to researchers at Marshall, the agency said.', 'Marshall', 'organization', 'Mars', 'place')).not.toContain('cut');
  });

  test('a person the story calls by a first name is that person', () => {
    expect(defectsOf('By 1902, Ansel had built a glider.', 'Ansel', 'person', 'Ansel Pruitt', 'person')).toEqual([]);
    expect(defectsOf('By 1902, Gerta had built a glider.', 'Gerta', 'person', 'Ansel Pruitt', 'person')).toContain('not-a-name');
  });

  test('a person whose gold name ends in a generation is called by the surname before it', () => {
    expect(defectsOf('Moderated by Pruitt, the panel took questions.', 'Pruitt', 'person', 'Gen. Ansel B. Pruitt III', 'person')).toEqual([]);
    expect(defectsOf('Moderated by Pruitt, the panel took questions.', 'Pruitt', 'person', 'Ansel Pruitt, Jr.', 'person')).toEqual([]);
    expect(defectsOf('Moderated by Lowe, the panel took questions.', 'Lowe', 'person', 'Gen. Ansel B. Pruitt III', 'person')).toContain('not-a-name');
  });

  test('a who-said card naming the gold speaker without the title before the name is right', () => {
    const said = (answer: string): string[] => {
      const sentence = '“I want a budget that moves in one direction.”';
      const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${sentence} — {{c1::${answer}::who said it?}}`, extra: sentence, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [], quotes: [{ starts: 'I want a budget', speaker: 'Governor Alvarez' }], noSpeaker: [] };
      return judgeCards([note], gold, sentence)[0]!.defects;
    };
    expect(said('Alvarez')).toEqual([]);
    expect(said('Governor Alvarez')).toEqual([]);
    expect(said('Dana Pryce')).toContain('wrong-speaker');
  });

  test('a courtesy title written without its full stop ("Ms Pryce", as British papers write it) is a title too', () => {
    const sentence = '“We need more salt in bread.”';
    const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${sentence} — {{c1::Pryce::who said it?}}`, extra: sentence, section: null, tags: [] };
    const gold = (speaker: string, aliases: string[]): Gold => ({ id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [], quotes: [{ starts: 'We need more salt', speaker, aliases }], noSpeaker: [] });
    expect(judgeCards([note], gold('Dana Prise', ['Ms Pryce']), sentence)[0]!.defects).toEqual([]);
    expect(judgeCards([note], gold('Dana Prise', ['Ms. Pryce']), sentence)[0]!.defects).toEqual([]);
    expect(judgeCards([note], gold('Dana Prise', ['Msgr Pryce']), sentence)[0]!.defects).toContain('wrong-speaker');
  });

  test('a military rank before the gold speaker is a title too', () => {
    const sentence = '“The harbour stays closed to drones.”';
    const said = (speaker: string, answer: string): string[] => {
      const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${sentence} — {{c1::${answer}::who said it?}}`, extra: sentence, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [], quotes: [{ starts: 'The harbour stays', speaker }], noSpeaker: [] };
      return judgeCards([note], gold, sentence)[0]!.defects;
    };
    expect(said('Rear Adm. Lena Ortiz', 'Lena Ortiz')).toEqual([]);
    expect(said('Senior Master Sgt. Lena Ortiz', 'Lena Ortiz')).toEqual([]);
    expect(said('Rear Adm. Lena Ortiz', 'Dana Pryce')).toContain('wrong-speaker');
    // (A body named with its country before it is the same body.)
    expect(said('Centers for Harbor Safety', 'US Centers for Harbor Safety')).toEqual([]);
    expect(said('Harbor Safety Board', 'U.S. Harbor Safety Board')).toEqual([]);
    expect(said('Harbor Safety Board', 'U.S. Coast Board')).toContain('wrong-speaker');
  });

  test('a speaker named without the generation after the name, or the nickname inside it, is the same person', () => {
    const sentence = '“The harbour stays closed to drones.”';
    const said = (speaker: string, answer: string, others: string[] = []): string[] => {
      const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${sentence} — {{c1::${answer}::who said it?}}`, extra: sentence, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: others.map((text) => ({ text, kind: 'person' as const })), quotes: [{ starts: 'The harbour stays', speaker }], noSpeaker: [] };
      return judgeCards([note], gold, sentence)[0]!.defects;
    };
    expect(said('Robert D. Ortiz, Jr.', 'Robert D. Ortiz')).toEqual([]);
    // (Nor the middle initial: "Erin M. Ortiz" is Erin Ortiz, unless the gold names another.)
    expect(said('Erin M. Ortiz', 'Erin Ortiz')).toEqual([]);
    expect(said('Erin M. Ortiz', 'Erin Ortiz', ['Erin J. Ortiz'])).toContain('wrong-speaker');
    // (Not when a father and a son are both so called.)
    expect(said('Robert D. Ortiz, Jr.', 'Robert D. Ortiz', ['Robert D. Ortiz, Sr.'])).toContain('wrong-speaker');
    expect(said('Robert D. Ortiz, Jr.', 'Robert D. Ortiz', ['Robert D. Ortiz'])).toContain('wrong-speaker');
    expect(said('Robert D. Ortiz, Sr.', 'Robert D. Ortiz', ['U.S. Army Specialist Robert D. Ortiz, Jr.'])).toContain('wrong-speaker');
    // (The speaker named again with a rank is no one else.)
    expect(said('Robert D. Ortiz, Jr.', 'Robert D. Ortiz', ['Maj. Gen. Robert D. Ortiz, Jr.'])).toEqual([]);
    expect(said('Carl Ortiz III', 'Carl Ortiz')).toEqual([]);
    expect(said('Norman E. “Ned” Ortiz', 'Norman E. Ortiz')).toEqual([]);
    expect(said('Margaret (Maggie) Ortiz', 'Margaret Ortiz')).toEqual([]);
    expect(said('Robert D. Ortiz, Jr.', 'Robert D. Ortiz, Sr.')).toContain('wrong-speaker');
    expect(said('Robert D. Ortiz, Jr.', 'Robert Ortiz')).toContain('wrong-speaker');
  });

  test('a speaker’s surname names them, unless another speaker of the article has it too', () => {
    const sentence = '“The harbour stays closed to drones.”';
    const said = (answer: string, others: { starts: string; speaker: string }[] = []): string[] => {
      const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${sentence} — {{c1::${answer}::who said it?}}`, extra: sentence, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [{ text: 'Lena Ortiz', kind: 'person' }, { text: 'Harbor Service', kind: 'organization' }], quotes: [{ starts: 'The harbour stays', speaker: 'Lena Ortiz', aliases: ['she'] }, ...others], noSpeaker: [] };
      return judgeCards([note], gold, sentence)[0]!.defects;
    };
    expect(said('Ortiz')).toEqual([]);
    expect(said('Lena')).toContain('wrong-speaker');
    expect(said('Ortiz', [{ starts: 'We open at dawn', speaker: 'Tom Ortiz' }])).toContain('wrong-speaker');
    const org = (answer: string): string[] => {
      const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${sentence} — {{c1::${answer}::who said it?}}`, extra: sentence, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [{ text: 'Harbor Service', kind: 'organization' }], quotes: [{ starts: 'The harbour stays', speaker: 'Harbor Service' }], noSpeaker: [] };
      return judgeCards([note], gold, sentence)[0]!.defects;
    };
    // Not the last word of a body's name.
    expect(org('Service')).toContain('wrong-speaker');
  });

  test('a phrase the gold gives no one, inside a longer quote, does not make the quote no one’s', () => {
    const article = '“The view ahead matters most,” said Alvarez. “From orbit we see a lot. With a ‘skycopter,’ we can only imagine the rest.”';
    const judged = (shown: string, answer: string): string[] => {
      const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${shown} — {{c1::${answer}::who said it?}}`, extra: shown, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [], quotes: [{ starts: 'The view ahead matters', speaker: 'Ana Alvarez', aliases: ['Alvarez'] }], noSpeaker: ['skycopter'] };
      return judgeCards([note], gold, article)[0]!.defects;
    };
    expect(judged('“From orbit we see a lot. With a ‘skycopter,’ we can only imagine the rest.”', 'Alvarez')).toEqual([]);
    expect(judged('“From orbit we see a lot. With a ‘skycopter,’ we can only imagine the rest.”', 'Dana Pryce')).toContain('wrong-speaker');
  });

  test('a what-said card on the part of a quote after its tag is that gold quote’s', () => {
    const article = '“Our crews deserve a safe place to work,” Ortiz said. “We will not stop until the harbour is free from smuggling.”\n\nThe port reopened.';
    const said = (sentence: string, answer: string): string[] => {
      const shown = `${sentence.replace(answer, `{{c1::${answer}::term}}`)} — Lena Ortiz`;
      const note: GeneratedNote = { fingerprint: 'p', kind: 'term', cardKinds: ['term'], text: shown, extra: sentence, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [{ text: 'Lena Ortiz', kind: 'person' }], quotes: [{ starts: 'Our crews deserve', speaker: 'Lena Ortiz', aliases: ['Ortiz'] }], noSpeaker: [] };
      return judgeCards([note], gold, article)[0]!.defects;
    };
    expect(said('“We will not stop until the harbour is free from smuggling.”', 'smuggling')).toEqual([]);
    // (Not narrative after the quote closed: no gold quote is open there.)
    expect(said('The port reopened.', 'port')).toContain('not-a-name');
  });
});

describe('a place with where it is (stop 39)', () => {
  test('the first of a list of places is not the list the gold names', () => {
    const sentence = 'Teams visited Peru, Chile, and Bolivia last year.';
    const note: GeneratedNote = { fingerprint: 'f', kind: 'place', cardKinds: ['place'], text: sentence.replace('Peru', '{{c1::Peru::place}}'), extra: sentence, section: null, tags: [] };
    const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: 'Peru, Chile, and Bolivia', kind: 'place' }], entities: [], quotes: [], noSpeaker: [] };
    expect(judgeCards([note], gold, sentence)[0]).toMatchObject({ defects: [], keyFact: null });
  });
});

describe('a gold quote whose opening words end in the comma before its tag (stop 39)', () => {
  const judged = (shown: string, starts: string[]) => {
    const sentence = `“${shown}”`;
    const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${sentence} — {{c1::Ann Hale::who said it?}}`, extra: sentence, section: null, tags: [] };
    const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [], quotes: starts.map((s) => ({ starts: s, speaker: 'Ann Hale' })), noSpeaker: [] };
    return judgeCards([note], gold, sentence)[0]!;
  };

  test('“No matter what he did” is the gold\'s "No matter what he did," — the card shows the quote without the comma', () => {
    expect(judged('No matter what he did', ['No matter what he did,'])).toMatchObject({ defects: [], quote: 'No matter what he did,' });
  });

  test('a gold opening of one word keeps its comma: "This," is not the opening of “This is the best day”', () => {
    expect(judged('This is the best day of my year', ['This,', 'This is the best day']).quote).toBe('This is the best day');
  });
});

describe('a body\'s site with where it is (stop 39)', () => {
  const judged = (answer: string, kind: NoteKind, goldAnswer: string) => {
    const sentence = `He was treated at ${goldAnswer} last May.`;
    const at = sentence.indexOf(answer);
    const note: GeneratedNote = { fingerprint: 'f', kind, cardKinds: [kind], text: `${sentence.slice(0, at)}{{c1::${answer}::${kind === 'place' ? 'place' : 'name'}}}${sentence.slice(at + answer.length)}`, extra: sentence, section: null, tags: [] };
    const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: goldAnswer, kind: 'organization' }], entities: [], quotes: [], noSpeaker: [] };
    return judgeCards([note], gold, sentence)[0]!;
  };

  test('"[Harlow Naval Medical Center] in Dover, Ohio" asks the gold\'s key fact, and "in [Dover, Ohio]" is a place, no cut', () => {
    expect(judged('Harlow Naval Medical Center', 'term', 'Harlow Naval Medical Center in Dover, Ohio')).toMatchObject({ defects: [], keyFact: 'Harlow Naval Medical Center in Dover, Ohio' });
    expect(judged('Dover, Ohio', 'place', 'Harlow Naval Medical Center in Dover, Ohio')).toMatchObject({ defects: [], keyFact: null });
  });

  test('a body whose name has "in" in it is still one name: "[Harbor Air Forces] in Europe" is cut', () => {
    expect(judged('Harbor Air Forces', 'organization', 'Harbor Air Forces in Europe').defects).toContain('cut');
  });
});

describe('a speaker\'s forms across the gold (stop 39)', () => {
  test('"David" is right for a quote whose gold alias is "Eric\'s uncle David" when another quote of his lists "David"; "Paul" is not', () => {
    const sentence = '“That trip together was the greatest bonding experience for them.”';
    const said = (answer: string): string[] => {
      const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${sentence} — {{c1::${answer}::who said it?}}`, extra: sentence, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [], quotes: [
        { starts: 'That trip together', speaker: 'David Hale', aliases: ["Eric's uncle David"] },
        { starts: 'He wrote to each cousin', speaker: 'David Hale', aliases: ['David'] },
      ], noSpeaker: [] };
      return judgeCards([note], gold, sentence)[0]!.defects;
    };
    expect(said('David')).toEqual([]);
    expect(said('Paul')).toContain('wrong-speaker');
  });
});

describe('a given name the gold gives the speaker, with their surname (stop 39)', () => {
  test('"Joey Hale" is right for the gold\'s "Joe L. Hale, Jr." whose alias is "Joey"; "Joey Krall" is not', () => {
    const sentence = '“Please continue to remember me and the guys.”';
    const said = (answer: string): string[] => {
      const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${sentence} — {{c1::${answer}::who said it?}}`, extra: sentence, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [], quotes: [{ starts: 'Please continue to remember', speaker: 'Joe L. Hale, Jr.', aliases: ['Joey'] }], noSpeaker: [] };
      return judgeCards([note], gold, sentence)[0]!.defects;
    };
    expect(said('Joey Hale')).toEqual([]);
    expect(said('Joey Krall')).toContain('wrong-speaker');
  });
});

describe('a name this gold leaves out that other golds list (stop 40)', () => {
  const goldWith = (id: string, entities: Gold['entities']): Gold => ({ id, title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities, quotes: [], noSpeaker: [] });
  const others = [
    goldWith('a', [{ text: 'Harbor Ministry', kind: 'organization' }, { text: 'Velland', kind: 'place' }]),
    goldWith('b', [{ text: 'Harbor Ministry', kind: 'organization' }, { text: 'Velland', kind: 'place' }]),
    goldWith('c', [{ text: 'Velland', kind: 'place' }, { text: 'Dorne', kind: 'place' }]),
    goldWith('d', [{ text: 'Dorne', kind: 'place' }]),
  ];
  const judged = (sentence: string, answer: string, kind: NoteKind, hint: string): string[] => {
    const at = sentence.indexOf(answer);
    const text = `${sentence.slice(0, at)}{{c1::${answer}::${hint}}}${sentence.slice(at + answer.length)}`;
    const note: GeneratedNote = { fingerprint: 'f', kind, cardKinds: [kind], text, extra: sentence, section: null, tags: [] };
    const gold = goldWith('this', [{ text: 'Ana Brill', kind: 'person' }]);
    return judgeCards([note], gold, sentence, namesElsewhere([gold, ...others])('this'))[0]!.defects;
  };

  test('a phrase two other golds list, or one word three list, is a name: no defect, unless its hint is another kind', () => {
    expect(judged('The Harbor Ministry paid for the pier.', 'Harbor Ministry', 'organization', 'organisation')).toEqual([]);
    expect(judged('Ana Brill flew to Velland in May.', 'Velland', 'place', 'place')).toEqual([]);
    expect(judged('Ana Brill flew to Velland in May.', 'Velland', 'person', 'person')).toContain('wrong-hint');
  });

  test('one word only two other golds list is still no name of this article', () => {
    expect(judged('Ana Brill flew to Dorne in May.', 'Dorne', 'place', 'place')).toContain('not-a-name');
  });
});

describe('a body the gold names by its letters (stop 40)', () => {
  test('"Harbor Emergency Relief Agency" is right for the gold\'s "HERA"; "Harbor Energy Agency" is not', () => {
    const sentence = '“Thank you for your feedback on the new app.”';
    const said = (answer: string): string[] => {
      const note: GeneratedNote = { fingerprint: 'q', kind: 'quote', cardKinds: ['quote'], text: `${sentence} — {{c1::${answer}::who said it?}}`, extra: sentence, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [], entities: [], quotes: [{ starts: 'Thank you for your feedback', speaker: 'HERA' }], noSpeaker: [] };
      return judgeCards([note], gold, sentence)[0]!.defects;
    };
    expect(said('Harbor Emergency Relief Agency')).toEqual([]);
    expect(said('Harbor Energy Agency')).toContain('wrong-speaker');
  });
});

describe('ranks the Record and the Army write short (stop 41)', () => {
  test('"MAJ Lena Alvarez", "SP Tom Hale", "CWO Ana Ruiz": the name without its rank is no cut', () => {
    expect(defectsOf('MAJ Lena Alvarez was his platoon commander.', 'Lena Alvarez', 'person', 'MAJ Lena Alvarez', 'person')).toEqual([]);
    expect(defectsOf('His friend SP Tom Hale said so.', 'Tom Hale', 'person', 'SP Tom Hale', 'person')).toEqual([]);
    expect(defectsOf('We honour CWO Ana Ruiz today.', 'Ana Ruiz', 'person', 'CWO Ana Ruiz', 'person')).toEqual([]);
    expect(defectsOf('We honour CWO Ana Ruiz today.', 'Ruiz', 'person', 'CWO Ana Ruiz', 'person')).toContain('cut');
  });
});

describe('ranks the Marines and the Navy write short (stop 42)', () => {
  test('"LCpl Tom Hale", "GySgt Ana Ruiz", "PO2 Lena Alvarez": the name without its rank is no cut', () => {
    expect(defectsOf('LCpl Tom Hale was killed in 2006.', 'Tom Hale', 'person', 'LCpl Tom Hale', 'person')).toEqual([]);
    expect(defectsOf('We honour GySgt Ana Ruiz today.', 'Ana Ruiz', 'person', 'GySgt Ana Ruiz', 'person')).toEqual([]);
    expect(defectsOf('His friend PO2 Lena Alvarez said so.', 'Lena Alvarez', 'person', 'PO2 Lena Alvarez', 'person')).toEqual([]);
    expect(defectsOf('We honour GySgt Ana Ruiz today.', 'Ruiz', 'person', 'GySgt Ana Ruiz', 'person')).toContain('cut');
  });
});

describe('repeated answers (stop 44)', () => {
  test('a second and third card on one answer count as repeats; a who-said card on the same speaker does not', () => {
    const article = 'Mayor Lena Ortiz opened the bridge. Lena Ortiz paid $4 million for it. “It will last,” said Lena Ortiz.';
    const fact = (text: string, kind: NoteKind): GeneratedNote => ({ fingerprint: text, kind, cardKinds: [kind], text, extra: '', section: null, tags: [] });
    const notes = [
      fact('Mayor {{c1::Lena Ortiz::person}} opened the bridge.', 'person'),
      fact('{{c1::Lena Ortiz::person}} paid {{c2::$4 million::amount}} for it.', 'person'),
      fact('“It will last” — {{c1::Lena Ortiz::who said it?}}', 'quote'),
    ];
    const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: 'Lena Ortiz', kind: 'person' }, { answer: '$4 million', kind: 'money' }], entities: [], quotes: [{ starts: 'It will last', speaker: 'Lena Ortiz' }], noSpeaker: [] };
    const cards = judgeCards(notes, gold, article);
    expect(scoreArticle(cards, cards, gold).repeats).toBe(1);
    expect(scoreArticle(cards.slice(1), cards.slice(1), gold).repeats).toBe(0);
  });
});

describe('one figure listed in two gold items (stop 47)', () => {
  const sentence = 'The office is making three recommendations to the agency.';
  const at = sentence.indexOf('three');
  const note: GeneratedNote = { fingerprint: 'f', kind: 'number', cardKinds: ['number'], text: `${sentence.slice(0, at)}{{c1::three::number}}${sentence.slice(at + 5)}`, extra: sentence, section: null, tags: [] };
  const goldWith = (keyFacts: Gold['keyFacts']): Gold => ({ id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts, entities: [], quotes: [], noSpeaker: [] });

  test('the card asks the item written where it deletes, not the first item of the same figure', () => {
    const gold = goldWith([{ answer: 'three tax industry groups', kind: 'quantity' }, { answer: 'three recommendations', kind: 'quantity' }]);
    expect(judgeCards([note], gold, sentence)[0]!.keyFact).toBe('three recommendations');
  });

  test('with no item written there, the first that fits is still asked', () => {
    const gold = goldWith([{ answer: 'three tax industry groups', kind: 'quantity' }]);
    expect(judgeCards([note], gold, sentence)[0]!.keyFact).toBe('three tax industry groups');
  });
});

describe('a range of years written two ways (stop 47)', () => {
  test('"2001 to 2018" is the gold\'s "2001–2018", and a year of it alone is not', () => {
    const keyOf = (sentence: string, answer: string, goldAnswer: string): string | null => {
      const at = sentence.indexOf(answer);
      const note: GeneratedNote = { fingerprint: 'f', kind: 'date', cardKinds: ['date'], text: `${sentence.slice(0, at)}{{c1::${answer}::years}}${sentence.slice(at + answer.length)}`, extra: sentence, section: null, tags: [] };
      const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: goldAnswer, kind: 'date' }], entities: [], quotes: [], noSpeaker: [] };
      return judgeCards([note], gold, sentence)[0]!.keyFact;
    };
    expect(keyOf('From 2001 to 2018 visits rose.', '2001 to 2018', '2001–2018')).toBe('2001–2018');
    expect(keyOf('Visits rose in 2001-2018.', '2001-2018', '2001 through 2018')).toBe('2001 through 2018');
    expect(keyOf('From 2001 to 2018 visits rose.', '2001', '2001–2018')).toBeNull();
  });
});

describe('a whole name inside a longer gold phrase (stop 48)', () => {
  const judged = (sentence: string, answer: string, kind: NoteKind, goldAnswer: string, goldKind: FactKind) => {
    const at = sentence.indexOf(answer);
    const note: GeneratedNote = { fingerprint: 'f', kind, cardKinds: [kind], text: `${sentence.slice(0, at)}{{c1::${answer}::${kind}}}${sentence.slice(at + answer.length)}`, extra: sentence, section: null, tags: [] };
    const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: goldAnswer, kind: goldKind }], entities: [], quotes: [], noSpeaker: [] };
    const [card] = judgeCards([note], gold, sentence);
    return { defects: card!.defects, keyFact: card!.keyFact };
  };

  test('a description in small letters before it makes it no cut, and the gold’s fact when the kinds agree', () => {
    expect(judged('The pass went to wide receiver Dale Ortiz.', 'Dale Ortiz', 'person', 'wide receiver Dale Ortiz', 'person')).toEqual({ defects: [], keyFact: 'wide receiver Dale Ortiz' });
    expect(judged('The unit patrolled southern Kandor for a year.', 'Kandor', 'place', 'southern Kandor', 'place')).toEqual({ defects: [], keyFact: 'southern Kandor' });
  });

  test('a figure, a month and day, or a bracket and small letters after it make it no cut, but not the phrase’s fact', () => {
    expect(judged('The team played in the Harbor Bowl Dec. 29 in Fort Worth.', 'Harbor Bowl', 'term', 'Harbor Bowl Dec. 29', 'term').defects).toEqual([]);
    // (Not the gold's phrase, it is judged as any other name: here one the gold lists nowhere.)
    expect(judged('The company runs 107 Dellwood Chicken outlets.', 'Dellwood Chicken', 'organization', '107 Dellwood Chicken outlets', 'quantity')).toEqual({ defects: ['not-a-name'], keyFact: null });
    expect(judged('The Dellwood Price Index (DPI) series rose.', 'Dellwood Price Index', 'term', 'Dellwood Price Index (DPI) series', 'term').defects).toEqual([]);
    expect(judged('He served in the conflict in Southeast Asia.', 'Southeast Asia', 'place', 'the conflict in Southeast Asia', 'term')).toEqual({ defects: ['not-a-name'], keyFact: null });
  });

  test('where the words go on in capitals, after a small joining word, or past a bracket, the name is still cut', () => {
    expect(judged('She leads Harbor Forces in Europe now.', 'Harbor Forces', 'organization', 'Harbor Forces in Europe', 'organization').defects).toContain('cut');
    expect(judged('They bought Dellwood Trucks last year.', 'Dellwood', 'organization', 'Dellwood Trucks', 'organization').defects).toContain('cut');
    expect(judged('He backed the War is Making You Poor Act in May.', 'Making You Poor Act', 'term', 'War is Making You Poor Act', 'term').defects).toContain('cut');
    expect(judged('They signed a Candidate Conservation Agreement with Assurances.', 'Candidate Conservation Agreement', 'term', 'Candidate Conservation Agreement with Assurances', 'term').defects).toContain('cut');
    expect(judged('She studied at Springdale (Ohio) High School.', 'Springdale', 'place', 'Springdale (Ohio) High School', 'organization').defects).toContain('cut');
    expect(judged('It broke Title 18, U.S.C. Section 2339A.', 'U.S.C. Section 2339A', 'term', 'Title 18, U.S.C. Section 2339A', 'term').defects).toContain('cut');
  });
});

describe('one of two names the gold joins with "and" (stop 48)', () => {
  const judged = (sentence: string, answer: string, goldAnswer: string, known: string[]) => {
    const at = sentence.indexOf(answer);
    const note: GeneratedNote = { fingerprint: 'f', kind: 'place', cardKinds: ['place'], text: `${sentence.slice(0, at)}{{c1::${answer}::place}}${sentence.slice(at + answer.length)}`, extra: sentence, section: null, tags: [] };
    const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: goldAnswer, kind: 'place' }], entities: [], quotes: [], noSpeaker: [] };
    const [card] = judgeCards([note], gold, sentence, (name) => (known.includes(name) ? ['place'] : null));
    return { defects: card!.defects, keyFact: card!.keyFact };
  };

  test('either name, listed as a name of its own elsewhere, is whole — but not the pair', () => {
    expect(judged('Troops served in Kandor and Velmar for a year.', 'Kandor', 'Kandor and Velmar', ['Kandor'])).toEqual({ defects: [], keyFact: null });
    expect(judged('Troops served in Kandor and Velmar for a year.', 'Velmar', 'Kandor and Velmar', ['Velmar'])).toEqual({ defects: [], keyFact: null });
  });

  test('a part no gold lists alone is still cut', () => {
    expect(judged('She studied at the Harbor Command and Staff College.', 'Harbor Command', 'Harbor Command and Staff College', []).defects).toContain('cut');
  });
});

describe('a whole name inside a gold phrase opened by an article or closed by its short form (stop 48)', () => {
  const judged = (sentence: string, answer: string, goldAnswer: string) => {
    const at = sentence.indexOf(answer);
    const note: GeneratedNote = { fingerprint: 'f', kind: 'organization', cardKinds: ['organization'], text: `${sentence.slice(0, at)}{{c1::${answer}::organisation}}${sentence.slice(at + answer.length)}`, extra: sentence, section: null, tags: [] };
    const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: goldAnswer, kind: 'organization' }], entities: [], quotes: [], noSpeaker: [] };
    const [card] = judgeCards([note], gold, sentence);
    return { defects: card!.defects, keyFact: card!.keyFact };
  };

  test('"The [Harbor Health Agency] (HHA)" and "the [Harbor Health Agency]’s (HHA)" are the gold’s body, whole', () => {
    expect(judged('The Harbor Health Agency (HHA) opened a clinic.', 'Harbor Health Agency', 'The Harbor Health Agency (HHA)')).toEqual({ defects: [], keyFact: 'The Harbor Health Agency (HHA)' });
    expect(judged('It follows the Harbor Health Agency’s (HHA) advice.', 'Harbor Health Agency', 'Harbor Health Agency’s (HHA)')).toEqual({ defects: [], keyFact: 'Harbor Health Agency’s (HHA)' });
    expect(judged('The Harbor Health Agency (HHA) Board met.', 'Harbor Health Agency', 'The Harbor Health Agency (HHA) Board').defects).toContain('cut');
  });
});
