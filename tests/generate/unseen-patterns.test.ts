// The failure patterns found on articles the generator had never seen, each pinned with an
// invented example (no sentence here comes from a corpus article).
import { describe, expect, test } from 'vitest';
import { parseCloze } from '../../src/deck/cloze.js';
import { analyseArticle } from '../../src/generate/analyse-article.js';
import { collectCandidates, type FactCandidate } from '../../src/generate/candidates.js';
import { readPlainText } from '../../src/article/read-text.js';
import { generateNotes, type GeneratedNote } from '../../src/generate/generate-notes.js';
import { selectCandidates } from '../../src/generate/rank-notes.js';
import { trimQuote } from '../../src/generate/trim-quote.js';
import { deletions, notesOf } from './deck-quality.js';
import { analyse } from '../../src/generate/nlp.js';
import { findNameChunks } from '../../src/generate/proper-noun-chunks.js';
import { typeChunk } from '../../src/generate/type-entities.js';
import { NameRegistry } from '../../src/generate/name-registry.js';

/** Who-said cards as "first words of the quote → speaker". */
const speakers = (notes: GeneratedNote[]): Record<string, string> =>
  Object.fromEntries(
    notes
      .filter((n) => n.kind === 'quote')
      .map((n) => {
        const segments = parseCloze(n.text);
        const shown = segments.find((s) => s.type === 'text')!.text.replace(/^“/, '');
        const answer = segments.find((s) => s.type === 'deletion')!;
        return [shown.split(/\s+/).slice(0, 3).join(' '), answer.type === 'deletion' ? answer.answer : ''];
      }),
  );

/** Paragraphs as an article, analysed. */
const analysed = (paragraphs: string[]) => analyseArticle({ title: 't', dateline: null, paragraphs: paragraphs.map((text) => ({ section: null, text })) });

/** Every quote the analysis finds, as "first three words → speaker" ("?" for none). */
const attributed = (...paragraphs: string[]): Record<string, string> =>
  Object.fromEntries(analysed(paragraphs).quotes.map((q) => [q.quote.text.split(/\s+/).slice(0, 3).join(' '), q.speaker?.name ?? '?']));

/** Every name the analysis finds, as "text:kind". */
const namesIn = (...paragraphs: string[]): string[] => analysed(paragraphs).sentences.flatMap((s) => s.names.map((n) => `${n.text}:${n.kind}`));

describe('speakers the tags name in other ways', () => {
  test('a speaker described by a title is that title, without its article', () => {
    const got = speakers(notesOf('“The new border post will open before the harvest season starts,” said a foreign ministry spokeswoman.'));
    expect(got).toEqual({ 'The new border': 'foreign ministry spokeswoman' });
  });

  test('"he said" after a described subject is that subject, not the last person named', () => {
    const got = speakers(notesOf(
      'Governor Tomas Brandt visited the valley on Monday.',
      'One district officer said he would visit every farm. “I will knock on each door before the count closes,” he said.',
    ));
    expect(got).toEqual({ 'I will knock': 'district officer' });
  });

  test('a long title before the name is not part of it', () => {
    const got = speakers(notesOf(
      'Special Envoy for Coastal Affairs Helen Marsh said: “Our harbours need new walls within the next ten years.”',
      '“This grant shows how much the two ports trust each other,” said Deputy Secretary of Commerce for Trade and Industry Peter Vance.',
    ));
    expect(got).toEqual({ 'Our harbours need': 'Helen Marsh', 'This grant shows': 'Peter Vance' });
  });

  test('"with X stating:" names the speaker of the quote after it, and of the paragraph it runs on into', () => {
    const got = attributed(
      'The paper quoted the harbour campaigner Nell Ashdown, with Ashdown stating: "Families on the quay need answers before the winter storms, and this plan gives them none.',
      '"Nobody should lose a home because a form came in the wrong language."',
    );
    expect(got).toEqual({ 'Families on the': 'Nell Ashdown', 'Nobody should lose': 'Nell Ashdown' });
  });

  test('a quote that runs on into a new paragraph the text lost is still the speaker’s, each part its own quote', () => {
    const got = attributed('Coach Mara Lindqvist said: "We lost our shape after the break and paid for it. "The players know what went wrong and they will fix it. "Next week is another chance."');
    expect(got).toEqual({ 'We lost our': 'Mara Lindqvist', 'The players know': 'Mara Lindqvist', 'Next week is': 'Mara Lindqvist' });
  });

  test('words quoted inside a quote with the same marks leave the quote whole; after a colon a mark opens a new one', () => {
    const got = attributed(
      '"Our crews trained for nine months. It is an honour to prove the old motto "Calm seas, steady hands" still works, and we are ready," said Captain Ines Vall.',
      'Ana Brook said: "I was sent off twice and I learned. Lena Ortiz will start up front instead. Coach Tomas Hale said: "Lena is an option but we need more. "I will decide on Friday."',
    );
    expect(got).toEqual(expect.objectContaining({ 'Our crews trained': 'Ines Vall', 'Lena is an': 'Tomas Hale', 'I will decide': 'Tomas Hale' }));
  });

  test('"X told Ms Y:" is X’s quote, not the one told', () => {
    const got = attributed(
      'Premier Tomas Brandt was angry on Monday.',
      'He told Ms Okafor: "It is disappointing that you have repeated this claim about the harbour."',
      'Senator Ruth Alder phoned. Ms Alder told Sir Peter Vance: "I am sorry this is so hard for your family."',
    );
    expect(got).toEqual({ 'It is disappointing': 'Tomas Brandt', 'I am sorry': 'Ruth Alder' });
  });

  test('a who-said card may show the speaker’s given name inside someone else’s full name, not alone or their surname', () => {
    const got = speakers(notesOf(
      '“The Sentinel Michael Reyes satellite will watch the seas for ten years,” said Michael Okafor, who leads the mission.',
      '“We all want Ana to get better soon, and we will wait for her,” said Ana Lind of the band.',
      '“Okafor and I will not stop until the job is done,” said Tom Okafor.',
    ));
    expect(got).toEqual({ 'The Sentinel Michael': 'Michael Okafor' });
  });

  test('an abbreviation that speaks is a body, and "it added" goes on with it', () => {
    const got = attributed(
      '"Twelve boats crossed the line near the reef", said MNTA. "Such provocation will be answered", it added.',
      'The MEP said the vote was a "grave mistake for the whole region".',
    );
    expect(got).toEqual({ 'Twelve boats crossed': 'MNTA', 'Such provocation will': 'MNTA', 'grave mistake for': '?' });
    expect(namesIn('Donors gave $5 billion USD announced at the summit in 2022.')).not.toContain('USD:organization');
  });

  test('a surname becomes a speaker with offices held together after it', () => {
    const got = speakers(notesOf(
      'Brandvold, president and founder of the Otter Rescue Trust, acted at once.',
      '“We have saved 40 otters since the spill,” he said.',
      'Kettering, chairman and chief executive officer of Lomax Freight, spoke later.',
      '“Our ships will not sail until the port reopens,” he said.',
    ));
    expect(got).toEqual({ 'We have saved': 'Brandvold', 'Our ships will': 'Kettering' });
  });

  test('a single name becomes a speaker with an age or a who-clause after it', () => {
    const got = speakers(notesOf(
      'Tevita, 52, a fisherman from the north, said catches had fallen.',
      '“We used to fill the boat by noon and now we come back with half,” said Tevita who asked that his family name not be used.',
    ));
    expect(got).toEqual({ 'We used to': 'Tevita' });
  });

  test('"she said" goes to the one person named in the sentence before, not to someone named earlier', () => {
    const got = speakers(notesOf(
      '“Prices will stay high through the winter months,” Mark Feld said.',
      'Ana Ruiz, director of the Harbor Institute, disagreed with that view.',
      '“The new ships arrive in March and prices will fall soon after,” she said.',
    ));
    expect(got['The new ships']).toBe('Ana Ruiz');
  });

  test('a tag the generator cannot read gives no card rather than the previous speaker', () => {
    const got = speakers(notesOf(
      '“The first phase is finished and the second starts in May,” Mark Feld said.',
      '“We still need three more inspectors for the southern district offices,” said the Regional Inspectorate of Coastal Works and Harbour Safety of the Northern Isles chief.',
    ));
    expect(got['The first phase']).toBe('Mark Feld');
    expect(got['We still need']).not.toBe('Mark Feld');
  });

  test('two apostrophes stand for quotation marks', () => {
    const got = speakers(notesOf('Professor Lena Ortiz of the University of Leeds wrote: \'\'The program has cost far more than anyone planned for it.\'\''));
    expect(got).toEqual({ 'The program has': 'Lena Ortiz' });
  });
});

describe('names typed only with evidence', () => {
  test('"Name of the University of X": the person and the university, each with its own hint', () => {
    const got = deletions(notesOf('Professor Lena Ortiz of the University of Leeds wrote the study in 2019.'));
    expect(got).toEqual(expect.arrayContaining(['Lena Ortiz::person', 'University of Leeds::organisation']));
  });

  test('a known place stays a place when "who" follows it', () => {
    const got = deletions(notesOf('The service opened to 4 million users in the United States who own a tablet.'));
    expect(got).not.toContain('United States::person');
  });

  test('a person whose surname is a city is a person, and later mentions are that person', () => {
    const got = deletions(notesOf('Lawmaker Charles Santiago visited the camp in 2018.', 'Santiago said 300 families lived there.'));
    expect(got).toEqual(expect.arrayContaining(['Charles Santiago::person']));
    expect(got.filter((d) => d.startsWith('Santiago::'))).not.toContain('Santiago::place');
  });

  test('a name of unknown words is neutral unless the article says it is a person', () => {
    const got = deletions(notesOf('Farmers in Kampot Thmey sold 900 tonnes of pepper in 2017.', 'Exports from Kampot Thmey fell by half.'));
    expect(got.filter((d) => d.startsWith('Kampot Thmey::'))).not.toContain('Kampot Thmey::person');
  });

  test('"von der" and "de la" stay inside a name', () => {
    const got = deletions(notesOf('Commission head Ursula von der Leyen met Rafael de la Cruz in Madrid in 2022.'));
    expect(got).toEqual(expect.arrayContaining(['Ursula von der Leyen::person']));
    expect(got.some((d) => d.startsWith('Leyen::') || d.startsWith('Ursula::'))).toBe(false);
  });

  test('a ministry "of A and B" is one organisation', () => {
    const got = deletions(notesOf('The Ministry of Posts and Telecommunications blocked 17 websites in May 2018.'));
    expect(got).toContain('Ministry of Posts and Telecommunications::organisation');
  });

  test('a town before a police department is not the department', () => {
    const got = deletions(notesOf('The Brookfield Police Department made 12 arrests in 2023.', 'Mara Olsen, 41, of Brookfield, was sentenced on Tuesday.'));
    expect(got).not.toContain('Brookfield::organisation');
  });
});

describe('no card for what is not a fact of the story', () => {
  test('a transcript speaker label and a time zone', () => {
    const got = deletions(notesOf('SECRETARY HOLM: Thank you, and welcome to Oslo for the 2024 talks.', 'The briefing starts at 5 p.m. EST on Thursday.'));
    expect(got.some((d) => d.startsWith('SECRETARY HOLM') || d.startsWith('HOLM'))).toBe(false);
    expect(got.some((d) => d.startsWith('EST::'))).toBe(false);
  });
});

describe('common words the article writes as a name', () => {
  test('capitalised in two sentences and never after "the": a name ("Omicron", "Starship")', () => {
    const got = deletions(notesOf('Scientists first saw Kestrel in samples from 2021.', 'By March, Kestrel made up 60 percent of new cases.'));
    expect(got).toContain('Kestrel::name');
  });

  test('"the Summit", "the Administration": still no card', () => {
    const got = deletions(notesOf('Leaders met at the Summit in 2022.', 'The talks at the Summit ended with 12 pledges.'));
    expect(got.some((d) => d.startsWith('Summit::'))).toBe(false);
  });

  test('a capitalised adverb and a Roman numeral inside a name keep it whole', () => {
    const got = deletions(notesOf('Funds from the Just Harbour Partnership reached Title I schools in 40 towns in 2019.', 'Towns joined the Just Harbour Partnership in 2020.'));
    expect(got).toEqual(expect.arrayContaining(['Just Harbour Partnership::name']));
    expect(got.some((d) => d.startsWith('Harbour Partnership::') || d.startsWith('Title::'))).toBe(false);
  });
});

describe('one answer everywhere: what a busy speaker said is asked instead', () => {
  const quoteParagraphs = [
    'Port director Mara Quill spoke to reporters on Monday.',
    '“We moved 4 million containers last year,” Quill said.',
    '“The new cranes arrive from Rotterdam in the spring,” Quill said.',
    '“Our night shifts doubled because the harbour never sleeps now,” Quill said.',
    '“The dredging work finished ahead of the storm season,” Quill said.',
    '“Every berth now has shore power for the visiting ferries,” Quill said.',
    '“The rail link to the inland depot opens in the autumn,” Quill said.',
  ];

  test('a fact from a quote names its speaker when the card would not show them', () => {
    const notes = notesOf('Officials met in 2023. “Trade grew by 12 percent after the bridge opened,” Mara Quill said. “It reached 9 million tonnes.”');
    const fromQuote = notes.find((n) => n.kind !== 'quote' && n.text.includes('9 million'));
    expect(fromQuote?.text.endsWith(' — Mara Quill')).toBe(true);
  });

  test('past the cap, a quote gives a card with the speaker shown and its words asked', () => {
    const notes = generateNotes({ title: 't', dateline: null, paragraphs: quoteParagraphs.map((text) => ({ section: null, text })) }, { maxCards: 20 });
    const whoSaid = notes.filter((n) => n.kind === 'quote');
    const whatSaid = notes.filter((n) => n.kind !== 'quote' && /Quill/.test(n.text.replace(/\{\{.*?\}\}/g, '')));
    const cards = notes.reduce((n, note) => n + note.cardKinds.length, 0);
    expect(whoSaid.length).toBeLessThanOrEqual(Math.max(2, Math.floor(cards * 0.1)));
    // Every quote is asked: by who said it, or by what was said with the speaker shown.
    const asked = quoteParagraphs.slice(1).filter((q) => notes.some((n) => n.extra.endsWith(q) || n.extra === q));
    expect(asked.length).toBeGreaterThanOrEqual(5);
    for (const note of whatSaid) expect(parseCloze(note.text).some((s) => s.type === 'deletion' && /Quill/.test(s.answer))).toBe(false);
  });

  test('no speaker name after a card whose deletion is the speaker under another name', () => {
    const notes = notesOf('Harbour Rights Watch (HRW) released a report in 2024. “Detentions rose to 310 cases,” HRW stated in the report.');
    for (const note of notes) if (/\{\{c\d::HRW/.test(note.text)) expect(note.text).not.toContain('— Harbour Rights Watch');
  });
});

describe('hints that were wrong and spans that were cut', () => {
  test('a bare year is a year, a since-date a date', () => {
    const got = deletions(notesOf('The agency set out its plans for 2026 and hired 400 staff.', 'Since January 30th, the fleet has doubled to 40 ships.'));
    expect(got).toEqual(expect.arrayContaining(['2026::year', 'January 30th::date']));
  });

  test('an organisation’s possessive and "and" before a place start another name', () => {
    const got = deletions(notesOf(
      'The Treasury Department’s Office of Harbour Finance opened 3 branches in 2021.',
      'Researchers from the U.S. Department of Agriculture and Oregon State University counted 900 cattle in 2022.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Office of Harbour Finance::organisation', 'Oregon State University::organisation']));
    expect(got.some((d) => d.includes('and Oregon') || d.includes('Department’s'))).toBe(false);
  });

  test('a heading in capitals is no name; a name before "newspaper" is an organisation', () => {
    const got = deletions(notesOf(
      'BUILDING A NEW HARBOUR FOR OUR REGION: Today, leaders agreed on 12 projects.',
      'According to the Italian Corriere Nuovo newspaper, 300 ships docked in 2023.',
    ));
    expect(got.some((d) => d.startsWith('BUILDING') || d.startsWith('NEW HARBOUR'))).toBe(false);
    expect(got).toContain('Corriere Nuovo::organisation');
  });

  test('an adjective at the front of an organisation’s name is not that organisation elsewhere', () => {
    const got = deletions(notesOf('The Federal Harbour Service hired 300 guards in 2019.', 'Many Federal guards left within 2 years.'));
    expect(got).not.toContain('Federal::organisation');
  });
});

describe('trivia that filled decks', () => {
  test('a briefing’s turn-taking gives no card', () => {
    const got = deletions(notesOf('Ms. Halloran, your line is open.', 'Thank you, Peder.', 'The fund grew to $4 billion in 2023.'));
    expect(got.some((d) => d.startsWith('Halloran') || d.startsWith('Peder'))).toBe(false);
    expect(got).toContain('$4 billion::amount');
  });

  test('an age between commas after a name and unit conversions in brackets give no card', () => {
    const got = deletions(notesOf('Tomas Varga, 57, a welder, said the tower rose 40 feet (12 meters) in 2020.', 'The farmer planted 3 hectares.'));
    expect(got.some((d) => d.startsWith('57::') || d.startsWith('12 meters'))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['40 feet::quantity', '3 hectares::quantity']));
  });

  // (Until stop 47 "a 68-year-old farmer" gave no card either; the golds list two in three such
  // ages as key facts — "killed a 15-year-old girl" — so it is asked now.)
  test('an age written before the noun asks how old (stop 47)', () => {
    const got = deletions(notesOf('The 68-year-old farmer planted 3 hectares.', 'The attack killed a 15-year-old girl in 2019.'));
    expect(got).toEqual(expect.arrayContaining(['68-year-old::how old', '15-year-old::how old']));
  });

  test('a list of people with their titles is a list', () => {
    const got = deletions(notesOf('Voting for the action were: Anna Berg, Chair; Tomas Holm, Vice Chair; Lea Moss; and Ivo Lind.', 'The board cut the rate to 2 percent in 2008.'));
    // One card at most for the whole list (its best member, the sentence having nothing else).
    expect(got.filter((d) => /Berg|Holm|Moss|Lind/.test(d)).length).toBeLessThanOrEqual(1);
  });
});

describe('abbreviations and doubtful names', () => {
  test('an abbreviation used as a common noun is no name; an agency after its description still is', () => {
    const got = deletions(notesOf('Residents can now carry a digital ID on their phones since 2024.', 'The American space agency NASA paid $40 million for the study.'));
    expect(got.some((d) => d.startsWith('ID::'))).toBe(false);
    expect(got).toContain('NASA::organisation');
  });

  test('a doubtful name becomes a person, and a safe he/she, once the article says so', () => {
    const got = speakers(notesOf(
      'Okuda Tenzin teaches English in a mountain village.',
      '“The whole valley learns from the radio now,” Tenzin said.',
      'Tenzin, the village teacher, told reporters about the new school. She said, “We finally have books for every child in the school.”',
    ));
    expect(got['We finally have']).toBe('Okuda Tenzin');
  });
});

describe('quotes whose speaker was named before the tag', () => {
  test('"he" after a person and a doubtful name in one sentence is the person', () => {
    const got = speakers(notesOf(
      '“The harvest was poor again,” Governor Ellen Marsh said.',
      'Undeterred, Tomas Brenner, the farmer, said that Kor Thmey needs new roads before the rains.',
      '“We cannot sell what we cannot move to the market,” he said.',
    ));
    expect(got['We cannot sell']).toBe('Tomas Brenner');
  });

  test('an untagged quote paragraph after "He told reporters …" is his', () => {
    const got = speakers(notesOf(
      'Rancher Paul Okafor moved his herd with a phone app this spring. He told reporters he has seen good results.',
      '“It has exceeded everything I hoped for on this land.”',
    ));
    expect(got['It has exceeded']).toBe('Paul Okafor');
  });

  test('a quote after "she called it “…,” saying" is hers, when "she" can only be one person', () => {
    const got = attributed(
      'The lead author, Lina Perez, is a doctoral student in Leeds. She called the result “a real surprise,” saying the molecule is “the first step of most theories on how life began.”',
      'Tom Brask and Lina Ortiz met on Friday. She called the talks “a waste of everyone’s time,” saying the offer was “far below what the workers need to live.”',
    );
    expect(got['the first step']).toBe('Lina Perez');
    expect(got['far below what']).toBe('Lina Ortiz');
  });

  test('"Arvel’s statement added, “…”" is Arvel’s; his spokesman’s words are not', () => {
    const got = attributed(
      'Senator Tom Arvel issued a statement on the decision. "Like many people, I am disappointed with the choice of sites."',
      'Arvel’s statement added, "There is no question Dallas should have been chosen as a home for one of them."',
      'Mayor Jo Lind’s spokesman said, "The mayor will not comment on the budget before Monday at the earliest."',
    );
    expect(got['There is no']).toBe('Tom Arvel');
    expect(got['The mayor will']).toBe('?');
  });

  test('", said observer and Liberal Party member Tom Wood, before …" is his: a body named inside the title', () => {
    const got = attributed('“I know of no party that was banned from anything at all,” said observer and Liberal Party member Tom Wood, before defending his trip.');
    expect(got['I know of']).toBe('Tom Wood');
  });

  test('a "she" that could be either of two women speaks for no one', () => {
    const got = attributed('Anna Berg and Lina Ortiz met on Friday. She called the talks “a waste of time,” saying the offer was “far below what the workers need to live.”');
    expect(got['far below what']).toBe('?');
  });
});

describe('numbers in names and changes', () => {
  test('"Voyager 2" is asked whole; a catalogue code "LHS 1140 b" is not asked', () => {
    const got = deletions(notesOf('Engineers restored contact with Voyager 2 in 2023.', 'The planet LHS 1140 b lies 48 light years away.'));
    expect(got).toContain('Voyager 2::name');
    expect(got.some((d) => d.startsWith('LHS'))).toBe(false);
  });

  test('"dropped from 1,433 to 777" is two figures, not a range', () => {
    const got = deletions(notesOf('Between 2024 and 2025 the office’s staff dropped from 1,433 to 777 people.'));
    expect(got.some((d) => d.includes('1,433 to 777'))).toBe(false);
    expect(got.some((d) => d.startsWith('1,433::') || d.startsWith('777'))).toBe(true);
  });
});

describe('dates and compounds kept whole', () => {
  test('"June 29 and 30", "Thursday, Jan. 25" and "a 50-basis-point cut" are one answer each', () => {
    const got = deletions(notesOf(
      'On June 29 and 30, envoy Tomas Brandt met traders in Oslo.',
      'The briefing is on Thursday, Jan. 25, in Geneva.',
      'The board approved a 50-basis-point cut and a three-to-five-year plan.',
    ));
    expect(got).toEqual(expect.arrayContaining(['June 29 and 30::date', 'Thursday, Jan. 25::date', '50-basis-point::quantity', 'three-to-five-year::quantity']));
  });

  test('two acronyms joined by "and" are two names', () => {
    const got = deletions(notesOf('Readers lost access to RFA and VOA on Friday, officials said in 2018.'));
    expect(got.some((d) => d.startsWith('RFA and VOA'))).toBe(false);
  });
});

describe('titles, initials and adjectives', () => {
  test('an initial after a title stays with the name', () => {
    const got = deletions(notesOf('He was sentenced by Senior U.S. District Judge B. Lynn Carver to 120 months in 2024.'));
    expect(got).toContain('B. Lynn Carver::person');
  });

  test('an adjective before "agency" is not an organisation', () => {
    const got = deletions(notesOf('Federal agency officials met 40 mayors in 2022.', 'Federal inspectors visited in 2023.'));
    expect(got.some((d) => d.startsWith('Federal::'))).toBe(false);
  });
});

describe('units that belong to a number or a name', () => {
  test('"7,000 Thai baht" is money; "82nd Airborne Division" keeps its ordinal', () => {
    const got = deletions(notesOf('Traders paid 7,000 Thai baht per truck in 2018.', 'Troops of the 82nd Airborne Division arrived on Friday in 2022.'));
    expect(got).toEqual(expect.arrayContaining(['7,000 Thai baht::amount', '82nd Airborne Division::organisation']));
  });
});

describe('names with numbers and units after numbers', () => {
  test('"the G7 Leaders’ Summit" is one name; "357 MT" is a unit', () => {
    const got = deletions(notesOf('Leaders met at the G7 Leaders’ Summit in Elmau in 2022.', 'Emissions fell to 357 MT of carbon in 2030.'));
    expect(got).toContain('G7 Leaders’ Summit::name');
    expect(got.some((d) => d.startsWith('MT::'))).toBe(false);
  });
});

describe('overlong sentences', () => {
  test('a sentence with many facts gives two notes of at most four deletions, each cut to its clauses', () => {
    const notes = notesOf(
      'Last year, pepper prices in Kampot dropped around 35 percent, from $4.10 per kilo in 2014 to $2.70 per kilo, while national pepper exports, 80 percent of which go to Vietnam, shrank 21 percent in the first nine months of 2017 alone, the Harbour Daily reported.',
    );
    const fromIt = notes.filter((n) => n.kind !== 'quote');
    expect(fromIt.length).toBe(2);
    for (const n of fromIt) expect(parseCloze(n.text).filter((s) => s.type === 'deletion').length).toBeLessThanOrEqual(4);
    const answers = deletions(notes);
    expect(answers).toEqual(expect.arrayContaining(['35 percent::percent', '21 percent::percent']));
    expect(fromIt.some((n) => n.text.startsWith('…'))).toBe(true);
  });
});

describe('names and dates cut on new text (stop 24)', () => {
  test('a date written day, month, comma, year is one date', () => {
    const asked = deletions(notesOf('28 June, 2019 marked the end of the count in the province.', 'The plant closed on 3 March, 2021 after the floods.'));
    expect(asked).toContain('28 June, 2019::date');
    expect(asked).toContain('3 March, 2021::date');
    expect(asked.filter((d) => /^(?:2019|2021)::/.test(d))).toEqual([]);
  });

  test('after a place and a comma, a list of places goes on: no "Islands, Mexico" as one place', () => {
    const asked = deletions(notesOf('The herons nest in Texas, the Virgin Islands, Mexico and Central America.', 'Monitoring is shared with Puerto Rico, U.S. Virgin Islands, Mexico, other agencies and the public.', 'She lives in Austin, Texas, and works in the capital.'));
    expect(asked.filter((d) => /Islands, Mexico/.test(d))).toEqual([]);
    expect(asked).toContain('Austin, Texas::place');
  });

  test('a body joined by "and" ends at its head word when a title follows it, never cut at "and"', () => {
    const asked = deletions(notesOf('U.S. Fish and Wildlife Service Director Sam Hale announced the plan in Denver.'));
    expect(asked.filter((d) => /^U\.S\. Fish::/.test(d))).toEqual([]);
    expect(asked).toContain('Sam Hale::person');
  });

  test('a name whose first word is joined by a hyphen is asked whole or not at all, never without that word', () => {
    const asked = deletions(notesOf('The agency will follow a Post-Recovery Monitoring Plan for seven years.'));
    expect(asked.filter((d) => /Monitoring Plan/.test(d) && !d.startsWith('Post-Recovery Monitoring Plan::'))).toEqual([]);
    expect(asked).toContain('seven years::how long');
  });

  test('a dollar with its country\'s letters is one amount, not a name and a sum', () => {
    const asked = deletions(notesOf('The new flag has an estimated cost of NZ$18 million over two years.'));
    expect(asked).toContain('NZ$18 million::amount');
    expect(asked.filter((d) => /^NZ::/.test(d))).toEqual([]);
  });

  test('"post-Ruiz Valdoria" is no "Valdoria" cut from its prefix; "then-Prince Tomas Arn" keeps its name', () => {
    const asked = deletions(notesOf(
      'What post-Ruiz Valdoria will look like after the vote in 2031 is unclear.',
      'The region was a stronghold of then-Prince Tomas Arn until 1991.',
    ));
    expect(asked.filter((d) => /Valdoria/.test(d))).toEqual([]);
    expect(asked.some((d) => /^Tomas Arn::/.test(d))).toBe(true);
  });

  test('a place\'s people are no name: "every other New Zealander", "two Icelanders"', () => {
    const asked = deletions(notesOf('Like every other New Zealander on the roll, he votes by post in 2026.', 'Two Icelanders won the race in Denver.'));
    expect(asked.filter((d) => /Zealander|Icelander/.test(d))).toEqual([]);
    expect(asked).toContain('Denver::place');
  });

  test('a species named after a place or a person is no card for the place or the person (the whole name may be one)', () => {
    const asked = deletions(notesOf(
      'The men captured two Nevada Ridge deer near Elko in 2019.',
      'The Ohio black bear and Mallory’s Green sea turtle are listed in Texas.',
      'In Florida, deer are common.',
    ));
    expect(asked.filter((d) => /Nevada|Ohio|Mallory/.test(d) && !/(?:deer|bear|turtle)::name$/.test(d))).toEqual([]);
    expect(asked).toContain('Florida::place');
  });

  test('people of a body written with a capital are no name: "Members of Congress"', () => {
    const asked = deletions(notesOf('After the speech, Members of Congress spoke and survivors told their stories in Denver.', 'Survivors of Domestic Abuse met the Governors of Utah and Ohio in 2025.'));
    expect(asked.filter((d) => /Members|Survivors|Governors/.test(d))).toEqual([]);
    expect(asked).toContain('Denver::place');
  });

  test('"the Gulf and Pacific Coasts": neither half alone', () => {
    const asked = deletions(notesOf('The herons returned to the Gulf and Pacific Coasts in 2009 after the ban.'));
    expect(asked.filter((d) => /Gulf|Coasts/.test(d))).toEqual([]);
    expect(asked).toContain('2009::year');
  });
});

describe('weekdays', () => {
  test('a weekday without its date is no card; with its date it is one date', () => {
    const asked = deletions(notesOf(
      'The plant opened on Tuesday after a delay of 14 months.',
      'Workers complained on Thursday night that they had lost access to the site.',
      'The first vote was held on Sunday, April 6, 2025, in the town hall.',
    ));
    expect(asked.filter((d) => /day\b/.test(d))).toEqual(['Sunday, April 6, 2025::date']);
    expect(asked).toContain('14 months::how long');
  });
});

describe('small counts', () => {
  test('"two astronauts" is a fact; "the two sides" points back and is not', () => {
    const got = deletions(notesOf('The rover will carry two astronauts for up to 30 days.', 'The two sides met in Doha on June 29.'));
    expect(got.filter((d) => d === 'two::number')).toHaveLength(1);
  });

  test('so is "two" before a counted thing with words that describe it ("two science instruments", "two highly effective vaccines")', () => {
    const got = deletions(notesOf('The probe will use two science instruments to map the ice.', 'Labs built two highly effective vaccines in a year.', 'The two main parties met.'));
    expect(got.filter((d) => d === 'two::number')).toHaveLength(2);
  });
});

describe('one-word institutions', () => {
  test('"Congress" and "the Taliban" are organisations; "the Board" alone is not asked', () => {
    const got = deletions(notesOf('Lawmakers in Congress approved $860 million in 2008.', 'Envoys met the Taliban in Doha in 2021.', 'The Board cut rates by 2 percent in 2019.'));
    expect(got).toEqual(expect.arrayContaining(['Congress::organisation', 'Taliban::organisation']));
    expect(got.some((d) => d.startsWith('Board::'))).toBe(false);
  });
});

describe('names the sentence is not about', () => {
  test('the outlet someone spoke to, a one-word modifier after "the", and a greeting give no card', () => {
    const got = deletions(notesOf(
      'He told VOA Learning English he had planted 3 hectares in 2022.',
      'Critics said the Marlow administration spent $9 million in 2021.',
      'QUESTION: Hi, Peder.',
    ));
    expect(got.some((d) => d.startsWith('VOA') || d.startsWith('Marlow::') || d.startsWith('Peder'))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['3 hectares::quantity', '$9 million::amount']));
  });
});

describe('facts a reader would not keep', () => {
  test('a headline inside the body and a release’s credits give no cards; the story’s own sentences do', () => {
    const got = deletions(notesOf(
      'Harbor Town Man Sentenced to More Than 9 Years for Wire Fraud',
      'Omar Vance, 41, of Harbor Town, was sentenced to 110 months in prison on May 3, 2024.',
      'The case was prosecuted by Assistant U.S. Attorney Lena Brook.',
      'U.S. Attorney Paul Reed commended the work of the Harbor Town Police and the Lake County Sheriff’s Office.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Omar Vance::person', '110 months::how long']));
    expect(got.some((d) => /Lena Brook|Paul Reed|Harbor Town Police|Lake County|9 Years/.test(d))).toBe(false);
  });

  test('the United States as a place, and abbreviations everyone knows, are not asked', () => {
    const got = deletions(notesOf(
      'Exports from the United States to Peru rose 12 percent in 2023.',
      'The drought cut GDP by 2 percent and raised CO2 output in 2022.',
    ));
    expect(got).toEqual(expect.arrayContaining(['12 percent::percent', '2 percent::percent']));
    expect(got.some((d) => /^(United States|GDP|CO2)::/.test(d))).toBe(false);
  });

  test('an acronym the article spells out is asked by its words, not again in short', () => {
    const got = deletions(notesOf(
      'The plan funds a small modular reactor (SMR) near Turda, costing $40 million.',
      'The SMR would open in 2031.',
      'Officials from the Blue Harbor Authority (BHA) met in Turda on March 2, 2025.',
      'The BHA did not comment.',
    ));
    expect(got).toContain('small modular reactor::term');
    expect(got.some((d) => d.startsWith('Blue Harbor Authority::'))).toBe(true);
    expect(got.some((d) => /^(SMR|BHA)::/.test(d))).toBe(false);
  });
});

describe('figures and titles kept whole', () => {
  test('a weekday date keeps its year, a temperature its unit, "one in ten" its first half', () => {
    const got = deletions(notesOf(
      'The new tree will be planted on Tuesday, April 9, 2024, near the East Gate.',
      'The pact aims to keep warming under 1.5 °C, the minister said in 2021.',
      'Some 80,000 voters, about one in ten, stayed home in 2019.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Tuesday, April 9, 2024::date', '1.5 °C::temperature', 'one in ten::number']));
    expect(got).not.toContain('2024::year');
  });

  test('a quoted title is one name, a long one gives no card, and capitals after a figure are its unit', () => {
    const got = deletions(notesOf(
      'Users pick a group such as “Transit Pass” in the app, which 40 million people used in 2024.',
      'The deal falls under the “Agreement Between the Government of Chile and the Government of Peru for Cooperation in Fisheries,” signed in May 2019.',
      'Emissions fell to 290 MT CO2 in 2030.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Transit Pass::name', 'May 2019::date']));
    expect(got.some((d) => /^(Government|Agreement|Chile|Peru|MT)/.test(d))).toBe(false);
  });
});

describe('speakers in a tag after the quote', () => {
  test('a lone surname closing the tag and a described speaker after a comma are the speakers; a weekday is not', () => {
    const got = speakers(notesOf(
      '“The rover has taught us more than any mission of the decade,” said Okafor.',
      '“We will fly again within the next two years at the latest,” said the lab’s chief engineer, Mara Lindqvist of Polar Dynamics.',
      '“Sales will recover once the harbour reopens next spring,” the company said Thursday.',
    ));
    expect(got['The rover has']).toBe('Okafor');
    expect(got['We will fly']).toBe('Mara Lindqvist');
    expect(Object.values(got)).not.toContain('Thursday');
  });
});

describe('names taken whole with the word beside them', () => {
  test('an unknown place keeps its designator, a storm its kind, a treaty its year', () => {
    const got = deletions(notesOf(
      'When hurricane Tilda hit the coast in 2022, it destroyed 14 houses.',
      'Ranchers in Prey Kabas district lost 300 cattle in 2023, officials said.',
      'Laos is not a party to the 1954 Fishing Convention, which 40 states signed.',
    ));
    expect(got).toEqual(expect.arrayContaining(['hurricane Tilda::name', '1954 Fishing Convention::name']));
    expect(got.some((d) => /^(Tilda|Prey Kabas|1954)::/.test(d))).toBe(false);
  });
});

describe('names with what closes them', () => {
  test('"Martin Luther King, Jr." keeps its generation; "the Mitchell and Yancey County portions" asks no half name', () => {
    const got = deletions(notesOf(
      'A statue of Samuel Okafor Reed, Jr. was unveiled in the square in 2017.',
      'The council will get $150,000 to improve streams in the Tarrow and Kellan County parts of the valley.',
    ));
    expect(got.some((d) => d.startsWith('Samuel Okafor Reed, Jr.::'))).toBe(true);
    expect(got.some((d) => /^(?:Samuel Okafor Reed|Tarrow)::/.test(d))).toBe(false);
  });
});

describe('a name opening a sentence', () => {
  test('a first word the article writes with the name elsewhere is part of it: "Allied Brackwell said …"', () => {
    const got = deletions(notesOf(
      'Shares in Allied Brackwell rose 4% on Monday.',
      'Allied Brackwell said profits fell 12% in 2020.',
      'On May 15, the agency will honor Protected Otter Day and its programmes.',
      'Protected Otter Day is a chance to count the 40 otters left.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Allied Brackwell::name', 'Protected Otter Day::name']));
    expect(got.some((d) => /^(?:Brackwell|Otter Day)::/.test(d))).toBe(false);
  });
});

describe('rosters', () => {
  test('names each followed by where they work in brackets are a roster: no card; ships with their hull numbers are not', () => {
    const notes = notesOf(
      'Other team members include Ana Lind and Tom Hale (University of Leeds, England), Joe Marsh (Oslo Institute), and Kim Vance (Harbor Space Center).',
      'The group includes the destroyers USS Tarrow (DDG 91) and USS Kellan (DDG 95), and the cruiser USS Brisk (CG 60), the Navy said in 2022.',
    );
    const got = deletions(notes);
    expect(got.some((d) => /^(?:Ana Lind|Tom Hale|Joe Marsh|Kim Vance)::/.test(d))).toBe(false);
    expect(got.some((d) => /^USS (?:Tarrow|Kellan|Brisk)::/.test(d))).toBe(true);
  });
});

describe('places beside other facts', () => {
  test('of two places in a sentence with other facts, the one the article names less often is asked', () => {
    const notes = notesOf('Ohio lost 12 plants in a decade.', 'The firm moved 300 jobs from Ohio to Tarrow County in 2019.', 'Workers in Ohio protested.');
    const moved = notes.filter((n) => n.extra.startsWith('The firm moved')).flatMap((n) => deletions([n]));
    expect(moved).toContain('Tarrow County::place');
    expect(moved.some((d) => d.startsWith('Ohio::'))).toBe(false);
  });

  test('places the story keeps listing beside other facts are asked once each, where first named', () => {
    const notes = notesOf(
      'Floods closed 40 schools in Chad, Niger and Mali on Monday, officials said.',
      'The agency sent 300 workers to Chad, Niger and Mali to repair roads.',
      'Insurers expect claims of $2 billion from Chad, Niger and Mali.',
    );
    const places = deletions(notes).filter((d) => d.endsWith('::place'));
    expect(places.sort()).toEqual(['Chad::place', 'Mali::place', 'Niger::place']);
    expect(notes.filter((n) => /::place/.test(n.text)).every((n) => n.extra.startsWith('Floods closed'))).toBe(true);
    // Named once in such a list, a place is still context: no card.
    expect(deletions(notesOf('Floods closed 40 schools in Chad, Niger and Mali on Monday, officials said.')).filter((d) => d.endsWith('::place'))).toEqual([]);
  });

  test('so are people the story keeps listing', () => {
    const got = deletions(notesOf('Prosecutors charged Ana Lind, Tom Hale and Joe Marsh with fraud worth $4 million on May 2, 2021.', 'Ana Lind, Tom Hale and Joe Marsh face 20 years in prison.'));
    expect(got.filter((d) => d.endsWith('::person')).sort()).toEqual(['Ana Lind::person', 'Joe Marsh::person', 'Tom Hale::person']);
  });
});

describe('common words the article uses as names', () => {
  test('"the Lambda variant" names a thing; "the Summit" alone stays a common noun', () => {
    const got = deletions(notesOf(
      'The two strains doctors watch most are Lambda and Kappa, a report said in 2021.',
      'Doctors found the Lambda variant in 12 countries.',
      'Leaders met at the Summit in June 2022.',
      'The Summit ended with a pledge of $5 billion.',
    ));
    expect(got.some((d) => d.startsWith('Lambda::'))).toBe(true);
    expect(got.some((d) => d.startsWith('Summit::'))).toBe(false);
  });

  test('capitalised common words written once after "the" or an owner name a thing; a piece of a title does not', () => {
    const got = deletions(notesOf(
      'Corporal Lind received the Bronze Oak Leaf in 2004 for his work in the valley.',
      'The harbour fund has been on the Treasury’s Watch List since 2019, a report said.',
      'Maps were drawn with the Laser Mapping and Ranging tool in 2020.',
      'His films include Jungle Nights, Do the Right Move and Summer Days, which made $4 million.',
      'It is the best part of the Making Of, which ran for 40 minutes.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Bronze Oak Leaf::name', 'Watch List::name']));
    expect(got.some((d) => /^(Laser Mapping|Right Move|Making Of)::/.test(d))).toBe(false);
  });

  test('a word with a digit or a capital inside it is a name first in the sentence too', () => {
    const got = deletions(notesOf(
      'Skyscope-9 imagery showed the fires across the valley in 2023.',
      'OrbitNet is a network of 14 relay satellites, the agency said.',
      'Farmers planted 300 trees in 2022.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Skyscope-9::name', 'OrbitNet::name']));
    expect(got.some((d) => d.startsWith('Farmers::'))).toBe(false);
  });
});

describe('names cut by the chunker give no card', () => {
  test('a capital left just before a name, or a plural possessive and a capital after it', () => {
    const got = deletions(notesOf(
      'The bank, Da Kabul Credit Union, lent $4 million in 2020.',
      'He met the Rural Growers’ Federation chairman in Lyon in 2019.',
      'The Italian Corriere Daily reported on it in May 2018.',
    ));
    expect(got.some((d) => /^(Kabul Credit Union|Rural Growers)::/.test(d))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['$4 million::amount', 'May 2018::date']));
  });
});

describe('products named like companies', () => {
  test('"the Orbit Pay app" is a name of no sure kind, not an organisation', () => {
    const got = deletions(notesOf('Users of the Orbit Pay app can store 20 cards since March 2024.', 'The Orbit Pay app is free, the company said in 2024.'));
    expect(got).toContain('Orbit Pay::name');
    expect(got).not.toContain('Orbit Pay::organisation');
  });
});

describe('a speaker known by a title in capitals', () => {
  test('"The Chief Medical Officer said … He wrote, “…”" gives the title as speaker', () => {
    const got = speakers(notesOf(
      'The Chief Medical Officer said the winter had put new pressure on hospitals in 2022.',
      'He wrote, “We cannot let one crisis hide the next one from our sight.”',
    ));
    expect(got['We cannot let']).toBe('Chief Medical Officer');
  });

  test('the same title written before a name elsewhere in the article means that person: no described speaker', () => {
    const got = speakers(notesOf(
      'Chief Medical Officer Ruth Adeyemi visited Leeds in 2022.',
      'The Chief Medical Officer said the winter had put new pressure on hospitals.',
      'He wrote, “We cannot let one crisis hide the next one from our sight.”',
    ));
    expect(got['We cannot let']).not.toBe('Chief Medical Officer');
  });
});

describe('dates written another way', () => {
  test('"9/11" is a date, "from 2016 to 2017" is a span of years, "1/2" stays a number', () => {
    const got = deletions(notesOf(
      'Since 9/11, more than 36 marshals have been charged.',
      'The planted area was nearly halved from 2016 to 2017, officials said.',
      'Only 1/2 of the budget, some $4 million, was spent.',
    ));
    expect(got).toEqual(expect.arrayContaining(['9/11::date', '2016 to 2017::years', '1/2::number']));
  });
});

describe('codes with a hyphen', () => {
  test('"TR-17" and "MERS-CoV-9" are names; "UN-backed" is an adjective', () => {
    const got = deletions(notesOf(
      'The army fired TR-17 rockets at the town in March 2022.',
      'The MERS-CoV-9 virus spread to 12 countries in 2023.',
      'The UN-backed fund paid $9 million in 2021.',
    ));
    expect(got).toEqual(expect.arrayContaining(['TR-17::name', 'MERS-CoV-9::name']));
    expect(got.some((d) => d.startsWith('UN-backed'))).toBe(false);
  });
});

describe('figures read whole', () => {
  test('"Oct. 14, 2021", "9 hours, 12 minutes, and 5 seconds" are one answer; "by 41,000 to 2.2 million" is two; "by 5 to 8 percent" a range', () => {
    const got = deletions(notesOf(
      'The probe reached the comet on Oct. 14, 2021, after a long cruise.',
      'Its orbit now takes 9 hours, 12 minutes, and 5 seconds.',
      'Enrolment grew by 41,000 to 2.2 million in April.',
      'Fares rose by 5 to 8 percent in 2023.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Oct. 14, 2021::date', '9 hours, 12 minutes, and 5 seconds::how long', '41,000::number', '2.2 million::number', '5 to 8 percent::percent']));
  });

  test('"rose by 200%, from 130.5 to 400.9": a change a few words after its verb is two levels, not a range', () => {
    const got = deletions(notesOf('The rate among boys increased by approximately 200%, from 130.5 to 400.9, a study found in 2019.'));
    expect(got).toEqual(expect.arrayContaining(['130.5::number', '400.9::number']));
    expect(got).not.toContain('130.5 to 400.9::number');
  });

  test('"two thirds", "three quarters" are one answer, not a number cut from its fraction, and a share of what follows', () => {
    const got = deletions(notesOf('Tackling causes about two thirds of head injuries, a study found in 2019.', 'Three quarters of voters agreed in 2020.'));
    expect(got).toEqual(expect.arrayContaining(['two thirds::share', 'Three quarters::share']));
    expect(got.some((d) => /^(?:two|Three)::/.test(d))).toBe(false);
  });

  test('a hedged share of a group in words is asked ("nearly half of", "almost a third of", "about two-thirds of"); a part of a year is not', () => {
    const got = deletions(notesOf(
      'Nearly half of farmers in the valley sold their land, the survey found.',
      'Almost a third of voters stayed home, and about two-thirds of them were under 30.',
      'Prices fell in the second half of the year and half of the shops closed.',
    ));
    expect(got).toEqual(expect.arrayContaining(['half::share', 'a third::share', 'two-thirds::share']));
    expect(got.filter((d) => d.endsWith('::share'))).toHaveLength(3);
  });

  test('which time a thing recurs, in digits, is asked ("its 34th anniversary", "her 12th trip"); a century, a percentile and a match minute are not', () => {
    const got = deletions(notesOf(
      'The treaty reached its 34th anniversary as the council held its 12th annual meeting.',
      'The 21st century economy needs skills, and pay at the 90th percentile rose.',
      'Okoro scored in the 62nd minute.',
    ));
    expect(got).toEqual(expect.arrayContaining(['34th::number', '12th::number']));
    expect(got.some((d) => /^(?:21st|90th|62nd)::number/.test(d))).toBe(false);
  });

  test('a span of dates is one answer, with the month it starts in and the day it ends on; a day before "of" and its month too', () => {
    const got = deletions(notesOf(
      'The bank will launch the service between May and July of 2023.',
      'The wind persisted from August 7th-9th, fueling the fire.',
      'The vote will be held on the 15th of February, officials said.',
    ));
    expect(got).toEqual(expect.arrayContaining(['May and July of 2023::date', 'August 7th-9th::date', '15th of February::date']));
    expect(got.some((d) => /^(?:July of 2023|August 7th|February)::/.test(d))).toBe(false);
  });

  test('a whole number with a fraction sign, and megatons and gigatons, are one measure', () => {
    const got = deletions(notesOf('The orbit is accurate to within 1 ½ seconds, the team said in 2022.', 'The deal cuts 2 gigatons of emissions by 2060.'));
    expect(got).toEqual(expect.arrayContaining(['1 ½ seconds::how long', '2 gigatons::quantity']));
  });

  test('"mid-2022" and "mid-September" are dates', () => {
    const got = deletions(notesOf('Prices have eased from their highs of mid-2022.', 'Testing of the system starts in mid-September, the bank said.'));
    expect(got).toEqual(expect.arrayContaining(['mid-2022::date', 'mid-September::date']));
  });

  test('a small whole number in brackets after a word — a reference, a ranking, a minute — is no answer; after a year it is a figure', () => {
    const got = deletions(notesOf(
      'Many patients never visit a clinic (12) or wait until the winter, a review found in 2021.',
      'Masks slow the spread of the virus (3–7), officials said in 2020.',
      'Replacements: Okoro for Lind (64), Vance for Hale (71).',
      'The office took fewer days in 2025 (16) than in 2024 (20) to process returns.',
    ));
    expect(got.some((d) => /^(?:12|3–7|64|71)::/.test(d))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['16::number', '20::number']));
  });

  test('rates in fractions, basis points and percentage points are one answer each; a weight in pounds is no sum of money', () => {
    const got = deletions(notesOf(
      'The board cut its lending rate 50 basis points to 2-1/4 percent on Tuesday.',
      'The range stays at 3-1/4 to 3‑1/2 percent, the board said in 2011.',
      'Jobless rates fell 4 percentage points in 2019.',
      'The lander weighs about 1,840 pounds, the agency said in 2021.',
      'He was fined 500 pounds in 2019.',
    ));
    // (A change in points is hinted by its unit: "[percent]" would ask for "4 percent", another measure.)
    expect(got).toEqual(expect.arrayContaining(['50 basis points::basis points', '2-1/4 percent::percent', '3-1/4 to 3‑1/2 percent::percent', '4 percentage points::percentage points', '1,840 pounds::quantity', '500 pounds::amount']));
    expect(got.some((d) => /^(?:50|4|1\/2 percent|3‑1\/2 percent)::/.test(d))).toBe(false);
  });
});

describe('a letter and a figure', () => {
  test('"the G7" names a group; "the P5+1" is not cut to "P5"', () => {
    const got = deletions(notesOf('Leaders met at the G9 summit in Oslo in 2021.', 'The UK joined the P5+1 talks in 2006.'));
    expect(got).toContain('G9::name');
    expect(got.some((d) => d.startsWith('P5::'))).toBe(false);
  });
});

describe('names of no sure kind', () => {
  test('a programme or journal gets the neutral hint; a French name keeps its elided article', () => {
    const got = deletions(notesOf(
      'The SkyWatch Project is run for the agency by Lakeside Labs, which spent $40 million in 2020.',
      'The study appeared in the Coastal Science Journal in May 2022.',
      'The French agency (Centre National d’Études Marines) joined in 2019.',
    ));
    expect(got).toEqual(expect.arrayContaining(['SkyWatch Project::name', 'Coastal Science Journal::name']));
    expect(got.some((d) => d.startsWith('Centre National d’Études Marines::'))).toBe(true);
  });
});

describe('names beside addresses and home towns', () => {
  test('"Orbital Works of Boulder, Colorado" asks the company; "Skyport.gov" is asked whole or not at all', () => {
    const notes = notesOf(
      'Orbital Works of Boulder, Colorado, built the $90 million spacecraft in 2019.',
      'The talk will be streamed at Skyport.gov on May 3, 2024.',
    );
    const got = deletions(notes);
    expect(got.some((d) => d.startsWith('Orbital Works::'))).toBe(true);
    expect(got.filter((d) => d.startsWith('Skyport') && !d.startsWith('Skyport.gov::'))).toEqual([]);
    // The address's dot ends no sentence: the note keeps the whole of it.
    expect(notes.some((n) => /at (?:\{\{c1::)?Skyport\.gov(?:::name\}\})? on \{\{c\d::May 3, 2024/.test(n.text))).toBe(true);
  });
});

describe('speakers confirmed at first mention', () => {
  test('"said Oren Vaszary, the mission’s lead scientist. “…,” he said." and a title with "on" before the name', () => {
    const got = speakers(notesOf(
      'Storms now form faster than before, said Oren Vaszary, the mission’s lead scientist at the Polar Institute. “Without ice, the coast would look nothing like it does today,” he said.',
      '“The fleet plan sets the pace for every other public agency,” said Council on Coastal Policy Chair Ines Marlowe.',
    ));
    expect(got['Without ice, the']).toBe('Oren Vaszary');
    expect(got['The fleet plan']).toBe('Ines Marlowe');
  });
});

describe('a person referred to by title alone', () => {
  test('"the Deputy Mayor" is the one person the article gave that title; a title two people hold is nobody', () => {
    const one = speakers(notesOf(
      'Deputy Mayor Lina Okonjo opened the new bridge on May 2, 2023.',
      'The Deputy Mayor also warned that “the river will flood again unless the city acts now.”',
    ));
    expect(one['the river will']).toBe('Lina Okonjo');
    const two = speakers(notesOf(
      'President Ana Ruiz met President Tomas Berg in Oslo on May 2, 2023.',
      'The President also warned that “the river will flood again unless the city acts now.”',
    ));
    expect(two['the river will']).toBeUndefined();
  });
});

describe('figures that only frame other figures', () => {
  test('a look-back window and a breakdown in brackets give no cards; a plan’s term does', () => {
    const got = deletions(notesOf(
      'Over the past 12 months, wages have risen by 4.1 percent.',
      'Jobless rates for farmers (3.6 percent), miners (4.4 percent), and fishers (7.2 percent) barely moved in May 2022.',
      'Over the next five years, the agency will buy 40,000 trucks.',
    ));
    expect(got).toEqual(expect.arrayContaining(['4.1 percent::percent', 'May 2022::date', 'five years::how long', '40,000::number']));
    expect(got.some((d) => /^(12 months|3\.6 percent|4\.4 percent|7\.2 percent)::/.test(d))).toBe(false);
  });
});

describe('an acronym does not run on after "for"', () => {
  test('"manages KLO for ESTA" is two names; "Centers for Coastal Study" stays one', () => {
    const got = deletions(notesOf(
      'Halden University manages KLO for ESTA under a $30 million contract signed in 2020.',
      'Scientists at the Centers for Coastal Study counted 1,200 seals in 2021.',
    ));
    expect(got.some((d) => d.startsWith('KLO for ESTA'))).toBe(false);
    expect(got.some((d) => d.startsWith('Centers for Coastal Study::'))).toBe(true);
  });
});

describe('British news style: figures with a scale written on them, and names around them', () => {
  test('"$412m", "9bn euros" and "45 cents" are amounts; the same sum again in brackets is no card', () => {
    const got = deletions(notesOf(
      'The airline lost $412m (£220m) in the quarter after it sold 9bn euros of bonds.',
      'Its shares fell 45 cents to $12.10 on Friday.',
    ));
    expect(got).toEqual(expect.arrayContaining(['$412m::amount', '9bn euros::amount', '45 cents::amount']));
    expect(got.some((d) => d.startsWith('£220m'))).toBe(false);
  });

  test('a year after "third-quarter" is a year; a capitalised number inside a name is no number', () => {
    const got = deletions(notesOf('The utility runs the country’s Four Rivers Dam, and its third-quarter 2019 profits fell by half.'));
    expect(got).toContain('2019::year');
    expect(got.some((d) => d.startsWith('Four::'))).toBe(false);
  });

  test('a given name followed by a month is one name: "Joanna May"', () => {
    expect(deletions(notesOf('Party spokeswoman Joanna May said the plan would fail in the spring.'))).toContain('Joanna May::person');
  });

  test('"for" and "on" join two names only after an institution’s word', () => {
    const got = deletions(notesOf(
      'Thousands gathered in Belo Horizonte for the Global Farmers Forum last week.',
      'Our reporter Tom Hale, at Millbrook on Exmoor, counted the riders.',
      'She chairs the Coastal Council for Marine Safety in the region.',
    ));
    expect(got.some((d) => /for the Global|on Exmoor/.test(d))).toBe(false);
    expect(got).toContain('Coastal Council for Marine Safety::organisation');
  });

  test('companies named by what they are: "an analyst at Harlow Securities", "Italian carmaker Vela Moreno"', () => {
    const got = deletions(notesOf(
      '“Sales came in below our estimate,” said Tom Reed, an analyst at Harlow Securities.',
      'Italian carmaker Vela Moreno is in talks with a rival about a possible alliance.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Harlow Securities::organisation', 'Vela Moreno::organisation']));
  });

  test('a law that "says" is not a person; a bill named after the police is not an organisation', () => {
    const got = deletions(notesOf(
      'The Coastal Fishing Act says that every boat must carry a licence.',
      'The Public Order and Police Bill proposes new powers to search suspects.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Coastal Fishing Act::name', 'Public Order and Police Bill::name']));
  });

  test('a people’s name used as an adjective is no card: "its Korean rival", "Famous Korean directors", "an Austrian Green member"', () => {
    const got = deletions(notesOf(
      'Lakeside could end up building cars for its Korean rival Dongwon next year.',
      'Famous Korean directors have made films at the studio.',
      'The law was opposed by Eva Lind, an Austrian Green member of the assembly.',
    ));
    expect(got.filter((d) => /Korean|Austrian/.test(d))).toEqual([]);
  });

  test('an office is no name, but the body after it is: "Labour MP for East Ferry", "Director of the National Harbour Agency"', () => {
    const got = deletions(notesOf(
      'But Tom Banks, Labour MP for East Ferry, said the issue would soon fade.',
      'Jane Roe, Director of the National Harbour Agency, said the port would reopen.',
    ));
    expect(got.some((d) => d.includes('MP for'))).toBe(false);
    expect(got).toContain('National Harbour Agency::organisation');
  });
});

describe('speech tags in the wire-service and British style', () => {
  test('a lower-case title before the name: "said analyst Ann Kerr", "Harbor Motors chief executive Tom Ruiz said"', () => {
    const got = speakers(notesOf(
      '“The headline numbers are in line, but the story is costs,” said analyst Ann Kerr at Harbor Brothers.',
      '“We will not be surprised by any change in the market,” Harbor Motors chief executive Tom Ruiz said.',
      '“The digital home will be the theme of the whole show,” said fair organiser Gail Dorn.',
    ));
    expect(got).toEqual({ 'The headline numbers': 'Ann Kerr', 'We will not': 'Tom Ruiz', 'The digital home': 'Gail Dorn' });
  });

  test('where the speaker is from may stand between the name and the verb; "also" may stand before it', () => {
    const got = speakers(notesOf(
      '“Everything in the shop is going digital now,” Greta Lund, from the Retail Traders Association, told reporters.',
      '“The only reason we are here is to get on with the job,” Paul Mercer also said.',
    ));
    expect(got).toEqual({ 'Everything in the': 'Greta Lund', 'The only reason': 'Paul Mercer' });
  });

  test('"he joked" and a subject behind an honorific ("Mr Dalton, however, was dismissive.") name the speaker', () => {
    const got = speakers(notesOf(
      'Prime Minister Owen Dalton spoke in the hall on Monday. “As you can see I am still looking the same as I always did,” he joked.',
      'Mr Dalton, however, was dismissive. “These things happen from time to time in every party.”',
    ));
    expect(got).toEqual({ 'As you can': 'Owen Dalton', 'These things happen': 'Owen Dalton' });
  });

  test('after a quote that closed its sentence, "X said that …" and "X said: …" introduce what follows', () => {
    const got = speakers(notesOf(
      'Rural minister Jan Opal said: “The rules are not defined anywhere in the new law.',
      '“How is a village officer supposed to tell the difference between them all?” Carl Venn, another member of the group, said that the law was badly drafted.',
    ));
    expect(got['How is a']).not.toBe('Carl Venn');
  });
});

describe('evidence that a name is a person, weighed against what the article said before', () => {
  test('"El Norte said" after "newspapers including El Norte" is the paper speaking', () => {
    const got = deletions(notesOf(
      'Roads were blocked in several towns, newspapers including El Norte reported on Sunday.',
      'El Norte said that the worst protests were close to the capital.',
    ));
    expect(got.filter((d) => d.startsWith('El Norte::'))).not.toContain('El Norte::person');
    expect(got).toContain('El Norte::name');
  });

  test('"Harlow Brothers" is a firm; "the biggest UK bank" asks no place; "Mr Brown on UK poverty" is no name', () => {
    const got = deletions(notesOf(
      '“The story is costs,” said analyst Ann Kerr at Harlow Brothers.',
      'Eastbank, the biggest UK bank by value, will report profits of £9.4bn.',
      'The meeting clashed with a speech by Mr Brown on UK poverty in Leeds.',
    ));
    expect(got).toContain('Harlow Brothers::organisation');
    expect(got.some((d) => d.startsWith('UK::'))).toBe(false);
    expect(got.some((d) => d.includes('Brown on'))).toBe(false);
  });
});

describe('a verb alone and a measure in two words', () => {
  test('"the Evening Post’s Weekend Money said" asks no person; "1.5 million square feet" is one answer', () => {
    const got = deletions(notesOf(
      'The Evening Post’s Weekend Money said the fund was earmarked for spending in 2027.',
      'The fair stretches over more than 1.5 million square feet of halls.',
    ));
    expect(got).not.toContain('Weekend Money::person');
    expect(got).toContain('1.5 million square feet::quantity');
  });
});

describe('where a person works is not a person', () => {
  test('"an analyst at fund manager Granite Peak Advisors", "president of the Riverside Public Library"; "until 2031" is a date', () => {
    const got = deletions(notesOf(
      '“The sectors are all picking up,” said Lee Hart, an analyst at fund manager Granite Peak Advisors.',
      '“It is a chance to share our books with the world,” said Paul Rennet, president of the Riverside Public Library.',
      'The new rule is not expected until 2031, the ministry said.',
    ));
    expect(got).toContain('Granite Peak Advisors::organisation');
    expect(got.filter((d) => d.endsWith('::person'))).toEqual(expect.not.arrayContaining(['Granite Peak Advisors::person', 'Riverside Public Library::person']));
    expect(got).toContain('2031::date');
  });
});

describe('places that end in a building’s word, parties by their members, yards', () => {
  test('"the Lakeview Serena Hotel" asks no person; "the Whigs who" is no person; "100 yards" is a quantity', () => {
    const got = deletions(notesOf(
      'Mr Dunn said the attack happened 100 yards from the Lakeview Serena Hotel in the capital.',
      'It is the Progressives who are playing politics with the bill, the minister said.',
    ));
    expect(got).toContain('100 yards::quantity');
    expect(got.filter((d) => d.endsWith('::person'))).toEqual(expect.not.arrayContaining(['Serena Hotel::person', 'Progressives::person']));
  });
});

describe('names with an apostrophe after one capital, and a date in brackets', () => {
  test('"Flight Engineer Loral O’Dell" is the person; "(Sept. 28, 2023)" is one date', () => {
    const got = deletions(notesOf('(Sept. 28, 2023) — Station astronaut and Flight Engineer Loral O’Dell works with the glovebox.'));
    expect(got).toEqual(expect.arrayContaining(['Sept. 28, 2023::date', 'Loral O’Dell::person']));
    expect(got.some((d) => d.startsWith('2023::'))).toBe(false);
  });
});

describe('he and she by the given names the lexicon knows', () => {
  test('"she said" is the last-named woman, even with a man named after her', () => {
    const got = speakers(notesOf('Mayor Karen Holt met the engineer Tom Baker on Monday. “We will rebuild the bridge before the winter comes,” she said.'));
    expect(got).toEqual({ 'We will rebuild': 'Karen Holt' });
  });

  test('"he said" after two men is a guess: no who-said card', () => {
    const got = speakers(notesOf('Tom Baker met Paul Evans at the port on Monday. “We will rebuild the bridge before the winter comes,” he said.'));
    expect(got).toEqual({});
  });
});

describe('he and she by courtesy titles', () => {
  test('"Ms Lund" is a she: "she said" after her is her, whoever else was named before', () => {
    const got = speakers(notesOf(
      'Jordan Reyes and Avery Lund visited the harbour on Monday.',
      'Reyes spoke first, then Ms Lund. “We will rebuild the bridge before the winter comes,” she said.',
    ));
    expect(got).toEqual({ 'We will rebuild': 'Avery Lund' });
  });
});

describe('a place of two words and a title before a given name', () => {
  test('"Puerto Rico Education Team" asks no person "Rico …"; "Director of Intergovernmental Affairs Julie Ramos" asks Julie Ramos', () => {
    const got = deletions(notesOf(
      'The department formed the Puerto Rico Education Team to help the island’s schools.',
      'The task force is chaired by Director of Intergovernmental Affairs Julie Ramos and two advisers.',
    ));
    expect(got.some((d) => d.startsWith('Rico'))).toBe(false);
    expect(got).toContain('Julie Ramos::person');
  });
});

describe('offices in nomination lists and readouts', () => {
  test('"Commission Member", "General Counsel of the Department of the Navy" are offices; "a Director of Harrow Galleries" is no person; "President Kovalenko of Ukraine" is the president', () => {
    const got = deletions(notesOf(
      'Nina Ross, Commission Member, Commission for Coastal Heritage, has taught law for 30 years.',
      'Peter Vale, of New York, to be General Counsel of the Department of the Navy, vice Thomas Orr.',
      'Michael Dean is a Director of Harrow Galleries in London.',
      'President Biden spoke today with President Kovalenko of Ukraine about the grain corridor.',
    ));
    expect(got.some((d) => /Commission Member|General Counsel|Harrow Galleries::person/.test(d))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['Department of the Navy::organisation', 'Kovalenko::person']));
  });
});

describe('towns with their state, and where things happened', () => {
  test('"near Ashford, Indiana" is one place; "Orbital Works of Boulder, Colorado" asks the company and "Boulder, Colorado"; the one place of a sentence with other facts is asked', () => {
    const got = deletions(notesOf(
      'The inventor was born in 1867 near Ashford, Indiana.',
      'Orbital Works of Boulder, Colorado, built the $90 million spacecraft in 2019.',
      'The probe was built by the Harbor Physics Laboratory in Laurelton, Maryland, for the agency in 2019.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Ashford, Indiana::place', 'Boulder, Colorado::place', 'Laurelton, Maryland::place']));
    expect(got.some((d) => d.startsWith('Orbital Works::'))).toBe(true);
    expect(got.some((d) => /^(?:Indiana|Colorado|Maryland|Ashford|Boulder)::/.test(d))).toBe(false);
  });

  test('an acronym before "commune" is a party, not a place', () => {
    const got = deletions(notesOf('He was elected CNRP commune chief in June 2017, only to be replaced five months later.'));
    expect(got.some((d) => d.startsWith('CNRP commune'))).toBe(false);
  });
});

describe('transcripts, reports and spelt-out abbreviations', () => {
  test('a transcript’s "Q", a time zone and "Anna Reed with The Daily Post" give no joined or empty names', () => {
    const got = deletions(notesOf(
      'Q Good morning, and thanks for doing this call.',
      'The call ended at 11:19 A.M. CEST on Friday.',
      'Next, let’s go to Anna Reed with The Daily Post for the last question.',
    ));
    expect(got.some((d) => /^Q |Reed with/.test(d))).toBe(false);
    // (The zone is asked only as part of the clock time, never as a name of its own.)
    expect(got.filter((d) => /A\.M\.|CEST/.test(d))).toEqual(['11:19 A.M. CEST::time']);
  });

  test('"over a billion parts" asks "a billion"; "TBI ED visits", "(Figure 3)" and "SRR activities" give no card', () => {
    const got = deletions(notesOf(
      'Through its supply chain, the firm buys over a billion parts from 10,000 American businesses.',
      'The rate of TBI ED visits declined 32% from 2012 to 2018 (Figure 3).',
      'Children in SRR activities are at risk, the report found in 2019.',
    ));
    expect(got).toContain('a billion::number');
    expect(got.some((d) => /^(?:TBI ED|Figure 3|SRR)::/.test(d))).toBe(false);
  });

  test('inside the brackets after an abbreviation, a part of its spelt-out words is no name; a tight dash keeps one name whole', () => {
    const got = deletions(notesOf(
      'The rocket carried COOL-AID (Coronal OverLapagram – Ancillary Imaging Diagnostics) and a camera in 2024.',
      'The agency analysed data from the National Injury Surveillance System–All Injury Program in 2021.',
    ));
    expect(got.some((d) => /^(?:Coronal OverLapagram|Ancillary Imaging Diagnostics)::/.test(d))).toBe(false);
    expect(got.some((d) => d.startsWith('National Injury Surveillance System–All Injury Program::'))).toBe(true);
  });
});

describe('a people’s name before a thing, and executive orders', () => {
  test('"the Cambodian Beng tree" asks "Beng"; "the Executive Order on Clean Ports" is no organisation', () => {
    const got = deletions(notesOf(
      'The villages, named after the Cambodian Beng tree, remember the time before the boom in 2010.',
      'The plan follows the President’s Executive Order on Clean Ports, signed in 2021.',
    ));
    expect(got).toContain('Beng::name');
    expect(got.some((d) => d.startsWith('Cambodian Beng'))).toBe(false);
    expect(got.filter((d) => d.startsWith('Executive Order'))).not.toContain('Executive Order on Clean Ports::organisation');
  });
});

describe('businesses whose name ends in "’s"', () => {
  test('"Harbor Joe’s sold …" asks "Harbor Joe’s", not a person "Joe" nor the cut "Harbor Joe"; a plain possessive stays one', () => {
    const got = deletions(notesOf(
      'Harbor Joe’s sold 20 million shares in its debut on Thursday.',
      'Harbor Joe’s has nearly 900 shops across the country.',
      'The Prime Minister’s proposed budget was published in 2024.',
    ));
    expect(got).toContain('Harbor Joe’s::name');
    expect(got.some((d) => /^Harbor Joe::|^Joe::/.test(d))).toBe(false);
    expect(got.some((d) => d.startsWith('Prime Minister’s'))).toBe(false);
  });
});

describe('a lawmaker’s party and state', () => {
  test('"former Sen. Lena Hart, R-S.C., who …" asks Lena Hart and nothing of "R-S.C."', () => {
    const got = deletions(notesOf('The measure is named after former Sen. Lena Hart, R-S.C., who died in July 2026.'));
    expect(got).toContain('Lena Hart::person');
    expect(got.some((d) => d.startsWith('R-'))).toBe(false);
  });
});

describe('a body "for" two things', () => {
  test('"the Center for Security and Emerging Technology" is one name', () => {
    const got = deletions(notesOf('Colin Shea, a research fellow at the Center for Security and Emerging Technology, spoke on Wednesday.'));
    expect(got).toContain('Center for Security and Emerging Technology::organisation');
  });
});

describe('lists of names of mixed or unsure kinds', () => {
  test('"brokers including Bank of Avalon, Harlow Sachs and Merrow Chase" is one list: no card for each when the sentence has more', () => {
    const got = deletions(notesOf('Several brokers — including Bank of Avalon, Harlow Sachs and Merrow Chase — lent the fund $2 billion in 2025.'));
    expect(got.filter((d) => /Avalon|Harlow|Merrow/.test(d))).toEqual([]);
    expect(got).toContain('$2 billion::amount');
  });
});

describe('more speech tags after the quote', () => {
  test('"director of telecoms research Tom Lane said", "Dr Mia Watts head of exploration said", "insists Mr Wood"', () => {
    const got = speakers(notesOf(
      '“The real negotiation begins now for every operator,” director of telecoms research Tom Lane said.',
      '“This area does need more drilling but it looks very strong,” Dr Mia Watts head of exploration said.',
      'Economist Glen Wood spoke on Monday. “It is an option that is becoming more and more necessary,” insists Mr Wood.',
    ));
    expect(got).toEqual({ 'The real negotiation': 'Tom Lane', 'This area does': 'Mia Watts', 'It is an': 'Glen Wood' });
  });
});

describe('speakers a month or a description hides', () => {
  test('"May said:" after "Brian May" is him; "the play’s organiser in Uganda, Sarah Oketch, told the BBC" is her', () => {
    const got = speakers(notesOf(
      'Guitarist Brian May joined the band in April 2004.',
      'May said: “Suddenly the band is rising again from the ashes and will take over our lives.”',
      '“I am extremely outraged at the hypocrisy of it all,” the play’s organiser in Uganda, Sarah Oketch, told the BBC.',
    ));
    expect(got).toEqual({ 'Suddenly the band': 'Brian May', 'I am extremely': 'Sarah Oketch' });
  });
});

describe('a role between a name and the speaker', () => {
  test('"William Hale spokesman Rupert Adams said" is Rupert Adams; "singer A and drummer B said" is no one answer', () => {
    const got = speakers(notesOf(
      '“In the past gambles like this have often been right,” William Hale spokesman Rupert Adams said.',
      '“A lot of bands should go through a kicking before they make it,” singer Gary Lind and drummer Jonny Quist said.',
    ));
    expect(got).toEqual({ 'In the past': 'Rupert Adams' });
  });
});

describe('ranges and measures asked whole', () => {
  test('"41%–57%" is one range; "between 6 and 7 million degrees Celsius" keeps its scale, which is no name', () => {
    const got = deletions(notesOf(
      'Among first-time buyers, 41%–57% said the price of the house was the main reason they waited.',
      'The gas in the cluster is around 12 million degrees Fahrenheit, or between 6 and 7 million degrees Celsius, the team said.',
    ));
    expect(got).toContain('41%–57%::percent');
    expect(got.some((d) => /^(41%|57%)::/.test(d))).toBe(false);
    expect(got).toContain('6 and 7 million degrees Celsius::temperature');
    expect(got).toContain('12 million degrees Fahrenheit::temperature');
    expect(got.some((d) => /^(Celsius|Fahrenheit)::/.test(d))).toBe(false);
  });
});

describe('an acronym followed by its own expansion', () => {
  test('"the agency’s HARP (High Altitude Research Platform) project" is one name; later "HARP" only repeats it', () => {
    const got = deletions(notesOf(
      'The sensor flew in 2024 as part of the agency’s HARP (High Altitude Research Platform) project, which Dana Kole leads.',
      'Engineers then fitted HARP with a second sensor.',
      'Its data went to the ISA (Icelandic Space Agency) in June 2025.',
    ));
    expect(got).toContain('HARP (High Altitude Research Platform)::name');
    expect(got).toContain('ISA (Icelandic Space Agency)::organisation');
    expect(got.filter((d) => /^(HARP|High Altitude Research Platform|ISA|Icelandic Space Agency)::/.test(d))).toEqual([]);
  });
});

describe('common nouns written with a capital after "this" or "our"', () => {
  test('"this Nation" in two sentences names nothing', () => {
    const got = deletions(notesOf(
      'The debt of this Nation grew by $4 trillion in six years.',
      'The Senate voted 52 to 48 to raise the limit again, and our Nation will pay the interest.',
    ));
    expect(got.filter((d) => d.startsWith('Nation'))).toEqual([]);
    expect(got).toContain('$4 trillion::amount');
  });
});

describe('speakers described by a role, then called by it', () => {
  test('"…,” a Fenwa spokeswoman said" is that title; "the spokeswoman said" later is her; with two spokesmen, none', () => {
    expect(attributed(
      'The regulator Fenwa has handed the bond case to the public prosecutor.',
      '“I can confirm that Fenwa has passed the case to the prosecutor,” a Fenwa spokeswoman said.',
      '“We found clues of possible market manipulation in August,” the spokeswoman said.',
    )).toEqual({ 'I can confirm': 'Fenwa spokeswoman', 'We found clues': 'Fenwa spokeswoman' });
    expect(attributed(
      'Ana Ruiz, a spokesman for the port, and Tom Vale, a spokesman for the city, met on Monday.',
      '“The new cranes will arrive before the winter storms begin,” the spokesman said.',
    )).toEqual({ 'The new cranes': '?' });
  });
});

describe('a "he" after a described subject', () => {
  test('"said Bill Harmon, a retired Navy C-9 pilot" makes him a person; a person inside a subject’s description is not the "he"', () => {
    const got = speakers(notesOf(
      'Some flights were frightening, said Dana Pryce, a retired mission manager. “I do not miss the storms at all,” she said.',
      'The crew made flying a great experience, said Bill Harmon, a retired Navy C-9 pilot. “I always felt this airplane was made for the work we did,” he said.',
      'Governor Lon Sar told the crowd he would return in May.',
      'Rath Vey, a cousin of Governor Lon Sar and a farmer, said his early life had mirrored that of his cousin.',
      '“I was a soldier like him, but he has the good fortune of power,” he said.',
    ));
    expect(got).toMatchObject({ 'I always felt': 'Bill Harmon', 'I was a': 'Rath Vey' });
  });
});

describe('a title that opens the sentence', () => {
  test('"President Marsh said, “…”" is Marsh, a common word after a title a person holds is a name, and "Mr. Speaker" is nobody', () => {
    const got = speakers(notesOf(
      'President Marsh said, “I want a fiscal policy that moves in one direction for ten years.”',
      'Mr. Speaker, today I introduced a bill to cut the deficit by $40 billion.',
    ));
    expect(got).toEqual({ 'I want a': 'Marsh' });
    const names = deletions(notesOf('Mr. Speaker, today I introduced a bill to cut the deficit by $40 billion.', 'Mr. Speaker, this is an idea whose time has come in 2026.'));
    expect(names.filter((d) => d.startsWith('Speaker'))).toEqual([]);
  });
});

describe('a role after qualifying words, without its article', () => {
  test('"Bay Sokha, associate professor of history at X," makes a person, so "Bay Sokha said" later names her', () => {
    const got = speakers(notesOf(
      'Bay Sokha, associate professor of history at Lindell College in Ohio, has studied the elections since 2013.',
      '“Fake contests encourage other fake contests, and the voters lose,” Bay Sokha said.',
    ));
    expect(got).toEqual({ 'Fake contests encourage': 'Bay Sokha' });
  });
});

describe('a sentence that ends in its tag, then an untagged quote', () => {
  test('"…, Tarrow said. “During …”" is Tarrow; a tag inside the sentence is not enough', () => {
    const got = speakers(notesOf(
      'Lena Tarrow, the crew manager, has flown on the aircraft since 1998.',
      'Sometimes quick work was needed to save the campaign, Tarrow said. “During the last mission we had an engine failure, and the team replaced it in two days.”',
      'The team met Omar Reyes in June, Tarrow said, and the work went on. “The engine was shipped overnight from the coast to the base.”',
    ));
    expect(got['During the last']).toBe('Lena Tarrow');
    expect(got['The engine was']).toBeUndefined();
  });
});

describe('more ranges, ages, web addresses and a trailing plus', () => {
  test('"from 300 feet to 900 feet" and "400 million to 5 billion years old" are one range each; "3.1 percent and 3.4 percent" are two figures', () => {
    const got = deletions(notesOf(
      'The crew had to fly from 300 feet to 900 feet above the sea ice in 2011.',
      'The clusters are about 400 million to 5 billion years old, the survey team said.',
      'Rents and wages rose 3.1 percent and 3.4 percent last year in the capital.',
      'The share of adults with a permit declined 30% overall, from 26.1% to 18.3%, between 2010 and 2020.',
    ));
    expect(got).toEqual(expect.arrayContaining(['26.1%::percent', '18.3%::percent']));
    expect(got).toContain('300 feet to 900 feet::quantity');
    expect(got).toContain('400 million to 5 billion years::how old');
    expect(got).toEqual(expect.arrayContaining(['3.1 percent::percent', '3.4 percent::percent']));
    expect(got.some((d) => d.startsWith('3.1 percent and'))).toBe(false);
  });

  test('no name from inside a web address; "LGBTQI+ people" keeps its plus; "LGBTQI+-inclusive" asks nothing', () => {
    const got = deletions(notesOf(
      'Renters can go to HousingHelp.gov/RentRelief to find programs that opened in 2021.',
      'The fund, set up by the Dalton Trust in 2019, protects LGBTQI+ people abroad.',
      'It makes embassies more LGBTQI+-inclusive.',
    ));
    expect(got.filter((d) => /RentRelief|HousingHelp/.test(d))).toEqual([]);
    expect(got).toContain('LGBTQI+::name');
    expect(got.filter((d) => d.startsWith('LGBTQI::'))).toEqual([]);
  });
});

describe('a town with its country, a law with its year, a prize with its field', () => {
  test('"Tarvik, Estonia" and "Washington, D.C." are one place each; "Latvia, Lithuania and Poland" stays a list', () => {
    const got = namesIn('The envoys met in Tarvik, Estonia, on Monday and flew to Washington, D.C. on Friday. Troops from Latvia, Lithuania and Poland joined them.');
    expect(got).toEqual(expect.arrayContaining(['Tarvik, Estonia:place', 'Washington, D.C.:place', 'Latvia:place', 'Lithuania:place', 'Poland:place']));
  });

  test('"the Harbor Safety Act of 2021", "the Parks Appropriations Act, 2024" and "the Halvorsen Prize in Chemistry" are whole names', () => {
    const got = deletions(notesOf(
      'Congress gave the ports some relief through the Harbor Safety Act of 2021, which the board welcomed.',
      'The Parks Appropriations Act, 2024, asks for a study of 40 museums.',
      'In 1961 she became the first woman awarded the Halvorsen Prize in Chemistry.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Harbor Safety Act of 2021::name', 'Parks Appropriations Act, 2024::name', 'Halvorsen Prize in Chemistry::name']));
    expect(got.filter((d) => /^(2021|2024)::/.test(d))).toEqual([]);
  });
});

describe('pull quotes', () => {
  test('a paragraph that only repeats words quoted again later is not the previous speaker’s', () => {
    const got = speakers(notesOf(
      '“Some went to vote, but only because they were afraid,” said Chan Dara, a farmer. “They spoiled the ballot.”',
      '“They told us that if we do not vote, the office will not sign any papers for our weddings.”',
      'Mao Sreyneang, 41, a villager in Kampot province, said officials threatened to block documents.',
      '“The officials came to every house. They told us that if we do not vote, the office will not sign any papers for our weddings,” she said.',
    ));
    expect(got['They told us']).toBeUndefined();
    expect(got['The officials came']).toBe('Mao Sreyneang');
  });
});

describe('more that says an unknown name is a person', () => {
  test('"X currently works as a researcher", "X noted …" make a person, so a later "he noted, “…”" is X', () => {
    const got = speakers(notesOf(
      'Adrius Kelmanas currently works as a researcher at Halden University. He helped write the study.',
      'Kelmanas noted the puzzle of why the valley is red had been discussed for 200 years.',
      'Kelmanas knew his team was not the first to study the mineral. But he noted, “it has never been shown as we have now, with data from orbit and new laboratory methods.”',
    ));
    expect(got).toEqual({ 'it has never': 'Adrius Kelmanas' });
  });
});

describe('a day word in a quote’s key phrase', () => {
  test('"the windswept plains today" asks "windswept plains", not "windswept plains today"', () => {
    const got = deletions(notesOf(
      'Emil Voss, a geologist at the survey, spoke in 2024.',
      '“We mapped the whole northern basin of the continent in long seasons with a small team of students from the college,” Voss said.',
      '“These conditions were very different from the windswept plains today,” Voss said.',
      '“The red dust holds a mineral that only forms in water, and we found it in every sample we took from the plain,” Voss said.',
    ));
    expect(got).toContain('windswept plains::term');
    expect(got.filter((d) => /today/.test(d))).toEqual([]);
  });
});

describe('capitals on common words after "a", and the government itself', () => {
  test('"a State Party", "a border State", "a Golden Oak" and "the Federal Government" name nothing; "a United Nations resolution" still does', () => {
    const names = namesIn(
      'Although Norland is not a State Party to the 1951 convention, it has sheltered 9,000 refugees.',
      'As a border State, we need these programs, which cost $40 million in 2024.',
      'The average lifespan of a Golden Oak is 80 years, the gardeners said in 2023.',
      'The most needless agency in the entire Federal Government is the Harbor Patrol Office, which cost $12 million.',
      'The Department of State led the expansion of a United Nations resolution on elections in 2021.',
    ).map((n) => n.replace(/:[a-z]+$/, ''));
    expect(names.filter((n) => /^(State Party|State|Golden Oak|Oak|Federal Government)$/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['United Nations', 'Harbor Patrol Office']));
  });

  test('"an Astrophysics mission" names nothing; "a Senate committee" still names the Senate', () => {
    const names = namesIn('GUSTO is an Astrophysics mission that flew for 57 days in 2024.', 'It went to a Senate committee with 12 members in 2020.').map((n) => n.replace(/:[a-z]+$/, ''));
    expect(names).not.toContain('Astrophysics');
    expect(names).toContain('Senate');
  });
});

describe('reporting verbs of readouts', () => {
  test('"During her trip, Governor Lind reaffirmed that the state’s “commitment to the river pact remains ironclad”" is Lind’s', () => {
    const got = speakers(notesOf('During her third trip abroad, Governor Rosa Lind reaffirmed that the state’s “commitment to the river pact remains ironclad and will outlast any election.”'));
    expect(got).toEqual({ 'commitment to the': 'Rosa Lind' });
  });
});

describe('a company named with a title’s word, and a year after "year"', () => {
  test('"General Electric has posted …" is the company, not a person "Electric"; "Full year 2004 gains" asks a year', () => {
    const got = deletions(notesOf(
      'General Electric has posted an 18% jump in quarterly sales, the company said.',
      'Full year 2004 gains were less spectacular, but still respectable.',
    ));
    expect(got).toContain('General Electric::organisation');
    expect(got.some((d) => d.startsWith('Electric::'))).toBe(false);
    expect(got).toContain('2004::year');
  });
});

describe('a body or an event "on the" something', () => {
  test('"the Third Conference on the Roles of the Norland Krone" and "the Commission on the Status of Women" are one name each; "Mr Brown on the BBC" is two', () => {
    const got = deletions(notesOf(
      'At the Third Conference on the Roles of the Norland Krone, hosted by the Central Bank of Vesta, the governor spoke in 2024.',
      'The Senate met on Monday with the Commission on the Status of Women to discuss $40 million in grants.',
      'Mr Brown on the BBC said the plan was fine in 2020.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Third Conference on the Roles of the Norland Krone::name', 'Commission on the Status of Women::organisation', 'BBC::organisation']));
  });
});

describe('a quoted title is no speech', () => {
  test('“The Hungry Wolf: How the North Is Changing the World” asks no who-said card', () => {
    const got = speakers(notesOf(
      'Lena Osk, a professor at Vesta College and co-author of “The Hungry Wolf: How the North Is Changing the World,” told Radio Vesta in 2024 that trade had doubled.',
      '“Fake markets encourage other fake markets, and the buyers lose,” Osk said.',
    ));
    expect(Object.keys(got)).not.toContain('The Hungry Wolf:');
    expect(got['Fake markets encourage']).toBe('Lena Osk');
  });
});

describe('inverted tags', () => {
  test('",” said Vesta’s chief executive Jon Hale" is Hale, not Vesta; ",” told Radio Vesta" names no speaker', () => {
    const got = speakers(notesOf(
      'Vesta Corp. posted an 18% jump in sales in 2024.',
      '“We are benefiting from our growth plans and a strong world economy,” said Vesta’s chief executive Jon Hale.',
      '“The new plant will double what we can make in one year,” told Radio Vesta.',
    ));
    expect(got['We are benefiting']).toBe('Jon Hale');
    expect(got['The new plant']).toBeUndefined();
  });
});

describe('a name, a title and where the person works, then a colon', () => {
  test('"Seth Marr, Economist, Halden University: “…”" and "Jo Furlan, Former Chair of the Council of Economic Advisers: “…”" are the people; "National Harbor Workers Union: “…”" is the body', () => {
    const got = attributed(
      'Seth Marr, Economist, Halden University: “I am immensely proud of my friend as she is nominated to serve on the board.”',
      'Jo Furlan, Former Chair of the Council of Economic Advisers: “Great nominations to the board, each with a broad and deep record.”',
      'National Harbor Workers Union: “We commend the President for his historic nomination of a harbor expert.”',
    );
    expect(got).toEqual({ 'I am immensely': 'Seth Marr', 'Great nominations to': 'Jo Furlan', 'We commend the': 'National Harbor Workers Union' });
  });
});

describe('the one told, and a new sentence after a closed quote', () => {
  test('"Mr Prescott told BBC News: “…”" is Prescott; "He told Radio Vesta: “…”" is never the radio', () => {
    expect(attributed('On Tuesday, Deputy Prime Minister John Prescott told BBC News: “They told us very clearly what the troops wanted from the leaders.”')).toEqual({ 'They told us': 'John Prescott' });
    const got = attributed('The company was quiet on Monday. He told Radio Vesta: “I am out in my constituency getting ready for the election.”');
    expect(got['I am out']).not.toBe('Radio Vesta');
  });

  test('after a quote that closed its sentence, "Labour’s Paul Linn said the pair had had a “scorching”" is no tag; "Mr Davis told the BBC." is', () => {
    expect(attributed(
      'Mr Blair told MPs and peers: “I know from everyone here that nothing will get in the way of a unified party.” Labour’s Paul Linn said the pair had had a “scorching” from MPs on the backbenches.',
    )).toMatchObject({ 'I know from': 'Blair' });
    expect(attributed('Tom Davis, the shadow minister, spoke on Monday. “The government is employing the politics of confusion.” Mr Davis told the BBC.')).toEqual({ 'The government is': 'Tom Davis' });
  });
});

describe('a name right before the verb that we could not read as a person', () => {
  test('"… beating Nora Bell and Ann Cole to the prize, Bliss Stone said: “…”" names neither Bell nor Cole; "said Yoo Ji-chang" keeps the whole name', () => {
    const got = speakers(notesOf(
      'After beating Nora Bell and Ann Cole to the best singer prize, Bliss Stone said: “I do not know what to say, I do not like doing this at all.”',
      '“Creditors would seek strong financial sanctions against the group,” said Yoo Ji-chang, governor of the Harbor Development Bank, in 2004.',
    ));
    expect(got['I do not'] ?? '').not.toMatch(/Bell|Cole/);
    expect(got['Creditors would seek']).toBe('Yoo Ji-chang');
  });
});

describe('a people’s name in a description', () => {
  test('"Rosneft, a Russian oil firm" is no person; "Ivan Petrov, a Russian diplomat" is', () => {
    const names = namesIn('The assets went to Rosvesta, a Russian oil firm that is merging with Gazprom, in 2004.', 'Ivan Petrov, a Russian diplomat, said the talks went well in 2005.');
    expect(names).toContain('Ivan Petrov:person');
    expect(names).not.toContain('Rosvesta:person');
  });
});

describe('a person called by the given name', () => {
  test('"Ozzie said he was …" after "Ozzie Osgood" is him; "Richard and Judy executive producer Amanda Ross said" is still her', () => {
    const got = speakers(notesOf(
      'Rock star Ozzie Osgood, 56, chased a burglar from his home on Monday, police said.',
      'Ozzie said he was “just coming to grips with what had happened in the house that night.”',
      'Judy Fenn and Richard Maddox chose ten books for 2005.',
      '“We were spoiled for choice and it was tough getting down to only 10 books,” said Richard and Judy executive producer Amanda Ross.',
    ));
    expect(got['just coming to']).toBe('Ozzie Osgood');
    expect(got['We were spoiled']).toBe('Amanda Ross');
  });
});

describe('units written short or with a dash', () => {
  test('"1,300 light-years", "15 cm" and "112 mph" are asked with their units', () => {
    const got = deletions(notesOf(
      'Located roughly 1,300 light-years away, the nebula formed from a collapsing cloud in 2024.',
      'The rover moved back about 15 cm, and the storm brought 112 mph wind gusts on Monday.',
    ));
    expect(got).toEqual(expect.arrayContaining(['1,300 light-years::quantity', '15 cm::quantity', '112 mph::quantity']));
  });
});

describe('a town with its state written short, and picture credits', () => {
  test('"Greenbelt, Md." is one place; "Image Credit: NASA, ESA, K. Misselt (…)" asks nothing', () => {
    const got = deletions(notesOf(
      'Kate Lin is a systems engineer at the Vesta Flight Center in Greenbelt, Md., and joined in 2017.',
      'Image Credit: NASA, ESA, CSA, K. Misselt (University of Arizona) and A. Abergel (University Paris-Saclay)',
    ));
    expect(got).toContain('Greenbelt, Md.::place');
    expect(got.filter((d) => /Misselt|Abergel|ESA|CSA/.test(d))).toEqual([]);
  });
});

describe('"said" before a given name, and a person in a picture’s aside', () => {
  test('"said Len, shown here with actor Nina Vale, …. “…,” he said." is Len Harper both times', () => {
    const got = speakers(notesOf(
      'Len Harper, 61, is a scientist for the Vesta space telescope.',
      '“Working for the telescope has been an amazing experience and a constant delight,” said Len, shown here with actor Nina Vale, who played a pilot on the original series. “The original series greatly inspired me,” he said.',
    ));
    expect(got).toEqual({ 'Working for the': 'Len Harper', 'The original series': 'Len Harper' });
  });
});

describe('a tag that is a sentence of its own', () => {
  test('`…serve.” said Vice President Lind. “Far too often …”` gives both quotes to Lind', () => {
    const got = speakers(notesOf(
      '“Small businesses are the backbone of our nation’s economy, and they create jobs in the communities they serve.” said Vice President Rosa Lind. “Far too often, entrepreneurs with big plans cannot get the capital they need to grow.”',
    ));
    expect(got).toEqual({ 'Small businesses are': 'Rosa Lind', 'Far too often,': 'Rosa Lind' });
  });
});

describe('names with a number, an ampersand or a day inside them', () => {
  test('a count after a capitalised word is the rest of a name: "Hangar 417", "the Carlow Six", "Stage Two"', () => {
    const got = deletions(notesOf(
      'Engineers met at Hangar 417 in Dunmore with 35 students on Friday.',
      'Campaigners compared the case to the Carlow Six and marched for 12 days.',
      'Stage Two of the plan adds 40 buses to the city fleet.',
    ));
    expect(got.filter((d) => /^(?:417|Six|Two)::/.test(d))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['35::number', '12 days::how long', '40::number']));
  });

  test('a house number belongs to its street: "11 Harbour Road" is one place, no number', () => {
    const got = deletions(notesOf('The envoy moved into 11 Harbour Road in Kelmsford during March 2023.'));
    expect(got).toContain('11 Harbour Road::place');
    expect(got.filter((d) => /^(?:11|Harbour Road)::/.test(d))).toEqual([]);
  });

  test('"the Liberty 300 Road Rally" and "Ohio A&M University System" are asked whole', () => {
    const got = deletions(notesOf(
      'The governor announced the Liberty 300 Road Rally for the summer of 2027.',
      'The Ohio A&M University System signed a lease for a 180-acre site near Dayton.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Liberty 300 Road Rally::name', 'Ohio A&M University System::organisation']));
    expect(got.filter((d) => /^(?:300|Road Rally|University System)::/.test(d))).toEqual([]);
  });

  test('"Easter Sunday" is a named day, not a date; "Sept 30, 2023" is one date, and "Between" stays out of it', () => {
    const got = deletions(notesOf(
      'This Easter Sunday, the mayor will open the new bridge over the Lune.',
      'From Oct 1, 2022, to Sept 30, 2023, the lab published 64 papers.',
      'Between Oct. 1, 2021, and Sept. 30, 2022, the lab hired 12 people.',
    ));
    expect(got).not.toContain('Sunday::date');
    expect(got).toEqual(expect.arrayContaining(['Sept 30, 2023::date', 'Oct. 1, 2021::date']));
    expect(got.filter((d) => /^(?:Sept 30|2023|Between .*)::/.test(d))).toEqual([]);
  });
});

describe('names that run into the next one, or stop short of their end', () => {
  test('"Irishwomen Aine Doyle" is the person without the people’s name; "… of the Red Cross and Red Crescent Societies" is one body', () => {
    const got = namesIn(
      'Irishwomen Aine Doyle and Maeve Quinn own a 12% stake in the club.',
      'The International Federation of the Red Cross and Red Crescent Societies asked for $4 million.',
    );
    expect(got).toContain('International Federation of the Red Cross and Red Crescent Societies:organization');
    expect(got.filter((n) => /Irishwomen|^International Federation of the Red Cross:/.test(n))).toEqual([]);
  });

  test('"Lake Agency Headquarters and NASA’s …" and "Probe-2 with NASA’s …" are two names each', () => {
    const got = namesIn(
      'Staff from Lake Agency Headquarters and NASA’s Glenn Research Center attended.',
      'Engineers plan new uses for Probe-2 with NASA’s relay network.',
    );
    expect(got.filter((n) => /Headquarters and NASA|with NASA/.test(n))).toEqual([]);
  });

  test('an organisation and the person after it are two names: "Clean Water Agency Dana Whitlock"', () => {
    const got = namesIn('The report was signed by Clean Water Agency Dana Whitlock on Tuesday.');
    expect(got).toEqual(expect.arrayContaining(['Clean Water Agency:organization', 'Dana Whitlock:person']));
  });

  test('a generation after a surname stays with it: "Mark Ellison III" is a person', () => {
    const got = namesIn('The hall was opened by Delmar State University President Mark Ellison III in 2024.');
    expect(got).toContain('Mark Ellison III:person');
    expect(got.filter((n) => n.endsWith(':organization') && n.includes('Ellison'))).toEqual([]);
  });

  test('no card on a name cut before "’s Day", "Men’s Ice Hockey", inside a quoted law title, in shouted capitals, or on "OK"', () => {
    const got = deletions(notesOf(
      'In the harbour towns, Saint Brendan’s Day is kept on May 16.',
      'Medals went to members of the 1972 Harbin City Men’s Ice Hockey team in Ottawa.',
      'S. 412, the “Fairness for Farmers and their Workers Act of 2026,” requires the Department of Labor to act.',
      'It came in three parts. SUPPORTING THE U.S. PORT INDUSTRY: Governor Ilse Marr signed the bill in Tulsa.',
      'If the talks go well, that’s OK with the Treasury.',
    ));
    expect(got.filter((d) => /^(?:Saint Brendan|Harbin City Men|Farmers|Workers Act of 2026|.*PORT INDUSTRY|OK)::/.test(d))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['Department of Labor::organisation', 'Ilse Marr::person']));
  });

  test('a name said again in the card as the start of a longer name is not asked: "Ohio Tech University … Ohio Tech University System"', () => {
    const got = deletions(notesOf(
      'Leaders of Ohio Tech University System and Ohio Tech University met in Akron on Monday.',
      'Long ago Saint Aidan sailed west, and Saint Aidan’s Eve is kept in Lindholm.',
    ));
    expect(got.filter((d) => /^(?:Ohio Tech University|Saint Aidan)::/.test(d))).toEqual([]);
  });
});

describe('firms and places named like people, and words that only describe a name', () => {
  test('a person-shaped name with a plural verb, or before a job and its holder, is no person: "Morgan Keller are …", "Martin Royce senior economist Paul Klee"', () => {
    const got = namesIn(
      'Morgan Keller are the sole advisers for the sale of 2026.',
      'Prices will fall, predicted Martin Royce senior economist Paul Klee.',
      'Ann Ferris and Tom Hale are said to oppose the bid.',
    );
    expect(got.filter((n) => /^(?:Morgan Keller|Martin Royce):person$/.test(n))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['Tom Hale:person']));
  });

  test('a hospital is a place: "Dunmore Royal Infirmary"', () => {
    expect(namesIn('Their son was born in Dunmore Royal Infirmary in 2003.')).toContain('Dunmore Royal Infirmary:place');
  });

  test('"Former Vantel boss …" asks Vantel; "the Committee to Protect Farmers" is one body; "Lyle’s of Bristol" and "Britons" are not asked', () => {
    const got = deletions(notesOf(
      'Former Vantel boss Ray Soames was involved in the $9bn fraud.',
      'The Committee to Protect Farmers named 3 March 2025 as a day of action.',
      'The head of Lyle’s of Bristol, the wool market, spoke in 2024.',
      'With 41% of Britons taking part, the survey grew in 2023.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Vantel::name', 'Committee to Protect Farmers::organisation']));
    expect(got.filter((d) => /^(?:Former Vantel|Protect Farmers|Bristol|Lyle|Britons)::/.test(d))).toEqual([]);
  });
});

describe('what an office is of, an adjective after a title, and accented given names', () => {
  test('"the President of Beit Rachel" is a body, "Ambassador Extraordinary" no one, "President Andrés Manuel Ortega" one person', () => {
    const got = namesIn(
      'Rhee has served as the President of Beit Rachel, a charity that feeds families.',
      'Dana Blume, of Ohio, to be Ambassador Extraordinary and Plenipotentiary to Chad.',
      'The envoy met President Andrés Manuel Ortega of Peru on Friday.',
    );
    expect(got).toContain('Andrés Manuel Ortega:person');
    expect(got.filter((n) => /^(?:Beit Rachel|Extraordinary|Manuel Ortega):person$/.test(n))).toEqual([]);
  });
});

describe('a hyphenated role before the speaker', () => {
  test('`,” said co-author Mei Lin, a student …` and `,” said vice-chair Tom Reyes.` name their speakers', () => {
    const got = attributed(
      '“Our best guess is that the disc is older than we thought,” said co-author Mei Lin, a student at the University of Leeds.',
      '“The vote will come before the end of the month,” said vice-chair Tom Reyes.',
    );
    expect(got).toEqual({ 'Our best guess': 'Mei Lin', 'The vote will': 'Tom Reyes' });
  });
});

describe('speakers named after their quote, or only by what they do', () => {
  test('"X Y, director-general of …, told VOA …" makes X Y a person, whom the next "she said" means', () => {
    const got = attributed(
      'Pakorn Wattana, director-general of the Department of Trade, told VOA by email that she could not comment on single cases.',
      '“Having said that, we have long sheltered people with real needs for protection,” she said.',
    );
    expect(got).toEqual({ 'Having said that,': 'Pakorn Wattana' });
  });

  test('"said the Vice President" before the article names "Vice President Dana Reyes" means her', () => {
    const got = attributed(
      '“If we only look inward, we cannot defeat threats from outside,” said the Vice President during her fourth trip abroad.',
      'BERLIN – Today, Vice President Dana Reyes made the case for alliances at the Berlin Forum.',
    );
    expect(got).toEqual({ 'If we only': 'Dana Reyes' });
  });

  test('"said the Secretary" before "Energy Secretary Jane Moss" is named is not her: another secretary may have spoken', () => {
    const got = attributed(
      '“We have made real progress on the border talks this week,” the Secretary said on Monday.',
      'The talks also included Energy Secretary Jane Moss and Foreign Minister Anna Berg.',
    );
    expect(got).toEqual({ 'We have made': '?' });
  });
});

describe('a description, a comma and a title before the speaker', () => {
  test('`,” said its chairman, Sir Alan Pryce.` and `,” stable master, Captain Ivo Lane, said.` name them', () => {
    const got = attributed(
      '“Any partial change to the plan would harm it badly,” said its chairman, Sir Alan Pryce.',
      '“We are not going away and we will keep the horses going,” stable master, Captain Ivo Lane, said.',
    );
    expect(got).toEqual({ 'Any partial change': 'Alan Pryce', 'We are not': 'Ivo Lane' });
  });
});

describe('a surname that is also a people’s name, after a generation', () => {
  test('"President Tom Welsh III … ,” Welsh said." is Tom Welsh III', () => {
    const got = attributed(
      'The park was opened by Delmar State University President Tom Welsh III in 2024.',
      '“For the last 30 years, the university has honored its mission,” Welsh said.',
    );
    expect(got).toEqual({ 'For the last': 'Tom Welsh III' });
  });
});

describe('who made the picture or wrote the paper', () => {
  test('no card on "(Credits: NASA)" in brackets or on the authors of a reference', () => {
    const got = deletions(notesOf(
      'The capsule will bring more than 3,200 pounds of samples back to Earth (Credits: Vesta Agency) in May.',
      'Marlow, B., Quint, D., Haller, K., Ostrom, P. The value of a clinical support tool in orbit, 2023.',
      'References: Dunmore Institute yearbook, 2021.',
    ));
    expect(got).toEqual(expect.arrayContaining(['3,200 pounds::quantity', 'May::date']));
    expect(got.filter((d) => /^(?:Vesta Agency|Marlow|Quint|Haller|Ostrom|2023|Dunmore Institute|2021)::/.test(d))).toEqual([]);
  });
});

describe('a person named inside a who-clause about the subject', () => {
  test('"However, Mr Hale, who apologised over the death of hostage Tom Reed, said Mr Ward “…”" is Hale', () => {
    const got = attributed(
      'Tory MP Simon Hale spoke on Friday.',
      'However, Mr Hale, who apologised last year over the death of hostage Tom Reed, said Mr Ward “should keep well out of the row now”.',
    );
    expect(got).toEqual({ 'should keep well': 'Simon Hale' });
  });
});

describe('programmes and ages', () => {
  test('"the Presidential Initiative for Rural Renewal" is a programme (neutral hint), not an organisation', () => {
    const got = deletions(notesOf('The ministry launched a flagship program as part of the Presidential Initiative for Rural Renewal in 2021.'));
    expect(got).toContain('Presidential Initiative for Rural Renewal::name');
  });

  test('"adults aged ≥65 years" and "children ages 5 to 11 years" ask how old, not how long', () => {
    const got = deletions(notesOf(
      'Among adults aged ≥65 years, 24.0% had a prescription filled in 2019.',
      'Children ages 5 to 11 years received 3 doses over 12 years.',
    ));
    expect(got).toEqual(expect.arrayContaining(['65 years::how old', '5 to 11 years::how old', '12 years::how long']));
  });
});

describe('a title in the plural before two names', () => {
  test('"Hurricanes Irma and Maria", "Presidents Lund and Okafor": the title is no part of the first name; "Reporters Without Borders" stays whole', () => {
    const got = deletions(notesOf(
      'In 2017, Hurricanes Irma and Maria ravaged the island grid.',
      'Presidents Lund and Okafor met in Lagos on Friday.',
    ));
    expect(got.filter((d) => /^(?:Hurricanes|Presidents) /.test(d))).toEqual([]);
    const watchdog = deletions(notesOf(
      'The sentence was criticised by the watchdog Reporters Without Borders in May.',
      'A spokesman for Reporters Without Borders, which tracks press freedom, called it harsh.',
    ));
    expect(watchdog).toContain('Reporters Without Borders::organisation');
  });
});

describe('a firm named like a person', () => {
  test('"Nora Hale is parting company with its chief … Nora Hale, which floated in 1995, …" asks Nora Hale with the neutral hint everywhere', () => {
    const got = deletions(notesOf(
      'Nora Hale is parting company with its chief executive Tom Reyes.',
      'Nora Hale, which floated on the stock exchange in 1995, is owned by a Malaysian group.',
    ));
    expect(got.filter((d) => d.startsWith('Nora Hale::'))).toEqual(expect.arrayContaining(['Nora Hale::name']));
    expect(got).not.toContain('Nora Hale::person');
  });
});

describe('speeches, programmes named after a body, and long law titles', () => {
  test('"the State of the Nation Address" and "the Rural Health Center program" are names, not organisations; "Tax Relief for Farm Families and Workers Act" is one title', () => {
    const got = deletions(notesOf(
      'During the State of the Nation Address, the president proposed a housing plan in 2024.',
      'The ministry announced the launch of the Rural Health Center program in May.',
      'The Senate could pass the bipartisan Tax Relief for Farm Families and Workers Act this year.',
    ));
    expect(got).toEqual(expect.arrayContaining(['State of the Nation Address::name', 'Rural Health Center::name', 'Tax Relief for Farm Families and Workers Act::name']));
    expect(got.filter((d) => /::organisation$/.test(d) && /Address|Rural Health|Families/.test(d))).toEqual([]);
    expect(got).not.toContain('Farm Families and Workers Act::name');
  });
});

describe('a time of day on the clock', () => {
  test('"At 1405 GMT" asks nothing; the share price beside it is asked', () => {
    const got = deletions(notesOf('At 1405 GMT, shares in the bank were trading down 0.67% at 590 pence.'));
    expect(got.filter((d) => d.startsWith('1405'))).toEqual([]);
    expect(got).toContain('0.67%::percent');
  });
});

describe('ranges of dates and sums, and numbers inside names of diseases, measures and surveys', () => {
  test('"2018 through 2023", "from March 2020 through May 2022", "between $2 billion and $5 billion", "$4,000 to $7,000 a month" are one answer each; "from $5 to $6" stays a change', () => {
    const got = deletions(notesOf(
      'In fiscal years 2018 through 2023, the agency allocated about $9 billion to the fund.',
      'From March 2020 through May 2022, the loan program assisted small farms.',
      'The office estimates that the state loses between $2 billion and $5 billion annually to fraud.',
      'The family is faced with $4,000 to $7,000 a month in medical bills.',
      'Prices rose from $5 to $6 in May.',
    ));
    expect(got).toEqual(expect.arrayContaining(['2018 through 2023::years', 'March 2020 through May 2022::date', '$2 billion and $5 billion::amount', '$4,000 to $7,000::amount', '$5::amount', '$6::amount']));
  });

  test('"25-to-54-year-olds" is one age; "coronavirus disease 2019" asks no year; "the Omicron 7-day average" asks no name "Omicron 7"; "the 2015 National Farm Survey" is one name; "Tracking and Evaluation System" is one name', () => {
    const got = deletions(notesOf(
      'Labor supply rose among 25-to-54-year-olds in 2023.',
      'Masks reduce the spread of the virus that causes coronavirus disease 2019 (COVID-19) in many states.',
      'The Omicron 7-day average fell in July across the county.',
      'The agency analyzed data from the 2015 National Farm Survey in 2017.',
      'The data came from the State Tobacco Activities Tracking and Evaluation System database in 2020.',
    ));
    expect(got).toContain('25-to-54-year-olds::how old');
    expect(got.filter((d) => /^(?:25|2019|Omicron 7|2015|Evaluation System)::/.test(d))).toEqual([]);
  });
});

describe('towns with an institution’s word, and numbered streets', () => {
  test('"from Cedar Church, Virginia" is one place; "4th Street" is one place', () => {
    const got = deletions(notesOf(
      'Laura Pike said she is from Cedar Church, Virginia, and teaches there.',
      'From 4th Street to the media tent is about another 220,000 people.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Cedar Church, Virginia::place', '4th Street::place']));
    expect(got.filter((d) => /^(?:Cedar Church|Street)::/.test(d))).toEqual([]);
  });
});

describe('the base of a rate', () => {
  test('"17 cases per 100,000 population" asks 17, not 100,000', () => {
    const got = deletions(notesOf('Incidence rose to 17 cases per 100,000 population in July, up 467%.'));
    expect(got).toEqual(expect.arrayContaining(['17::number', '467%::percent']));
    expect(got.filter((d) => d.startsWith('100,000'))).toEqual([]);
  });
});

describe('titles before the speaker with a lower-case word, a saint’s name or a bracket', () => {
  test('`said acting Agency Administrator X`, `said Karen St. Clair, director of …`, `said ESA (European Space Agency) Director of Programmes X` name their speakers', () => {
    const got = attributed(
      '“This landing is one of those pivotal moments for the agency and for exploration,” said acting Vesta Administrator Steve Jurek.',
      '"The coast is changing, and this satellite will help us understand how," said Karen St. Clair, director of the Coastal Science Division.',
      '"Michael was a tireless force in ocean sciences and a friend to us all," said ESA (European Space Agency) Director of Observation Programmes Josef Amberg.',
    );
    expect(got).toEqual({ 'This landing is': 'Steve Jurek', 'The coast is': 'Karen St. Clair', 'Michael was a': 'Josef Amberg' });
  });
});

describe('a question read out for someone', () => {
  test('"… comes from Ekaterina Morova, a journalist. She asks: “…”" is hers', () => {
    const got = attributed('Our first question comes from Ekaterina Morova, an independent journalist with TV Rain. She asks: “President Lund gave a speech at the council and he was tough. What is the mission of the council now?”');
    expect(got).toEqual({ 'President Lund gave': 'Ekaterina Morova' });
  });
});

describe('a title without its rank', () => {
  test('"Vice President Dana Reyes … ,” the President said" is not Reyes', () => {
    const got = attributed(
      'Vice President Dana Reyes met the delegation in Lagos on Monday.',
      '“We will stand with our partners for as long as it takes,” the President said on Tuesday.',
    );
    expect(got).toEqual({ 'We will stand': '?' });
  });
});

describe('an acronym spelt out before square brackets', () => {
  test('"95% confidence interval [CI]" makes "CI" an abbreviation the article spells out: no card on it', () => {
    const got = deletions(notesOf('The mean was 0.25 (95% confidence interval [CI] = 0.17–0.33) in 2020, and the CI was narrow in May.'));
    expect(got.filter((d) => d.startsWith('CI::'))).toEqual([]);
    expect(got).toContain('0.25::number');
  });
});

describe('a name the article calls a programme', () => {
  test('"Ostara, the European Union’s Earth Observation Programme" is asked with the neutral hint; "Acme Corporation, the company behind …" stays an organisation', () => {
    const got = deletions(notesOf(
      'This mission marks the first international involvement in Ostara, the European Union’s Earth Observation Programme, in 2020.',
      'The grant went to Acme Corporation, the company behind the rover, in 2021.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Ostara::name', 'Acme Corporation::organisation']));
  });
});

describe('someone who speaks for the person named', () => {
  test('`said the spokesman for Foreign Minister Anna Berg` and `said a deputy of the party, Senator Tom Hale’s aide` guess no one', () => {
    const got = attributed(
      '“The talks will resume on Monday in Geneva as planned,” said the spokesman for Foreign Minister Anna Berg.',
      '“The vote was close but fair to everyone,” said a deputy of the party, Senator Tom Hale’s aide.',
    );
    expect(got).toEqual({ 'The talks will': '?', 'The vote was': '?' });
  });
});

describe('a title someone held once', () => {
  test('"said the Vice President" before "former Vice President Mike Dorn" is named is not Dorn', () => {
    const got = attributed(
      '“We will defend the alliance in every forum,” said the Vice President during her trip.',
      'The forum also heard from former Vice President Mike Dorn on Friday.',
    );
    expect(got).toEqual({ 'We will defend': '?' });
  });
});

describe('a name that spells only the tail of the acronym after it', () => {
  test('"the Coastal Survey for Sediment Transport (CSST)" is asked whole, and "Deep Ocean Sampling and Tidal Gauges (DOSTG)" gives no card on a part', () => {
    const got = deletions(notesOf(
      'The rover carries the Coastal Survey for Sediment Transport (CSST), built in Norway in 2022.',
      'It also carries Deep Ocean Sampling and Tidal Gauges (DOSTG) from Chile.',
      'The Harbor Mapping Lab (HML) in Oslo chose both in 2023.',
    ));
    expect(got).toContain('Coastal Survey for Sediment Transport::name');
    expect(got.filter((d) => /^(Sediment Transport|Tidal Gauges|Deep Ocean|Deep Ocean Sampling)::/.test(d))).toEqual([]);
    expect(got.some((d) => d.startsWith('Harbor Mapping Lab::'))).toBe(true);
  });
});

describe('acronyms spelt in looser ways', () => {
  test('small letters in the acronym, commas and a number in the words, and "X, short for …" give the whole name; the name after the bracket is no card', () => {
    const got = deletions(notesOf(
      'The lab tested it in 2018 on the Harbour Signals and Beacons (HSaB) Testbed in Bergen.',
      'The Sea Entry, Descent, and Landing Sensors 3 (SEDLS3) suite flew in 2021.',
      'The rover scanned the rock with GRAIL, short for Ground Radar for Analysing Ice Layers, in 2022.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Harbour Signals and Beacons::name', 'Sea Entry, Descent, and Landing Sensors 3::name', 'Ground Radar for Analysing Ice Layers::name']));
    expect(got.filter((d) => /^(Testbed|HSaB|SEDLS3|GRAIL|Landing Sensors 3|Ice Layers|Sea Entry)::/.test(d))).toEqual([]);
  });
});

describe('straight quotes typed loosely', () => {
  test('a closing mark after a space ("… the harbour. "") still closes the quote; its speaker is the tag before', () => {
    const got = attributed('"The tide tables are wrong for half the year," Marta Olsen said. "Because the new wall changed the currents, every boat must check the gauge at the harbour. "');
    expect(got).toEqual({ 'The tide tables': 'Marta Olsen', 'Because the new': 'Marta Olsen' });
  });

  test('a tag that is a sentence of its own, with a title holding stops ("said Lt. Col. …, the director of …"), goes on to the next quote', () => {
    const got = attributed('"Our crews restore the links within the hour." said Lt. Col. Ana Ruiz, the director of the signal wing at the base. "If the fault is deliberate, we report it up the chain at once."');
    expect(got).toEqual({ 'Our crews restore': 'Ana Ruiz', 'If the fault': 'Ana Ruiz' });
  });
});

describe('a person named before, then where they work', () => {
  test('"said Tanaka of Kestrel University" is Mira Tanaka; "said the Bank of England" stays one name', () => {
    const got = attributed(
      'Mira Tanaka, an economist at Kestrel University in Osaka, says the rates will rise.',
      '“The bank will raise rates twice this year,” said Tanaka of Kestrel University.',
      '“Inflation is still too high for comfort,” said the Bank of England.',
    );
    expect(got).toEqual({ 'The bank will': 'Mira Tanaka', 'Inflation is still': 'Bank of England' });
  });
});

describe('a sentence about someone we could not type', () => {
  test('"Pieter Vos … . Kobie finished school in 2004. One day he told his mother, “…”" guesses no one; without Kobie, "he" is Vos', () => {
    const got = attributed(
      'Kobie’s father, Pieter Vos, remembers the long drives to school. “We sang the whole way,” Vos says.',
      'Kobie finished school in 2004 and studied in Durban. One day he went to his mother and said, “Mother, I want to join the navy.”',
    );
    expect(got).toEqual({ 'We sang the': 'Pieter Vos', 'Mother, I want': '?' });
    const plain = attributed(
      'Pieter Vos remembers the long drives to school. “We sang the whole way,” Vos says.',
      'He moved to Durban in 2004. One day he went to his wife and said, “We should buy a boat this year.”',
    );
    expect(plain).toEqual({ 'We sang the': 'Pieter Vos', 'We should buy': 'Pieter Vos' });
  });
});

describe('military ranks', () => {
  test('"CPL Dana Ortiz", "Corporal Ortiz", "SPC Tom Reed": the rank is a title, not an organisation or part of the name', () => {
    const got = deletions(notesOf(
      'CPL Dana Ortiz was wounded on May 4, 2007, near Basra.',
      'For her courage, Corporal Ortiz received the Bronze Star in 2008.',
      'SPC Tom Reed carried her to safety in 2007.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Dana Ortiz::person', 'Ortiz::person', 'Tom Reed::person']));
    expect(got.filter((d) => /^(CPL|SPC|Corporal Ortiz)::/.test(d))).toEqual([]);
  });
});

describe('words someone says, written in capitals', () => {
  test('“From The Old Country,” I’d say again — no card on the words as a name; a book’s title in capitals still is one', () => {
    const got = deletions(notesOf(
      '“From The Old Country,” I’d say again, this time more loudly, in 1999.',
      '“I’m From The North,” he replied in 2001.',
      'The book “Rivers Of Stone” sold well in 2019.',
    ));
    expect(got).toContain('Rivers Of Stone::name');
    expect(got.filter((d) => /Old Country|From The North/.test(d))).toEqual([]);
  });
});

describe('a second quote in a sentence whose first quote has no speaker', () => {
  test('`… spokeswoman Lia Marren-Oduya conceded there were “grey areas” but said “…”` is not the one who spoke in the sentence before', () => {
    const got = attributed(
      'Tom Vance, director of the carriers’ group, said that the advice misleads customers.',
      'Union spokeswoman Lia Marren-Oduya conceded there were “grey areas” but said “these are not as big as the carriers claim”.',
    );
    expect(got['these are not']).not.toBe('Tom Vance');
  });
});

describe('peers', () => {
  test('"Labour peer Baroness Ennis … “…,” she said" is Ennis, not a man named before', () => {
    const got = attributed(
      'The channel’s chairman Gareth Doyle resigned in 2004.',
      'Labour peer Baroness Ennis, who is chairing the inquiry, said people already distrusted politicians. “This distrust will only grow if the campaign goes on like this,” she said.',
    );
    expect(got).toEqual({ 'This distrust will': 'Ennis' });
  });
});

describe('given names the first lexicon did not know', () => {
  test('"She added" after "Mark Dunne said" is not Mark Dunne: the given name says he is a man', () => {
    const got = attributed(
      'Home affairs spokesman Mark Dunne said: “There is a lot of talking left before the vote.” A spokeswoman for the rights group said it was a “basic principle” that people should get a fair trial. She added: “Having a judge impose those punishments without a trial does not make them fair.”',
    );
    expect(got['Having a judge']).not.toBe('Mark Dunne');
  });
});

describe('someone unnamed speaks between', () => {
  test('"one trader, who asked not to be named, told us … “…,” he said" is not the analyst named before', () => {
    const got = attributed(
      '“It is a fine result for the chain,” said Ravi Mehta, an analyst at Dune Securities. However, one trader, who asked not to be named, told reporters the season was “not what people had hoped for”. “The winter has been hard for every shop in the sector,” he said.',
    );
    expect(got['It is a']).toBe('Ravi Mehta');
    expect(got['The winter has']).toBe('?');
  });
});

describe('a person first named with where they work', () => {
  test('"explains Hiroko Tanabe of the Pacific Ageing Institute in Osaka" is Hiroko Tanabe, the institute a name of its own', () => {
    const got = attributed('“In the year 2050, people over 60 will make up a third of the country,” explains Hiroko Tanabe of the Pacific Ageing Institute in Osaka.');
    expect(got).toEqual({ 'In the year': 'Hiroko Tanabe' });
    expect(namesIn('The study was led by Hiroko Tanabe of the Pacific Ageing Institute in Osaka in 2021.')).toContain('Pacific Ageing Institute:organization');
  });
});

describe('sites named with a body’s word', () => {
  // (Stop 35: a refuge takes the neutral hint now — land and the office that runs it; the
  // corpus golds call refuges organisations 12 times and places 7.)
  test('"Harlow Air Force Base" is a place, no body; "Pine Marsh National Wildlife Refuge" and "Orbital Test Facility" take the neutral hint', () => {
    const got = deletions(notesOf(
      'The satellite lifted off from Harlow Air Force Base on Nov. 21, 2020.',
      'Storms closed Pine Marsh National Wildlife Refuge for 40 days in 2018.',
      'The engine moved to the Orbital Test Facility in July 2021.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Harlow Air Force Base::place', 'Pine Marsh National Wildlife Refuge::name', 'Orbital Test Facility::name']));
  });
});

describe('a transcript’s headline', () => {
  const transcript = (title: string, ...paragraphs: string[]) =>
    generateNotes({ title, dateline: null, paragraphs: paragraphs.map((text) => ({ section: null, text })) }, { maxCards: 100 });

  test('names the people its turns only label: they are asked on the headline; a story that names them gets no headline card', () => {
    const got = deletions(transcript(
      'Minister Tomas Reyna with Helen Berger of the Harbour Times',
      'QUESTION: Welcome, and thank you for joining us today.',
      'MINISTER REYNA: Thank you. The port will reopen on March 3, 2025, after $40 million of repairs.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Tomas Reyna::person', 'March 3, 2025::date']));
    expect(deletions(transcript('Port Authority Press Briefing – June 29, 2024', 'QUESTION: When does the port reopen?', 'MR. DALE: On March 3, 2025.'))).toContain('June 29, 2024::date');
    const story = transcript(
      'Minister Tomas Reyna Reopens the Port',
      'Minister Tomas Reyna said the port will reopen on March 3, 2025, after $40 million of repairs.',
    );
    expect(story.filter((n) => n.extra.includes('Reopens'))).toEqual([]);
  });
});

describe('a tribute’s quotes', () => {
  test("`,'' Rosa reveals.` names Rosa, the mother named before; `Rosa remembers when an excited Joey called her to say ''…''` guesses no one", () => {
    const got = attributed(
      'After the funeral, his mother, Rosa Delgado, met a nurse at the hospital.',
      "''My son saved her nephew's life,'' Rosa reveals.",
      "Rosa remembers when an excited Joey called her to say ''there is nothing more beautiful than bringing a baby into the world.''",
    );
    expect(got).toEqual({ 'My son saved': 'Rosa Delgado', 'there is nothing': '?' });
  });
});

describe('a short deck', () => {
  test('with --max-cards 20 an answer is asked once; a longer deck may ask it twice', () => {
    const paragraphs = [
      'Mayor Lena Ortiz opened the bridge on May 2, 2024.',
      'The bridge cost $40 million and carries 12,000 cars a day, Ortiz said in 2024.',
      'Ortiz also named 14 new parks in 2023.',
      'Critics of Ortiz said the port lost 300 jobs in 2022.',
    ];
    const count = (maxCards: number): number =>
      generateNotes({ title: 't', dateline: null, paragraphs: paragraphs.map((text) => ({ section: null, text })) }, { maxCards })
        .filter((n) => n.kind !== 'quote')
        .flatMap((n) => parseCloze(n.text))
        .filter((s) => s.type === 'deletion' && /Ortiz/.test(s.answer)).length;
    expect(count(20)).toBe(1);
    expect(count(60)).toBe(2);
  });
});

describe('a body’s word that is not the name’s head', () => {
  test('"Lakeside Park Service Greenhouse" and "3rd Fleet Area of Operations" take the neutral hint; "Bank of Lorvania" and "Lakeside Park Service" stay organisations', () => {
    const got = deletions(notesOf(
      'The sapling grew at the Lakeside Park Service Greenhouse for 12 years.',
      'The ships entered the 3rd Fleet Area of Operations on May 4, 2021.',
      'The Bank of Lorvania raised rates by 2 percent in 2023.',
      'The Lakeside Park Service hired 40 rangers in 2022.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Lakeside Park Service Greenhouse::name', 'Bank of Lorvania::organisation', 'Lakeside Park Service::organisation']));
    expect(got.filter((d) => /Area of Operations::organisation|Greenhouse::organisation/.test(d))).toEqual([]);
  });
});

describe('a law’s title with small words between its capitals', () => {
  test('"the Warm in Winter and Cool in Summer Act" is one name; "Senator Lee of Ohio and the Clean Air Act" stays two', () => {
    const got = deletions(notesOf(
      'On Tuesday I introduced S. 3186, the Dry in Spring and Green in Autumn Act, with $2 billion for farms.',
      'Senator Dana Lee and the Clean Water Act were both debated in 2020.',
    ));
    expect(got).toContain('Dry in Spring and Green in Autumn Act::name');
    expect(got.filter((d) => /^(Autumn Act|Green in Autumn Act)::/.test(d))).toEqual([]);
    expect(got).toContain('Clean Water Act::name');
  });
});

describe('people the typer half-reads', () => {
  test('"Resident Touch Reng added, “…”" is Touch Reng; after "Say Mony, a party official in …, was more forceful" a "he said" guesses no one', () => {
    expect(attributed('Resident Touch Reng added, “People are living in fear and laying low this year.”')).toEqual({ 'People are living': 'Touch Reng' });
    const got = attributed(
      '“Some voters were removed because of a new reform,” Chan Vuthy said.',
      'Say Mony, a party official in the district until the party was dissolved, was more forceful about the count.',
      '“Less than 30 percent of them are local people,” he said of the commune.',
    );
    expect(got).toEqual({ 'Some voters were': 'Chan Vuthy', 'Less than 30': '?' });
  });
});

describe('a headline card within the budget', () => {
  test('with --max-cards 1 a headline naming two people gives no headline card', () => {
    const notes = generateNotes(
      { title: 'Minister Tomas Reyna with Helen Berger and Anna Vance', dateline: null, paragraphs: [{ section: null, text: 'QUESTION: Welcome.' }, { section: null, text: 'MINISTER REYNA: The port will reopen on March 3, 2025.' }] },
      { maxCards: 1 },
    );
    expect(notes.reduce((n, note) => n + note.cardKinds.length, 0)).toBeLessThanOrEqual(1);
  });
});

describe('a title no one named holds', () => {
  test('"The Governor was asked …, and he said if Kessler moves …, “…”" is not Kessler but the Governor, whom no one named: no guess', () => {
    const got = attributed(
      'QUESTION: Minister Dale, I know there are a lot of people watching tonight, likely wondering could Anton Kessler go further here. The Governor was asked today what if this goes beyond the river, and he said if Kessler moves into the valley, “we will be involved.” He said, “We will be involved in every valley.” Is this a possibility?',
    );
    expect(got).toEqual({ 'we will be': '?', 'We will be': '?' });
  });
});

describe('a speech’s front lines', () => {
  const speech = (text: string): GeneratedNote[] => generateNotes(readPlainText(text), { maxCards: 100 });

  test('the date and the speaker of a speech whose text says "I" are asked on its headline, a name ending in a common word too', () => {
    const got = deletions(speech('Remarks on the Harbour\n\nMay 03, 2024\n\nGovernor Helen R. Baker\n\nAt the Harbour Club, Oslo\n\nThank you. I will speak about the port, which handled 4 million tonnes in 2023.'));
    expect(got).toEqual(expect.arrayContaining(['May 03, 2024::date', 'Helen R. Baker::person']));
  });

  test('a speaker the text names is not asked again on the headline; a headline verb is never part of a name', () => {
    const named = speech('Remarks on the Harbour\n\nGovernor Helen R. Baker\n\nGovernor Helen R. Baker said the port handled 4 million tonnes in 2023.');
    expect(named.filter((n) => n.text.startsWith('Remarks on'))).toEqual([]);
    const verb = deletions(speech('Helen Baker Travels to Oslo on May 3, 2024\n\nThe minister will see the port, which handled 4 million tonnes in 2023.'));
    expect(verb.filter((d) => /Travels/.test(d))).toEqual([]);
  });
});

describe('a day written with a leading zero', () => {
  test('"May 03, 2024" is one date, not a month, a number and a year', () => {
    expect(deletions(notesOf('The harbour reopened on May 03, 2024, after 14 months of repairs.'))).toContain('May 03, 2024::date');
  });
});

describe('ships and military units', () => {
  test('"USS Dana Pryce (DDG 12)" and "the frigate Lena Ortiz" are ships: the neutral hint, never a person; a designation in brackets is no card', () => {
    const got = deletions(notesOf(
      'The USS Dana Pryce (DDG 12) and USS Harlow (CG 40) sailed from Harlow Bay on June 21, 2020.',
      'The frigate Lena Ortiz and HMS Queen Marta joined them with 4,000 sailors.',
    ));
    expect(got).toEqual(expect.arrayContaining(['USS Dana Pryce::name', 'USS Harlow::name', 'Lena Ortiz::name', 'HMS Queen Marta::name']));
    expect(got.filter((d) => /::person$|^(?:DDG 12|CG 40)::|^USS::/.test(d))).toEqual([]);
  });

  test('"Harbour Strike Group (HSG) 9" is asked with its number; the number alone is no card', () => {
    const got = deletions(notesOf('The group includes Harbour Strike Group (HSG) 9 and Coastal Air Wing (CAW) 17, which sailed on June 21, 2020.'));
    expect(got).toContain('Harbour Strike Group (HSG) 9::organisation');
    expect(got.filter((d) => /^(?:Harbour Strike Group|9|17)::/.test(d))).toEqual([]);
  });

  test('"said Rear Adm. Tom Reyna" is Tom Reyna, though the stop comes off "Adm"; "Adm" is no one', () => {
    expect(attributed('“We train hard every single day,” said Rear Adm. Tom Reyna, commander of the group.')).toEqual({ 'We train hard': 'Tom Reyna' });
    expect(deletions(notesOf('“We train hard every single day,” said Rear Adm. Tom Reyna in 2021.')).filter((d) => /Adm|Rear/.test(d))).toEqual([]);
  });

  test('an ordinal in figures opens the name after it ("92nd Harbour Refuelling Wing", "21st Century Harbours Act"), but not one after another name', () => {
    const got = deletions(notesOf(
      'The 92nd Harbour Refuelling Wing and the 21st Century Harbours Act were named in 2020 by the 118th Congress.',
      'Money came from the Senator Dana Pryce 31st Century Harbours Act in 2021.',
    ));
    expect(got).toEqual(expect.arrayContaining(['92nd Harbour Refuelling Wing::name', '21st Century Harbours Act::name', '118th Congress::organisation']));
    expect(got.filter((d) => /^(?:Harbour Refuelling Wing|21st Century|Century Harbours Act|Dana Pryce)::/.test(d))).toEqual([]);
    // "U.S. 9th Fleet": a country's short form opens the name.
    const fleet = deletions(notesOf('The group is deployed to the U.S. 9th Fleet area of operations in 2022.'));
    expect(fleet).toContain('U.S. 9th Fleet::organisation');
    expect(fleet.filter((d) => /^(?:U\.S\.|9th Fleet)::/.test(d))).toEqual([]);
  });
});

describe('a name glued to another word', () => {
  test('"a super-Earth, a planet bigger than Earth": no card hides Earth in one place and not the other; nor "Lewis" of "Lewis and Clark-class"', () => {
    const got = deletions(notesOf(
      'The new study says the planet is likely a super-Earth, a rocky planet bigger than Earth, in 2024.',
      'The Lewis and Clark-class ship USNS Harlow docked on May 2, 2023.',
    ));
    expect(got.filter((d) => /^(?:Earth|Lewis)::/.test(d))).toEqual([]);
  });

  test('a dateline in capitals ("ABOARD USS HARLOW, AT SEA -") asks nothing', () => {
    const got = deletions(notesOf('ABOARD USS HARLOW (CVN 80), AT SEA -The Navy’s newest carrier left port with 3,000 sailors in 2021.'));
    expect(got.filter((d) => /AT SEA|CVN/.test(d))).toEqual([]);
  });
});

describe('a ship named again without its prefix; a titled person and a body', () => {
  test('"Dana Pryce departed" after "USS Dana Pryce" is the ship; "Rear Adm. Kirk and Harbour Strike Group 11" are two names', () => {
    const got = deletions(notesOf(
      'The USS Dana Pryce (DDG 12) sailed on June 21, 2020.',
      'Dana Pryce departed San Diego in January while USS Harlow stayed.',
      '“Working with Rear Adm. Kirk and Harbour Strike Group 11 is a great chance for us,” said Rear Adm. Tom Reyna.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Dana Pryce::name', 'Harbour Strike Group 11::name']));
    expect(got.filter((d) => d === 'Dana Pryce::person' || d.startsWith('Rear Adm. Kirk and'))).toEqual([]);
  });
});

describe('a law whose acronym leaves out its "Act"', () => {
  test('"the Harbour Aid, Relief, and Dredging Security Act (HARDS)" is one name, not three pieces', () => {
    const got = deletions(notesOf('The program will use money from the Harbour Aid, Relief, and Dredging Security Act (HARDS) and other laws passed in 2020.'));
    expect(got).toContain('Harbour Aid, Relief, and Dredging Security Act::name');
    expect(got.filter((d) => /^(?:Harbour Aid|Dredging Security Act|Relief)::/.test(d))).toEqual([]);
  });
});

describe('knights and clause subjects', () => {
  test('"Sir Alan told a meeting …" after "Sir Alan Reyna" is Alan Reyna, never a bare "Alan"', () => {
    const got = attributed(
      'Sir Alan Reyna said the harbour police would stay on watch for months.',
      'Sir Alan told a meeting of the harbour board it would be "unwise" to guess. But he said: “Smugglers have long memories and they know what happened in Lisbon.”',
    );
    expect(got['Smugglers have long']).toBe('Alan Reyna');
  });

  test('"after Tom Reyna defended his plans" names a person, so a later "Mr Reyna" is not the other Reyna', () => {
    const got = attributed(
      'Sir Alan Reyna said the harbour police would stay on watch for months.',
      'The comments come after Tom Reyna defended his plans for the harbour.',
      'But Mr Reyna insisted: “There is no greater freedom than to sail free from fear.”',
    );
    expect(got['There is no']).not.toBe('Alan Reyna');
    expect(namesIn('Critics spoke after Tom Reyna defended his plans for the harbour.')).toContain('Tom Reyna:person');
  });
});

describe('a title after "says" that is what was said about', () => {
  test('"A new book says the prime minister went back on a pledge" names no speaker "prime minister went back"', () => {
    const got = attributed(
      'A new book says the prime minister went back on a pledge to Mr Dale to stand down before the next election.',
      'In a separate interview, Mr Dale said he and the prime minister would not be distracted by "gossip". "It is very important that we all pull together in a unified way," he said.',
    );
    expect(Object.values(got).filter((s) => /went back/.test(s))).toEqual([]);
    const adjusted = attributed('Mr Dale said the interviews with chief executives suggested that companies had "adjusted" to the new reality of a strong euro.');
    expect(Object.values(adjusted).filter((s) => /chief/.test(s))).toEqual([]);
  });
});

describe('a body opening the title after "said"', () => {
  test('"said HA director of port planning, Lena Ortiz" is Lena Ortiz, not the body', () => {
    const got = attributed(
      'Harbour Airways is to halt its flights to Oslo from 27 March, and HA will sell 4 planes.',
      '"The decision to suspend flights to Oslo is a difficult one to make," said HA director of port planning, Lena Ortiz. "However, the route does not make a profit for us."',
    );
    expect(got['The decision to']).toBe('Lena Ortiz');
  });
});

describe('someone we could not type, after a conjunction or a comma', () => {
  test('"But Vexaro did, and he resolved …" leaves a later "he said" to no one, not the last person typed', () => {
    const got = attributed(
      'Dr. Michael Jones, who specializes in bird medicine, told them to come right away.',
      '“It’s exciting and it is what we do every day,” said Jones.',
      'When he saw the photo, Vexaro got busy. But Vexaro did, and he resolved to get the bird back quickly.',
      '“That photo just hit me over the back of the head,” he said.',
    );
    expect(got['That photo just']).toBe('?');
    expect(got['It’s exciting and']).toBe('Michael Jones');
  });
});

describe('where a title holder serves', () => {
  test('"Captain at Strategic Harbour Intelligence Units" is no person; "Ambassador to Kazakhstan Dana Pryce" still is', () => {
    expect(namesIn('He served through the rank of Captain at Strategic Harbour Intelligence Units in 1990.').filter((n) => n.endsWith(':person'))).toEqual([]);
    expect(namesIn('The award went to Ambassador to Kazakhstan Dana Pryce in 2020.')).toContain('Dana Pryce:person');
  });
});

describe('a study’s statistical apparatus', () => {
  test('confidence levels, intervals, p-values and software versions are no cards; the findings are', () => {
    const got = deletions(notesOf(
      'Harbour smoking prevalence was 17.4% (95% CI = 17.2%–17.7%) in 2019 and varied by county (range = 10.5%–26.0%).',
      'Smokers had 1.9 times the odds of a harbour injury (OR = 1.92; 95% CI = 1.81–2.04; p<0.001) in 2020.',
      'Analyses were run in Harbourstat software (version 9.4) with 95% confidence intervals in 2021.',
    ));
    expect(got).toContain('17.4%::percent');
    expect(got.filter((d) => /^(?:17\.2%–17\.7%|10\.5%–26\.0%|1\.92|1\.81–2\.04|0\.001|9\.4|95%)::/.test(d))).toEqual([]);
  });
});

describe('long ago', () => {
  test('"10 centuries ago", "3.8 billion years ago", "about 500 years ago" are dates; "six years ago" is still no card', () => {
    const got = deletions(notesOf(
      'Craftsmen made the harbour beads 10 centuries ago.',
      'Life in the bay began 3.8 billion years ago, and the town was founded about 500 years ago.',
      'The mayor moved there six years ago with 40 families.',
    ));
    expect(got).toEqual(expect.arrayContaining(['10 centuries ago::date', '3.8 billion years ago::date', '500 years ago::date']));
    expect(got.filter((d) => /six years/.test(d))).toEqual([]);
  });

  test('"odds ratio [OR]" spelt out is apparatus too: no term card', () => {
    const got = deletions(notesOf('Smokers were 2.6 times as likely to be hurt in 2018 (25.0% versus 11.2%; odds ratio [OR] = 2.6; 95% confidence interval [CI] = 2.5–2.7).'));
    expect(got.filter((d) => /odds ratio|confidence interval/.test(d))).toEqual([]);
  });
});

describe('half a compound, and a name someone introduces themselves by', () => {
  test('"my 10- and my 13-year-old" asks no "10"; "My name is Mary." asks no "Mary"', () => {
    const got = deletions(notesOf('MS. RINER: My name is Mary. I homeschool my 10- and my 13-year-old, and I teach 40 children in 2017.'));
    expect(got).toContain('40::number');
    expect(got.filter((d) => /^(?:10|Mary)::/.test(d))).toEqual([]);
  });
});

describe('someone the story calls by their age', () => {
  test('"The 22-year-old pipped Tom Reyna …" then "“…,” he said" is not Tom Reyna', () => {
    const got = attributed(
      'Dana Pryce says her Olympic success has made her keen to win again in 2005.',
      'The 22-year-old pipped Tom Reyna on the last leg of the relay in Athens. "The gold medal in Athens has made me realise that I can get to the top," he said.',
    );
    expect(got['The gold medal']).not.toBe('Tom Reyna');
  });
});

describe('an initial written without its stop', () => {
  test('"President George W Bush said …" is a person, so a "he said" after is him', () => {
    expect(namesIn('His comments came as President Tomas Q Reyna said the port backed the plan.')).toContain('Tomas Q Reyna:person');
    const got = attributed(
      'Talks on the port have been going well, said harbour chief Stefan Dale.',
      'His comments came as President Tomas Q Reyna said the port backed the plan. But he said the council must "renew a commitment to the rule of law".',
    );
    expect(got['renew a commitment']).toBe('Tomas Q Reyna');
  });
});

describe('someone called by an office who speaks', () => {
  test('"The pressure prompted the prime minister to say …. He told MPs: “…”" is not the commissioner named before', () => {
    const got = attributed(
      'Police commissioner Sir Alan Reyna said householders should be able to defend themselves.',
      'The pressure prompted the prime minister to say the law would be reviewed. He told MPs: "If we get the right response from those people, we will support a change in the law."',
    );
    expect(got['If we get']).not.toBe('Alan Reyna');
  });
});

describe('speakers named after a long title, and where they work', () => {
  test('"said Acting Assistant Attorney General A of the X’s Y", "said Special Agent in Charge B of Z" name A and B', () => {
    expect(
      attributed(
        '“The charges show that no border hides a crime,” said Acting Assistant Attorney General Colleen T. Marsh of the Justice Department’s Criminal Division.',
        '“Our agents worked these leads for two years,” said Special Agent in Charge Walter J. Pruitt Jr. of FBI Omaha.',
      ),
    ).toEqual({ 'The charges show': 'Colleen T. Marsh', 'Our agents worked': 'Walter J. Pruitt Jr.' });
  });

  test('"U.S. Attorney A for the District of X" and "Trial Attorney B of the X" are people, not one organisation', () => {
    const names = namesIn('The case is prosecuted by U.S. Attorney Nadia Kellerman for the District of Vermont and Trial Attorney Owen Blakely of the Justice Department.');
    expect(names).toEqual(expect.arrayContaining(['Nadia Kellerman:person', 'Owen Blakely:person', 'Justice Department:organization']));
    expect(names.some((n) => /Attorney|Kellerman for|Blakely of/.test(n))).toBe(false);
  });

  test('a given name that is an English word too ("Robin") opens the name after an office, not after a firm\'s', () => {
    expect(attributed('“The reactor study is a milestone,” said Deputy Assistant Secretary of State Robin Hallworth.')).toEqual({ 'The reactor study': 'Robin Hallworth' });
    expect(attributed('“The study is a milestone,” said Deputy Assistant Secretary of State for Baltic and Nordic Affairs Robin Hallworth.')).toEqual({ 'The study is': 'Robin Hallworth' });
    // A firm's name is no office: "Van" there is no given name, and the analyst speaks.
    expect(attributed('“Cutting jobs makes sense,” Pieter Dekkers, an analyst with Bank Voskuil & Van Dalen, told reporters.')).toEqual({ 'Cutting jobs makes': 'Pieter Dekkers' });
  });
});

describe('what an appositive or a cue says a name is', () => {
  test('a filmmaker is a person, though a carmaker is a company', () => {
    expect(namesIn('The premier spoke to American filmmaker Dorothy Vance for a documentary about carmaker Halvorsen Motors.')).toEqual(['Dorothy Vance:person', 'Halvorsen Motors:organization']);
  });

  test('a conservancy and a biosciences firm are organisations, whatever given name opens them', () => {
    expect(namesIn('The Upper Teal Watershed Association, Carolina Ridge Land Conservancy and Marian Biosciences will share the grant.')).toEqual([
      'Upper Teal Watershed Association:organization',
      'Carolina Ridge Land Conservancy:organization',
      'Marian Biosciences:organization',
    ]);
  });

  test('"in Ashwell, a teacher …" and "Tarsis Planum, a giant impact basin" are no people', () => {
    const names = namesIn(
      'At the county high school in Ashwell, a teacher started a reading club.',
      'The lander sits on the edge of Tarsis Planum, a giant impact basin north of the equator.',
      'The family lives in the village of Kor Veng, a quiet settlement of wooden houses.',
    );
    expect(names.filter((n) => n.endsWith(':person'))).toEqual([]);
  });

  test('half a name left by a first word read as a verb ("Say Lork, a party official") is no speaker', () => {
    const got = attributed('Say Lork, a party official in the district, was more forceful about the migration.', '“Less than a third are locals,” he said.');
    expect(got['Less than a']).not.toBe('Lork');
  });
});

describe('an office holder as the subject, after a conjunction', () => {
  test('"And the President was asked …. He said, “…”" is not the person named a paragraph before', () => {
    const got = attributed(
      'Viktor Orlov wants to weaken the alliance, and we will not let him.',
      'Then the marchers came down the hill. And the President was asked what he thought of them. He said, “There are good people on both sides of this.”',
    );
    expect(got['There are good']).not.toBe('Viktor Orlov');
  });
});

describe('a name described by whose office it holds', () => {
  test('"“…,” Tamir Bin Haddad, Qatar’s energy minister, told Reuters. “…,” he added." are both his', () => {
    const got = attributed(
      '“The market will settle,” said Carla Munro, senior strategist at Brightline. “Prices will follow the currency.”',
      '“We see no need to cut supply at these prices,” Tamir Bin Haddad, Qatar’s energy minister, told Reuters. “We would cut only if prices fell below $35 a barrel,” he added.',
    );
    expect(got['We would cut']).toBe('Tamir Bin Haddad');
  });
});

describe('someone unnamed or called by their country, before a "he said"', () => {
  test('"A Labour spokesman later said …. “…,” he said." is not the politician named before', () => {
    const got = attributed(
      'Michael Harwood defended the poster on Monday. “It is such a pity that they do not practise what they preach,” he said.',
      'A Labour spokesman later said the timing of removing the image was not affected by the row. “This has been up on the website for two weeks and nobody minded,” he said.',
    );
    expect(got['It is such']).toBe('Michael Harwood');
    expect(got['This has been']).not.toBe('Michael Harwood');
  });

  test('"The affair still rankles with the Dutchman. “…,” he said." is not the manager named before; "the Frenchman has endured …" still is the one named', () => {
    const stam = attributed(
      'Defender Jaap Verhoef claimed that Sir Alan Pike had tapped him up years ago. But Pike insisted he sold the defender because the fee was too good to refuse. The affair still rankles with the Dutchman.',
      '“I was settled at the club, I had even just ordered a new kitchen,” he said.',
    );
    expect(stam['I was settled']).not.toBe('Alan Pike');
    const coach = attributed(
      'Sale coach Philippe Marceau hosts Bath on Friday, but the Frenchman has endured a difficult week. “If five players are picked for your country they should move the date of the game,” he told reporters.',
    );
    expect(coach['If five players']).toBe('Philippe Marceau');
  });
});

describe('letters after a name', () => {
  test('"Ken Maddox QC, who sits on the council, said …" is Ken Maddox; "QC" and "MP" are no cards', () => {
    const got = attributed('Director of Public Prosecutions, Ken Maddox QC, who sits on the council, said the principle was set by parliament. “It represents a tougher regime than before,” he said.');
    expect(got['It represents a']).toBe('Ken Maddox');
    expect(namesIn('Tory frontbencher Andrew Tolley MP demanded a statement.')).toEqual(['Andrew Tolley:person']);
  });
});

describe('surnames that are words, and titles that belong to a name', () => {
  test('"Read wrote the ballad …" after "radio presenter Mike Read": a surname that is also a word, opening a sentence, is him', () => {
    const sentences = analysed([
      'The ballad was written by radio presenter Mike Read.',
      'Sir Colin Ashby has sung his part in Jamaica. Read wrote the ballad before the floods but thought it too sad to release.',
    ]).sentences;
    const read = sentences.flatMap((s) => s.names).filter((n) => n.text === 'Read');
    expect(read.map((n) => `${n.kind}:${n.canonical}`)).toEqual(['person:Mike Read']);
  });

  test('"said the cuts proposed by shadow chancellor Oliver Letts" names no speaker "cuts proposed by …"; "said the network\'s spokesman Scott Gray" is Scott Gray', () => {
    const got = attributed(
      'To a packed hall, the chancellor said the cuts proposed by shadow chancellor Oliver Letts were the same as sacking every nurse. He said Labour was now “the only party trusted with the economy and its jobs”.',
      '“It is going to remain on the air,” said the network’s spokesman Scott Gray.',
    );
    expect(got['the only party']).not.toMatch(/cuts proposed/);
    expect(got['It is going']).toBe('Scott Gray');
  });
});

describe('a given name alone is no run-in heading', () => {
  test('"David Prior, assistant clerk of the archives, says …" keeps David: the tagger reading "Prior" as an adverb does not make "David" a heading', () => {
    const got = attributed('But now the work has produced an online catalogue. David Prior, assistant clerk of the archives, says it opens up research. “Before, you just could not do it at all,” he says.');
    expect(got['Before, you just']).toBe('David Prior');
  });

  test('"A spokesman for distributor Toho said …. “…,” he added." is no one named, not the film\'s hero', () => {
    const got = attributed(
      'It tells the story of a girl who is turned into an old woman and falls in with the wizard Marlow, who lives in a moving castle. Marlow is played by a famous actor.',
      'A spokesman for distributor Toho said the film had strong interest abroad. “We have a good feeling about this film,” he added.',
    );
    expect(got['We have a']).toBe('?');
  });
});

describe('a professor without the stop, and the subject who may be the "he"', () => {
  test('"Prof Etzel criticises the US …, suggesting … hunting Osman Raza. “…,” he says." is not the man named last', () => {
    const got = attributed(
      'Prof Etzel criticises the US for overlooking those reports, suggesting it was done in return for help in hunting Osman Raza. “This is like letting a serial killer go because he promised to catch jaywalkers,” he says.',
    );
    expect(got['This is like']).not.toBe('Osman Raza');
  });
});

describe('an unknown first word is the name\'s own, not a title\'s tail', () => {
  test('"Dashawn Lamar Knight" and "Lockheed Martin Space" keep their first word; "Tory Dominic Grieve", "EUMETSAT Director-General Alain Ratier" and "City Councillor Brian Parbutt" do not', () => {
    const names = namesIn(
      'The third man, Dashawn Lamar Knight, ran into a restaurant across the street.',
      'Lockheed Martin Space provided the spacecraft.',
      'Tory Dominic Grieve called it scandalous, and EUMETSAT Director-General Alain Ratier agreed, as did Nottingham City Councillor Brian Parbutt.',
    );
    expect(names).not.toContain('Lamar Knight:person');
    expect(names).not.toContain('Martin Space:person');
    expect(names).toEqual(expect.arrayContaining(['Dominic Grieve:person', 'Alain Ratier:person', 'Brian Parbutt:person']));
  });
});

describe('a peer called by title and a surname that is a word', () => {
  test('"In a statement, Lord Goldsmith said: “…”" is Goldsmith, not the peer named before', () => {
    const got = attributed(
      'Lord Morgan said the advice had been changed. Critics agreed.',
      'In a statement, Lord Goldsmith said: “I was fully involved throughout the drafting process and approved the answer.”',
    );
    expect(got['I was fully']).toBe('Goldsmith');
  });
});

describe('places that are also bodies', () => {
  test('"the Museum of Flight", "Kennedy Space Center", "California Science Center" take the neutral hint, not "organisation"', () => {
    const names = namesIn('The shuttle lifted off from the Kennedy Space Center, and will go to the California Science Center in Los Angeles, while the Museum of Flight in Seattle built a new hall.');
    expect(names).toEqual(expect.arrayContaining(['Kennedy Space Center:term', 'California Science Center:term', 'Museum of Flight:term']));
  });
});

describe('a second verb joined by "and" after a quote', () => {
  test('"X said her party had backed the idea “for months of hard work”, and said it was “…”" are both X\'s', () => {
    const got = attributed('Shadow minister Yvonne Carter said her party had backed the idea “for months of hard work and planning”, and said it was “damning that the ministry is not doing this already”.');
    expect(got).toMatchObject({ 'for months of': 'Yvonne Carter', 'damning that the': 'Yvonne Carter' });
  });
});

describe('what a document seen by someone says', () => {
  test('"A leaked letter seen by Sky News says “…”" is no who-said card for Sky News', () => {
    const got = attributed('A leaked internal letter seen by Sky News says “failure to return the form without a reasonable explanation may end the claim”, but reminders will be sent.');
    expect(got['failure to return']).toBe('?');
  });
});

describe('a quote signed with a dash', () => {
  test('"“…” -- U.S. Senator Ray Blount (Mo.)" after another senator\'s quote is Ray Blount\'s', () => {
    const got = attributed(
      '“The President has made a very wise choice,” said U.S. Senator Jack Ivers, one of his clients.',
      '"Stefan is smart, tough and a total professional. He will be an asset to the White House." -- U.S. Senator Ray Blount (Mo.)',
    );
    expect(got['Stefan is smart,']).toBe('Ray Blount');
  });
});

describe('a few quoted words closing a paragraph', () => {
  test('"… that Ian McCarthy once described X as a “21st Century Fagin”." then a paragraph opening “Given the outrage …” is not McCarthy\'s', () => {
    const got = attributed(
      'In the Commons, Tory spokesman Mr Lewes reminded MPs that Labour chairman Ian McCarthy last year described the shadow chancellor as a "21st Century Fagin".',
      '"Given the outrage that the smear caused then, how could you have thought of reviving it in your posters?" Mr Milburn replied that they were not.',
    );
    expect(got['Given the outrage']).not.toBe('Ian McCarthy');
  });
});

describe('the one telling the story', () => {
  test('"When she asks something, I just say, “…”" is not hers: the narrator speaks', () => {
    const got = attributed('Governor Maria Lujan thanked the crews.', 'I learned something about this governor: when she asks something, I just say, “Yes, we will be there for as long as it takes.”');
    expect(got['Yes, we will']).toBe('?');
  });
});

describe('a plural common noun opening a sentence before "who"', () => {
  test('"Volunteers who meet …" is no person; "Sarin who asked …" and "Rivers, who lives …" still are', () => {
    expect(namesIn('Volunteers who meet the trial’s criteria must sign a consent form.', 'Shareholders who lost money in the collapse will be paid in March.')).toEqual([]);
    expect(namesIn('Sarin who asked not to be named said the river was rising.', 'Rivers, who lives by the dam, said the same.')).toEqual(['Sarin:person', 'Rivers:person']);
  });
});

describe('relatives, broadcasters and a report after a quote', () => {
  test('a given name after a relative’s word is a person there, not wherever the word stands', () => {
    expect(namesIn('She said the statue looked like her uncle Oscar.', 'The guild cast ten Oscar statuettes in bronze.').filter((n) => n.startsWith('Oscar'))).toEqual(['Oscar:person', 'Oscar:term']);
    expect(namesIn('He lives in Leeds with his wife Maureen and their two sons.')).toContain('Maureen:person');
  });

  test('"comedian and broadcaster Cyril Hatch" is a person; "broadcaster Channel Nine" is not', () => {
    expect(namesIn('Comedian and broadcaster Cyril Hatch has died aged 88 at his home in Jersey.')).toContain('Cyril Hatch:person');
  });

  test('"Y said her father would be missed." after a quote reports its own words: no tag for the quote', () => {
    const got = attributed(
      '“He was a gentle, funny man,” Mr Oduya said. “He never forgot a birthday.” Gordon insists the fine is unfair.',
      '“Wren was kind to everyone,” Mr Oduya said. “She will be missed by the whole street.” Her nephew Martin Feld said the family was grateful.',
    );
    expect(got['He never forgot']).toBe('Oduya');
    expect(got['She will be']).toBe('Oduya');
  });
});

describe('regions named with a body’s word', () => {
  test('"the West Bank" is a place, not a bank; the Gulf of Mexico and the Horn of Africa are places', () => {
    expect(namesIn('Aid convoys reached villages in the West Bank on Tuesday.', 'Storms over the Gulf of Mexico delayed the envoy to the Horn of Africa.')).toEqual(['West Bank:place', 'Gulf of Mexico:place', 'Horn of Africa:place']);
  });
});

describe('what the word before a name says it is', () => {
  test('a magazine, a watchdog, a retailer, a charity and a collective are organisations', () => {
    expect(namesIn(
      'The interview ran in German magazine Der Kurier on Monday.',
      'The fine came from media watchdog Ofcal, and Dutch retailer Hoveling cut prices.',
      'The drugs charity Addalong and the Pell Collective backed the plan.',
    )).toEqual(['Der Kurier:organization', 'Ofcal:organization', 'Hoveling:organization', 'Addalong:organization', 'Pell Collective:organization']);
  });

  test('a publisher named by a given name is a person; "the High Street retailer" names no retailer', () => {
    const names = namesIn('He has spoken of his love for married publisher Kimberly Vane.', 'The High Street retailer said profits would fall.');
    expect(names).toContain('Kimberly Vane:person');
    expect(names.filter((n) => n.endsWith(':organization'))).toEqual([]);
  });
});

describe('things named after people', () => {
  test('a lecture, an award, a memorial named after someone is no person, and is asked whole', () => {
    expect(namesIn(
      'She gave the 2024 Harriet Olu Lecture in Leeds.',
      'He won the Tomas Brandt Human Rights Award and visited the Ada Lin Memorial.',
    )).toEqual(['Harriet Olu Lecture:term', 'Leeds:place', 'Tomas Brandt Human Rights Award:term', 'Ada Lin Memorial:term']);
  });
});

describe('a full name after a preposition, and who the "he" is then', () => {
  test('"led by Maria Lopez", "a tackle on Jose Antonio Reyes" are people; "the James Webb data", "the offices of Merrill Lynch", "from Sal Oppenheim investment bank" are not', () => {
    const names = namesIn(
      'The survey was led by Marta Olsen of the city council.',
      'He was booked for a late tackle on Jose Antonio Reyes.',
      'They combined the James Webb data with older maps.',
      'She worked at the London offices of Merrill Lynch.',
      '“It is too dear,” Birgit Kuhl, from Sal Oppenheim investment bank, told Reuters.',
    );
    expect(names).toEqual(expect.arrayContaining(['Marta Olsen:person', 'Jose Antonio Reyes:person']));
    expect(names.filter((n) => /^(?:James Webb|Merrill Lynch|Sal Oppenheim):person$/.test(n))).toEqual([]);
  });

  test('"But Edu was critical of … Jose Reyes. “…,” he said." and "Tait himself … by Gavin Henson. “…,” he said." name neither man after the subject', () => {
    const got = attributed(
      'But Edu was highly critical of some of the challenges, particularly on Jose Antonio Reyes. “I think we were fairer in the tackles,” he said.',
      'Tait himself appeared unaffected by the treatment dished out to him by Gavin Henson. “I want more of that,” he said.',
    );
    expect(got['I think we']).not.toBe('Jose Antonio Reyes');
    expect(got['I want more']).not.toBe('Gavin Henson');
  });

  test('"He told Sky News’ Sunday with Adam Boulton: “…”" is not the host’s quote', () => {
    const got = attributed('Tory leader Michael Howard accused the pair of squabbling. He told Sky News’ Sunday with Adam Boulton: “This is the politics of the playground.”');
    expect(got['This is the']).toBe('Michael Howard');
  });
});

describe('people named after a preposition are not the subject', () => {
  test('"Ms Rook promised the rebate, won in 1984 by Margot Fenn, was “fully justified”" is Ms Rook’s', () => {
    const got = attributed('Defence minister Alma Rook spoke on Monday. Ms Rook promised the rebate, won in 1984 by Margot Fenn, was “completely and fully justified in every way”.');
    expect(got['completely and fully']).toBe('Alma Rook');
  });

  test('"The Pope … offered to meet with Victor Bask …, and says … “…”" and "Lena Dorn paid tribute to Jill Hart, saying: “…”" name neither object', () => {
    const got = attributed(
      'The Pope gave an interview and offered to meet with Victor Bask in Moscow, and says the alliance perhaps “made the war much more likely to happen”.',
      'Lena Dorn lost the final to Jill Hart. Dorn paid tribute to Jill Hart, saying: “She has had a tough couple of years and came back like a champion.”',
    );
    expect(got['made the war']).not.toBe('Victor Bask');
    expect(got['She has had']).toBe('Lena Dorn');
  });

  test('"The Peter Rusk “mongrel” attack, he says, …" then an untagged quote is not Peter Rusk’s', () => {
    const got = attributed(
      'Michael Dorr broke from his speech to rebuff Peter Rusk’s description of him as an “attack mongrel”, claiming such abuse meant the party was rattled.',
      'Tom Kerr, one of the men lampooned in the poster, affects bewilderment at the party’s loss of its footing. The Peter Rusk “mongrel” attack, he says, is just the latest example of the party getting the tone wrong.',
      '“I have to say I don’t understand what they are doing. The machine appears to be in some kind of state of shock.”',
    );
    expect(got['I have to']).not.toBe('Peter Rusk');
  });
});

describe('two names joined by "and", and what a person owns', () => {
  test('"between Israel and Hamas" is a place and a body, not one organisation; "the Department of Health and Human Services" stays one', () => {
    expect(namesIn('Talks between Israel and Hamas stalled, and Qatar and the Taliban met in Doha.', 'The Department of Health and Human Services said so.')).toEqual(
      expect.arrayContaining(['Israel:place', 'Hamas:organization', 'Department of Health and Human Services:organization']),
    );
  });

  test('"when Zarad’s report came out" makes Zarad no organisation (people have reports and lawyers too)', () => {
    expect(namesIn('I remember that when Zarad’s report to their parliament came out, nothing changed.').filter((n) => n.endsWith(':organization'))).toEqual([]);
  });
});

describe('a list of countries is no town and its country', () => {
  test('"allowed Britain, France and Spain" is three places; "investors in Amman, Jordan" is one', () => {
    expect(namesIn('Until now the US had allowed Britain, France and Spain to act.', 'It is planning a road-show for investors in Amman, Jordan.')).toEqual(['US:place', 'Britain:place', 'France:place', 'Spain:place', 'Amman, Jordan:place']);
  });
});

describe('someone "of" a body beside a speech verb', () => {
  test('"said Yonca Brunel of Yahoo" and "Rhian Bevan of the JCWI said" are a person and a body, not one name', () => {
    const names = namesIn('“Search is personal now,” said Yonca Brunel of Yahoo.', 'Rhian Bevan of the JCWI said the rules were unfair.');
    expect(names).toEqual(expect.arrayContaining(['Yonca Brunel:person', 'Rhian Bevan:person']));
    expect(names.some((n) => n.includes(' of '))).toBe(false);
  });
});

describe('a town and its state written short', () => {
  test('"The Westwood, KY, native" and "in Austin, TX" are one place each; "(Boise, Ida.)" asks no "Ida"', () => {
    expect(namesIn('The Westwood, KY, native was 23 years old.', 'He moved to Austin, TX last year.')).toEqual(['Westwood, KY:place', 'Austin, TX:place']);
    const got = deletions(notesOf('Harbor Airport (Boise, Ida.): $960,000 to install new boilers at the terminal.', 'Lake Airport (Preston, Minn.): $950,000 to replace an old hangar.'));
    expect(got.filter((d) => /^(?:Ida|Minn\.)::/.test(d))).toEqual([]);
  });
});

describe('two given names sharing one surname', () => {
  test('"Corinne and Absalom Tuller" is asked whole, not "Corinne" or "Absalom Tuller" alone; "Prince Edmund and Anna Vale" and "…, Lulu and Jon Ives" keep theirs', () => {
    const got = deletions(notesOf(
      'Her parents were Corinne and Absalom Tuller, missionaries in the hills since 1890.',
      'The guests were Prince Edmund and Anna Vale, and the singers Abba, Lulu and Jon Ives.',
      'The farm was left to Maria and Tomas Okafor in 1998, and they still run it with 40 workers.',
    ));
    expect(got.some((d) => /^(?:Corinne|Absalom Tuller|Tomas Okafor)::/.test(d))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['Corinne and Absalom Tuller::name', 'Maria and Tomas Okafor::person']));
  });
});

describe('waters and states named with "of"', () => {
  test('"the Gulf of Oman", "the Republic of Singapore", "Korea" and "the Americas" are places', () => {
    expect(namesIn('Ships crossed the Gulf of Oman on Monday.', 'The United States and the Republic of Singapore signed it with Korea, for the Americas.')).toEqual([
      'Gulf of Oman:place', 'United States:place', 'Republic of Singapore:place', 'Korea:place', 'Americas:place',
    ]);
  });
});

describe('unnamed speakers, parties and objects', () => {
  test('"A spokesman for the Association of … (Apacs) which represents …, said …. “…,” he said." and "A Labour Party spokesman criticised …. He said: “…”" name no one', () => {
    const got = attributed(
      'Mr Hurst from Retail Research said few machines were at risk. A spokesman for the Association of Payment and Clearing Services (Apacs) which represents the payments industry said the risk was minimal. “There is no concern that any virus will hit the networks,” he said.',
      'Lib Dem spokesman Mark Oates said the plans were dangerous. A Labour Party spokesman criticised Michael Howard’s record. He said: “Today the Tories are making more promises without saying how they would pay.”',
    );
    expect(got['There is no']).toBe('?');
    expect(got['Today the Tories']).toBe('?');
  });

  test('"The Lib Dems said …" is a party, not a person; "said the Reverend Adrian Rodgers" is one', () => {
    expect(namesIn('The Lib Dems said the plan could let extreme groups run policing.', '“It is a fine city,” said the Reverend Adrian Rodgers.')).toEqual(['Lib Dems:term', 'Adrian Rodgers:person']);
  });

  test('"But standing next to Mr Blair he added …" is not Mr Blair; "his lawyer said" is not the one named before', () => {
    const got = attributed(
      'Prime Minister Tony Blair hosted the talks. Speaking in London on Monday, Gen Omar Karrar said the militants were “on the run” in his country.',
      'But standing next to Mr Blair he added that it was crucial to tackle the “core of what creates terrorists and extremists”. “That is the resolution of political disputes.”',
      'A judge upheld Lee’s demand for 10% of the profits. Of the cut now due to Lee, 82, who created the comic in 1962, his lawyer said: “It could be tens of millions of dollars, that is no exaggeration.”',
    );
    expect(got['That is the']).toBe('Omar Karrar');
    expect(got['It could be']).toBe('?');
  });
});

describe('a country named with "and"', () => {
  test('"Bosnia and Herzegovina" and "Trinidad and Tobago" are asked whole, not cut at "and"', () => {
    expect(namesIn('Leaders from Bosnia and Herzegovina and from Trinidad and Tobago attended.')).toEqual(['Bosnia and Herzegovina:place', 'Trinidad and Tobago:place']);
  });
});

describe('a briefing’s run-on question mark-up and a foreign leader unnamed', () => {
  test('"Go ahead. Q Jen, …" makes no person "Q Jen"; "quote the President of Finland and what he said: “…”" names no one', () => {
    expect(namesIn('We will see. Go ahead. Q Jen, two of the senators said so today.')).toEqual([]);
    const got = attributed(
      'Mickey Mouse was seen at the parade. He waved at the crowd.',
      'MS. PSAKI: I would just like to quote the President of Finland and what he said in response, which is: “As it relates to Russia, you caused this. Look at the mirror.”',
    );
    expect(got['As it relates']).toBe('?');
  });
});

describe('"Madam" and "the People’s Republic"', () => {
  test('"Madam Zelenska" is the person Zelenska; "the People’s Republic of China, Iran and Cuba" asks the whole state’s name', () => {
    expect(namesIn('She met Madam Zelenska in Kyiv.')).toEqual(['Zelenska:person', 'Kyiv:place']);
    const got = deletions(notesOf('The minister said the People’s Republic of China had sent 4,000 troops to the border in March.'));
    expect(got).toContain('People’s Republic of China::place');
    expect(got.some((d) => d.startsWith('Republic of China'))).toBe(false);
  });
});

describe('a cabinet title and a surname', () => {
  test('"Deputy Secretary of State Sherwin", "Secretary of Defense Austin", "Secretary of the Treasury Yates" are those people', () => {
    expect(namesIn('Deputy Secretary of State Sherwin met the minister.', 'Secretary of Defense Austin and Secretary of the Treasury Yates spoke later.')).toEqual(['Sherwin:person', 'Austin:person', 'Yates:person']);
  });
});

describe('an agency head called by title and surname', () => {
  test('"USAID Administrator Strong", "WHO Director-General Tedaro", "UN Secretary-General Gutierro" are people, not bodies', () => {
    expect(namesIn('He met USAID Administrator Strong on Monday.', 'He met WHO Director-General Tedaro and UN Secretary-General Gutierro later.').filter((n) => n.endsWith(':person'))).toEqual(['Strong:person', 'Tedaro:person', 'Gutierro:person']);
  });
});

describe('a name read from the middle of "X-U.S."', () => {
  test('"the Spain-U.S. Cyber Seminar" and "the EU-U.S. Summit Statement" ask no "S. …" name', () => {
    const got = deletions(notesOf('Today’s Spain-U.S. Cyber Seminar comes at an important moment for both navies.', 'As the June 15, 2021 EU-U.S. Summit Statement said, the ministers will meet again in 2023.'));
    expect(got.filter((d) => d.startsWith('S.'))).toEqual([]);
  });
});

describe('a given name that is an English word too', () => {
  test('"Randy Holtberg, who …" and "Bill Tarrow said" are people who can speak; "Man Utd", "Les Voisins", "Major Nina Oyelaran" are not misread', () => {
    const got = attributed(
      'Randy Holtberg, who retired as the station’s deputy chief in 2019, agreed that the crews were the best part. “Some of them had waited for years to get their experiment flown.”',
      'Bill Tarrow said the orchard would reopen. “We lost half the trees in one night,” Tarrow said.',
    );
    expect(got['Some of them']).toBe('Randy Holtberg');
    expect(got['We lost half']).toBe('Bill Tarrow');
    expect(namesIn('Man Utd won again on Sunday.', 'The film Les Voisins won a prize.', 'Another, Major Nina Oyelaran, flew the plane.')).toEqual(['Utd:term', 'Les Voisins:term', 'Nina Oyelaran:person']);
  });

  test('never said to be anyone, such a name keeps the neutral hint', () => {
    expect(deletions(notesOf('The orchard was sold to Randy Holtberg in 2019 for $4 million.'))).toContain('Randy Holtberg::name');
  });
});

describe('words that are another’s', () => {
  test('“…,” came the response: not the one quoted before', () => {
    const got = attributed('“There is smoke in the pit, we should stop,” said conductor Ivo Brandt. “Oh no Ivo, keep playing,” came the response.');
    expect(got['There is smoke']).toBe('Ivo Brandt');
    expect(got['Oh no Ivo,']).toBe('?');
  });

  test('"X was the butt of a gaffe when the host … declared “…”" is not X’s', () => {
    const got = attributed('Peter Delacour was the butt of one gaffe in 1934 when the host opened the envelope and declared “come on up and get it, Peter” before reading the name again.');
    expect(got['come on up']).toBe('?');
  });
});

describe('a full name owning something, after any preposition', () => {
  test('"It landed in Ann Delacroix’s inbox" names a person, who speaks later by surname', () => {
    expect(namesIn('The photo landed in Ann Delacroix’s inbox on Monday.')).toEqual(['Ann Delacroix:person']);
    const got = attributed('The photo landed in Ann Delacroix’s inbox on Monday.', '“It was a shock to see the hook so deep,” Delacroix said.');
    expect(got['It was a']).toBe('Ann Delacroix');
  });
});

describe('an abbreviation after a full stop or a comma', () => {
  test('"… FLOAT. NASA said …" and "Later, NATO …" keep the body; it can speak', () => {
    const got = attributed('The track is called Flexible Levitation on a Track, or FLOAT. NASA said such a railway will be “critical to the daily operations” of a base.');
    expect(got['critical to the']).toBe('NASA');
    expect(namesIn('Later, NATO, the EU and the UN met in Brussels.')).toEqual(['NATO:organization', 'EU:organization', 'UN:organization', 'Brussels:place']);
  });

  test('"Washington, DC" is one place; "Geer, III" and "the Consumer Safety Agency, CSA," ask no abbreviation of their own', () => {
    const got = deletions(notesOf(
      'The leaders met in Washington, DC, on March 3 to sign the accord.',
      'Assistant United States Attorney Paul R. Geer, III is prosecuting the case, which carries a 20-year sentence.',
      'The Consumer Safety Agency, CSA, fined the firm $4 million in May.',
    ));
    expect(got).toContain('Washington, DC::place');
    expect(got.filter((d) => /^(?:DC|III|CSA)::/.test(d))).toEqual([]);
  });
});

describe('"put it" and "once wrote"', () => {
  test('"As X put it …, “…”", "X put it this way: “…”" and "“…,” the philosopher X once wrote." are X’s words', () => {
    const got = attributed(
      'As former Chairman Peter Volkov put it at the height of the crisis in 1979, “Inflation feeds on itself, so the job is to break its grip.”',
      'Former Chairman Alan Greenway put it this way: “Price stability means changes small enough not to matter.”',
      '“Those who forget the past must live it again,” the philosopher George Santos once wrote.',
    );
    expect(got).toEqual({ 'Inflation feeds on': 'Peter Volkov', 'Price stability means': 'Alan Greenway', 'Those who forget': 'George Santos' });
  });
});

describe('a name opening its sentence that the article used before', () => {
  test('"… sold Varkos shares. Varkos has said …" asks the body; "Jalina, there are reports …" and "Tory plans" ask nothing', () => {
    expect(namesIn('The state sold shares in the oil firm Varkos on Monday.', 'Varkos has said it will appeal against the sale.').filter((n) => n.startsWith('Varkos'))).toEqual(['Varkos:organization', 'Varkos:organization']);
    expect(namesIn('QUESTION: Thanks. I asked Jalina about it.', 'Jalina, there are reports that the talks failed.').filter((n) => n.startsWith('Jalina'))).toHaveLength(1);
  });
});

describe('a body named "of" a title', () => {
  test('"the Department of Justice", "the Office of the Inspector General" are bodies, not titles without a name', () => {
    expect(namesIn('The Department of Justice said the two men ran the hubs.', 'A report by the Office of the Inspector General found losses.')).toEqual(['Department of Justice:organization', 'Office of the Inspector General:organization']);
  });
});

describe('a long name whose parts are joined by commas and "and"', () => {
  test('"the Health, Education, Labor and Pensions Committee", "the Association of Tribal Archives, Libraries, and Museums" ask no piece; a list of names and a name taken whole still do', () => {
    const got = deletions(notesOf(
      'The package came out of the Health, Education, Labor and Pensions Committee in 2007.',
      'The grant went to the Association of Tribal Archives, Libraries, and Museums in May.',
      'Infants who use the Special Supplemental Nutrition Program for Women, Infants and Children get formula.',
      'The Food and Drug Administration approved it, and officials from Toyota and Honda met in Tokyo in 2019.',
    ));
    expect(got.filter((d) => /^(?:Health|Labor|Association of Tribal Archives|Special Supplemental)/.test(d))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['Food and Drug Administration::organisation']));
    expect(got).toEqual(expect.arrayContaining(['Toyota::organisation', 'Honda::organisation']));
  });
});

describe('venues and programmes named with a body’s word', () => {
  test('"the Kennedy Center", "NATO Headquarters", "the Walter Reed Army Medical Center" and "the Partners for Fish and Wildlife Program" get the neutral hint; "the Pew Research Center" stays a body', () => {
    const got = deletions(notesOf(
      'The orchestra played at the Kennedy Center in 2022, and the minister flew to NATO Headquarters in May.',
      'Patients at the Walter Reed Army Medical Center got $2 million through the Partners for Fish and Wildlife Program in 2019.',
      'A survey by the Pew Research Center found that 77 percent agreed.',
      'Discovery went to the Udvar-Hazy Center in 2012.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Kennedy Center::name', 'NATO Headquarters::name', 'Walter Reed Army Medical Center::name', 'Partners for Fish and Wildlife Program::name', 'Udvar-Hazy Center::name', 'Pew Research Center::organisation']));
  });
});

describe('a sentence of its own after a closed quote', () => {
  test('"“…” He said he only wrote once …" reports something else: the quote before keeps the sentence’s speaker', () => {
    const got = attributed(
      'Prime Minister Hun Sen spoke on Monday.',
      'Dy Tok, 66, said Hun Sen is a “patriot” and is “strong, good at theory and a skilled speaker.” He said he only wrote to Hun Sen once, when the river bank fell in 2012.',
    );
    expect(got['strong, good at']).toBe('Dy Tok');
  });
});

describe('a country’s short form before the title of a sentence’s subject', () => {
  test('"U.S. Senator Jon Corwin, …, issued a statement …. “…”" is the senator’s', () => {
    const got = attributed('Not all were pleased. U.S. Senator Jon Corwin, Republican from Texas, issued a statement on the decision. “Like many Texans, I am disappointed with the choice of the agency.”');
    expect(got['Like many Texans,']).toBe('Jon Corwin');
  });
});

describe('a surname that is a title’s word', () => {
  test('"Howard Dean", "Paul King" and "Martin Luther King" are people (who may speak); "the Vice President" and "Mr. President" still name no one', () => {
    const got = attributed(
      'Presidential candidate Howard Dean said “I have worked with her for eight years and trust her judgement.”',
      '“Net firms are realising that it is not just about a firewall,” said Paul King of the security firm.',
    );
    expect(got).toEqual({ 'I have worked': 'Howard Dean', 'Net firms are': 'Paul King' });
    expect(namesIn('As Dr. Martin Luther King wrote, it mattered.')).toEqual(['Martin Luther King:person']);
    expect(namesIn('The Vice President left.', 'Mr. President, thank you.')).toEqual([]);
  });
});

describe('words put to someone or said of them', () => {
  test('"X was asked: “…”", "X was told … “…”" and "X is described as a “…”" are not X’s; "Y said … students who were told … “…”" stays Y’s', () => {
    const got = attributed(
      'Wheelchair user Kevin Dorran was asked: “Why on earth do you want our representatives to be disabled?”',
      'In a later call Mr Bradwell was told that chasing animals away was “not in fact hunting as the act describes it, so you commit no offence”.',
      'For the Lib Dems, Simon Hale said students who were told there would be no fees “have been given exactly the opposite of what they were promised”.',
    );
    expect(got['Why on earth']).toBe('?');
    expect(got['not in fact']).toBe('?');
    expect(got['have been given']).toBe('Simon Hale');
  });

  test('"President Saied’s calls" and "President Putin’s been surprised" name the person, not "Saied’s"', () => {
    expect(namesIn('The United States is concerned by Tunisian President Saied’s calls to dissolve the council.', 'I think President Putin’s been surprised by that.').filter((n) => n.endsWith(':person'))).toEqual(['Saied:person', 'Putin:person']);
  });
});

describe('a briefing transcript’s question mark', () => {
  test('"Q Thank you.", "Q Thanks, Karine." and "— Q Okay, so …" ask no name', () => {
    const got = deletions(notesOf('Q Thank you. Q Thanks, Karine. So the bill passed with 61 votes in March. I can do one more — Q Okay, so what about the 12 states?'));
    expect(got.filter((d) => /^(?:Q |Thank|Thanks|Okay)/.test(d))).toEqual([]);
    expect(got).toContain('61::number');
  });
});

describe('the Earth as an answer', () => {
  test('"sent the images back to Earth" asks no "Earth"; the figures beside it are still asked', () => {
    const got = deletions(notesOf('The probe sent 1,200 images back to Earth in March, from 24 billion kilometres away.'));
    expect(got.filter((d) => d.startsWith('Earth'))).toEqual([]);
    expect(got).toContain('1,200::number');
  });
});

describe('a speaker with the title of a chamber’s presiding officer', () => {
  test('“…” said former Speaker Ann Dorsey is Ann Dorsey’s, with or without the comma', () => {
    const got = attributed(
      '“I have relied on Tom Brill as my lawyer for almost twenty years” said former Speaker Ann Dorsey.',
      '“The new rules will be read in the chamber on Monday,” said Speaker Ann Dorsey.',
    );
    expect(got).toEqual({ 'I have relied': 'Ann Dorsey', 'The new rules': 'Ann Dorsey' });
  });
});

describe('a person’s name opening a sentence with a common word', () => {
  test('"Say Vannak, a party official, …" is the name the article writes whole inside a later sentence', () => {
    const got = namesIn('Say Vannak, a party official in the district until the party was dissolved, was more forceful.', 'The official, Say Vannak, later cited this as a problem.');
    expect(got[0]).toMatch(/^Say Vannak:/);
    expect(got.some((n) => n.startsWith('Vannak:'))).toBe(false);
  });
});

describe('the clock time something happened', () => {
  test('"at 9:47 a.m. CST" is asked with its zone and the hint "time"; the same moment in brackets on another clock, and a bare time stamp, are not', () => {
    const got = deletions(notesOf(
      'The balloon was released over the lake at 9:47 a.m. CST (10:47 a.m. EST) and climbed to 30,000 metres.',
      'The city council will vote on the budget at 6 p.m. on Thursday.',
      'END 4:12 P.M. EDT',
    ));
    expect(got).toEqual(expect.arrayContaining(['9:47 a.m. CST::time', '6 p.m.::time']));
    expect(got.filter((d) => /10:47|4:12/.test(d))).toEqual([]);
  });
});

describe('lengths of time wink reads as a time of day', () => {
  test('"hovered for 2.5 seconds before …" and "woke about 40 minutes later" ask how long; "Eight minutes later, Diaz scored" does not', () => {
    const got = deletions(notesOf(
      'The drone climbed to 12 metres and hovered for 2.5 seconds before it landed in the field.',
      'The injured fox woke about 40 minutes later, in a cage at the clinic.',
      'Eight minutes later, Diaz scored again for the visitors.',
    ));
    expect(got).toEqual(expect.arrayContaining(['2.5 seconds::how long', '40 minutes::how long']));
    expect(got.filter((d) => /Eight minutes/.test(d))).toEqual([]);
  });
});

describe('more ways of saying', () => {
  test('"As she made clear to the committee, “…”" and "Lopez pointed out that “…”" are hers', () => {
    const got = attributed(
      'Senator Maria Lopez was blunt. As she made clear to the committee during her hearing, “Farm economists are often aloof from practical policy debates.”',
      'Lopez pointed out that “no county in the state has met the target since 2019.”',
    );
    expect(got).toEqual({ 'Farm economists are': 'Maria Lopez', 'no county in': 'Maria Lopez' });
  });
});

describe('a phrase of when before the subject who introduces a quote', () => {
  test('"During questions on Wednesday, Hale defended …: “…”" is Hale’s; one named in the opening phrase is not its speaker', () => {
    const got = attributed(
      'Prime Minister Ruth Hale spoke on Monday.',
      'During questions on Wednesday, Hale defended the government record while promising an update: “The minister and I are working on this bill as quickly as we can.”',
      'After talks with Omar Haddad, the delegation went home: “We will be back in May with a plan for the port.”',
    );
    expect(got).toEqual({ 'The minister and': 'Ruth Hale', 'We will be': '?' });
  });
});

describe('an untagged quote after the one person a sentence introduces', () => {
  test('"… led by Anna Berg, a local guide. “…”" is Anna Berg’s; after a sentence naming two people, or naming one without a description, it is no one’s', () => {
    const got = attributed(
      'The rescue on the north face was led by Anna Berg, a local guide. “We found them at dawn, cold but alive.”',
      'The boat was found by Tom Reyes and Ida Moss. “It had drifted for three days without power.”',
      'The road was paid for by Lena Ortiz. “It took us nine years to get the money together.”',
    );
    expect(got).toEqual({ 'We found them': 'Anna Berg', 'It had drifted': '?', 'It took us': '?' });
  });
});

describe('bills by their number', () => {
  test('"introduced H.R. 5353" and "passed S. 3186" ask the bill; "U.S. 98" and "Harry S. 1999" are no bill', () => {
    const got = deletions(notesOf(
      'Today I introduced H.R. 7741, the Clean Harbors Act, with 12 cosponsors.',
      'The Senate passed S. 2209 by a vote of 61 to 38 in March.',
      'Trucks on U.S. 98 slowed while fans of Harry S. 1999 cheered in May.',
    ));
    expect(got).toEqual(expect.arrayContaining(['H.R. 7741::name', 'S. 2209::name']));
    expect(got.filter((d) => /^(?:S\. 1999|98)::/.test(d))).toEqual([]);
  });
});

describe('stages of a thing', () => {
  test('"the Phase 1 trials", "to complete Phase 2" ask no name; "Section 232 of the Trade Expansion Act" still is one', () => {
    const got = deletions(notesOf(
      'Data from the Phase 1 trials of the vaccine are expected by late 2027.',
      'The port will get $15 million to complete Phase 2 of its new terminal.',
      'Tariffs under Section 232 of the Trade Expansion Act rose in 2018.',
    ));
    expect(got.filter((d) => /^Phase/.test(d))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['$15 million::amount', 'Section 232 of the Trade Expansion Act::name']));
  });
});

describe('words credited "according to" someone', () => {
  test('“…,” according to X and According to X, “…” are X’s; according to a report by X, or to a body we cannot name, no one’s', () => {
    const got = attributed(
      '“The reservoir is at its lowest level since 1990 and falling,” according to Maria Lopez, the district manager.',
      'According to Lopez, the manager of the district, “the lake will not refill before the spring of 2027.”',
      '“The dam was never designed for a drought this long,” according to the report by Maria Lopez.',
      'According to the district office, “the pumps will run day and night until the rains come.”',
    );
    expect(got).toEqual({ 'The reservoir is': 'Maria Lopez', 'the lake will': 'Maria Lopez', 'The dam was': '?', 'the pumps will': '?' });
  });
});

describe('a speaker’s age before the verb', () => {
  test('“…,” Lopez reportedly told a gathering is Lopez’s', () => {
    const got = attributed('Maria Lopez runs the district office.', '“We will not close the school this year, whatever happens,” Lopez reportedly told a gathering.');
    expect(got).toEqual({ 'We will not': 'Maria Lopez' });
  });

  test('“…,” Lopez, 45, said is Lopez’s', () => {
    const got = attributed('Maria Lopez runs the district water office in Tana.', '“The river is lower than it has been in forty years,” Lopez, 45, said.');
    expect(got).toEqual({ 'The river is': 'Maria Lopez' });
  });
});

describe('ranks the services abbreviate', () => {
  test('"Pfc. Ana Ruiz" and "Spc. 3 Lee Park" do not end a sentence at the rank’s full stop', () => {
    const got = analysed(['The award went to Pfc. Ana Ruiz, who repaired 40 radios in 2024.', 'Supporting the new mission, Spc. 3 Lee Park wrote the job aids.']);
    expect(got.sentences.map((s) => s.sentence.text.slice(0, 20))).toEqual(['The award went to Pf', 'Supporting the new m']);
  });

  test('"the 36th Inf. Div." does not end a sentence at "Inf."', () => {
    const got = analysed(['Lee Park is a clerk with the 36th Inf. Div. in Basra.']);
    expect(got.sentences).toHaveLength(1);
  });
});

describe('craft and missions named before what they are', () => {
  test('"the Ronald Reagan satellite": the neutral hint wherever the story names it; "the NASA mission" stays a body', () => {
    const got = namesIn('The Ronald Reagan satellite was launched in 2020.', 'Later, Ronald Reagan failed.', 'The NASA mission cost $3 billion.');
    expect(got.filter((n) => /^(?:Ronald Reagan|NASA):/.test(n))).toEqual(['Ronald Reagan:term', 'Ronald Reagan:term', 'NASA:organization']);
  });
});

describe('a bare number that is someone’s age', () => {
  test('"at age 34", "aged 10 and older" and "at the age of 16" ask how old', () => {
    const got = deletions(notesOf(
      'She founded the company at age 34 and sold it in 2019 for $40 million.',
      'Children aged 10 and older can join the 12 clubs in the city.',
      'He started flying at the age of 16 in Ohio.',
    ));
    expect(got).toEqual(expect.arrayContaining(['34::how old', '10::how old', '16::how old', '12::number']));
  });

  test('"a 19 year old", written without dashes, is asked whole', () => {
    expect(deletions(notesOf('He became a pilot as a 19 year old in Ohio in 1990.'))).toContain('19 year old::how old');
  });
});

describe('a nickname inside a name, and a titled person of a body', () => {
  test('"Mary “Mae” Jordan" is one name; "Dr. Anil “Nat” Rao of NASA" is a person and NASA; "Mr. CONNOLLY of Virginia" stays whole', () => {
    expect(namesIn('Two years later, Mary “Mae” Jordan won the race.')).toEqual([expect.stringMatching(/^Mary “Mae” Jordan:/)]);
    const got = namesIn('The lead scientist, Dr. Anil “Nat” Rao of NASA, built the radio in 2019.', 'Mr. CONNOLLY of Virginia rose to speak.');
    expect(got).toEqual(expect.arrayContaining(['NASA:organization', expect.stringMatching(/^Dr\. Anil “Nat” Rao:/), expect.stringMatching(/^Mr\. CONNOLLY of Virginia:/)]));
  });
});

describe('a quote’s key phrase is a noun phrase', () => {
  test('"that people support the arts" gives no phrase "people support"', () => {
    const { quotes } = collectCandidates(analysed(['Dana Whitfield runs the city orchestra, which has 80 players.', '“I think it is really important that people support the arts,” Whitfield said.']), 't');
    expect(quotes.map((q) => q.phrase?.answer)).toEqual([undefined]);
  });
});

describe('a name does not run on through "the" into a phrase of its own', () => {
  test('"According to Rathbun the Scientology property was sold" is two names', () => {
    const got = namesIn('According to Rathbun the Scientology property was sold in 2009.').map((n) => n.replace(/:[a-z]+$/, ''));
    expect(got).toEqual(['Rathbun', 'Scientology']);
    expect(got).not.toContain('Rathbun the Scientology');
  });
});

describe('a direction before a known place', () => {
  test('"East Los Angeles" and "Southern California" are places, not a person after a place', () => {
    const got = namesIn('He was taken to the East Los Angeles sheriff’s station on Monday.', 'The lab is in Southern California.');
    expect(got).toEqual(['East Los Angeles:place', 'Southern California:place']);
  });
});

describe('a work named after what it is', () => {
  test('"the graphic novel Angel Catbird" and "the documentary Mary Lee" get the neutral hint, not "person"', () => {
    const got = namesIn('She wrote the graphic novel Angel Catbird in 2016.', 'They watched the documentary Mary Lee twice.');
    expect(got).toEqual(['Angel Catbird:term', 'Mary Lee:term']);
  });
});

describe('a body "of" or "for" something that goes on "in" a field', () => {
  test('"the Center for Advanced Study in the Behavioral Sciences" is one name; "the Institute for Research in Oslo" is a body and a place', () => {
    const got = namesIn('He was a fellow at the Center for Advanced Study in the Behavioral Sciences in 2010.', 'She works at the Institute for Research in Oslo.');
    expect(got).toEqual(['Center for Advanced Study in the Behavioral Sciences:organization', 'Institute for Research:organization', 'Oslo:place']);
  });
});

describe('an office holder named after a long title, then "he"', () => {
  test('after "Minister of Labour, Mines and Rural Affairs Chea Vanny made it clear …", “…,” he told is his, not the earlier speaker’s', () => {
    const got = attributed(
      'Party spokesman Tom Hale played down questions on the matter.',
      'He said citizens may be party members as long as it does not touch their work. “It does not mean all civil servants must join the party. Our rules force no one to join it,” he said.',
      'Last August, Minister of Labour, Mines and Rural Affairs Chea Vanny made it abundantly clear what is expected.',
      '“Officials are paid by the state and must stay neutral. I think every official must firmly support the party,” he reportedly told a gathering of newly promoted officials. “If anybody does not support the party, resign and I can help you [with that]. But if you are loyal, you can stay,” he said.',
    );
    expect(got).toEqual({ 'It does not': 'Tom Hale', 'Officials are paid': 'Chea Vanny', 'If anybody does': 'Chea Vanny' });
  });
});

describe('a body named after a place whose word is also a given name', () => {
  test('"the University of North Carolina" and "the Bank of North Carolina" are bodies, not a person "North Carolina"', () => {
    const got = namesIn('She studied at the University of North Carolina in 1990.', 'He banked with the Bank of North Carolina in 1990.');
    expect(got).toEqual(['University of North Carolina:organization', 'Bank of North Carolina:organization']);
  });
});

describe('no one’s name starts with a site’s word', () => {
  test('"Contingency Operating Base Basra" is one name, not a person "Base Basra"', () => {
    expect(namesIn('Troops at Contingency Operating Base Basra ate lunch.')).toEqual(['Contingency Operating Base Basra:term']);
  });
});

describe('a title cut at "and" before a name', () => {
  test('"Minister of Economy and Finance Aun Pornmoniroth" asks the person "Aun Pornmoniroth", not "Finance Aun Pornmoniroth"', () => {
    expect(namesIn('Minister of Economy and Finance Aun Pornmoniroth said the budget grew.').filter((n) => n.endsWith(':person'))).toEqual(['Aun Pornmoniroth:person']);
  });
});

describe('numbers from thirteen to nineteen and the tens in words', () => {
  test('"Nineteen minor parties" and "for the first time in sixty years" are asked', () => {
    const got = deletions(notesOf('Nineteen minor parties contested the vote in July.', 'The refinery exported fuel for the first time in sixty years.'));
    expect(got).toEqual(expect.arrayContaining(['Nineteen::number', 'sixty years::how long']));
  });
});

describe('spans and hints found on new text (stop 25)', () => {
  test('a name spelled out before its acronym ends before its possessive: “the Regional Water Board’s (RWB) plan”', () => {
    const got = deletions(notesOf('The Regional Water Board’s (RWB) plan sets a limit of 40 liters a day.'));
    expect(got).toContain('Regional Water Board::organisation');
    expect(got.filter((d) => d.includes('’s::'))).toEqual([]);
  });

  test('every band of a list of ages after "aged" is an age, not only the first', () => {
    const got = deletions(notesOf('Patients were aged ≤18 years (30%), 19–64 years (45%), and ≥65 years (25%).'));
    expect(got).toEqual(expect.arrayContaining(['18 years::how old', '19–64 years::how old', '65 years::how old']));
  });

  test('"the prime minister said", after "Prime Minister Tep Vannara", makes him the "he" of the next quote', () => {
    const got = attributed(
      'Prime Minister Tep Vannara has led the country for three decades.',
      'In an interview this week, the prime minister said the party would pick its next leader in 2028.',
      '“We have to think about who comes after me and who can keep the peace,” he said.',
    );
    expect(got).toEqual({ 'We have to': 'Tep Vannara' });
  });

  test('"the president of the bank" is another office than "President Ana Ruiz": no one’s quote', () => {
    const got = attributed(
      'President Ana Ruiz opened the trade fair on Monday.',
      'Later the president of the national bank said rates would stay where they are.',
      '“We see no reason to move before the summer is over,” she said.',
    );
    expect(got).toEqual({ 'We see no': '?' });
  });
});

describe('a card needs words to answer from (stop 25)', () => {
  test('"Enter [Harbor Tech].", "[Two] things." and a reply of one name give no card', () => {
    const got = deletions(notesOf('Which governor did the most for the state’s schools in your view?', 'Maria Quintero.', 'Enter Harbor Tech.', 'Two things.', 'Harbor Tech built 40 schools in 2019.'));
    expect(got).not.toContain('Maria Quintero::person');
    expect(got.filter((d) => d.startsWith('Two::'))).toEqual([]);
    expect(got.filter((d) => d.startsWith('Harbor Tech::'))).toHaveLength(1);
  });

  test('the speaker’s name opening a speech (“Mr. HALVERSON. Madam Speaker, …”) is still asked', () => {
    const notes = generateNotes(readPlainText('A BUDGET FOR THE HARBOR TOWNS\n\nMr. HALVERSON. Madam Speaker, I rise today to speak about the harbor towns. Their budget fell by $40 million in 2019.\n'));
    expect(deletions(notes).some((d) => d.includes('HALVERSON'))).toBe(true);
  });
});

describe('a name no list knows after an office with "of" (stop 25)', () => {
  test('“…,” said DOE Chief of Staff Tarak Shah: the quote is Tarak Shah’s', () => {
    const got = attributed('“This plan will cut the cost of clean power for every family,” said DOE Chief of Staff Tarak Shah.', '“We will build the lines before winter,” said Secretary of Energy Oyelaran Adeyemi.');
    expect(got).toEqual({ 'This plan will': 'Tarak Shah', 'We will build': 'Oyelaran Adeyemi' });
  });

  test('the words of an office alone are still no person: "The Director of Field Operations spoke"', () => {
    expect(namesIn('The Director of Field Operations spoke in Phnom Penh.').filter((n) => n.endsWith(':person'))).toEqual([]);
  });
});

describe('a whole number and a fraction are one figure (stop 25)', () => {
  test('"2 1/2 million people", "5 1/4 percent" and "33 1/2 months" are asked whole, never "33" alone', () => {
    const got = deletions(notesOf('The strike lasted 33 1/2 months, cost 2 1/2 million people their jobs and pushed rates up by 5 1/4 percent.'));
    expect(got).toEqual(expect.arrayContaining(['33 1/2 months::how long', '2 1/2 million people::quantity', '5 1/4 percent::percent']));
    expect(got.filter((d) => /^(?:33|2|5)::|^1\/[24]/.test(d))).toEqual([]);
  });
});

describe('holders of an office, many of them, are no name (stop 25)', () => {
  test('"the oath Senators swore", "Republican Senators", "the Congressmen from this city" give no card; "the Board of Governors" does', () => {
    const got = deletions(notesOf('That is the oath Senators swore on January 16.', 'Nearly all Republican Senators said no in Denver.', 'The Congressmen from this city spoke in 1963.', 'The Board of Governors met in 2020.'));
    expect(got.filter((d) => /Senators|Congressmen/.test(d))).toEqual([]);
    expect(got).toContain('Board of Governors::organisation');
  });
});

describe('a body’s own report speaks for it (stop 25)', () => {
  test('“the Harbor Research Institute’s recent analysis of its own data concluded, “…”” is the institute’s quote; “the group’s critics said” is not the group’s', () => {
    const got = attributed(
      'The Harbor Research Institute’s recent analysis of its own traffic statistics concluded, “The old browser is still used by about a tenth of our readers.”',
      'Green Water Trust’s critics said, “The trust has never shown where the money went last year.”',
    );
    expect(got['The old browser']).toBe('Harbor Research Institute');
    expect(got['The trust has']).not.toBe('Green Water Trust');
  });
});

describe('a partial quote after an opening phrase or a conjunction (stop 25)', () => {
  test('"And he has called on colleagues to “…”" and "Citing a maxim, he called it “…”" are his; not when someone else is named before', () => {
    const got = attributed(
      'Alan Reed is that rare person who values research. And he has regularly called on his colleagues to “train their powerful tools on real-world issues instead of theories.”',
      'Village chief Chab Suy praised the ruling party. Citing one of its favorite maxims, he called it “the party that saves lives,” and said people owed it a debt.',
      'Chief Suy spoke again. After meeting Lena Ortiz, he called the plan “a step toward lasting peace for the whole region.”',
    );
    expect(got).toEqual({ 'train their powerful': 'Alan Reed', 'the party that': 'Chab Suy', 'a step toward': '?' });
  });
});

describe('an editor’s words in square brackets inside a name (stop 25)', () => {
  test('"[George H. W.] Bush" and "[Phil] Gramm" give no card for either piece; "the [Senate] leader" still does', () => {
    const got = deletions(notesOf('I backed Reagan in 1980, [George H. W.] Bush in 1988, [Phil] Gramm in 1996 and the [Senate] leader in 2004.'));
    expect(got.filter((d) => /George|Gramm|Phil/.test(d))).toEqual([]);
    expect(got).toContain('Senate::organisation');
  });
});

describe('names whose words are English words too (stop 25)', () => {
  test('an age after the name ("… is Met Hat, 34.") or the end of a speech tag ("said Ear Sophal.") makes it a person who can speak', () => {
    const got = attributed(
      'One villager grateful for the new road is Met Hat, 34. “Since I was born, he has been here and my mother received land from him,” she said.',
      '“Back then, it was all one party at the local level, now it is even more,” said Ear Sophal.',
    );
    expect(got).toEqual({ 'Since I was': 'Met Hat', 'Back then, it': 'Ear Sophal' });
  });

  test('the end of a speech tag does not make a person of common words or a body: "said Google Cloud.", "said Human Rights Watch."', () => {
    const got = namesIn('“The outage is over and every service is back,” said Google Cloud.', '“The vote was not fair to anyone,” said Human Rights Watch.');
    expect(got.filter((n) => n.endsWith(':person'))).toEqual([]);
  });
});

describe('years written with two figures (stop 25)', () => {
  test('"Reagan in 80 and 84, Gramm in 96, Romney in 08" asks years; "in 12 states" is still a number', () => {
    const got = deletions(notesOf('I backed Reagan in 80 and 84, Gramm in 96 and Romney in 08.', 'The law passed in 12 states last spring.'));
    expect(got).toEqual(expect.arrayContaining(['80 and 84::year', '96::year', '08::year', '12::number']));
  });
});

describe('letters for a common illness (stop 25)', () => {
  test('"HIV and STD education" gives no name card', () => {
    const got = deletions(notesOf('She led the HIV and STD education of Harbor County from 2019.'));
    expect(got.filter((d) => /HIV|STD/.test(d))).toEqual([]);
  });
});

describe('a statement’s label line, read as its heading (stop 25)', () => {
  const statements = (label: string): GeneratedNote[] =>
    generateNotes(readPlainText(`Town council approves park plan\n\nPartners issued the following statements:\n\n“Acme is proud to support the new park for every customer in town,” said Acme CEO Carlos Ruiz.\n\n${label}\n\n“As the largest energy provider, we strongly support this plan and commend local leaders.”\n`));

  test('the person or body the label names speaks, never the voice of the statement before', () => {
    expect(speakers(statements('Riverside Gas President and CEO Maria Lopez'))).toEqual({ 'Acme is proud': 'Carlos Ruiz', 'As the largest': 'Maria Lopez' });
    expect(speakers(statements('U.S. Senator Maria Lopez (R-ND), Chair of the Energy Committee'))['As the largest']).toBe('Maria Lopez');
    expect(speakers(statements('Riverside Policy Institute'))['As the largest']).toBe('Riverside Policy Institute');
  });

  test('a label that names no one ("More support") gives the quote under it no speaker', () => {
    expect(speakers(statements('More support from the region'))['As the largest']).toBeUndefined();
  });
});

describe('a possessive that opens its sentence is its topic (stop 25)', () => {
  test('"Maria Lopez’s day job is …. “…,” she said." is hers; "Maria Lopez’s spokeswoman …" is not', () => {
    const got = attributed(
      'Maria Lopez’s day job is as a biologist in the city office. She volunteered to join the park crew.',
      '“We were in this situation a year ago in Baton Rouge,” she said.',
      'Ana Ruiz’s spokeswoman met reporters on Monday.',
      '“Nobody at the ministry knew about the plan before the vote,” she said.',
    );
    expect(got).toEqual({ 'We were in': 'Maria Lopez', 'Nobody at the': '?' });
  });
});

describe('speakers found on quote-rich new text (stop 25)', () => {
  test('"said Tith Tar, a 54-year-old farmer", "said Secretary of Labor Lori Chavez-DeRemer", "stated the Wolkowsky family"', () => {
    const got = attributed(
      '“There were monkeys, pythons and all kinds of birds on the mountain,” said Tith Tar, a 54-year-old farmer.',
      '“AI is reshaping our economy and every job in it,” said Secretary of Labor Lori Chavez-DeRemer.',
      '“From the way the tides flow, the island will keep its shape for years,” stated the Wolkowsky family.',
    );
    expect(got).toEqual({ 'There were monkeys,': 'Tith Tar', 'AI is reshaping': 'Lori Chavez-DeRemer', 'From the way': 'Wolkowsky family' });
  });

  test('no card asks the family’s name beside its own who-said card', () => {
    const notes = notesOf('“From the way the tides flow, the island will keep its shape for years,” stated the Wolkowsky family in 2019.');
    expect(deletions(notes).filter((d) => d.startsWith('Wolkowsky'))).toEqual([]);
  });
});

describe('a long quote is not cut after a courtesy title (stop 25)', () => {
  test('"It is our belief that Ms. Scarlett …" is not shown as "It is our belief that Ms. …"', () => {
    const shown = trimQuote(`It is our belief that Ms. Scarlett, ${'through her years on the council and in the Senate, '.repeat(5).trim()} is ready to lead.`);
    expect(shown).not.toMatch(/Ms\. …$/);
    expect(shown.startsWith('It is our belief that Ms. Scarlett')).toBe(true);
  });
});

describe('a relative’s word says he or she (stop 25)', () => {
  test('"Carlos Ruiz … and his wife Ana took …. “…,” he said." is his; with "his brother Tomas" it is no one’s', () => {
    const wife = attributed('When the storm came, Carlos Ruiz, a biologist with the park service, and his wife Ana took their sons to Alabama.', '“When we went to leave, we explained to them why we were leaving,” he said.');
    const brother = attributed('When the storm came, Carlos Ruiz, a biologist with the park service, and his brother Tomas took their boat to Alabama.', '“When we went to leave, we explained to them why we were leaving,” he said.');
    expect(wife).toEqual({ 'When we went': 'Carlos Ruiz' });
    expect(brother).toEqual({ 'When we went': '?' });
  });
});

describe('a long title in commas, the name closing the tag (stop 25)', () => {
  test('",” said Commerce Executive Vice President, Chief Policy Officer, and Head of Strategic Advocacy, Neil L. Bradley." is his', () => {
    const got = attributed('“She understands the details of park policy better than anyone,” said Commerce Executive Vice President, Chief Policy Officer, and Head of Strategic Advocacy, Neil L. Bradley.');
    expect(got).toEqual({ 'She understands the': 'Neil L. Bradley' });
  });

  test('two people in such a tag are no one answer', () => {
    const got = attributed('“She understands the details of park policy better than anyone,” said Commerce Executive Vice President Ana Ruiz, speaking for the board, and Policy Officer, Neil L. Bradley.');
    expect(got['She understands the']).not.toBe('Neil L. Bradley');
  });
});

describe('a head in the plural shared by a list (stop 25)', () => {
  test('"the Departments of Homeland Security (DHS), Labor (DOL), and State" gives no card for "Departments of Homeland Security"', () => {
    const got = deletions(notesOf('Four agencies—the Departments of Homeland Security (DHS), Labor (DOL), and State—will act by 2023.'));
    expect(got.filter((d) => d.startsWith('Departments'))).toEqual([]);
    expect(got).toContain('2023::year');
  });
});

describe('names cut by the chunker, asked in part (stop 26)', () => {
  test('a word of direction before a name opens it: no card for "Florida Zoo" out of "the Central Florida Zoo"', () => {
    const got = deletions(notesOf('Keepers at the Central Florida Zoo raised 40 frogs in 2021.'));
    expect(got.filter((d) => d.startsWith('Florida'))).toEqual([]);
    expect(got).toContain('40::number');
  });

  test('a saint’s short title belongs to the name: no card for "Paul Harbor Airport" out of "Minneapolis-St. Paul Harbor Airport"', () => {
    const got = deletions(notesOf('Minneapolis-St. Paul Harbor Airport (Minneapolis, Minn.): $4.2 million to add two gates.', 'The gates at Minneapolis-St. Paul Harbor Airport open in 2027.'));
    expect(got.filter((d) => /Paul|Minneapolis-St::/.test(d))).toEqual([]);
    expect(got).toContain('$4.2 million::amount');
  });

  test('an organisation’s name cut at "and": no card for "National Glass", nor for "Craft Museum Hall"', () => {
    const got = deletions(notesOf('The lamp moved from the city’s National Glass and Craft Museum Hall to Leeds in 2020.'));
    expect(got.filter((d) => /^(?:National Glass|Craft Museum)/.test(d))).toEqual([]);
    expect(got).toContain('2020::year');
  });

  test('two bodies run together at "and" are two names: "the Department of Fisheries and Harbor State University"', () => {
    const got = deletions(notesOf('Divers from the Department of Fisheries and Harbor State University counted 300 seals in 2022.'));
    expect(got).toEqual(expect.arrayContaining(['Department of Fisheries::organisation', 'Harbor State University::organisation']));
    expect(got.filter((d) => d.includes(' and '))).toEqual([]);
  });

  test('one body with "and" inside its name stays whole: "the Office of Ports and Coastal Affairs"', () => {
    const got = deletions(notesOf('Divers from the Office of Ports and Coastal Affairs counted 300 seals in 2022.', 'The Combined Sea and Harbor Operations Center counted 200 more in 2023.'));
    expect(got).toContain('Office of Ports and Coastal Affairs::organisation');
    expect(got.filter((d) => /^(?:Office of Ports|Harbor Operations Center|Combined Sea)::/.test(d))).toEqual([]);
  });

  test('a name that goes on after its short form is asked whole or not at all: no "Republic of Palau" out of "Republic of Palau (ROP) Navy"', () => {
    const got = deletions(notesOf('Ten ships of the Republic of Palau (ROP) Navy sailed with the fleet in May 2022.'));
    expect(got.filter((d) => d.startsWith('Republic of Palau::'))).toEqual([]);
    expect(got).toContain('May 2022::date');
  });

  test('two names joined by "and" each stay: "the World Bank and the Harbor Development Bank"', () => {
    const got = deletions(notesOf('Loans from the World Bank and Harbor Development Bank reached $3 billion in 2022.'));
    expect(got).toEqual(expect.arrayContaining(['World Bank::organisation', '$3 billion::amount']));
  });
});

describe('names and quotes found on a new development batch (stop 26)', () => {
  test('a company’s legal form goes with its name, and is no name alone: "Kestrel Dynamics, Inc."', () => {
    const got = deletions(notesOf('The primary partners are Kestrel Dynamics, Inc. in Boulder, Colorado; Lark Labs in Melbourne, Florida.', 'Kestrel Dynamics, Inc. of Boulder won the contract in 2021.'));
    expect(got).toContain('Kestrel Dynamics, Inc.::organisation');
    expect(got.filter((d) => /^Inc/.test(d))).toEqual([]);
  });

  test('a bar joins the parts of one name: no card for either half of "the Institute for Tides | Leeds & York"', () => {
    const got = deletions(notesOf('She has worked at the Institute for Tides | Leeds & York in Cambridge, Massachusetts, since 2019.'));
    expect(got.filter((d) => /Tides|Leeds/.test(d))).toEqual([]);
    expect(got).toContain('2019::year');
  });

  test('a thing named after a person is no person: "the Hubble or Nancy Grace Roman space telescopes" asks a name', () => {
    const got = deletions(notesOf('It would take decades to map the sky with the Hubble or Nancy Grace Roman space telescopes, the team wrote in 2020.'));
    expect(got.filter((d) => d.endsWith('::person'))).toEqual([]);
  });

  test('a quote the source closed with a single mark before its tag is that speaker’s', () => {
    const got = attributed(
      'Park director Maria Lopez announced the count on Monday.',
      '“After years of decline the herons have made a remarkable recovery,’ Lopez said at a press conference in Tulsa to announce the count. “ We see healthy flocks over the lakes again.”',
    );
    expect(got).toEqual({ 'After years of': 'Maria Lopez', 'We see healthy': 'Maria Lopez' });
  });

  test('one name cut at "and" into two is asked whole: "Oregon Parks and Recreation", not "Oregon Parks" and "Recreation"', () => {
    const got = deletions(notesOf('The grant came from the Service and Oregon Parks and Recreation in 2019.', 'Staff at Oregon Parks and Recreation counted 40 elk.'));
    expect(got).toContain('Oregon Parks and Recreation::name');
    expect(got.filter((d) => /^(?:Oregon Parks|Recreation)::/.test(d))).toEqual([]);
  });

  test('a name no list knows after an office "of" a list of bodies: "Minister of Ports, Rivers and Coastal Works Phal Sokun"', () => {
    const got = attributed(
      'Last year, Minister of Ports, Rivers and Coastal Works Phal Sokun made it clear what is expected of civil servants.',
      '“Officials who take the state’s salary must work for the party as well,” he reportedly told a gathering of new officials.',
    );
    expect(got).toEqual({ 'Officials who take': 'Phal Sokun' });
  });

  test('a year inside the title before the name: "said Harbor Trust’s 2016 Eradication Project Manager Dana Wills"', () => {
    const got = attributed('“It is tremendously satisfying to call this project a success,” said Harbor Trust’s 2016 Eradication Project Manager Dana Wills.');
    expect(got).toEqual({ 'It is tremendously': 'Dana Wills' });
  });
});

describe('speakers and names found on a second new development batch (stop 26)', () => {
  test('one sentence of the paragraph’s own between two quotes, naming no one else: the speaker goes on', () => {
    const got = attributed('“You need a large enough prize,” said Rosa Imbert, head of the Grants Office at the Harbor Science Center. But money is not all that matters. “You need enough to get teams excited about the work.”');
    expect(got).toEqual({ 'You need a': 'Rosa Imbert', 'You need enough': 'Rosa Imbert' });
  });

  test('…but another name in the sentence between stops it', () => {
    const got = attributed('“You need a large enough prize,” said Rosa Imbert, head of the Grants Office. Tom Hale disagreed with her on that. “You need enough to get teams excited about the work.”');
    expect(got['You need enough']).not.toBe('Rosa Imbert');
  });

  test('a name no list knows, then a title of four words after a comma, is a person: "said Ami Faith-Early, deputy assistant general counsel for …"', () => {
    const got = attributed('“Talk to your lawyer early in the process of planning a prize,” said Ami Faith-Early, deputy assistant general counsel for energy at the Harbor Department.');
    expect(got).toEqual({ 'Talk to your': 'Ami Faith-Early' });
  });

  test('"said Starlings of her drive": what the words were about may follow the surname', () => {
    const got = attributed('“Everything in our job needs precision, discipline and teamwork,” said Starlings of her drive for excellence.');
    expect(got).toEqual({ 'Everything in our': 'Starlings' });
  });

  test('a degree after a name is no name: "Lena Ortiz, Ph.D., M.D.," asks no "M.D."', () => {
    const got = deletions(notesOf('The trial will be led by Lena Ortiz, Ph.D., M.D., chief of the clinic, from 2019.', 'Tom Hale, D.O., joined it in 2020.'));
    expect(got.filter((d) => /^(?:Ph\.D\.|M\.D\.|D\.O\.)::/.test(d))).toEqual([]);
  });
});

describe('a programme, a fund or a contest gets the neutral hint (stop 26)', () => {
  test('"the Harbor Equality Fund", "the Tidewater Initiative", "the KESTREL Challenge" are asked as names, not organisations', () => {
    const got = deletions(notesOf(
      'The plan builds on the Harbor Equality Fund, which has given $100 million since 2011.',
      'Towns joined the Tidewater Initiative in 2019.',
      'Students entered the KESTREL Challenge in 2020.',
    ));
    expect(got.filter((d) => /(?:Fund|Initiative|Challenge)::/.test(d) && !d.endsWith('::name'))).toEqual([]);
    expect(got.filter((d) => /(?:Fund|Initiative|Challenge)::name$/.test(d)).length).toBeGreaterThan(0);
  });
});

describe('a body’s words put out in other ways (stop 26)', () => {
  test('"Harbor Trust issued the following statement: “…”" and "… provided the following in reply, “…”" are the subject’s', () => {
    const got = attributed(
      'Harbor Trust issued the following statement: “We are proud of the work done by all of the staff this year.”',
      'The River Park Service provided the following in reply to the review, “Despite all our efforts, the old oak has reached the end of its life.”',
    );
    expect(got).toEqual({ 'We are proud': 'Harbor Trust', 'Despite all our': 'River Park Service' });
  });

  test('"a review by the Society of Tree Surgeons, which concluded the tree has “…”" is the body’s', () => {
    const got = attributed('The decision follows a review by the Society of Tree Surgeons, which concluded the tree has “outlived its time as a landmark because of the risk that it falls.”');
    expect(got).toEqual({ 'outlived its time': 'Society of Tree Surgeons' });
  });
});

describe('tags that name the speaker through their writing or their kin (stop 26)', () => {
  test('“…,” Harbor Trust’s statement said. — the body’s words', () => {
    const got = attributed('Harbor Trust released its count in May.', '“The Harbor Trust has announced the results of the vote for the new board,” Harbor Trust’s statement said.');
    expect(got).toEqual({ 'The Harbor Trust': 'Harbor Trust' });
  });

  test('“…,” his father, Rafe, says. — the one named after the kinsman', () => {
    const got = attributed('Tomas enlisted in the Navy in 2005. “He joined to see how far he could sail without anyone to catch him,” his father, Rafe, says.');
    expect(got).toEqual({ 'He joined to': 'Rafe' });
  });

  test('The Harbor Office letter reads “…” — the body whose letter it is', () => {
    const got = attributed('The Harbor Office letter reads “we may extend the use of the form to other claimants in due course”, but no plans exist.');
    expect(got).toEqual({ 'we may extend': 'Harbor Office' });
  });
});

describe('a body called by what it is (stop 26)', () => {
  test('“…,” the company said. — the one company named before; two departments are no one answer', () => {
    expect(attributed('Kestrel Dynamics Inc. won the contract in May.', '“We expect to deliver the first ships in 2027,” the company said.')).toEqual({ 'We expect to': 'Kestrel Dynamics Inc.' });
    expect(attributed('The Harbor Department and the Lake Department opened a review in May.', '“We expect to finish the review in 2027,” the department said.')).toEqual({ 'We expect to': '?' });
  });
});

describe('the one who opens the sentence speaks, not the one their title names (stop 26)', () => {
  test('"Sarah Vance, press secretary for Senator Tom Hale, said, “…”" is Sarah Vance’s', () => {
    const got = attributed('Sarah Vance, press secretary for Senator Tom Hale, said, “Stephen is a man of sound judgment and we will miss him.”');
    expect(got).toEqual({ 'Stephen is a': 'Sarah Vance' });
  });

  test('"Brian Kowal, former staff director for the Harbor Committee said, “…”" is Brian Kowal’s, not the committee’s', () => {
    const got = attributed('Brian Kowal, former staff director for the Harbor Committee said, “It was a pleasure to work with someone so gifted and so kind.”');
    expect(got).toEqual({ 'It was a': 'Brian Kowal' });
  });

  test('a given name that is an English word too opens the sentence: "Don Keller, communications director for Senator Ana Ruiz, said"', () => {
    const got = attributed(
      'Don Keller, communications director for Senator Ana Ruiz, said, “Stephen has shown the calm we needed in a hard year.”',
      'Josh Avery, staff director for the Harbor Center, said, “Stephen prefers results over praise every single time.”',
    );
    expect(got).toEqual({ 'Stephen has shown': 'Don Keller', 'Stephen prefers results': 'Josh Avery' });
  });
});

describe('speakers on a third new development batch (stop 26)', () => {
  test('"said Jordan Richter, of the Service’s field office": a given name that is a place’s too opens a name', () => {
    const got = attributed('“It is remarkable to see an animal come back from so close to the edge,” said Jordan Richter, of the Service’s field office.');
    expect(got).toEqual({ 'It is remarkable': 'Jordan Richter' });
  });

  test('"… from Billy Sorensen’s bungalow, he paused. “…,” he said." is no earlier man’s: the owner may be the "he"', () => {
    const got = attributed(
      '“Whole streets were wrecked,” said coordinator Dale Moody.',
      'As the crew saved what they could from Billy Sorensen’s little bungalow, he paused for a minute.',
      '“Three generations of people have lived in this house,” he said.',
    );
    expect(got['Three generations of']).not.toBe('Dale Moody');
  });
});

describe('what someone calls a parent is no name (stop 26)', () => {
  test('"say, “Hey Mom.”" and "“Hey, Dad,” he said" ask no "Mom" or "Dad"', () => {
    const got = deletions(notesOf('Tomas would enter a room in 2004 and say, “Hey Mom.”', 'Then he would call, “Hey, Dad,” from the porch in 2005.'));
    expect(got.filter((d) => /Mom|Dad/.test(d))).toEqual([]);
    expect(got).toContain('2004::year');
  });
});

describe('who speaks when the tag names two people (stop 26)', () => {
  test('"Speaking to reporters, Ana Ruiz, whose husband Tom Hale died in May, said, “…”" is Ana Ruiz’s, never Tom Hale’s', () => {
    const got = attributed('Speaking to reporters, Ana Ruiz, whose husband Tom Hale died in May, said, “We will keep the port open for all of the farmers.”');
    expect(got).toEqual({ 'We will keep': 'Ana Ruiz' });
  });

  test('",” said Ana Ruiz’s spokesman, Tom Hale." is the spokesman’s', () => {
    const got = attributed('“We will keep the port open for all of the farmers,” said Ana Ruiz’s spokesman, Tom Hale.');
    expect(got).toEqual({ 'We will keep': 'Tom Hale' });
  });
});

describe('firms and places named like people (stop 26)', () => {
  test('"Morgan Whitley raised its forecast" asks a name, not a person; a garden is a place', () => {
    const got = deletions(notesOf('Morgan Whitley raised its forecast for 2026 on Monday.', 'The band played at Madison Square Garden in 2019.'));
    expect(got.filter((d) => d.endsWith('::person'))).toEqual([]);
    expect(got).toContain('Morgan Whitley::name');
  });
});

describe('speakers on a fourth new development batch (stop 26)', () => {
  test('"Gary, on the other hand, recognized …. “…,” he said." after "Gary Hale and his son Jon Hale" is the father’s, not the son’s who spoke last', () => {
    const got = attributed(
      'Gary Hale and his son Jon Hale both served in the Guard.',
      '“For me, my dad is the true hero,” said Jon Hale.',
      'Gary, on the other hand, recognized the value of the bond his son had with his unit. “These guys really stick together,” he said.',
    );
    expect(got).toEqual({ 'For me, my': 'Jon Hale', 'These guys really': 'Gary Hale' });
  });

  test('…but one spoken to is no subject: "Steven, I want to congratulate you."', () => {
    const got = namesIn('Steven Moss won the prize in 2019.', 'Steven, I want to congratulate you.');
    expect(got).not.toContain('Steven:person');
  });

  test('"Lt. Josh Kemper noted that Ford wanted to drive and said of Joey, “…”" is the lieutenant’s, not Ford’s', () => {
    const got = attributed(
      'Joe Ford joined the Guard in 2004.',
      'The drive did not stop at the water’s edge: Lieutenant Josh Kemper noted that Ford wanted to be the gunner rather than the driver and said of Joey, “He was everything a soldier should be.”',
    );
    expect(got).toEqual({ 'He was everything': 'Josh Kemper' });
  });
});

describe('the one spoken for and the one written to do not speak (stop 35)', () => {
  test('",” said a spokesman for Ellen Hart." and "… for the governor." are nobody we can name', () => {
    expect(attributed('“This is a win for every family,” said a spokesman for Ellen Hart.')).toEqual({ 'This is a': '?' });
    expect(attributed('Governor Ellen Hart signed the bill on Monday.', '“This is a win for every family,” said a spokesman for the governor.')).toEqual({ 'This is a': '?' });
  });

  test('"In a letter to Mayor Dan Fox, residents wrote: “…”" is the residents’, not the mayor’s', () => {
    expect(attributed('In a letter to Mayor Dan Fox, residents wrote: “We demand action on the bridge now.”')).toEqual({ 'We demand action': '?' });
    expect(attributed('After meeting Mayor Dan Fox, one resident said: “We demand action on the bridge now.”')).toEqual({ 'We demand action': '?' });
  });

  test('…while a person then the verb still speaks: "After meeting the residents, Mayor Dan Fox said: “…”"', () => {
    expect(attributed('After meeting the residents, Mayor Dan Fox said: “We will act on the bridge now.”')).toEqual({ 'We will act': 'Dan Fox' });
  });
});

describe('a surname that is a place’s last word (stop 35)', () => {
  test('"Senator Ellen Park", "Dr. Ann Lake" are people; "Lincoln Park" alone stays a place', () => {
    const got = deletions(notesOf('Senator Ellen Park voted against the bill in 2024.', 'Dr. Ann Lake led the study of 400 children.', 'The march ended in Lincoln Park at noon.'));
    expect(got.filter((d) => d.endsWith('::place'))).toEqual(['Lincoln Park::place']);
    expect(got).toEqual(expect.arrayContaining(['Ellen Park::person', 'Ann Lake::person']));
  });
});

describe('a title in quote marks is no one’s words (stop 35)', () => {
  test('"Ella Stone wrote the novel “The House at the End of the Road”", "a drill dubbed “Silver Hawk”": no speaker', () => {
    expect(attributed('Ella Stone wrote the novel “The House at the End of the Road” in 1970.')).toEqual({ 'The House at': '?' });
    expect(attributed('Colonel Ray Dunn led the drill, which the crews dubbed “Silver Hawk.”')).toEqual({ 'Silver Hawk.': '?' });
    expect(attributed('Tom Hale has run the farm since 1990.', 'Hale named his best ram “The Old Duke of Clare,” after his father.')).toEqual({ 'The Old Duke': '?' });
  });

  test('…and the voice goes on past it: "said Ana Ruiz, author of “River Towns.” “…”" is hers', () => {
    expect(attributed('“The towns along the river are emptying out fast,” said Ana Ruiz, author of “River Towns.” “Nobody under thirty wants to stay.”')).toEqual({
      'The towns along': 'Ana Ruiz',
      'River Towns.': '?',
      'Nobody under thirty': 'Ana Ruiz',
    });
  });

  test('…while lower-case words after "the" still speak for the subject: "CSIS says the “legal framework is …”"', () => {
    expect(attributed('The Brookfield Institute says the “legal framework is used to punish every critic of the state.”')).toEqual({ 'legal framework is': 'Brookfield Institute' });
  });
});

describe('one named among many does not speak for a letter (stop 35)', () => {
  test('"The letter, signed by 40 senators including Mark Udall, said “…”" is nobody’s we can name', () => {
    expect(attributed('The letter, signed by 40 senators including Mark Udall, said “the program must end this year.”')).toEqual({ 'the program must': '?' });
  });
});

describe('speakers on a fifth new development batch (stop 35)', () => {
  test('"Or as his brother Dakota put it, “…”" is the brother’s, and with a name we cannot read as a person ("Montana") nobody’s — never the one quoted before', () => {
    const text = (brother: string): string => `His principal, Carl Moody, remembered him. ''He was very, very excited,'' Moody said. ''I know it meant a lot to him.'' Or as his brother ${brother} put it, ''He felt he had to go and help people.''`;
    expect(attributed(text('Dakota'))).toEqual({ 'He was very,': 'Carl Moody', 'I know it': 'Carl Moody', 'He felt he': 'Dakota' });
    expect(attributed(text('Montana'))['He felt he']).toBe('?');
  });

  test('"Mayor Hill sent a message to Governor Ruth Lane: “…”" is not the governor’s; "The Governor’s reply: “…”" is', () => {
    const got = attributed('When the flood came, Mayor Tom Hill sent a message to Governor Ruth Lane: “The river is over the levee. What can the state send us?” The Governor’s reply: “Every truck we have.”');
    expect(got).toEqual({ 'The river is': '?', 'Every truck we': 'Ruth Lane' });
  });
});

describe('titles written in capitals around a name (stop 35)', () => {
  test('"said NSF Senior Advisor for Science and Engineering Mihail C. Roco" is Roco’s, an initial inside the name', () => {
    expect(attributed('“Young students are more curious than ever about the field,” said NSF Senior Advisor for Science and Engineering Mihail C. Roco.')).toEqual({ 'Young students are': 'Mihail C. Roco' });
  });

  test('"Lakshmi Grama, Senior Digital Content Strategist at the Cancer Institute," is a person, and "Grama says “…”" hers', () => {
    const got = attributed('Lakshmi Grama, Senior Digital Content Strategist at the Cancer Institute, led the group.', 'Grama says “the top-down approach is the familiar one for most teams.”');
    expect(got).toEqual({ 'the top-down approach': 'Lakshmi Grama' });
  });

  test('…while "Hernan Dario Gomez, Panama coach," keeps his first name (no title stands before it)', () => {
    expect(attributed('After the match, Hernan Dario Gomez, Panama coach, said, “We have learned a lot from this game.”')).toEqual({ 'We have learned': 'Hernan Dario Gomez' });
  });
});

describe('a person between an office and a body in one run of capitals (stop 35)', () => {
  test('"suggests Special Assistant for Organizational Development Ann-Marie Regan of the Harbor Medical Center, “…”" is Regan’s', () => {
    const got = attributed('Think of it as a “garden,” suggests Special Assistant for Organizational Development Ann-Marie Regan of the Harbor Medical Center, “what grows above the soil is only the smallest part of it.”');
    expect(got['what grows above']).toBe('Ann-Marie Regan');
    expect(namesIn('Special Assistant for Organizational Development Ann-Marie Regan of the Harbor Medical Center spoke first.')).toContain('Ann-Marie Regan:person');
  });
});

describe('speakers on a sixth new development batch (stop 35)', () => {
  test('"a priority of Cindy Hale, the Service’s Southeast regional director," makes her a person; "“…,” Hale said." is hers', () => {
    const got = attributed('The plan, a priority of Cindy Hale, the Service’s Southeast regional director, seeks to join the forests by 2060.', '“Most of this land is privately owned, so the owners are critical,” Hale said.');
    expect(got).toEqual({ 'Most of this': 'Cindy Hale' });
  });

  test('"Margaret (Maggie) Persing began her career …" then "“…,” Persing said." is Margaret Persing’s, without the nickname', () => {
    const got = attributed('Margaret (Maggie) Persing began her career at the space center as an archivist in 1975.', '“I was so proud of the work we did for the public,” Persing said.');
    expect(got).toEqual({ 'I was so': 'Margaret Persing' });
  });

  test('"“…,” Carrie Wirth, NASA DC-8 pilot, said." is hers: a body’s name may open the role', () => {
    expect(attributed('“I decided then and there that I wanted to fly,” Carrie Wirth, NASA DC-8 pilot, said.')).toEqual({ 'I decided then': 'Carrie Wirth' });
  });
});

describe('hints on a sixth new development batch (stop 35)', () => {
  test('"Following his Navy service, Michael studied …" asks no organisation (a given name opens the clause after the comma)', () => {
    const got = deletions(notesOf('Michael Rowe served in the United States Navy from 1968 to 1972.', 'Following his Navy service, Michael studied photography in Miami for two years.'));
    expect(got.filter((d) => d.startsWith('Michael::'))).not.toContain('Michael::organisation');
  });

  test('"the John Holliman Auditorium" is a place and "the Press Club Silver Medallion" an award, neither a person nor a body', () => {
    const got = namesIn('The panel met in the John Holliman Auditorium on Monday.', 'Dan Lowe earned the Press Club Silver Medallion in 2003.');
    expect(got).toEqual(expect.arrayContaining(['John Holliman Auditorium:place', 'Press Club Silver Medallion:term']));
  });
});

describe('tags that close the sentence or name a kinsman first (stop 35)', () => {
  test('"“We’ve definitely done well” with the new hatchery, said Grant." is Grant’s (the writer’s words between)', () => {
    const got = attributed('Monte Grant bred the mussels in a lab.', '“We’ve definitely done well with them” at the new hatchery, said Grant.');
    expect(got).toEqual({ 'We’ve definitely done': 'Monte Grant' });
  });

  test('…but with another person named in the writer’s words, "“…” was how Ana Ruiz, the owner, put it, said Grant." is not Grant’s', () => {
    const got = attributed('Monte Grant bred the mussels in a lab.', '“We’ve definitely done well with them” was how Ana Ruiz, the owner, put it, said Grant.');
    expect(got['We’ve definitely done']).not.toBe('Monte Grant');
  });

  test('"According to his wife, Melinda Hale, “…”" is hers', () => {
    expect(attributed('David loved his family. According to his wife, Melinda Hale, “He wanted a big family and he was a very close family man.”')).toEqual({ 'He wanted a': 'Melinda Hale' });
  });
});

describe('words repeated from someone else (stop 35)', () => {
  test('"Tom Hale quoted his late father: “…”" and "… recalled his father’s words: “…”" are not Tom Hale’s', () => {
    expect(attributed('Tom Hale quoted his late father: “Never sell the land, whatever they offer.”')).toEqual({ 'Never sell the': '?' });
    expect(attributed('Tom Hale recalled his father’s words: “Never sell the land, whatever they offer.”')).toEqual({ 'Never sell the': '?' });
  });

  test('…while "Tom Hale recalled: “…”" is his own', () => {
    expect(attributed('Tom Hale recalled: “We never sold the land, whatever they offered.”')).toEqual({ 'We never sold': 'Tom Hale' });
  });
});

describe('an Arabic particle joined to the surname (stop 35)', () => {
  test('"director General Suleiman al-Amr … said “…”" is Suleiman al-Amr’s, not half his name', () => {
    const got = attributed('Civil Defence director General Suleiman al-Amr, in remarks to a television channel, said “All those who were hurt have been taken to hospital.”');
    expect(got).toEqual({ 'All those who': 'Suleiman al-Amr' });
  });
});

describe('a kinsman known by a given name, and others’ words before a late tag (stop 35)', () => {
  test('"Her daughter, Autumn, moved away. “…,” she said." (a name we cannot type) may be the daughter’s: no one', () => {
    expect(attributed('Ana Ruiz has lived there since 1990. Her daughter, Autumn, moved away.', '“It is time to go home,” she said.')).toEqual({ 'It is time': '?' });
  });

  test('…while "His daughter Anna runs it now. “…,” she said." is Anna’s', () => {
    expect(attributed('Olaf Berg built the mill in 1950. His daughter Anna runs it now.', '“He would be proud of what we did,” she said.')).toEqual({ 'He would be': 'Anna' });
  });

  test('…but "Her husband, Tom, died in 2010. “…,” she said." is still hers', () => {
    expect(attributed('Ana Ruiz has lived there since 1990. Her husband, Tom, died in 2010.', '“It is time to go home,” she said.')).toEqual({ 'It is time': 'Ana Ruiz' });
  });

  test('"“Too little, too late” is how locals see the plan, said Ruiz." is not Ruiz’s own', () => {
    expect(attributed('Ana Ruiz runs the farm.', '“Too little and far too late for the town” is how locals see the plan, said Ruiz.')).toEqual({ 'Too little and': '?' });
  });
});

describe('a rank with an ordinal (stop 35)', () => {
  test('"said Sgt. 1st Class Maria Lopez, a medic …" is hers, and "Petty Officer 2nd Class Tom Hale" a person', () => {
    expect(attributed('“We train like we fight,” said Sgt. 1st Class Maria Lopez, a medic with the 1st Battalion.')).toEqual({ 'We train like': 'Maria Lopez' });
    expect(namesIn('Petty Officer 2nd Class Tom Hale joined the crew in 2019.')).toContain('Tom Hale:person');
  });
});

describe('a kinsman’s given name alone, and a typewritten close mark cut in two (stop 35)', () => {
  test('"John Boy’s wife Darlene … “…,” Darlene says." and "“…,” she said." (typewritten marks) are Darlene’s', () => {
    const got = attributed("John Boy's wife Darlene also knew him when he was young. ''John Boy grew up next door to me,'' Darlene says.", "''Growing up we fought like cats and dogs,'' she said.");
    expect(got).toEqual({ 'John Boy grew': 'Darlene', 'Growing up we': 'Darlene' });
  });

  // (Since stop 46 a verb after it makes "Autumn" a person: "Shawn's sister Autumn spoke".)
  test('"his wife, Laci" makes Laci a person; "Autumn", an English word, stays unasked as one with no verb after it', () => {
    expect(namesIn('Shawn was also loved by his wife, Laci.')).toContain('Laci:person');
    expect(namesIn("Shawn's sister Autumn and her children came to the service.")).not.toContain('Autumn:person');
  });

  test('"Laci noted, “….” This was echoed by Jeff Strite, the preacher, “…”" (typewritten marks) — the second quote is not Laci’s', () => {
    const got = attributed("Shawn was also loved by his wife, Laci. Laci noted of Shawn, ''The love he had for his country was unbelievable.'' This was echoed by Jeff Strite, the preacher at the church, ''He wore his uniform wherever he could.''");
    expect(got['He wore his']).not.toBe('Laci');
    expect(got['The love he']).toBe('Laci');
  });
});

describe('a given name alone closing the tag (stop 35)', () => {
  test('"“…,” Beth said recently." is Beth’s; "“…,” Jordan said." (a country too) stays no one’s', () => {
    expect(attributed('“I talk to him all the time and ask him to give me strength,” Beth said recently.')).toEqual({ 'I talk to': 'Beth' });
    expect(attributed('“We will keep going whatever it costs us,” Jordan said.')).toEqual({ 'We will keep': '?' });
  });
});

describe('a family name written first, then alone (stop 35)', () => {
  test('"Sok Eysan, a party spokesman, …" then "“…,” Sok said." is Sok Eysan’s; "Kim" (a given name too) is not read so', () => {
    expect(attributed('Sok Eysan, a party spokesman, spoke on Monday.', '“We have no concern about the criticism,” Sok said.')).toEqual({ 'We have no': 'Sok Eysan' });
    expect(attributed('Kim Jong Un, the leader, met the envoy.', 'Tom Kim, a diplomat, was there.', '“We will open a new era,” Kim said.')['We will open']).not.toBe('Kim Jong Un');
  });

  test('"postdoctoral researcher Xiaoyuan Zhang …", then "sent it to Xiaoyuan": the one person, not a name of no kind', () => {
    expect(namesIn('The postdoctoral researcher Xiaoyuan Zhang began poring over the data in 2020.', 'Mia Ford sent it to Xiaoyuan the next morning.')).toContain('Xiaoyuan:person');
  });
});

describe('"the" between two names (stop 35)', () => {
  test('"promised Caputo the Service’s trucks" is two names, not one', () => {
    const got = namesIn('Wallace promised Caputo the Service’s backhoes and dump trucks.');
    expect(got.some((n) => n.startsWith('Caputo the Service'))).toBe(false);
  });
});

describe('a disease or a law named after someone (stop 35)', () => {
  test('"Alzheimer’s disease", "Asperger’s syndrome" are asked whole; "Hale’s law firm", "DART’s effect on", "Hun Sen’s rule" are not such names', () => {
    const got = deletions(notesOf('About 6.7 million Americans had Alzheimer’s disease in 2023, and David has suffered from Asperger’s syndrome since 2010.', 'Tom Hale’s law firm grew to 40 lawyers in 2019.', 'The DART team said DART’s effect on the asteroid in 2022 was large.'));
    expect(got).toEqual(expect.arrayContaining(['Alzheimer’s disease::name', 'Asperger’s syndrome::name']));
    expect(got.filter((d) => /’s (?:law|effect)/.test(d))).toEqual([]);
  });
});

describe('protected land is a place and the office that runs it (stop 35)', () => {
  test('"Merritt Island National Wildlife Refuge", "Olympic National Park" get the neutral hint', () => {
    const got = deletions(notesOf('Tom Hale is a ranger at Merritt Island National Wildlife Refuge, which opened in 1963.', 'Olympic National Park drew 3 million visitors in 2023.'));
    expect(got).toEqual(expect.arrayContaining(['Merritt Island National Wildlife Refuge::name', 'Olympic National Park::name']));
  });
});

describe('a nickname in quote marks after an initial (stop 35)', () => {
  test('"chief engineer Cynthia J. “CJ” Bixby" is one person, asked whole, and "Bixby said" hers', () => {
    const got = attributed('The board was led by chief engineer Cynthia J. “CJ” Bixby, who spoke first.', '“We will fly it within the year,” Bixby said.');
    expect(got['We will fly']).toBe('Cynthia J. Bixby');
    expect(namesIn('The board was led by chief engineer Cynthia J. “CJ” Bixby, who spoke first.')).toContain('Cynthia J. “CJ” Bixby:person');
  });
});

describe('a tag turned round with a verb the lists do not hold (stop 35)', () => {
  test('"“…,” challenged Kaushal Jhalla of the World Bank" is his, not the one quoted a paragraph before', () => {
    const got = attributed('“It is not easy to change the world,” said Sarah Kent of the Case Fund.', '“Let’s find some solutions together, because the problems are hard,” challenged Kaushal Jhalla of the World Bank, speaking on cooperation.');
    expect(got).toEqual({ 'It is not': 'Sarah Kent', 'Let’s find some': 'Kaushal Jhalla' });
  });
});

describe('names that look like people and are not, and the other way round (stop 35)', () => {
  test('"Mayor Victoria Lake" and "Austin Bridge, a biologist" are people; "Morgan Stanley analysts" asks a name', () => {
    const got = deletions(notesOf('Mayor Victoria Lake said the park would reopen in 2026.', 'The study was led by Austin Bridge, a biologist at the university, in 2024.', 'Morgan Stanley analysts expect a rate cut in 2026.'));
    expect(got).toEqual(expect.arrayContaining(['Victoria Lake::person', 'Austin Bridge::person', 'Morgan Stanley::name']));
  });
});

describe('untagged quotes about the subject, and a given name made whole (stop 35)', () => {
  test('"John Boy enjoyed time with his family. “When he could come home, he’d say, …”" is not John Boy’s', () => {
    const got = attributed('John Boy Hale enjoyed spending time with his friends and family. “When he could come home, he would gather everyone for a card game.”');
    expect(got['When he could']).toBe('?');
  });

  test('…while "Tom Hale was upset. “I never saw it coming.”" is still his', () => {
    expect(attributed('Tom Hale was upset by the vote. “I never saw it coming at all.”')['I never saw']).toBe('Tom Hale');
  });

  test('"His mother Anna said, “…”", with "Anna Valentine" named later, asks for Anna Valentine', () => {
    const got = attributed('His mother Anna said, “We were behind Donald one hundred percent.”', 'I met Anna Valentine in Houston last month.');
    expect(got['We were behind']).toBe('Anna Valentine');
  });
});

describe('"with" between two names (stop 35)', () => {
  test('"a mission to Venus with Rocket Lab" is two names; "the Americans with Disabilities Act" stays one', () => {
    const got = namesIn('NASA will support the first private mission to Venus with Rocket Lab in 2026.', 'The Americans with Disabilities Act passed in 1990.');
    expect(got.some((n) => n.startsWith('Venus with'))).toBe(false);
    expect(got.some((n) => n.startsWith('Americans with Disabilities Act'))).toBe(true);
  });
});

describe('speakers and names on an Air Force development batch (stop 35)', () => {
  test('"Leadership panelist Col. Al Burse, the senior leader of the … Directorate explained …, “…”" is his, not the directorate’s', () => {
    const got = attributed('Leadership panelist Col. Al Burse, the senior materiel leader of the Launch Operations Division of the Launch Systems Directorate explained diversity as, “Why I have one of the best jobs in the Air Force right now.”');
    expect(got['Why I have']).toBe('Al Burse');
  });

  test('"Airmen", "Marines" written with a capital are no person to ask', () => {
    const got = namesIn('Staffers can talk with Airmen who have served on the issue.', 'Soldiers and Marines who served there spoke in 2015.');
    expect(got.filter((n) => /^(?:Airmen|Marines|Soldiers)/.test(n))).toEqual([]);
  });
});

describe('one name, two apostrophes; capitals inside a surname; a subject described then named (stop 35)', () => {
  test('"Charlie O\'Connell, a representative, …" then "“…,” O’Connell said." is his', () => {
    const got = attributed("During the ceremony, Charlie O'Connell, a representative from the history office, spoke.", '“This history report covered September through December 1965,” O’Connell said.');
    expect(got['This history report']).toBe("Charlie O'Connell");
  });

  test('"moderated by Cordell DeLaPena, director of …" is a person, and "“…,” DeLaPena said." his', () => {
    expect(attributed('The panel was moderated by Cordell DeLaPena, director of the directorate.', '“We take a moment to embrace the contributions of all,” DeLaPena said.')['We take a']).toBe('Cordell DeLaPena');
  });

  test('"Then, a very humbled Mason took the floor. “…,” he said." is not the man named before', () => {
    const got = attributed("During the ceremony, Charlie O'Connell, a representative from the history office, presented Mason the title page.", 'Then, a very humbled Mason took the floor to reflect on his career.', '“Over the years I have learned that life is not fair,” he said.');
    expect(got['Over the years']).not.toBe("Charlie O'Connell");
  });
});

describe('one of many, unnamed (stop 35)', () => {
  test('"credited to one of Rome’s centurions when he told his troops, “…”" is not the man named before', () => {
    const got = attributed('Corporal Donald Hale was 21 when he was killed.', 'A saying has been credited to one of Rome’s centurions when he told his troops, “How you live will echo throughout eternity.”');
    expect(got['How you live']).not.toBe('Donald Hale');
  });
});

describe('several speakers at once, and the one spoken to (stop 36)', () => {
  test('two people joined by "and" are no one answer, before or after the quote', () => {
    expect(attributed('Sen. Hugh Carr and Rep. Lisa Owens said in a joint statement: “This agreement protects the river for a generation.”')['This agreement protects']).toBe('?');
    expect(attributed('“This agreement protects the river for a generation,” said Sen. Hugh Carr and Rep. Lisa Owens.')['This agreement protects']).toBe('?');
    expect(attributed('“This agreement protects the river,” said Hugh Carr, the senator, and Lisa Owens.')['This agreement protects']).toBe('?');
    expect(attributed('Hugh Carr and his wife said: “This agreement protects the river for a generation.”')['This agreement protects']).toBe('?');
    // (One named inside the subject's aside, or in an opening phrase, leaves the subject speaking.)
    expect(attributed('Lisa Owens, who worked with Hugh Carr and Tom Hale for years, said: “This agreement protects the river.”')['This agreement protects']).toBe('Lisa Owens');
    expect(attributed('After meeting Hugh Carr and Tom Hale, Lisa Owens said: “This agreement protects the river.”')['This agreement protects']).toBe('Lisa Owens');
  });

  test('"Jack Hill asked Anna Price: “…”", "Lisa Owens responded to Carr: “…”": the one asked listens', () => {
    expect(attributed('Jack Hill asked Anna Price: “Will you support the budget next week?” She replied: “Only if the schools get their share.”')).toEqual({ 'Will you support': 'Jack Hill', 'Only if the': 'Anna Price' });
    expect(attributed('Jack Hill asked the mayor, Anna Price: “Will you support the budget next week?”')['Will you support']).toBe('Jack Hill');
    expect(attributed('Mark Delaney told the mayor, Anna Price: “I will not resign over this.”')['I will not']).toBe('Mark Delaney');
    expect(attributed('Sen. Hugh Carr questioned the plan. Rep. Lisa Owens responded to Carr: “Your numbers are from last year.”')['Your numbers are']).toBe('Lisa Owens');
    expect(attributed('Reporters asked Anna Price: “Will you support the budget next week?”')['Will you support']).toBe('?');
  });

  test('"before Anna Price interrupted: “…”": a second speaker in the sentence of the first', () => {
    expect(attributed('“The meeting is over,” said Jack Hill, before Anna Price interrupted: “It is over when the vote is taken.”')).toEqual({ 'The meeting is': 'Jack Hill', 'It is over': 'Anna Price' });
    expect(attributed('“You are wrong,” snapped Anna Price.')['You are wrong,']).toBe('Anna Price');
    expect(attributed('Asked about the budget, Anna Price retorted: “There is no budget to speak of.”')['There is no']).toBe('Anna Price');
  });
});

describe('more ways a tag names the speaker (stop 36)', () => {
  test('"the governor’s spokeswoman, Dana Whitcomb, said": the aide named after the one they speak for', () => {
    expect(attributed('Governor Paul Reyes signed the bill. “This is a good day for farmers,” the governor’s spokeswoman, Dana Whitcomb, said.')['This is a']).toBe('Dana Whitcomb');
  });

  test('"As Julia Fenn put it, “…”": "as" opens a clause whose subject speaks', () => {
    expect(attributed('Owen Pratt chairs the board. As Julia Fenn put it, “The board is afraid of its own shadow.”')['The board is']).toBe('Julia Fenn');
    // (Not "workers like Anna Price": one of many, and someone else speaks.)
    expect(attributed('Workers like Anna Price said the pay was too low. “We cannot live on this,” one of them said.')['We cannot live']).toBe('?');
  });

  test('"the chief executive, Maria Soto, was quoted as saying"', () => {
    expect(attributed('“We will double the staff by next summer,” the chief executive, Maria Soto, was quoted as saying.')['We will double']).toBe('Maria Soto');
    // (Someone told is still only the listener.)
    expect(attributed('“We will double the staff by next summer,” Maria Soto was told.')['We will double']).not.toBe('Maria Soto');
  });
});

describe('a body inside the speaker’s title, and "according to" (stop 36)', () => {
  test('"said Secretary of the Air Force Deborah Lee James": the body closes the title; the person speaks', () => {
    expect(attributed('“We listened to Airmen’s concerns,” said Chief Master Sgt. of the Air Force James A. Cody. “It is on us.”')).toEqual({ 'We listened to': 'James A. Cody', 'It is on': 'James A. Cody' });
    expect(attributed('“Prevention is critical,” said Secretary of the Air Force Deborah Lee James.')['Prevention is critical,']).toBe('Deborah Lee James');
    expect(attributed('“Congratulations to the graduates,” said U.S. Office of Personnel Management (OPM) Director Kiran Ahuja.')['Congratulations to the']).toBe('Kiran Ahuja');
    // (A body that closes the sentence is the speaker; the person named in the next is not.)
    expect(attributed('“It works,” said the Pentagon. Tom Hale left.')['It works,']).not.toBe('Tom Hale');
  });

  test('"according to Aram Gragossian, …" then “…,” he said: the he is the one the words came from', () => {
    const got = attributed(
      'The project began when Dr. Farzin Amzajerdian, the project manager, found a way to land rovers.',
      'Radio waves could not measure speed, according to Aram Gragossian, the optics lead for the team, who joined six years ago.',
      '“If you go over a steep slope, the range changes very quickly,” he said.',
    );
    expect(got['If you go']).toBe('Aram Gragossian');
  });
});

describe('a role without its article after the name (stop 36)', () => {
  test('"Aram Gragossian, electro-optics lead for NDL," is a person: a hyphenated role, and "lead" before "for"', () => {
    expect(namesIn('Aram Gragossian, electro-optics lead for NDL at NASA Langley, joined the team.')).toContain('Aram Gragossian:person');
    expect(namesIn('Aram Gragossian, electro-optics engineer for the lab, joined the team.')).toContain('Aram Gragossian:person');
  });
});

describe('a doubtful name shown to be a person later (stop 36)', () => {
  test('"throughout Maury Vander’s career", then "Vander said": the surname speaks, so the whole name is a person', () => {
    const paragraphs = ['One thing has remained constant throughout Maury Vander’s career with the agency.', '“It is a total team effort,” Vander said. “Nobody does it alone.”', '“You watch people grow,” he said.'];
    expect(namesIn(...paragraphs)).toEqual(['Maury Vander:person', 'Vander:person']);
    expect(attributed(...paragraphs)).toEqual({ 'It is a': 'Maury Vander', 'Nobody does it': 'Maury Vander', 'You watch people': 'Maury Vander' });
    // (A word that only ends a place or a thing's name, with no verb of speech, stays as it was.)
    expect(namesIn('The convoy passed through Maury Vander’s farm.', 'Vander is a small town.')).not.toContain('Maury Vander:person');
  });
});

describe('Irish and Scottish surnames, and a degree after a name (stop 36)', () => {
  test('"Mary O’Keefe", "Dr. O’Keefe", "Mary McDonald" are people where other names are', () => {
    expect(namesIn('The program is led by Mary McDonald.')).toContain('Mary McDonald:person');
    expect(namesIn('The program is led by Barry O’Brien of the institute.')).toContain('Barry O’Brien:person');
    expect(attributed('“We knew it would be a big undertaking,” Dr. O’Keefe said.')['We knew it']).toBe('O’Keefe');
  });

  test('"said NIH Director Francis S. Collins M.D., Ph.D.": the degree is no part of the name', () => {
    expect(attributed('“It works,” said NIH Director Francis S. Collins M.D., Ph.D. “I look forward to it.”')).toEqual({ 'It works,': 'Francis S. Collins', 'I look forward': 'Francis S. Collins' });
  });
});

describe('a degree after a doubtful name (stop 36)', () => {
  test('"according to Tanja Grkovic, Ph.D., …" — a degree says a person, and a "she" after means her', () => {
    expect(attributed('But, according to Tanja Grkovic, Ph.D., it is the perfect tool for frozen samples.', '“It really does the job!” she said.')['It really does']).toBe('Tanja Grkovic');
    expect(namesIn('The study was led by Ana Grkovic, M.D., of the clinic.')).toContain('Ana Grkovic:person');
  });
});

describe('a nickname after a given name, and a name closing a speech tag (stop 36)', () => {
  test('"Tom "Ginger" Neil" is Tom Neil, and "Neil said" is his', () => {
    const got = attributed('“It is so much beyond me,” Tom "Ginger" Neil, a living ace, said of the jet.', '“It is unbelievable,” Neil later said of the F-35.');
    expect(got['It is so']).toBe('Tom Neil');
    expect(got['It is unbelievable,']).toBe('Tom Neil');
  });

  test('",” said junior safety Brodie Hicks." — a doubtful name closing a speech tag, after a role in common words, is a person', () => {
    expect(namesIn('“Losing Wes hurt us,” said junior safety Brodie Hicks.')).toContain('Brodie Hicks:person');
    // (Not a body named after the verb with its article.)
    expect(namesIn('“Rates will rise,” said the Brodie Hicks Fund.')).not.toContain('Brodie Hicks:person');
  });
});

describe('where the speaker works, owned, and an occupation before a known surname (stop 36)', () => {
  test('"“…,” the park service’s Toomey said." is Rick Toomey', () => {
    expect(attributed('Rick Toomey runs the science center.', '“The entire river is now free-flowing,” the park service’s Toomey said.')['The entire river']).toBe('Rick Toomey');
  });

  test('"Malacologist McGregor said “…”" after "Monte McGregor" is Monte McGregor, not a new person', () => {
    const paragraphs = ['“More fish will migrate,” said Monte McGregor, the malacologist.', 'Mussels matter. Malacologist McGregor said “there is no other species that reflects a river better than mussels.”'];
    expect(namesIn(...paragraphs)).not.toContain('Malacologist McGregor:person');
    expect(attributed(...paragraphs)['there is no']).toBe('Monte McGregor');
  });
});

describe('a state university and its campus town; a month as a surname after an initial (stop 36)', () => {
  test('"University of Nevada, Las Vegas", "California State University, Los Angeles" are one name each', () => {
    expect(namesIn('Now he is pursuing a doctorate at the University of Nevada, Las Vegas.')).toEqual(['University of Nevada, Las Vegas:organization']);
    expect(namesIn('She initially attended University of California, Berkeley but felt isolated.')).toEqual(['University of California, Berkeley:organization']);
    expect(namesIn('That professor, Ana Lopez of California State University, Los Angeles, helped him.')).toContain('California State University, Los Angeles:organization');
    // (Not a list of bodies, nor a person after the comma, nor a town with its own state.)
    expect(namesIn('Teams from the University of Texas, Texas A&M and Rice took part.').join(' ')).not.toMatch(/Texas, Texas/);
    expect(namesIn('She spoke at the University of Texas, Ana Lopez said.')).toContain('Ana Lopez:person');
    expect(namesIn('He studied at the University of Oregon, Eugene, Oregon.')).toContain('University of Oregon:organization');
  });

  test('"Carl H. June, M.D." is a person whose surname is a month', () => {
    expect(namesIn('He will share the honor with James P. Allison, Ph.D., and Carl H. June, M.D.')).toContain('Carl H. June:person');
  });
});

describe('hints a description or a title decides (stop 36)', () => {
  test('"Celastrina Saison, a beer whose label …" is no person; "Taylor Dirks, a wellness nurse," is', () => {
    expect(namesIn('The brewery recently created Celastrina Saison, a beer whose label is the name of a butterfly.')).not.toContain('Celastrina Saison:person');
    expect(namesIn('The day also included Taylor Dirks, a wellness nurse for the program, who spoke on resilience.')).toContain('Taylor Dirks:person');
  });

  test('"Dr. June" is a person, not a month; "his World War II service" is no organisation', () => {
    const facts = (text: string): string[] => collectCandidates(analysed([text]), 't').facts.map((f) => `${f.answer}:${f.kind}`);
    expect(facts('Dr. Allison and Dr. June are supported by the institute’s grants.')).not.toContain('June:date');
    expect(namesIn('Dr. Allison and Dr. June are supported by the institute’s grants.')).toContain('June:person');
    expect(facts('The clinic opened on Jan. 5 and closed in June.')).toContain('June:date');
    expect(namesIn('After his World War II service he returned to the farm.')).toEqual(['World War II:term']);
  });
});

describe('a doubtful name described after a comma stays a person (stop 36)', () => {
  test('"Sok Eysan, the party’s spokesman," and "Chea Dara, a 45-year-old farmer," are people a "he" may mean; only a thing described is not', () => {
    expect(attributed('Sok Eysan, the party’s spokesman, said the vote was fair.', '“Nobody was forced,” he said.')['Nobody was forced,']).toBe('Sok Eysan');
    expect(attributed('Chea Dara, a 45-year-old farmer, lost his crop.', '“We have nothing left,” he said.')['We have nothing']).toBe('Chea Dara');
    expect(attributed('Chea Dara, the group’s director, said the plan failed.', '“We tried,” he said.')['We tried,']).toBe('Chea Dara');
  });
});

describe('someone called by what they are opens the sentence (stop 36)', () => {
  test('"The Colombian-French politician was greeted … by the First Lady, Carla Bruni-Sarkozy" — the "she" after is not the First Lady for sure', () => {
    const got = attributed(
      'Standing alongside President Nicolas Sarkozy, Betancourt said, “I cry with joy.” The Colombian-French politician was greeted at the air base by the President and the First Lady, Carla Bruni-Sarkozy, along with some supporters.',
      '“I have been dreaming for seven years of this moment,” she said.',
    );
    expect(got['I have been']).not.toBe('Carla Bruni-Sarkozy');
    // (A named subject still is the "she".)
    expect(attributed('Ana Ruiz was greeted at the air base by her sister.', '“I have been dreaming of this moment,” she said.')['I have been']).toBe('Ana Ruiz');
  });
});

describe('a doubtful name in commas before the verb (stop 36)', () => {
  test('"Deputy director for Amnesty International, Hassiba Hadj Sahraoui, said" is a person, and "Sahraoui said that “…”" hers', () => {
    const got = attributed('Deputy director for the Middle East and North Africa for Amnesty International, Hassiba Hadj Sahraoui, said that the group would worry. Sahraoui said that "Unless the authorities lift all unlawful restrictions, we can only assume the worst."');
    expect(got['Unless the authorities']).toBe('Hassiba Hadj Sahraoui');
  });
});

describe('ranks before a nicknamed name, "the general", and a possessive after a title (stop 36)', () => {
  test('"said Gen. Herbert J. “Hawk” Carlisle" is Herbert J. Carlisle, not "Gen"', () => {
    expect(attributed('“Our ability to work in the virtual environment is great,” said Gen. Herbert J. “Hawk” Carlisle, the commander. “There is a move called SLATE.”')).toMatchObject({ 'Our ability to': 'Herbert J. Carlisle', 'There is a': 'Herbert J. Carlisle' });
  });

  test('"the general said" after "Lt. Gen. Darryl Roberson" is him — unless another general is named', () => {
    expect(attributed('Lt. Gen. Darryl Roberson, the 3rd Air Force commander, spoke at the ceremony.', '“We reflect upon the alliances forged in that war,” the general said.')['We reflect upon']).toBe('Darryl Roberson');
    expect(attributed('Lt. Gen. Darryl Roberson spoke, quoting Army Gen. Dwight Eisenhower.', '“We reflect upon the alliances forged in that war,” the general said.')['We reflect upon']).toBe('?');
  });

  test('"said the USAFE commander echoing Grant’s call" is not Grant', () => {
    expect(attributed('Heidi Grant, the deputy under secretary, spoke first.', '“You can’t surge trust,” said the USAFE commander echoing Grant’s call for partnerships.')['You can’t surge']).not.toBe('Heidi Grant');
  });
});

describe('a people noun or a title in small letters opening the sentence (stop 36)', () => {
  test('"Witness Sarah Jones, 34, said" is Sarah Jones', () => {
    expect(attributed('Witness Sarah Jones, 34, said: "I heard two loud bangs and then people started screaming."')['I heard two']).toBe('Sarah Jones');
  });

  test('"Opposition leader Tony Abbott criticised the plan, calling it “a tax on everything”" — his words', () => {
    expect(attributed('Opposition leader Tony Abbott criticised the plan, calling it “a tax on everything”.')['a tax on']).toBe('Tony Abbott');
  });
});

describe('a body named by a plural head word (stop 36)', () => {
  test('"National Institutes of Health", "Centers for Disease Control and Prevention" are organisations; "Agencies" alone is nothing', () => {
    expect(namesIn('Funding came from the National Institutes of Health and the Department of Energy.')).toEqual(['National Institutes of Health:organization', 'Department of Energy:organization']);
    expect(namesIn('Experts came from the Centers for Disease Control and Prevention and the Defense Department.')).toEqual(['Centers for Disease Control and Prevention:organization', 'Defense Department:organization']);
    expect(namesIn('Agencies may find it useful to partner with others.')).toEqual([]);
  });
});

describe('"… City" (stop 36)', () => {
  test('"New York City", "Kansas City" are places; "Manchester City" a name; "the Panama City field office" in the town', () => {
    expect(namesIn('Having grown up in New York City, he moved west.')).toEqual(['New York City:place']);
    expect(namesIn('He grew up in Kansas City.')).toEqual(['Kansas City:place']);
    expect(namesIn('Manchester City won the match.')).toEqual(['Manchester City:term']);
    // (Until stop 48 no town list knew Panama City, and it was a neutral name; now it is the town
    // the office is in.)
    expect(namesIn('Next, secure the Panama City field office.')).toEqual(['Panama City:place']);
  });
});

describe('a who-clause after a doubtful name (stop 36)', () => {
  test('"Deniz Baykal, who heads the party," is a person, and "said Baykal at a news conference" his', () => {
    expect(attributed('Deniz Baykal, who heads the main opposition party, was critical of the arrests. "We are witnessing a confrontation against the Republic," said Baykal at a news conference held Wednesday.')['We are witnessing']).toBe('Deniz Baykal');
    // (Not a body before the who-clause of the person named before it.)
    expect(namesIn('Speed matters, according to Aram Gragossian, the optics lead at NASA Langley, who joined the team six years ago.')).not.toContain('NASA Langley:person');
  });
});

describe('a statement released, and a clause credited with "according to" (stop 36)', () => {
  test('"Jacqui Smith released a statement on the case: “…”" is hers', () => {
    expect(attributed('British Home Secretary Jacqui Smith released a statement on the case: "Following representations made on behalf of the family, I have decided to look again."')['Following representations made']).toBe('Jacqui Smith');
  });

  test('"according to Derrec Becker, an officer of the division, injuries ranged “…”" is his — unless someone else is named in the clause', () => {
    expect(attributed('According to Derrec Becker, public information officer for the division, injuries ranged "from cuts and bruises to severe broken bones".')['from cuts and']).toBe('Derrec Becker');
    expect(attributed('According to Tom Hale, the mayor, the flood was "the worst in a century".')['the worst in']).toBe('Tom Hale');
    expect(attributed('According to Tom Hale, Ana Ruiz called the flood "the worst in a century".')['the worst in']).not.toBe('Tom Hale');
  });
});

describe('what the subject is, in commas before the name (stop 36)', () => {
  test('"In a press conference, the state governor, Henry McMaster, said … and described it as “…”" — his words', () => {
    expect(attributed('In a press conference, the state governor, Henry McMaster, said the locomotive was "barely recognizable" and described it as "a horrible thing to see, to understand the force involved".')['a horrible thing']).toBe('Henry McMaster');
  });
});

describe('labels and plural titles are no names (stop 36)', () => {
  test('"Question 10:" is no card; "Drs." no name', () => {
    const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => f.answer);
    expect(facts('Question 10: Is there one major thing that a future cadet can work on?', 'Number 9: Do you expect the National Guard to deploy?')).toEqual(['National Guard']);
    expect(namesIn('A team led by Drs. Douglas Lowy and John Schiller found it.')).toEqual(['Douglas Lowy:person', 'John Schiller:person']);
  });
});

describe('the one named right before a colon may be a verb’s object (stop 36)', () => {
  test('"Dan Cole interrupted Ana Ruiz: “…”" is Dan Cole; "Tom Hale thanked Ana Ruiz: “…”" no one; "The mayor, Ana Ruiz, told Dan Cole: “…”" Ana Ruiz', () => {
    expect(attributed('Dan Cole interrupted Ana Ruiz: “We are hiring.”')['We are hiring.']).toBe('Dan Cole');
    expect(attributed('Tom Hale thanked Ana Ruiz: “You saved the farm.”')['You saved the']).toBe('?');
    expect(attributed('The mayor, Ana Ruiz, told Dan Cole: “You are hiring.”')['You are hiring.']).toBe('Ana Ruiz');
    // (Still: "President Lincoln sent a message to Governor Erastus Fairbanks: “…”" is no one's we name.)
    expect(attributed('President Lincoln sent a message to Governor Erastus Fairbanks: “The troops must hold.”')['The troops must']).not.toBe('Erastus Fairbanks');
  });
});

describe('a people’s name before a rank, an initial before a surname that is a place’s word (stop 36)', () => {
  test('"said British Capt. Peter “Willy” Hatchett" is Peter Hatchett; "said Capt. W. Austin Street" W. Austin Street', () => {
    expect(attributed('“The gap is closing,” said British Capt. Peter “Willy” Hatchett, assigned to the program. “We can’t rest on our laurels.”')).toMatchObject({ 'The gap is': 'Peter Hatchett', 'We can’t rest': 'Peter Hatchett' });
    expect(attributed('“We only need to fly the route once,” said Capt. W. Austin Street, the executive officer.')['We only need']).toBe('W. Austin Street');
  });
});

describe('what a reply was like, after the owner’s name (stop 36)', () => {
  test('"Hale’s response was blunt: “…”" is Tom Hale’s', () => {
    expect(attributed('Tom Hale runs the farm. Hale’s response was blunt: “We are not selling the farm to anyone.”')['We are not']).toBe('Tom Hale');
  });
});

describe('words passed on by a paper, and a title in capitals after an opening word (stop 36)', () => {
  test('"X is quoted by the Times as saying, “…”", "X was quoted as saying: “…”" are X’s; "X quoted his late father:" still is not', () => {
    expect(attributed('Johnny Donovan, manager of a production firm, is quoted by the New York Daily Times as saying, "Shame on Russia! I am not drinking any Russian vodka!"')['Shame on Russia!']).toBe('Johnny Donovan');
    expect(attributed('Tom Hale was quoted as saying: "Shame on the company!"')['Shame on the']).toBe('Tom Hale');
    expect(attributed('Tom Hale quoted his late father: "Work hard every day."')['Work hard every']).toBe('?');
  });

  test('"Meanwhile, United States President George W. Bush confirmed …" then an untagged quote: his', () => {
    expect(attributed('Meanwhile, United States President George W. Bush confirmed that he still plans to attend the Games. "I view the Olympics as a sporting event."')['I view the']).toBe('George W. Bush');
  });
});

describe('a tag naming someone else between two quotes, a reporter’s question, a resident (stop 36)', () => {
  test('"“…,” said Ana Ruiz. ¶ Tom Hale agreed. “…”" is Tom Hale’s, not Ana Ruiz’s', () => {
    expect(attributed('“We had ten minutes,” said Ana Ruiz, a resident.', 'Tom Hale agreed. “Then the water came.”')['Then the water']).toBe('Tom Hale');
    expect(attributed('“We had ten minutes,” said Ana Ruiz, a resident.', 'Her neighbour, Tom Hale, agreed. “Then the water came.”')['Then the water']).not.toBe('Ana Ruiz');
    // (A bare tag of the same speaker still carries on.)
    expect(attributed('“We serve the people of this country.” said Vice President Kamala Harris. “Far too often we wait.”')['Far too often']).toBe('Kamala Harris');
  });

  test('"“Have they helped?” a reporter asked." is no one’s we name; "said resident Ana Ruiz" is hers', () => {
    expect(attributed('Ana Ruiz runs the shelter. “Have they helped?” a reporter asked. “They have been wonderful,” she said.')).toEqual({ 'Have they helped?': '?', 'They have been': 'Ana Ruiz' });
    expect(attributed('Residents said the warning came too late. “We had ten minutes,” said resident Ana Ruiz.')['We had ten']).toBe('Ana Ruiz');
  });
});

describe('more verbs and titles around a quote (stop 37)', () => {
  test('"as X recounted", "X shared,", a title in capitals between the name and "said"', () => {
    expect(attributed(
      'Nora Pell runs the clinic at Elk Ford.',
      'The request soon grew, and as Pell recounted, “The answer was simple, if I take one foal I can take two.”',
    )).toEqual({ 'The answer was': 'Nora Pell' });
    // (The verb right before the quote, not one earlier in the sentence, introduces it.)
    expect(attributed('When asked about the season, crew member Ivy Tandor shared, “We walked to places no road reaches and counted every plant.”')).toEqual({ 'We walked to': 'Ivy Tandor' });
    expect(attributed('“We are glad to have Ben lead the office,” Rosa Quill, Mesa Valley District Manager said. “He knows the land.”')).toEqual({ 'We are glad': 'Rosa Quill', 'He knows the': 'Rosa Quill' });
    expect(attributed('“The Web has changed our expectations,” Jeff Lavey, Director of Web Communications at the Harbor Protection Agency, said. “First, we share everything.”')).toEqual({ 'The Web has': 'Jeff Lavey', 'First, we share': 'Jeff Lavey' });
    // (Not a verb with an object: "shared a photo" introduces nothing.)
    expect(attributed('Ivy Tandor shared a photo of the plots. “Nobody had counted them in years,” said Ben Oduya.')).toEqual({ 'Nobody had counted': 'Ben Oduya' });
  });

  test('"X stated “…” and also stated that …" is X\'s; a release on a body\'s website is the body\'s; "According to" opening the next sentence credits what follows', () => {
    expect(attributed('Dr. Hana Kole leads the agency. Today Kole stated "there is no reason for public concern" and also stated that the risk was low.')).toEqual({ 'there is no': 'Hana Kole' });
    expect(attributed('Dan Yeoman, head of the harbour survey, said "Statistically, it is far more likely to have come from below than above," noting that rocks do not smell.')).toEqual({ 'Statistically, it is': 'Dan Yeoman' });
    expect(attributed('Harbor Trust closed its bars. A media release on the Harbor Trust website states: "As a precaution, and because safety comes first, we closed the bars."')).toEqual({ 'As a precaution,': 'Harbor Trust' });
    expect(attributed('A post on the Harbor Trust’s website read: "We closed the bars as a precaution this morning."')).toEqual({ 'We closed the': 'Harbor Trust' });
    // ("… feces.” According to the Harbor Health Agency, …": a new sentence, crediting what comes next.)
    expect(attributed('Kole said the flu would need "extremely close contact with infected birds, particularly feces." According to the Harbor Health Agency, the virus has killed 109 people.')['extremely close contact']).not.toBe('Harbor Health Agency');
    expect(attributed('"The virus is spreading fast in the north," according to the Harbor Health Agency.')).toEqual({ 'The virus is': 'Harbor Health Agency' });
    // (A release on a site no body runs says nothing of who wrote it.)
    expect(attributed('A post on the forum read: "We closed the bars as a precaution this morning."')).toEqual({ 'We closed the': '?' });
  });

  test('a capitalised common word, "in", and name words that are no place are one name', () => {
    expect(namesIn('The money is part of the governor’s Building in Texas Plan.')).toContain('Building in Texas Plan:term');
    expect(namesIn('The money is part of Mayor Ruiz’s Investing in Harbors Agenda.')).toContain('Investing in Harbors Agenda:term');
    // (Soldiers in a place are two things.)
    expect(namesIn('More Soldiers in Iraq were hurt, and Airmen in South Korea helped.')).toEqual(['Iraq:place', 'South Korea:place']);
  });
});

describe('a numbered unit and the unit it belongs to (stop 37)', () => {
  test('two levels are one name; three or more no name at all, and none of their pieces', () => {
    expect(namesIn('Gunners of the 5th Battalion, 31st Field Artillery tested the radio.')).toContain('5th Battalion, 31st Field Artillery:term');
    expect(namesIn('She served with the 2nd Squadron, 9th Harbor Regiment in the Ohio Guard.')).toContain('2nd Squadron, 9th Harbor Regiment:organization');
    const long = namesIn('He was assigned to the 3rd Battalion, 12th Armor Regiment, 2nd Brigade Combat Team, 5th Cavalry Division, based in Texas.');
    expect(long.filter((n) => /\d/.test(n))).toEqual([]);
    // (Two names in a list that are no units stay two.)
    expect(namesIn('The 3rd Street Market, 5th Avenue Bakery and others joined.').some((n) => n.includes(','))).toBe(false);
  });
});

describe('a full name after "of" (stop 37)', () => {
  test('"the appointment of Erin M. Kowalczyk", "the work of Mary Hollis" are people; a town of a given name and a common word is not', () => {
    expect(namesIn('The office announced the appointment of Erin M. Kowalczyk to serve as its advocate.')).toEqual(['Erin M. Kowalczyk:person']);
    expect(namesIn('They praised the work of Mary Hollis.')).toEqual(['Mary Hollis:person']);
    expect(namesIn('He grew up in the town of Lynn Haven.')).not.toContain('Lynn Haven:person');
  });
});

describe('an acronym of dotted letters, and letters before a role (stop 37)', () => {
  test('"the HGS (H.G. Harbor Survey)" is one name; "an IT Specialist", "the NASA Administrator" are titles, no body', () => {
    const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => f.answer);
    expect(facts('Teams from the agency, the USHS (U.S. Harbor Survey), and academia studied maps.')).toContain('USHS (U.S. Harbor Survey)');
    expect(facts('The U.S. Harbor Survey (USHS) mapped the bay.')).toContain('U.S. Harbor Survey');
    expect(namesIn('Dina Li, an IT Specialist from the Harbor Research Service, gave an example.')).toEqual(['Dina Li:person', 'Harbor Research Service:organization']);
    expect(namesIn('The NASA Administrator spoke first.')).toEqual([]);
  });
});

describe('a body by its letters, and a given name that is a modal (stop 37)', () => {
  test('"The HDC writes that “…”" is the body\'s; "Will Steen, president of …" is a person; "Will they come?" names no one', () => {
    expect(attributed('The HDC writes that "the accumulated data from all the harbour tests point to the pumps."')).toEqual({ 'the accumulated data': 'HDC' });
    expect(attributed('Will Steen, president of Harbor Produce, said that "the outbreak is probably tied to processed goods." The crates wait. "There are still no results," Steen says.')).toEqual({ 'the outbreak is': 'Will Steen', 'There are still': 'Will Steen' });
    expect(namesIn('Will they come to the harbour too?')).toEqual([]);
    expect(attributed('"The death rate has gone down since early May," said Harbor Health Agency (HHA) Lakeland representative Hans Troell in a statement.')).toEqual({ 'The death rate': 'Hans Troell' });
  });
});

describe('a given name that is a word, before an initial; a numbered highway (stop 37)', () => {
  test('"Deputy Attorney General Rod J. Rossler" keeps "Rod"; "1405 Monterey Highway" keeps its number', () => {
    expect(namesIn('On Monday, Deputy Attorney General Rod J. Rossler announced the charges.')).toEqual(['Rod J. Rossler:person']);
    expect(namesIn('The diner is at 1405 Coastal Highway, south of the harbour.')).toEqual(['1405 Coastal Highway:term']);
  });
});

describe('an adverb before the verb, and a middle initial without its stop (stop 37)', () => {
  test('"Clanin sheepishly admitted", "said retired Chief Master Sgt. James A Roy"', () => {
    expect(attributed('Russell Clanin and his brother spoke. “If you all saw that picture of the tower, I took that picture,” Clanin sheepishly admitted.')).toEqual({ 'If you all': 'Russell Clanin' });
    expect(attributed('“It is a matter of mutual respect,” said retired Chief Master Sgt. Jamie A Rowe.')).toEqual({ 'It is a': 'Jamie A Rowe' });
  });
});

describe('a surname no list knows, closing a tag (stop 37)', () => {
  test('"“…,” Hartl said.", "said Clifford in a statement", "said the WHO spokesman, Hartl, adding …"', () => {
    expect(attributed('"There is no danger from eating pork," Hartov said. "If you cook pork well, it is safe."')).toEqual({ 'There is no': 'Hartov', 'If you cook': 'Hartov' });
    expect(attributed('"Our surveillance found the case," said Cliffen in a statement to the press.')).toEqual({ 'Our surveillance found': 'Cliffen' });
    expect(attributed('"Border controls do not work," said the NASA spokesman, Hartov, adding that people should stay home.')).toEqual({ 'Border controls do': 'Hartov' });
    // (Not a common word, a place or a people: "“…,” Harbor said.", "“…,” Paris said.")
    expect(attributed('"We will keep the port open," Paris said.')).toEqual({ 'We will keep': '?' });
  });
});

describe('a storm with a given name, a Portuguese "do", a city of given names (stop 37)', () => {
  test('"Tropical Storm Nicole", "Rio Grande do Sul", "Ho Chi Minh City" are whole names of no person', () => {
    expect(namesIn('Towns still suffer from high waters due to Tropical Storm Nicole.')).toEqual(['Tropical Storm Nicole:term']);
    // (Since stop 47 the world's states are known places: Brazil's are places, not neutral names.)
    expect(namesIn('One case apiece was found in Rio Grande do Sul and Mato Grosso do Sul.')).toEqual(['Rio Grande do Sul:place', 'Mato Grosso do Sul:place']);
    // (Since stop 48 a data package knows the city: a place, no longer only a name.)
    expect(namesIn('A girl in the capital, Ho Chi Minh City, was infected.')).toEqual(['Ho Chi Minh City:place']);
    // (An English "do" between capitals joins nothing.)
    expect(namesIn('Why Americans do Care is a book.').some((n) => n.includes(' do '))).toBe(false);
  });
});

describe('initials written together, a hyphenated given name, "said Will …" (stop 37)', () => {
  test('"said E.F. Corwin, a farmer", "said JPL’s Jean-Pierre de la Roux, …", "said Will McDorman, who …"', () => {
    expect(attributed('“What I am figuring,” said E.F. Corwin, a farmer and minister, “is stocking deer in the hills.”')).toEqual({ 'What I am': 'E.F. Corwin', 'is stocking deer': 'E.F. Corwin' });
    expect(attributed('“The robots replan when things go off plan,” said JPL’s Jean-Pierre de la Roux, the principal investigator.')).toEqual({ 'The robots replan': 'Jean-Pierre de la Roux' });
    expect(attributed('“With few exceptions, the woodpecker is coming back strong,” said Will McDorman, who heads the effort.')).toEqual({ 'With few exceptions,': 'Will McDorman' });
    expect(attributed('“It is a passion we all have for sea turtles,” beamed Lisa.')).toEqual({ 'It is a': 'Lisa' });
    // (Not "U.S." as an initial.)
    expect(namesIn('The U.S. Army left the base.')).toEqual(['U.S. Army:organization']);
  });
});

describe('where to write or call (stop 37)', () => {
  test('an address with its ZIP code, a phone number or "Attn:" gives no card; a docket number still may', () => {
    const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => f.answer);
    expect(facts('A copy can be obtained from the Harbor Wildlife Office, 6578 Dogwood View Parkway, Suite A, Jackson, Mississippi 39213; phone 601-321-1122.')).toEqual([]);
    expect(facts('Send comments to Attn: Division of Policy, Harbor Wildlife Office, Falls Church, Virginia.')).toEqual([]);
    expect(facts('Comments on Docket No. FWS-R4-ES-2014-0065 are due April 27, 2015.').length).toBeGreaterThan(0);
  });
});

describe('a person inside the speaker\'s title, and a director cut short (stop 37)', () => {
  test('"said Senior Advisor to President Hale and Coordinator for the Plan Gene Spero" is Spero; "said the wife of President Hale" no one we name', () => {
    expect(attributed('“I am very proud of this investment,” said Senior Advisor to President Hale and White House Coordinator for the Harbor Plan Gene Spero. “The funds will help.”')).toEqual({ 'I am very': 'Gene Spero', 'The funds will': 'Gene Spero' });
    expect(attributed('“We will see,” said Deputy Assistant to the President Ann Colter.')).toEqual({ 'We will see,': 'Ann Colter' });
    expect(attributed('“We will see what comes,” said the wife of President Hale.')).toEqual({ 'We will see': '?' });
    expect(attributed('“The city is focused on public safety,” said MOCJ Dir Marco Gonzalo Soler. “We are thankful.”')).toEqual({ 'The city is': 'Marco Gonzalo Soler', 'We are thankful.': 'Marco Gonzalo Soler' });
  });
});

describe('a day inside a range of dates (stop 38)', () => {
  test('"August 17–23, 2020" and "June 29 and 30" are asked whole, never the last day alone', () => {
    const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => `${f.answer}:${f.kind}`);
    const ranged = facts('By August 17–23, 2020, the weekly average of new cases had fallen by 6% in the county.');
    expect(ranged).toContain('August 17–23, 2020:date');
    expect(ranged).not.toContain('23:number');
    const pair = facts('The ministers met in Lisbon on June 29 and 30 to sign the accord.');
    expect(pair).toContain('June 29 and 30:date');
    expect(pair).not.toContain('30:number');
  });
});

describe('what the speaker is, in common words no list knows, before the name closing the tag (stop 38)', () => {
  test('",” said junior safety Brodie Hicks." is Hicks; "the wife of", "hello to" relate the name to someone else', () => {
    expect(attributed('“Losing our captain hurt us, but we all needed to step up,” said junior safety Brodie Hicks.')).toEqual({ 'Losing our captain': 'Brodie Hicks' });
    expect(attributed('“The water came up faster than last time,” said longtime resident Mary Fox.')).toEqual({ 'The water came': 'Mary Fox' });
    expect(attributed('“We will see what comes,” said the wife of President Hale.')).toEqual({ 'We will see': '?' });
    expect(attributed('“See you all next year,” said goodbye to Mary Fox.')['See you all']).not.toBe('Mary Fox');
  });
});

describe('a sentence closing with its tag, where the speaker is from or their title between (stop 38)', () => {
  test('", Levy from the agency commented. “…”" and ", Ana Ruiz, Program Manager, Office of …, said. “…”" go on in that voice', () => {
    expect(attributed('The hardest part was keeping up with every request, Jeff Levy from the agency commented. “One example was the storm of 2011. We posted daily updates.”')).toEqual({ 'One example was': 'Jeff Levy' });
    expect(attributed('The site now puts prevention first, Ana Ruiz, Program Manager, Health Division, Office of Disease Prevention at the Department of Health, said. “The Web has changed the way we talk to people.”')).toEqual({ 'The Web has': 'Ana Ruiz' });
    // (Not a title in commas that names someone else.)
    expect(attributed('The plan was approved, Tom Hale, an aide to Senator Ruth Ames, said. “We waited a long time for it.”')['We waited a']).not.toBe('Ruth Ames');
  });
});

describe('a quote the source never closed before its speech tag (stop 38)', () => {
  test('"“… the last minute, said Kim Hale, division director. “We want to help,” she explained." — two quotes of Hale, not of the woman named before', () => {
    expect(attributed(
      'Maria Ortiz spoke first.',
      '“I don’t like the helpless feeling when we can’t help them because they waited till the last minute, said Kim Hale, division director in the Office of Oversight. “We want to help. We just see things differently,” she explained.',
    )).toEqual({ 'I don’t like': 'Kim Hale', 'We want to': 'Kim Hale' });
    expect(attributed('"It is truly impressive, the work taking place in support of the network, said Brig. Gen. Dan Hughes, director of the program. "Vehicles are being fitted with radios at the depot."')).toEqual({ 'It is truly': 'Dan Hughes', 'Vehicles are being': 'Dan Hughes' });
    // (A quote that runs on to the next paragraph, with no tag inside, runs on as before.)
    const q = analysed(['“We will keep going until every house is dry. Nobody leaves before that.', '“Then we rest,” said Kim Hale.']).quotes;
    expect(q[0]!.quote.text).toBe('We will keep going until every house is dry. Nobody leaves before that.');
  });
});

describe('an office "of" a body, then a name whose surname is an English word (stop 38)', () => {
  test('"Secretary of State Condoleezza Rice felt …" names a person, and her "she said" is hers', () => {
    expect(namesIn('Secretary of State Condoleezza Rice felt the talks were a success.')).toEqual(['Condoleezza Rice:person']);
    expect(attributed(
      'Levy praised the commitments made by Abbas and Olmert.',
      'Secretary of State Condoleezza Rice felt the talks were a success. "It is going to be hard, but you had support in that room," she said on television.',
    )).toEqual({ 'It is going': 'Condoleezza Rice' });
    // (Not the words of an office's field: a common first word opens no name.)
    expect(namesIn('Secretary of State Foreign Affairs staff met on Monday.').some((n) => n.endsWith(':person'))).toBe(false);
  });
});

describe('someone unnamed, described by a clause that names others (stop 38)', () => {
  test('"a staff member at the resort, who saw Chan taken away, stated, “…”" is no one we name — not Chan', () => {
    expect(attributed('Phil Chan died from his injuries. While his colleagues declined to comment, a staff member at the Rasa Sentosa Resort, who saw Chan being taken away by ambulance, stated, "It all happened very quickly. The ambulance came and left."')).toEqual({ 'It all happened': '?' });
    // (A name opening the sentence, then what they are and a clause: the one named speaks.)
    expect(attributed('Maria Lopez, a nurse at the clinic, who saw the crash, said, "It all happened very quickly, and then they left."')).toEqual({ 'It all happened': 'Maria Lopez' });
  });
});

describe('a name right after a courtesy title, whatever its first word (stop 38)', () => {
  test('"Dr. Tan Heok Hui" is the whole name, not "Heok Hui"', () => {
    expect(namesIn('In an interview, Dr. Tan Heok Hui, an ichthyologist, said stingrays attack when cornered.')).toEqual(['Tan Heok Hui:person']);
    expect(namesIn('Then Mr. Young Kim spoke to the board.')).toEqual(['Young Kim:person']);
  });
});

describe('a possessive inside the name of a credit, an award, a prize or a medal (stop 38)', () => {
  test('"the Saver’s Tax Credit" is one name, not "Tax Credit" after the saver', () => {
    const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => f.answer);
    expect(facts('Many filers who save for retirement may also save on their taxes, due to the Saver’s Tax Credit.')).toContain('Saver’s Tax Credit');
    expect(facts('She won the President’s Volunteer Service Award last year.')).toContain('President’s Volunteer Service Award');
    // (An owner that is a body is no part of the name: two names.)
    expect(facts('The prize went to the Justice Department’s Civil Rights Division in May.')).not.toContain('Justice Department’s Civil Rights Division');
  });
});

describe('a venue is a place, not a body (stop 38)', () => {
  test('"the Harbor Point Conference Center", "Mill Creek Town Center" are places; a space center stays neutral', () => {
    expect(namesIn('The award was announced at the Harbor Point Conference Center in Ohio.')).toContain('Harbor Point Conference Center:place');
    expect(namesIn('The news came today at Mill Creek Town Center, a retail complex.')).toContain('Mill Creek Town Center:place');
    expect(namesIn('The Elk Ford Space Center leads the mission.')).not.toContain('Elk Ford Space Center:place');
  });
});

describe('pounds that are a weight; words told to someone by another (stop 38)', () => {
  test('"little under four pounds (1.8 kilograms)", "35 pounds heavier" are weights; "fined 500 pounds" is money', () => {
    const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => `${f.answer}:${f.kind}`);
    expect(facts('After four years of design, the probe weighs in at little under four pounds (1.8 kilograms).')).toContain('four pounds:quantity');
    expect(facts('The children with the antibodies were on average 35 pounds heavier.')).toContain('35 pounds:quantity');
    expect(facts('The club was fined 500 pounds by the league.')).toContain('500 pounds:money');
  });

  test('"Ann Lee of Marion was told by her surgeon, “…”" is the surgeon\'s, no one we name — not Ann Lee\'s', () => {
    expect(attributed('Ann Lee of Marion, Ohio was told by her surgeon, "The bone grafts you got might have been contaminated." She reacted with shock, "I had no idea what he was talking about."')).toEqual({ 'The bone grafts': '?', 'I had no': 'Ann Lee' });
    expect(attributed('The crowd was told by Mayor Ann Hale, "We will rebuild every house on this street."')).toEqual({ 'We will rebuild': 'Ann Hale' });
  });
});

describe('titles, degrees and marks around names in new text (stop 38)', () => {
  const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => `${f.answer}:${f.kind}`);
  test('"said Doctor Christa Bruschel" speaks as Christa Bruschel; "Rachel Ramos, D.M.D.," has a degree, no name after the comma', () => {
    expect(attributed('"It is difficult to know about each outbreak in a back yard," said Doctor Christa Bruschel, in Rome on Wednesday.')).toEqual({ 'It is difficult': 'Christa Bruschel' });
    expect(facts('The work helps veterans, said Research Officer Rachel Ramos, D.M.D., in a statement.').some((f) => f.startsWith('D.M.D.'))).toBe(false);
  });

  test('a plural\'s possessive mark is no part of the name; a plural opening a quote is no person; "100 pounds over the recommended weight" is a weight', () => {
    expect(facts('The action was taken with Harbor Security Investigations’ (HSI) Miami Field Office.')).toContain('Harbor Security Investigations:term');
    expect(facts('Dr. Ann Lee noted, “Patients who are deemed eligible should be offered the drug.”')).not.toContain('Patients:person');
    expect(facts('Six percent of adults are now extremely obese, which is more than 100 pounds over the recommended weight.')).toContain('100 pounds:quantity');
  });
});

describe('a body\'s letters before "Common in Name" (stop 38)', () => {
  test('"the SSBCI Investing in America Small Business Opportunity Program" is one name', () => {
    const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => f.answer);
    expect(facts('The money is part of the new SSBCI Investing in America Small Business Opportunity Program for lenders.')).toEqual(['SSBCI Investing in America Small Business Opportunity Program']);
  });
});

describe('the first half of a title cut at "and" (stop 38)', () => {
  test('"said VA Chief Research and Development Officer Rachel Ramos" asks no body "VA Chief Research"', () => {
    const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => f.answer);
    expect(facts('The program will help veterans take part in research, said VA Chief Research and Development Officer Rachel Ramos in a statement.')).toEqual(['Rachel Ramos']);
  });
});

describe('a Roman numeral alone (stop 38)', () => {
  test('"appendixes III and IV" asks no name "IV"; "Title IX" and "World War II" stay names', () => {
    const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => f.answer);
    expect(facts('For more on our review of the grants, please see appendixes III and IV.')).toEqual([]);
    expect(facts('Title IX changed college sports in the United States.')).toContain('Title IX');
    expect(facts('He flew bombers in World War II over Germany.')).toContain('World War II');
  });
});

describe('a code after "on" is when, not what a body is on (stop 38)', () => {
  test('"lifted off from the Kennedy Space Center on STS-1" is two names', () => {
    const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => f.answer);
    const got = facts('On April 12, 1981, the shuttle lifted off from the Harbor Space Center on STS-1, the first flight.');
    expect(got).toContain('Harbor Space Center');
    expect(got.some((f) => f.includes(' on '))).toBe(false);
  });
});

describe('a body "on" common words joined by "and" (stop 38)', () => {
  test('"the Center on Budget and Policy Priorities" is one name; "the Committee on Finance and Senator Hale" two', () => {
    expect(namesIn('The Center on Budget and Policy Priorities disagreed with the estimate.')).toEqual(['Center on Budget and Policy Priorities:organization']);
    expect(namesIn('The Committee on Finance and Senator Hale met on Monday.')).toContain('Committee on Finance:organization');
  });
});

describe('a company said to be one, and a numeral closing the sentence (stop 38)', () => {
  const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => `${f.answer}:${f.kind}`);
  test('"contractor Aerojet Rocketdyne, an L3Harris Technologies company," is a body; "Ann Lee, a former bank manager," a person', () => {
    expect(facts('The test series is a key step for lead engines contractor Aerojet Rocketdyne, an L3Harris Technologies company, to build new engines.')).toContain('Aerojet Rocketdyne:organization');
    expect(facts('Ann Lee, a former bank manager, spoke first at the hearing.')).toContain('Ann Lee:person');
  });

  test('"beginning with Artemis V." asks "Artemis V", not its full stop', () => {
    expect(facts('NASA has ordered 24 new engines for launches beginning with Artemis V.')).toContain('Artemis V:term');
  });
});

describe('a sentence that opens a quote of its own is no tag for the one before (stop 38)', () => {
  test('"Lane called the photo “beautiful, because …” His son, Bruce Lane III, said his father “appears to glow.”" — the first is the father\'s', () => {
    expect(attributed(
      'As astronaut Bruce Lane II flew the unit out of the payload bay, a photo was taken.',
      'Lane called the photograph “beautiful, partly because the sun is shining directly on me.” His son, Bruce Lane III, said his father “appears to be glowing in it.”',
    )).toEqual({ 'beautiful, partly because': 'Bruce Lane II', 'appears to be': 'Bruce Lane III' });
  });
});

describe('a fort named after someone, two parents speaking, a state code closing the sentence (stop 38)', () => {
  const facts = (...ps: string[]): string[] => collectCandidates(analysed(ps), 't').facts.map((f) => `${f.answer}:${f.kind}`);
  test('"trained at Fort Leonard Wood, MO," is a place, no person who could speak', () => {
    expect(namesIn('Upon returning home, he trained at Fort Leonard Wood, MO, in 2005 and 2006.').some((n) => n.endsWith(':person'))).toBe(false);
    expect(facts('She was stationed at Fort Knox, KY.')).toEqual(['Fort Knox:place']);
  });

  test('"His parents, David and Judy Donica said, “…”" are two speakers: no one answer', () => {
    expect(attributed("His parents, David and Judy Donica said, ''We loved Dustin. He will be missed by all who knew him.''")).toEqual({ 'We loved Dustin.': '?' });
  });
});

describe('the Record\'s "SP" before a soldier\'s name (stop 38)', () => {
  test('"SP Ronnie D. Willis of Morning View, KY," is a specialist and where he came from, no body', () => {
    const names = namesIn('We remember SP Ronnie D. Willis of Morning View, KY, killed on July 17, 2005, in Baghdad.');
    expect(names).toContain('Ronnie D. Willis:person');
    expect(names.some((n) => n.startsWith('SP'))).toBe(false);
  });
});

describe('a quote paragraph of its own after a quiet stretch (stop 38)', () => {
  test('"“…,” he said. ¶ Two decades in, the center is busier. ¶ “When we started …”" goes on in the same voice; another person named between stops it', () => {
    expect(attributed(
      'When he joined the center in 2003, Mr. Tim Wilson could not have predicted its impact. “To be honest, I did not think we would still be here,” he said.',
      'Two decades in, the center is busier than ever.',
      '“When we started those first assessments, we had to elbow our way to the table to be accepted.”',
    )).toEqual({ 'To be honest,': 'Tim Wilson', 'When we started': 'Tim Wilson' });
    expect(attributed(
      'When he joined the center in 2003, Mr. Tim Wilson could not have predicted its impact. “To be honest, I did not think we would still be here,” he said.',
      'Two decades in, Ann Hale runs the center.',
      '“When we started those first assessments, we had to elbow our way to the table to be accepted.”',
    )['When we started']).toBe('?');
  });
});

describe('a quote after a quiet stretch that speaks of the last speaker (stop 38)', () => {
  test('"“When he started …, he had to elbow his way …”" after Mr. Wilson\'s quote is someone else\'s about him', () => {
    expect(attributed(
      'When he joined the center in 2003, Mr. Tim Wilson could not have predicted its impact. “To be honest, I did not think we would still be here,” he said.',
      'Two decades in, the center is busier than ever.',
      '“When he started those first assessments, he had to elbow his way to the table to be accepted.”',
    )['When he started']).toBe('?');
  });
});

describe('a kinsman named by no name, after the speaker (stop 38)', () => {
  test('"His son, Bruce Lane III, said his father “…”. … he closed the visor. “…,” he said." — the "he" may be the father: no one we name', () => {
    expect(attributed(
      'As astronaut Bruce Lane II flew the unit, a photo was taken.',
      'His son, Bruce Lane III, said his father “appears to be glowing in it.” Because the sun was in his eyes, he closed the helmet visor. “My anonymity means people can imagine themselves doing the same thing,” he said.',
    )['My anonymity means']).toBe('?');
    // (The sentence's own subject visiting his father stays the "he".)
    expect(attributed('Tom Smith visited his father in May. “It was hard to see him so weak,” he said.')).toEqual({ 'It was hard': 'Tom Smith' });
  });
});

describe('a term the article teaches by naming it (stop 39)', () => {
  test('"a layer of rock called basaltite", "a method known as cold-banding": the word taught is asked as a term', () => {
    const got = deletions(notesOf(
      'Crews plan to drill into a layer of rock, called basaltite, beneath the northern plain.',
      'The hatchlings are raised in pens for a year, a method known as cold-banding, before release.',
    ));
    expect(got).toContain('basaltite::term');
    expect(got).toContain('cold-banding::term');
  });

  test('"called" as a verb, "so-called", and one plural word of kinds the reader knows are no term', () => {
    const got = deletions(notesOf(
      'He called and said the pumps at the plant had failed twice in June.',
      'On May 4, 2024, the council called the charges baseless.',
      'The so-called experts met in Turda on March 3, 2024.',
      'Small vehicles, called rovers, will map the crater in 2027.',
    ));
    expect(got.filter((d) => d.endsWith('::term'))).toEqual([]);
  });
});

describe('people the analysis took for something else (stop 39)', () => {
  test('"Alan deLevie": a particle run into the surname is part of the name, and he speaks', () => {
    expect(namesIn('Alan deLevie, another organizer, liked the turnout.')).toContain('Alan deLevie:person');
    expect(attributed(
      'Alan deLevie, another organizer, praised the turnout, saying, “It was great to see so many people.” He added, “Next year will be bigger.”',
    )).toEqual({ 'It was great': 'Alan deLevie', 'Next year will': 'Alan deLevie' });
  });

  test('"Chief Technology Officer Todd Park": after an office, a known given name and a place\'s word are a person — not "Prince William County"', () => {
    expect(namesIn('Former U.S. Chief Technology Officer Todd Park closed the evening.')).toEqual(['Todd Park:person']);
    expect(namesIn('She grew up in Prince William County, Virginia.').some((n) => n.endsWith(':person'))).toBe(false);
  });

  test('"hailed the decision as “…”": the one who hailed it said it', () => {
    expect(attributed('Harbor Authority Administrator Ruth Oyelaran hailed the decision as “a new start for the river towns,” adding that work would begin in May.')).toEqual({ 'a new start': 'Ruth Oyelaran' });
  });

  test('"designed for 10-year-olds": people of an age, asked how old', () => {
    expect(deletions(notesOf('The site was designed and written for 10-year-olds in 2015.'))).toContain('10-year-olds::how old');
  });
});

describe('tags in tributes read into the record (stop 39)', () => {
  test('"As my good friend, MG Ann Ruiz, the commanding officer of the 88th Readiness Command said about him “…”": the general speaks, not her command', () => {
    expect(attributed('As my good friend, MG Ann Ruiz, the commanding officer of the 88th Harbor Readiness Command said about him, “There was not a unit he did not help prepare for deployment.”')).toEqual({ 'There was not': 'Ann Ruiz' });
  });

  test('"the captain" after a "Captain" and a "CPT" (the Army\'s way of writing it) is either: no one we name', () => {
    expect(attributed(
      'CPT Tom Hale served two tours. Captain Hale loved the Corps.',
      'CPT Luis Vega, who served alongside Tom in Kandahar, remembers him well.',
      '“As a fellow officer I can tell you his drive was apparent to everyone,” the captain says.',
    )['As a fellow']).toBe('?');
  });

  test('"…,” Staff Sergeant Lane remembers.": remembering out loud is saying', () => {
    expect(attributed('Tom Hale spoke often of the unit. “I told him he was the best,” Staff Sergeant Krall remembers.')).toEqual({ 'I told him': 'Krall' });
  });

  test('"Ann tells us that an older man walked up to him and asked, “…”": the unnamed man asks', () => {
    expect(attributed('Ann Hale tells us that an older man walked up to him at the fair and asked, “Why would you wear that uniform?”')).toEqual({ 'Why would you': '?' });
  });

  test('"wrote about it in her post, “…”": a post\'s title is nobody\'s words', () => {
    expect(attributed('Former fellow Ann Hale wrote about this topic in 2016 in her fantastic post, “Upkeep is a trap for software teams.” We build on it here.')).toEqual({ 'Upkeep is a': '?' });
  });
});

describe('tags with a code-named body or a reminder (stop 39)', () => {
  test('"…,” 18F Developer Ann Hale said.": a body named by a number and a letter is part of the title, no name', () => {
    expect(attributed('“I am proud to be part of a site that gets children outdoors,” 18F Developer Ann Hale said.')).toEqual({ 'I am proud': 'Ann Hale' });
    expect(namesIn('The 18F Developer Ann Hale built it in May.')).toEqual(['Ann Hale:person']);
  });

  test('"…, reminding the group that it was built “…”": the one reminding said it', () => {
    expect(attributed('Former U.S. Chief Technology Officer Ann Hale closed the evening, reminding the group that the network was built “to let everyone know that you are not alone.”')).toEqual({ 'to let everyone': 'Ann Hale' });
  });
});

describe('ranks and people of a place in tributes (stop 39)', () => {
  test('"Sergeant First Class Lane", "Specialist Lane": the class and the rank are the title, not the name', () => {
    expect(namesIn('Tom Lane served in Iraq. Sergeant First Class Lane was husband to his wife.')).not.toContain('Class Lane:person');
    expect(namesIn('Specialist Krall was also a member of a large family.')).toEqual(['Krall:person']);
  });

  test('"a young Kentuckian", "two Virginians" are people of a place, no card; "Afghanistan" and "Adrian" stay', () => {
    const got = deletions(notesOf('A young Kentuckian met two Virginians and Adrian Krall in Afghanistan on May 5, 2008.'));
    expect(got.some((d) => /^(?:Kentuckian|Virginians)::/.test(d))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['Afghanistan::place']));
    expect(got.some((d) => d.startsWith('Adrian Krall::'))).toBe(true);
  });
});

describe('a weight with metric tons in brackets (stop 39)', () => {
  test('"from 59,000 pounds (27 metric tons)": a weight, and its conversion no card', () => {
    expect(deletions(notesOf('The upgrades raise the payload of the rocket from 41,000 pounds (19 metric tons) to 62,000 pounds (28 metric tons) by 2029.')).filter((d) => /pounds|^\d{2}::/.test(d))).toEqual(['41,000 pounds::quantity', '62,000 pounds::quantity']);
  });
});

describe('an initial before the given name and a nickname (stop 39)', () => {
  test('"U.S. Congressman C. William “Bill” Nelson" is one person', () => {
    expect(namesIn('Also there was U.S. Congressman R. Walter “Walt” Krall, whose district included the port.')).toEqual(['R. Walter “Walt” Krall:person']);
  });
});

describe('an office whose field goes on after "and" (stop 39)', () => {
  test('"the Office of Harbor Services and Innovative Technologies" is one body; "the Division of Field Research and Harbor State University" two', () => {
    expect(deletions(notesOf('In 2013 he took the plan to the Office of Harbor Services and Innovative Technologies in Lima.'))).toContain('Office of Harbor Services and Innovative Technologies::organisation');
    expect(deletions(notesOf('In 2013 the Division of Field Research and Harbor State University signed a deal in Lima.'))).toEqual(expect.arrayContaining(['Division of Field Research::organisation', 'Harbor State University::organisation']));
  });
});

describe('a nickname calls the person later (stop 39)', () => {
  test('"Retired pilot Russell “Lynn” Harlan …" then "“…,” Lynn sheepishly admitted.": Russell Harlan speaks', () => {
    expect(attributed(
      'Retired pilot Russell “Lynn” Harlan spoke at the event in May.',
      '“If you saw that picture of the tower on the screen, I took that picture,” Lynn sheepishly admitted.',
    )['If you saw']).toBe('Russell Harlan');
  });

  test('a nickname two people share is no one', () => {
    expect(attributed(
      'Retired pilots Russell “Lynn” Harlan and Thomas “Lynn” Ortiz spoke at the event in May.',
      '“If you saw that picture of the tower on the screen, I took that picture,” Lynn sheepishly admitted.',
    )['If you saw']).not.toBe('Russell Harlan');
  });
});

describe('what the speaker is, opened by a place\'s possessive, between name and verb (stop 39)', () => {
  test('"“…,” Tom Hale, Britain’s highest-scoring living ace, said of the jet." — Tom Hale', () => {
    expect(attributed('“It is so much beyond my comprehension,” Tom Hale, Britain’s highest-scoring living ace, said of the jet’s design.')).toEqual({ 'It is so': 'Tom Hale' });
  });
});

describe('a commandant, and a race named after its distance (stop 39)', () => {
  test('"became the 37th Commandant of the Marine Corps": a title, no body card', () => {
    const got = deletions(notesOf('General Ann Hale became the 37th Commandant of the Harbor Corps on Sept. 24, 2015.'));
    expect(got.some((d) => d.includes('Commandant'))).toBe(false);
    expect(got).toContain('Harbor Corps::organisation');
  });

  test('"a Memorial 5K Run": the run\'s name is cut after its code — no card', () => {
    const text = 'Never Forget: Team Harlow hosts 9/11 Memorial 5K\n\nTeam Harlow hosted a 9/11 Memorial 5K Run Sept. 9, 2016 at the Short Fitness Center at Harlow Air Force Base, Florida.\n\nAll participants of the 9/11 Memorial 5K Run received a bandana.\n';
    expect(deletions(generateNotes(readPlainText(text), { maxCards: 100 })).some((d) => d.startsWith('Run::'))).toBe(false);
  });
});

describe('a given name alone that speaks (stop 39)', () => {
  test('"Josh said …. He said, “…”" and "“…,” Brent said to the reporter.": a given name the lexicon knows, speaking, is a person', () => {
    expect(attributed('Two weeks before his birthday, Josh said he was ready. He said, “Here is my part. Where is yours?”')).toEqual({ 'Here is my': 'Josh' });
    expect(attributed('“I guess because I am short,” Brent said to the reporter.')).toEqual({ 'I guess because': 'Brent' });
  });

  test('not a town after "of": "Mark Lane, 54, of Tyler said, “…”" is Mark Lane\'s', () => {
    expect(namesIn('Mark Kitsmore, 54, of Tyler said he was not worried.')).not.toContain('Tyler:person');
  });
});

describe('verbs of saying aloud (stop 39)', () => {
  test('"“…!” he yelled to the tamer." — the "he" just named', () => {
    expect(attributed('Young Brent Hale thought the tamer was cruel. “Stop that right now!” he yelled to the lion tamer.')).toEqual({ 'Stop that right': 'Brent Hale' });
  });
});

describe('how the speaker looked, before the name closing the tag (stop 39)', () => {
  test('"“…,” a grinning Brent Hale said to the reporter." — Brent Hale', () => {
    expect(attributed('“I guess because I am short and fast,” a grinning Brent Hale said to the reporter.')).toEqual({ 'I guess because': 'Brent Hale' });
  });
});

describe('a quote whose tag we cannot read (stop 39)', () => {
  test('"“…,” saidAnn Hale, Director of …" after another\'s quote paragraph: no one we name, not the last voice', () => {
    expect(attributed(
      '“Since fires do not recognize borders, neither should we,” said Agriculture Secretary Tom Vilsack.',
      '“The increasing frequency of wildfires poses an ever-growing threat to the public,” saidAnn Hale, Director of the Harbor Health Agency.',
    )['The increasing frequency']).toBe('?');
  });

  test('"“…,” shares Aldrich." — sharing is saying', () => {
    expect(attributed('Tom Aldrich joined the group in May. “My response to the diagnosis served as a case study for the sprint group,” shares Aldrich.')).toEqual({ 'My response to': 'Tom Aldrich' });
  });
});

describe('a letter that says it (stop 39)', () => {
  test('"“…,” says a letter written by Joey\'s family and sent to me by his mother, Dena." — no one we name', () => {
    expect(attributed('He told his mother, Dena Hale, that he was enlisting. “He was very serious about enlisting because he wanted to serve,” says a letter written by Joey’s family and sent to me by his mother, Dena.')).toEqual({ 'He was very': '?' });
  });
});

describe('words credited in the opening phrase, or after a described and titled name (stop 39)', () => {
  test('"In the words of Coach Tolbert, Mike “reached as far as he could reach.”" — Tolbert\'s words', () => {
    expect(attributed('His coach, Todd Tolbert, liked him. In the words of Coach Tolbert, Mike “reached as far as he could reach, and got there.”')['reached as far']).toBe('Todd Tolbert');
  });

  test('"“…,” Orlando’s friend and pastor, the Reverend Paul Lane, said in a sermon." — the pastor', () => {
    expect(attributed('“Call him a hero and he would get mad,” Orlando’s friend and pastor, the Reverend Paul Krall, said in a funeral sermon.')).toEqual({ 'Call him a': 'Paul Krall' });
  });
});

describe('an English word in capitals before a common noun (stop 39)', () => {
  test('"a strong Federal law": an adjective, no name; "the Harbor Council vote" keeps its body', () => {
    expect(deletions(notesOf('Advocate Ann Hale said in May 2025: “A strong Federal law is crucial for the victims.”')).some((d) => d.startsWith('Federal::'))).toBe(false);
    expect(deletions(notesOf('The Harbor Council vote came on May 5, 2025.'))).toContain('Harbor Council::organisation');
  });
});

describe('a given name alone that writes (stop 39)', () => {
  test('"In an email he wrote to his mother, Dena Hale, Joey wrote, “…”" — Joey, not his mother', () => {
    expect(attributed('In an email he wrote to his mother, Dena Hale, Joey wrote, “Please continue to remember me and the guys.”')).toEqual({ 'Please continue to': 'Joey' });
  });
});

describe('a given name that is an English word, a surname, and where they are "of" (stop 39)', () => {
  test('"“…,” warned Rocky Krall of Okefenokee, the safety officer." — Rocky Krall', () => {
    expect(attributed('“There are so many hazards out there right now,” warned Rocky Krall of Okefenokee, the operation’s safety officer.')).toEqual({ 'There are so': 'Rocky Krall' });
  });
});

describe('"the major" (stop 39)', () => {
  test('after "MAJ Ann Hale" and "Major Hale says", "“…,” the major adds." — Ann Hale', () => {
    expect(attributed(
      'MAJ Ann Hale was his platoon commander at the school. Major Hale says, “His work ethic was unparalleled amongst his peers.”',
      '“Even in the worst circumstances he was always upbeat and ready to go,” the major adds.',
    )['Even in the']).toBe('Ann Hale');
  });
});

describe('a town and its state, though a body bears the town\'s name (stop 39)', () => {
  test('"of Harlowtown, KY" after "Harlowtown High School" is a place', () => {
    const got = deletions(notesOf('I am speaking of SGT Tom Krall of Harlowtown, KY. He was 29 years old.', 'Tom graduated from Harlowtown High School in 1994.'));
    expect(got).toContain('Harlowtown::place');
    expect(got).toContain('Harlowtown High School::organisation');
  });
});

describe('capitalised common words the sentence shows to be a name (stop 40)', () => {
  test('an operation, an exercise, a day, a festival, a journal, a quoted or "dubbed" name are named', () => {
    const got = namesIn(
      'In 2009 the brigade deployed in support of Operation Quiet Harbor.',
      'Their first date was on Lantern Day; they went to a play.',
      'The town holds the Harvest Moon Festival each October.',
      'The results appeared in the journal Polar Water Letters.',
      'Cadets ran a drill dubbed “Silver Lantern.”',
      'The brothers were known as the ‘Iron Twins’ at school.',
      'The plan calls for a review by the Rural Water Board (RWB) this spring.',
    );
    for (const name of ['Operation Quiet Harbor', 'Lantern Day', 'Harvest Moon Festival', 'Polar Water Letters', 'Silver Lantern', 'Iron Twins', 'Rural Water Board']) {
      expect(got.map((n) => n.split(':')[0])).toContain(name);
    }
  });

  test('medals listed "the X and the Y" are two names; one name\'s piece, a plural operation, a cut acronym are not named', () => {
    expect(namesIn('He was awarded the Bronze Lantern Medal and the Silver Heart.').map((n) => n.split(':')[0])).toContain('Silver Heart');
    const got = namesIn(
      'The ships will support Operations Silent Freedom and Open Gate this year.',
      'The proposal is called the Flexible Rail on a Track, or FRT.',
      'Officers of the Metro Area Crime Patrol (MACP) Unit met on Monday.',
      'Forty Scouts attended the Green Valley Fair.',
    );
    expect(got.map((n) => n.split(':')[0])).not.toContain('Operations Silent Freedom');
    expect(got.map((n) => n.split(':')[0])).not.toContain('Flexible Rail');
    expect(got.map((n) => n.split(':')[0])).not.toContain('Metro Area Crime Patrol');
  });
});

describe('initials run together after a role (stop 40)', () => {
  test('"said Harbor League of Towns Executive Director OJ Marsh, Sr." — OJ Marsh, not the league and its title', () => {
    expect(attributed('“This plan will help every town on the coast,” said Harbor League of Towns Executive Director OJ Marsh, Sr.')).toEqual({ 'This plan will': 'OJ Marsh' });
    // (Not a body's letters before its own word: "Director IT Services".)
    expect(namesIn('The review was led by Director IT Services on May 3, 2024.').map((n) => n.split(':')[0])).not.toContain('IT Services');
  });
});

describe('a couple that shares a surname (stop 40)', () => {
  test('"his parents, Frank and Brenda Hale", "grandparents Daniel and Joy Orren": one answer, not a given name cut from its surname', () => {
    const got = deletions(notesOf(
      'Jason was born in 1984 to his parents, Frank and Brenda Hale, in the town of Covington.',
      'We think of his father Paul Lee; his grandparents Daniel and Joy Orren; his aunt Ann Hale.',
    ));
    expect(got).toContain('Frank and Brenda Hale::person');
    expect(got).toContain('Daniel and Joy Orren::person');
    expect(got.filter((d) => /^(?:Frank|Brenda Hale|Daniel|Joy Orren)::/.test(d))).toEqual([]);
  });

  test('not a surname the story gave someone, nor a name after a title: "Wallace and Tyler Brook", "Senator Kennedy and Ann Lee"', () => {
    const got = deletions(notesOf(
      'Jon Wallace led the crew into Marathon on Sept. 12, 2017.',
      'Wallace and Tyler Brook, a safety specialist, were next.',
      'I thank Senator Kennedy and Ann Lee for the 2008 bill.',
    ));
    expect(got.filter((d) => / and /.test(d))).toEqual([]);
  });
});

describe('a weight and its metric rate (stop 40)', () => {
  test('"26 pounds every second (12 kilograms per second)" is a weight, and the kilograms no card', () => {
    const got = deletions(notesOf(
      'The moon releases around 26 pounds of gas every second, the team said in 2024.',
      'The authors put the loss at around 31 pounds every second (14 kilograms per second).',
      'Estimates range to over 2,000 pounds per second (over 1,000 kilograms per second).',
    ));
    expect(got).toContain('31 pounds::quantity');
    // (Since stop 49 a rate "per second" is asked with its figure.)
    expect(got).toContain('2,000 pounds per second::quantity');
    expect(got.filter((d) => /kilograms/.test(d))).toEqual([]);
    expect(got.filter((d) => d.endsWith('::amount'))).toEqual([]);
  });
});

describe('an occupation before a name (stop 40)', () => {
  test('"U.S. Forest Service Regional Forester Liz Hale said" — Liz Hale, not "Forester Liz Hale"', () => {
    expect(attributed('“Restoring the woodland takes every partner we have,” U.S. Forest Service Regional Forester Liz Hale said.')).toEqual({ 'Restoring the woodland': 'Liz Hale' });
    expect(attributed('“Restoring the woodland takes every partner we have,” Forester Liz Hale said.')).toEqual({ 'Restoring the woodland': 'Liz Hale' });
  });
});

describe('a country that is a given name too (stop 40)', () => {
  test('"Jordan Velt, a scientist …" is one name, not the country and half a name; "officials in Jordan" stay a place', () => {
    const got = deletions(notesOf(
      'Jordan Velt, a scientist with the weather office who was not involved in the study, praised it in 2024.',
      'Officials in Jordan Tuesday said the border crossing would open on May 4, 2024.',
    ));
    expect(got.some((d) => d.startsWith('Jordan Velt::'))).toBe(true);
    expect(got.some((d) => d.startsWith('Velt::'))).toBe(false);
    expect(got).toContain('Jordan::place');
  });
});

describe('"summarized" as a tag verb (stop 40)', () => {
  test('"“…,” Hale summarized, “…”" — Hale\'s words', () => {
    expect(attributed('Clare Hale opened the summit on May 2, 2024.', '“Each step forward is a huge win for the public,” Hale summarized, “we are all changing the way people see government.”')).toEqual({ 'Each step forward': 'Clare Hale', 'we are all': 'Clare Hale' });
  });
});

describe('taking part "in" something (stop 40)', () => {
  test('"agencies involved in MapTrek, and …" is no place; "two nights in Marrakesh." still is', () => {
    const got = deletions(notesOf(
      'In 2015 a dozen agencies were involved in MapTrek, and more joined in 2016.',
      'The crew stayed two nights in Marrakesh.',
    ));
    expect(got).not.toContain('MapTrek::place');
    expect(got).toContain('Marrakesh::place');
  });
});

describe('a body\'s product (stop 40)', () => {
  test('"the HERA App", "the HERA Data Portal" take the neutral hint, not "organisation"', () => {
    const got = deletions(notesOf(
      'The Harbor Emergency Relief Agency (HERA) will release an update to the HERA App on May 2, 2024.',
      'Its maps are freely available at the HERA Data Portal since 2023.',
    ));
    expect(got).toContain('HERA App::name');
    expect(got).toContain('HERA Data Portal::name');
  });
});

describe('an experiment or instrument named after a body\'s words (stop 40)', () => {
  test('"NASA’s Deep Harbor Optical Communications experiment" is no organisation', () => {
    const got = deletions(notesOf('NASA’s Deep Harbor Optical Communications experiment linked with the probe on April 8, 2024.'));
    expect(got).toContain('Deep Harbor Optical Communications::name');
  });
});

describe('one unknown word and any verb of speech closing the tag (stop 40)', () => {
  test('"“…,” Velnar summarized." and "“…,” Velnar noted." — Velnar, a surname no list knows', () => {
    expect(attributed('The summit drew 300 people on May 2, 2024.', '“Each step forward is a huge win for the public,” Velnar summarized.', '“Each step back is a huge loss for the public,” Velnar noted.')).toEqual({ 'Each step forward': 'Velnar', 'Each step back': 'Velnar' });
  });
});

describe('a joining word is not an acronym\'s letter unless it must be (stop 40)', () => {
  test('"Office of Harbor and Budget (OHB)" is spelled from "Office"; "Rewards for Valor (RFV)" still takes the "for"', () => {
    const got = deletions(notesOf(
      'Office of Harbor and Budget (OHB) Director Ann Hale opened the session on May 2, 2024.',
      'The State Department’s Rewards for Valor (RFV) program offered $10 million on May 3, 2024.',
    ));
    expect(got.filter((d) => /^of /.test(d))).toEqual([]);
    expect(got.some((d) => d.startsWith('Office of Harbor and Budget::'))).toBe(true);
    expect(got.some((d) => d.startsWith('Rewards for Valor::'))).toBe(true);
  });
});

describe('a research title (stop 40)', () => {
  test('"said Principal Investigator Connie Hale of Boeing" — Connie Hale', () => {
    expect(attributed('“The technology could be used to operate spacecraft near the Moon,” said Principal Investigator Connie Hale of Boeing. “Other uses could be to inspect spacecraft.”')).toEqual({ 'The technology could': 'Connie Hale', 'Other uses could': 'Connie Hale' });
  });
});

describe('a body\'s region (stop 40)', () => {
  test('"the Service’s Southeast Region" takes the neutral hint, not "place"', () => {
    const got = deletions(notesOf('Mike Hale, the acting regional director of the Service’s Southeast Region, signed it on May 2, 2024.'));
    expect(got).toContain('Southeast Region::name');
  });
});

describe('a block quote and its cite line (stop 40)', () => {
  test('a quote alone in its paragraph, then "— Laura Hale" or "— Federal Chief Information Officer, Clare Marton"', () => {
    expect(attributed(
      'I spoke with Laura Hale just before her retirement in 2024.',
      '“Machine translation is great, but if you are in any type of real, human communication, it’s not done by algorithms.”',
      '— Laura Hale',
      '“Each step forward is a huge win for the public and for all of us.”',
      '— Federal Chief Information Officer, Clare Marton',
    )).toEqual({ 'Machine translation is': 'Laura Hale', 'Each step forward': 'Clare Marton' });
  });

  test('not a sentence after a dash, nor a line naming two people', () => {
    const got = attributed(
      'The bridge plan was published on May 2, 2024.',
      '“We will build the bridge before the rains come back in the fall.”',
      '— Ann Lee and Bo Park',
    );
    expect(got['We will build']).toBe('?');
  });
});

describe('a nickname in the Congressional Record\'s two apostrophes (stop 40)', () => {
  test('"SSG Virgil C. \'\'Chance\'\' Hale" is one person, and "Chance" calls him later', () => {
    expect(namesIn("Mr. President, I stand here today to pay tribute to a hero, SSG Virgil C. ''Chance'' Hale.")).toContain("Virgil C. ''Chance'' Hale:person");
    expect(attributed("He leaves his father, Jeff ''Seymore'' Hale, of Lewisburg.", "''He sat and read every one of these letters,'' said Seymore.")['He sat and']).toBe('Jeff Hale');
  });
});

describe('a company or battery opening a unit chain (stop 40)', () => {
  test('"Battery B, 2nd Battalion, 138th Field Artillery": no piece of the chain cut out as a name', () => {
    const got = deletions(notesOf(
      'Dale was deployed to Iraq in August of 2007 with Battery B, 2nd Battalion, 138th Field Artillery, based out of Carlisle, KY.',
      'Brent was then assigned to Company B, 1st Battalion, 68th Armor Regiment, 4th Infantry Division, in 2006.',
    ));
    expect(got.filter((d) => /Battery|Battalion|Company|Artillery|Regiment/.test(d))).toEqual([]);
  });
});

describe('a unit chain through a possessive (stop 40)', () => {
  test('"the 1st Infantry Division\'s 1st Battalion, 7th Field Artillery Regiment" is one chain of three levels — no piece cut out; two levels stay two names', () => {
    const got = deletions(notesOf(
      'Sergeant Hale was a member of the 1st Infantry Division\'s 1st Battalion, 7th Field Artillery Regiment in 2007.',
      'He served with the 3rd Infantry Division\'s 2nd Battalion in 2006.',
    ));
    expect(got.filter((d) => /1st|7th/.test(d))).toEqual([]);
    expect(got).toContain('3rd Infantry Division::organisation');
    expect(got).toContain('2nd Battalion::organisation');
  });
});

describe('a section and its subsections (stop 40)', () => {
  test('"Section 108(d)", "Section 7(a)(1)" are asked whole', () => {
    const got = deletions(notesOf(
      'Treasury will begin a study of the program required by Section 108(d) on May 2, 2024.',
      'The agencies worked under Section 7(a)(1) of the act from 2015 to 2019.',
    ));
    expect(got).toContain('Section 108(d)::name');
    expect(got).toContain('Section 7(a)(1)::name');
  });
});

describe('a space station (stop 40)', () => {
  test('"the International Space Station" takes the neutral hint: the golds call it a place, a body and a term alike', () => {
    const got = deletions(notesOf('The crew launched to the International Space Station in August 2023 and returned on Jan. 9, 2024.'));
    expect(got).toContain('International Space Station::name');
  });
});

describe('a statement a body issued (stop 40)', () => {
  test('"“…,” said a statement on the Harbor Department of Fisheries\' website" — the department; a letter from a family is still no one we name', () => {
    const got = attributed(
      'Two swans were sampled on August 8, 2006.',
      '“Routine surveillance has indicated the presence of H5 subtypes in two swans,” said a statement on the Harbor Department of Fisheries\' website.',
      '“It says a lot about the man he was,” says a letter written by Joey Hale\'s family.',
    );
    expect(got['Routine surveillance has']).toBe('Harbor Department of Fisheries');
    expect(got['It says a']).toBe('?');
  });
});

describe('people of a body opening a sentence (stop 41)', () => {
  test('"Officials of the Harbor Development Bank", "Members of the Riverside Air Guard Band": the body after them is asked, not lost with the opener', () => {
    const got = deletions(notesOf(
      'Officials of the Harbor Development Bank met the mayor on May 4, 2021.',
      'Members of the Riverside Air Guard Band played for 300 guests on Friday.',
    ));
    expect(got).toContain('Harbor Development Bank::organisation');
    expect(got).toContain('Riverside Air Guard Band::organisation');
  });
});

describe('an office of a body by its letters (stop 41)', () => {
  test('"President of NWFOA" names the body; "First Lady of Ohio" asks no place cut from the office', () => {
    const got = deletions(notesOf(
      'Chairman Lee Hart, President of NWFOA, spoke at the meeting on June 3, 2022.',
      'She founded the charity in 2014 while serving as the First Lady of Ohio.',
    ));
    expect(got).toContain('NWFOA::organisation');
    expect(got).not.toContain('Ohio::place');
  });
});

describe('a name word the tokenizer keeps hyphenated (stop 41)', () => {
  test('"the Inter-American Tourism Bank" is asked whole, never its tail "Tourism Bank"', () => {
    const got = deletions(notesOf('The Inter-American Tourism Bank lent $40 million to the port in March 2019.'));
    expect(got).toContain('Inter-American Tourism Bank::organisation');
    expect(got.some((d) => d.startsWith('Tourism Bank::'))).toBe(false);
  });
});

describe('a body, its short form in brackets, then the speaker\'s occupation (stop 41)', () => {
  test('"said U.S. Fish and Wildlife Service (Service) hydrologist Ana Pruitt" — the quote and the one after it are hers, not the body\'s', () => {
    const got = attributed(
      '“The lake is rising faster than any model we have,” said U.S. Fish and Wildlife Service (Service) hydrologist Ana Pruitt. “We need more gauges before the spring melt.”',
    );
    expect(got['The lake is']).toBe('Ana Pruitt');
    expect(got['We need more']).toBe('Ana Pruitt');
  });
});

describe('names typed by what stands around them (stop 41)', () => {
  test('"Patients whose tumors grew" is no person; "Bledsoe and Marlow Counties" are no couple', () => {
    const got = deletions(notesOf(
      'Patients whose tumors grew during the trial were told of their treatment in 2019.',
      'The river runs through Bledsoe and Marlow Counties for 40 miles.',
    ));
    expect(got.some((d) => d.startsWith('Patients::'))).toBe(false);
    expect(got.filter((d) => d.endsWith('::person'))).toEqual([]);
  });

  test('"Find Your Park" is a campaign, no place; a journal a study was published in is no body', () => {
    const got = deletions(notesOf(
      'The reach of Find Your Park grew to 40 states in 2016.',
      'The team published its results in Reef Dynamics Letters in 2023.',
    ));
    expect(got).toContain('Find Your Park::name');
    expect(got).toContain('Reef Dynamics Letters::name');
  });

  test('"a NASA T-38 trainer" names the aircraft, not NASA; "a fallen Nevadan" is no name', () => {
    const got = deletions(notesOf(
      'The cockpit came from a NASA T-38 trainer built in 1961.',
      'I want to honor a fallen Nevadan who served for 12 years.',
    ));
    expect(got).toContain('NASA T-38::name');
    expect(got.some((d) => d.startsWith('Nevadan::'))).toBe(false);
  });

  test('"PFC Dane Holloway", "CWO Scott Oswald": after a rank, a given name that is a people\'s too opens the name; the rank is no body', () => {
    const got = deletions(notesOf(
      'We mourn PFC Dane Holloway of Reno, who died on March 3, 2007.',
      'I rise to honor CWO Scott Oswald, who served for 18 years.',
    ));
    expect(got).toContain('Dane Holloway::person');
    expect(got).toContain('Scott Oswald::person');
    expect(got.some((d) => d.startsWith('CWO::'))).toBe(false);
  });
});

describe('people the words around them make someone (stop 41)', () => {
  test('"Reese Holt is a fifth-generation Ohioan who …" is a person; the "he says" after is his', () => {
    const got = attributed(
      'Reese Holt is a fifth-generation Ohioan who has been farming for 40 years. Through farming, his family has been tied to the valley for a century. “The oak is the premier tree here,” he says.',
    );
    expect(got['The oak is']).toBe('Reese Holt');
  });

  test('"Herb Baker, the Air Force Materiel Command historian," is a person though both words are English; his later quotes are his', () => {
    const got = attributed(
      'Herb Baker, the Air Force Materiel Command historian, spent 40 years preserving the command\'s story.',
      'Then a humbled Baker took the floor. “Over the years I’ve learned that life is not fair,” he said.',
    );
    expect(got['Over the years']).toBe('Herb Baker');
  });

  test('"spokeswoman Tucker Lang" is a she, whatever her given name suggests', () => {
    const got = attributed(
      'Riverside Brewing spokeswoman Tucker Lang gave a simple reason for the project.',
      '“Without clean water,” she said, “you can’t brew good beer.”',
    );
    expect(got['Without clean water,']).toBe('Tucker Lang');
  });

  test('"“…” in the parks where she hikes, Nasser said." — a pronoun in the writer\'s words does not hide the tag', () => {
    const got = attributed(
      'The brewery will name its beers after animals, said Meg Nasser, its marketing manager.',
      'A hiker, Nasser knows conservation needs support. “You can see how much things have changed” in the parks where she hikes, Nasser said.',
    );
    expect(got['You can see']).toBe('Meg Nasser');
  });

  test('"presented Baker the Air Force Civilian Service Award" is a person and an award, not one name', () => {
    const got = deletions(notesOf('In 2016 the commander presented Baker the Air Force Civilian Service Award, the highest award a civilian can receive.'));
    expect(got).toContain('Air Force Civilian Service Award::name');
  });
});

describe('no person named like a thing (stop 41)', () => {
  test('"the Head Health Challenge III" is a challenge, not someone after the title "Head"; "Dr. Ann Lake" is still a person', () => {
    const got = deletions(notesOf(
      'Three companies brought their own goals to the Head Health Challenge III in 2015.',
      'Dr. Ann Lake led the study for 12 years.',
    ));
    expect(got.filter((d) => d.endsWith('::person'))).toEqual(['Ann Lake::person']);
  });

  test('"Wheeler Lake, 70 miles upriver," is a place; "the big John Deere machine" is a make, no one', () => {
    const got = deletions(notesOf(
      'Wheeler Lake, 70 miles upriver, came in second in 2019.',
      'The big John Deere machine cleared 40 miles of road in 2017.',
    ));
    expect(got).toContain('Wheeler Lake::place');
    expect(got.filter((d) => d.endsWith('::person'))).toEqual([]);
  });
});

describe('an amount after a currency\'s code (stop 41)', () => {
  test('"CNY860 million", "EUR 40 million" are amounts, no name', () => {
    const got = deletions(notesOf(
      'The ministry set aside CNY860 million for clinics on Friday.',
      'The bank lent EUR 40 million to the port authority in 2019.',
    ));
    expect(got).toContain('CNY860 million::amount');
    expect(got).toContain('EUR 40 million::amount');
    expect(got.some((d) => /^(?:CNY860|EUR 40)::name/.test(d))).toBe(false);
  });
});

describe('a national body named with "and" (stop 41)', () => {
  test('"U.S. Customs and Border Protection" is one name, never "U.S. Customs"', () => {
    const got = deletions(notesOf('Officers from U.S. Customs and Border Protection seized 40 pounds of fentanyl in May 2023.'));
    expect(got.some((d) => d.startsWith('U.S. Customs and Border Protection::'))).toBe(true);
    expect(got.some((d) => d.startsWith('U.S. Customs::'))).toBe(false);
  });
});

describe('what a town is named (stop 41)', () => {
  test('"in the town of Carnwick", "the village of Peam Lor" are places, not bodies or names of no kind', () => {
    const got = deletions(notesOf(
      'Crews were called to a caravan park in the town of Carnwick at 12:56 on Saturday.',
      'The minister was born in 1952 in the village of Peam Lor.',
    ));
    expect(got).toContain('Carnwick::place');
    expect(got).toContain('Peam Lor::place');
  });
});

describe('tags that name a body\'s letters or a judging verb (stop 41)', () => {
  test('"said NIH SBIR/STTR program coordinator Matt Porter." — the person closing the tag', () => {
    const got = attributed('“This pilot will widen the program,” said NIH SBIR/STTR program coordinator Matt Porter. “We look forward to it.”');
    expect(got['This pilot will']).toBe('Matt Porter');
  });

  test('"CPT Tom Linder, commander of the company, called Specialist Hayes “…”" is the captain\'s; a programme "called “…”" is no one\'s', () => {
    const got = attributed(
      'Specialist Hayes joined the Guard in 2002. MG Don Storm, the state\'s adjutant general, said he \'\'epitomized what it means to serve.\'\'',
      'CPT Tom Linder, commander of the 617th Military Police Company, called Specialist Hayes \'\'the consummate soldier, always in the right place.\'\'',
      'The city runs a program called “Safe Streets for All Kids” in 40 schools.',
    );
    expect(got['the consummate soldier,']).toBe('Tom Linder');
    expect(got['Safe Streets for']).toBe('?');
  });
});

describe('a long title in capitals opening the sentence before an untagged quote (stop 41)', () => {
  test('"18F Developer and Product Manager Sam Kandel was heartened." then a bare quote — his', () => {
    const got = attributed(
      'The site launched in May 2015.',
      '18F Developer and Product Manager Sam Kandel was heartened by the response.',
      '“I’ve heard a few people say that it’s a good looking site. If they’re not complaining, we did a good job.”',
    );
    expect(got['I’ve heard a']).toBe('Sam Kandel');
  });
});

describe('names whose words look like a body\'s (stop 41)', () => {
  test('"Camp Blanding", "Fort Carson" are places; "the Russian Federation" is a country; "the Oval Office" a place, "the Oath of Office" no body', () => {
    const got = deletions(notesOf(
      'He trained at Camp Halsey in 2004.',
      'He was based at Fort Carson, CO.',
      'The envoy spoke of the Russian Federation on Monday.',
      'In 1975 Ford sought better relations with the Soviet Union.',
      'The President took the Oath of Office on January 20 and met aides in the Oval Office at 4 p.m.',
    ));
    expect(got).toContain('Camp Halsey::place');
    expect(got).toContain('Fort Carson::place');
    expect(got).toContain('Russian Federation::place');
    expect(got).toContain('Soviet Union::place');
    expect(got.filter((d) => /^(?:Oval Office|Oath of Office)::organisation/.test(d))).toEqual([]);
  });

  test('"the Imaging Optics Assembly" is a machine\'s part; "the Kentucky General Assembly" a body', () => {
    const got = deletions(notesOf(
      'The optics, called the Imaging Optics Assembly, passed 12 tests in March 2024.',
      'The Kentucky General Assembly passed the bill 90 to 4 in 2019.',
    ));
    expect(got).toContain('Imaging Optics Assembly::name');
    expect(got).toContain('Kentucky General Assembly::organisation');
  });
});

describe('a tribute\'s spelled-out rank and its blessing (stop 41)', () => {
  test('"Private First Class Ortiz" is a person with his rank; "May God bless Shawn" asks no name; the song "God Bless America" is still a name', () => {
    const got = deletions(notesOf(
      'On March 20, 2007, Private First Class Ortiz was killed near Baghdad.',
      'May God Bless Shawn and all those he loved.',
      'His wife wants the band to play God Bless America at the service on May 2, 2010.',
    ));
    expect(got).toContain('Ortiz::person');
    expect(got.some((d) => d.startsWith('God Bless Shawn'))).toBe(false);
    expect(got).toContain('God Bless America::name');
  });
});

describe('a site\'s name and a virus\'s subtype (stop 41)', () => {
  test('"Data.gov", "Challenge.gov" are asked whole, wherever they stand; an address is no name', () => {
    const got = deletions(notesOf(
      'Data.gov hosts 200,000 datasets from 2009 on.',
      'Agencies post their prizes on Challenge.gov, which opened in 2010; see www.data.gov for more.',
    ));
    expect(got).toContain('Data.gov::name');
    expect(got).toContain('Challenge.gov::name');
    expect(got.some((d) => /^(?:Data|Challenge)::/.test(d))).toBe(false);
  });

  test('"H5N1" is a name of its own, never part of the body named before it', () => {
    const got = deletions(notesOf(
      'Two swans in Glasgow are being tested for the H5N1 virus.',
      'According to the World Health Organization H5N1 has killed 109 people since 2003.',
    ));
    expect(got).toContain('H5N1::name');
    expect(got.some((d) => d.startsWith('World Health Organization H5N1'))).toBe(false);
  });
});

describe('a species\' common name that a capitalised word opens (stop 41)', () => {
  test('"the Ozark black bear", "Harlan’s warbler", "the Eastern mud snake" are asked whole; "Black pinesnakes are …" and plurals ask no such name', () => {
    const got = deletions(notesOf(
      'Wide-roaming animals like the Ozark black bear will benefit from the 40-mile corridor.',
      'In 2009 Harlan’s warbler was listed, and the Eastern mud snake was found at 12 sites.',
      'Black pinesnakes are non-venomous; Burmese pythons ate 90 percent of the rabbits.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Ozark black bear::name', 'Harlan’s warbler::name', 'Eastern mud snake::name']));
    expect(got.some((d) => /pinesnakes|pythons/.test(d))).toBe(false);
    expect(got.some((d) => /^(?:Ozark|Harlan|Eastern)::/.test(d))).toBe(false);
  });
});

describe('an executive order by its number, a company\'s long legal form (stop 41)', () => {
  test('"Executive Order (E.O.) 13382", "Executive Order 14078", "E.O. 13553" are asked whole; the number is no figure of its own', () => {
    const got = deletions(notesOf(
      'The action was taken pursuant to Executive Order (E.O.) 13382, which targets proliferators.',
      'The sanctions follow Executive Order 14078, signed on July 19, 2022.',
      'The United States designated him pursuant to E.O. 13553 in February 2011.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Executive Order (E.O.) 13382::name', 'Executive Order 14078::name', 'E.O. 13553::name']));
    expect(got.some((d) => /^\d{5}::/.test(d))).toBe(false);
  });

  test('"Allyrise Trading Co., Limited" is one company', () => {
    const got = deletions(notesOf('OFAC also designated Hong Kong-based Allyrise Trading Co., Limited, on May 2, 2020.'));
    expect(got).toContain('Allyrise Trading Co., Limited::organisation');
  });
});

describe('a company named in common words before its legal form (stop 41)', () => {
  test('"Night Lizard Brewing Co." is a body; "Delta Co., 1st Battalion" is a unit, no company', () => {
    const got = deletions(notesOf(
      'The founders of Night Lizard Brewing Co. gave $5,000 in 2017.',
      'He was a proud member of Delta Co., 1st Battalion, 327th Infantry, in 2008.',
    ));
    expect(got).toContain('Night Lizard Brewing Co.::organisation');
    expect(got.some((d) => d.startsWith('Delta Co.::'))).toBe(false);
  });
});

describe('a body and the town of its campus (stop 41)', () => {
  test('"the University of Maryland in College Park" is the university and a town, not one name', () => {
    const got = deletions(notesOf('The symposium was held on March 20, 2024, at the University of Maryland in College Park.'));
    expect(got).toContain('University of Maryland::organisation');
    expect(got.some((d) => d.startsWith('University of Maryland in College Park'))).toBe(false);
  });
});

describe('names of laws\' parts and programmes with small words inside (stop 41)', () => {
  test('"Section 5 of the FTC Act", "Title 18 of the United States Code" are one answer each', () => {
    const got = deletions(notesOf(
      'It is a violation of Section 5 of the FTC Act, the Commission said on May 2, 2024.',
      'Others face up to 10 years in prison under Title 18 of the United States Code.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Section 5 of the FTC Act::name', 'Title 18 of the United States Code::name']));
    expect(got.some((d) => /^(?:Section 5|FTC Act|Title 18|United States Code)::/.test(d))).toBe(false);
  });

  test('"America the Beautiful initiative", "Investing in America agenda": the programme\'s name whole', () => {
    const got = deletions(notesOf(
      'It complements the America the Beautiful initiative, a 10-year effort begun in 2021.',
      'The grant is part of the Investing in America agenda, which gave $20 million in 2024.',
    ));
    expect(got).toEqual(expect.arrayContaining(['America the Beautiful::name', 'Investing in America::name']));
    expect(got.some((d) => /^(?:Beautiful|Investing)::/.test(d))).toBe(false);
  });
});

describe('a unit written with a slash (stop 41)', () => {
  test('"the 2/1 AD" is a unit, no date; "since 9/11" still is one', () => {
    const got = deletions(notesOf(
      'The 2/1 AD is attached to the brigade to test 40 systems.',
      'Since 9/11 the base has grown by 3,000 people.',
    ));
    expect(got.some((d) => d.startsWith('2/1'))).toBe(false);
    expect(got).toContain('9/11::date');
  });
});

describe('a body\'s letters before "program" (stop 41)', () => {
  test('"the NCI Intramural Research program" takes the neutral hint, no body\'s', () => {
    const got = deletions(notesOf('He used the freedom the NCI Intramural Research program gave him for 40 years.'));
    expect(got).toContain('NCI Intramural Research::name');
  });
});

describe('a name we could not type speaks between a person and a "he" (stop 41)', () => {
  test('"On Friday, Hun Sen said: “…” ¶ “…,” he added." — the "he" is not the commune chief named before', () => {
    const got = attributed(
      'Thong Rany, the former commune chief, said voters were pressured.',
      '“They went to vote because they are afraid,” he said.',
      'On the last day of campaigning on Friday, Hun Sen said: “Now the majority of people will go to vote.”',
      '“Those who are against voting destroy the nation,” he added.',
    );
    expect(got['They went to']).toBe('Thong Rany');
    expect(got['Those who are']).toBe('?');
  });
});

describe('a title in the plural before two names (stop 41)', () => {
  test('"In addition to Gens. Welsh and Hart, …" is one sentence and "Gens" no name', () => {
    const notes = notesOf('In addition to Gens. Welsh and Hart, winners of the award since 2010 include Adm. Mike Mullen.');
    expect(notes.filter((n) => n.kind !== 'quote')).toHaveLength(1);
    expect(deletions(notes).some((d) => d.startsWith('Gens'))).toBe(false);
  });
});

describe('the one spoken of, and a speaker we could not type after a quote (stop 41)', () => {
  test('"“…,” Chhan says of Deng. ¶ “…,” he added." — not Deng\'s words', () => {
    const got = attributed(
      'He has been reading biographies of world leaders, including Chinese reformist leader Deng Xiaoping.',
      '“He was patient and mild,” Chhan says of Deng. “He spoke little.”',
      '“I like that he thought a lot and spoke less. But he is not my role model,” he added.',
    );
    expect(got['I like that']).not.toBe('Deng Xiaoping');
  });
});

describe('a Roman numeral ending a sentence (stop 41)', () => {
  test('"… who died in World War I. The war was fought …" is two sentences; the name is "World War I", not "World War I. The"', () => {
    const notes = notesOf('The memorial honors 499 people from the city who died in World War I. The war was fought from 1914 to 1918.');
    const got = deletions(notes);
    expect(got).toContain('World War I::name');
    expect(got.some((d) => d.includes('The::'))).toBe(false);
  });
});

describe('a quote cut by its tag after a few words (stop 41)', () => {
  test('"“Without clean water,” she said, “you can’t brew good beer.”" is asked whole; words of the writer between two phrases join nothing', () => {
    const notes = notesOf(
      'Riverside Brewing spokeswoman Tucker Lang gave a simple reason for the project in 2017.',
      '“Without clean water,” she said, “you can’t brew good beer.”',
      'Dr. Ana Ruiz called the find “particularly exciting,” saying the molecule is “the starting point for most theories.”',
    );
    const quotes = notes.filter((n) => n.kind === 'quote').map((n) => n.text);
    expect(quotes.some((t) => t.startsWith('“Without clean water, you can’t brew good beer.”'))).toBe(true);
    expect(quotes.some((t) => t.includes('exciting, the starting point'))).toBe(false);
  });
});

describe('an award of a field whose last word is a body\'s (stop 42)', () => {
  test('"the National Medal of Science and Innovation" is one term, no body and no person', () => {
    const got = deletions(notesOf('The two chemists won the National Medal of Science and Innovation in 2016.'));
    expect(got).toContain('National Medal of Science and Innovation::name');
    expect(got.some((d) => d.includes('organisation') || d.includes('person'))).toBe(false);
  });
});

describe('a person and the country they are from (stop 42)', () => {
  test('"Arkar Lin of Myanmar took the test …" is a person and a place; the untagged quote after is his, not the last speaker\'s', () => {
    const got = attributed(
      'Dana Whitfield is a vice president at the company that writes the exam.',
      'Whitfield reminded students that most schools take the best score from each part.',
      '“So there is no doubt that students do better if they take it twice.”',
      'Arkar Lin of Myanmar took the exam in 2019, one year after he finished high school.',
      '“I would say that most of the time, I had no idea what it was asking.”',
    );
    expect(got['So there is']).toBe('Dana Whitfield');
    expect(got['I would say']).toBe('Arkar Lin');
    const names = analysed(['Arkar Lin of Myanmar took the exam in 2019.']).sentences.flatMap((s) => s.names.map((n) => n.text));
    expect(names).toEqual(expect.arrayContaining(['Arkar Lin', 'Myanmar']));
  });
});

describe('a country\'s letters ending a sentence (stop 42)', () => {
  test('"… studying in the U.S. Fewer Canadian students …" is two sentences; "U.S. Fewer Canadian" no name', () => {
    const notes = notesOf('Far more students from Ghana could be studying in the U.S. Fewer Canadian students are going to college there, the Lagos Institute found.');
    const got = deletions(notes);
    expect(got.some((d) => d.includes('Fewer'))).toBe(false);
    expect(got).toContain('Lagos Institute::organisation');
    expect(notesOf('The U.S. Army said it was ready.').map((n) => n.text)).toContain('The {{c1::U.S. Army::organisation}} said it was ready.');
  });
});

describe('measures: a weight per something, a scale of degrees, a length of time with a fraction (stop 42)', () => {
  test('"by 300 pounds per acre" is a quantity, "one degree Celsius" asks no name, "up to 6½ years" is how long', () => {
    const got = deletions(notesOf('Growers saw yields rise by 300 pounds per acre in 2018. It felt warm at one degree Celsius in Tromsø, she said. The sheep lived up to 6½ years without illness.'));
    expect(got).toContain('300 pounds::quantity');
    expect(got.some((d) => d.startsWith('Celsius'))).toBe(false);
    expect(got).toContain('6½ years::how long');
  });
});

describe('two fields joined by "and" before one head (stop 42)', () => {
  test('"a retired U.S. Army Corps of Engineers Research and Development Center engineer" asks one body; two bodies with heads of their own stay two', () => {
    const got = deletions(notesOf('Lena Ortiz, a retired U.S. Army Corps of Engineers Research and Development Center engineer, tested the spores in 2018.'));
    expect(got).toContain('U.S. Army Corps of Engineers Research and Development Center::organisation');
    expect(deletions(notesOf('The Department of Energy and Harbor State University signed the pact in 2019.'))).toEqual(expect.arrayContaining(['Department of Energy::organisation', 'Harbor State University::organisation']));
  });
});

describe('a law that lists words, a share in one word, a brand\'s number, a code ending a sentence, a territory\'s long name (stop 42)', () => {
  test('"the Federal Food, Drug, and Cosmetic Act" is one answer', () => {
    const got = deletions(notesOf('The agency reminded sellers of their duties under the Federal Food, Drug, and Cosmetic Act in 2023.'));
    expect(got).toContain('Federal Food, Drug, and Cosmetic Act::name');
  });
  test('"a 14-percent rise" is a percent; "PLOS ONE in 2019" asks no number', () => {
    const got = deletions(notesOf('Shops grew to 5,120 in 2016, a 14-percent rise on the year before.', 'Their study, published in PLOS ONE in 2019, ran long.'));
    expect(got).toContain('14-percent::percent');
    expect(got.some((d) => /ONE.*::number/.test(d))).toBe(false);
  });
  test('"… Section 2339B. At sentencing …" is two sentences, the code without the full stop', () => {
    const notes = notesOf('She admitted violating Title 18, United States Code, Section 2339B. At sentencing, she faces 20 years in prison.');
    expect(deletions(notes)).toContain('Section 2339B::name');
    expect(notes.some((n) => n.text.startsWith('At sentencing'))).toBe(true);
  });
  test('"the Commonwealth of Puerto Rico" is a place', () => {
    expect(deletions(notesOf('Luis Vega, 52, a former senator in the Commonwealth of Puerto Rico, admitted the charge in 2009.'))).toContain('Commonwealth of Puerto Rico::place');
  });
});

describe('a surname two people bear (stop 42)', () => {
  test('the surname alone stays with the one it named before his wife came in', () => {
    const got = attributed(
      'Voters in Lowell elected Tomas Brandt as their mayor in 2021.',
      '“There are no limits,” Brandt told reporters.',
      'So Greta Brandt, his wife, wrote to a family she had lived with.',
      'Two weeks later, Brandt found a job cleaning a school. “I got nothing for free,” he argues.',
      '“Your city accepted us here,” Brandt told neighbours.',
    );
    expect(got['I got nothing']).toBe('Tomas Brandt');
    expect(got['Your city accepted']).toBe('Tomas Brandt');
  });
  test('a father and a son of one name: "the elder Lott … he said" is no one\'s by the surname', () => {
    const got = attributed(
      '“Mice are buried here too,” said Carl Lott III, vice president of the Elm Hill cemetery.',
      'Lott runs the place with his father Carl Lott Jr., who bought it in 1980.',
      'There is a family plot, where the elder Lott plans to be laid to rest.',
      '“I have to be buried somewhere,” he said.',
    );
    expect(got['I have to']).not.toBe('Carl Lott III');
  });
  test('a surname first used alone after both bearers are named is given to neither', () => {
    const got = attributed('Tomas Brandt and his wife, Greta Brandt, opened a bakery in 2019.', '“We bake every night,” Brandt said.');
    expect(['Tomas Brandt', 'Greta Brandt']).not.toContain(got['We bake every']);
  });
});

describe('a verb before the speaker, and words a speaker offers before a colon (stop 42)', () => {
  test('"For example, says Tamb, “…”" and "Says agronomist Ron Soren, “…”" are theirs', () => {
    const got = attributed(
      'Marshall Tamb leads the lab in Dawson.',
      'For example, says Tamb, “Irrigator Max is a decision tool developed at the lab.”',
      'Says agronomist Ron Soren, “We are comparing deep drip lines to sprinklers.”',
    );
    expect(got['Irrigator Max is']).toBe('Marshall Tamb');
    expect(got['We are comparing']).toBe('Ron Soren');
  });
  test('"For new students, Kow has this advice: ¶ “…”" and "Ruiz had a warning for parents: ¶ “…”" are theirs', () => {
    const got = attributed(
      'Allan Kow is the founder of Cardinal Prep, a company that helps students.',
      'For new students, Kow has this advice:',
      '“So I would say if your English is strong, the first test could be great.”',
      'Dana Ruiz runs the clinic in Lowell.',
      'Ruiz had a warning for parents:',
      '“Do not wait until the last year to vaccinate.”',
    );
    expect(got['So I would']).toBe('Allan Kow');
    expect(got['Do not wait']).toBe('Dana Ruiz');
  });
});

describe('words after "was" that describe the subject (stop 42)', () => {
  test('"… where he was “subjected to repeated torture …”" is no one\'s we can name, not the subject\'s', () => {
    const got = attributed(
      'According to the arrest warrant, Ruben Ocampo is implicated “in the unlawful detention of a 22-year-old student activist.”',
      'He was then taken to a secret prison in Rosario where he was “subjected to repeated mental and physical torture.”',
    );
    expect(got['subjected to repeated']).toBe('?');
  });
});

describe('the one a sentence turns to, and many people as no one speaker (stop 42)', () => {
  test('"As for Judge, “…,” he said." is Judge\'s, not the last speaker\'s', () => {
    const got = attributed(
      'Kenji Sato and Aaron Judge will meet in the final.',
      'After the Rangers won, Sato told reporters, “The goal was to get this far.”',
      'As for Judge, “getting a chance to play on the biggest stage will be pretty cool,” he said.',
    );
    expect(got['The goal was']).toBe('Kenji Sato');
    expect(got['getting a chance']).toBe('Aaron Judge');
  });
  test('"She said the day includes stories about people who … “…”" names no speaker "day … people"', () => {
    const got = attributed(
      'Bettina Moss, who is a descendant of enslaved people, spoke to a magazine about her traditions.',
      'She said the day includes stories about people who continued to fight because “freedom from slavery did not bring freedom for everyone.”',
    );
    expect(got['freedom from slavery']).not.toMatch(/people/);
  });
});

describe('a surname with its particle (stop 42)', () => {
  test('"Van Dorn says" after "R. Scott Van Dorn" is the person named in full', () => {
    const got = attributed(
      '“Robots are being built for all sorts of uses,” says R. Scott Van Dorn, of the erosion unit in Lubbock, Texas.',
      'Van Dorn has worked for three years on the robot.',
      '“It is unhealthy to be out in a sandstorm collecting data,” Van Dorn says.',
    );
    expect(got['It is unhealthy']).toBe('R. Scott Van Dorn');
  });
});

describe('a month as a surname, a court case, an amount in one word (stop 42)', () => {
  test('"spokesman Nathan March called …" asks the whole name', () => {
    expect(deletions(notesOf('In a statement, Harbor College spokesman Nathan March called the report unfair in 2023.'))).toContain('Nathan March::person');
  });
  test('"the case Brown versus Board of Education" and "Roe v. Wade" are one answer each; a game "Miami versus Boston" is none', () => {
    const got = deletions(notesOf('The landmark case Brown versus Board of Education was decided in 1954.', 'In Roe v. Wade, the court ruled in 1973.', 'Miami versus Boston drew 40,000 fans.'));
    expect(got).toEqual(expect.arrayContaining(['Brown versus Board of Education::name', 'Roe v. Wade::name']));
    expect(got.some((d) => d.includes('Miami versus'))).toBe(false);
  });
  test('"the state’s billion-dollar industry" is an amount; "a 42-pound catfish" a weight', () => {
    const got = deletions(notesOf('Hornets could hurt the state’s billion-dollar farm industry, she warned in 2020.', 'He once caught a 42-pound catfish in Kentucky Lake.'));
    expect(got).toContain('billion-dollar::amount');
    expect(got).toContain('42-pound::quantity');
  });
});

describe('a code with its letter, a middle name before a title-word surname, a given name that is a title (stop 42)', () => {
  test('"Launch Pad 39A" is asked whole; "Metal 3D Printer" is not cut to "Metal 3D"', () => {
    const got = deletions(notesOf('The shuttle rolled out to Launch Pad 39B on Dec. 12, 1981.', 'A test from the agency, Metal 3D Printer, builds small parts in 2024.'));
    expect(got).toContain('Launch Pad 39B::name');
    expect(got).not.toContain('Metal 3D::name');
  });
  test('"SFC Jason Lee Bishop of Covington, KY" asks the person and the place', () => {
    const got = deletions(notesOf('SFC Aaron Lee Bishop of Covington, KY, was killed by a car bomb in 2006.'));
    expect(got).toContain('Aaron Lee Bishop::person');
    expect(got).toContain('Covington, KY::place');
  });
  test('"founded by Dean Kamen" asks the whole name; "Dean Minow said" after "Martha Minow" is her', () => {
    expect(deletions(notesOf('The robotics contest was founded by Dean Kamen in 1989.')).some((d) => d.startsWith('Dean Kamen::'))).toBe(true);
    const got = deletions(notesOf('Law school Dean Martha Minow spoke in 2010.', 'Dean Minow said the school would grow.'));
    expect(got.some((d) => d.startsWith('Dean Minow'))).toBe(false);
  });
});

describe('a German particle inside a name (stop 42)', () => {
  test('"Harald zur Hausen" is one name', () => {
    expect(deletions(notesOf('It was only after the discoveries of Harald zur Hausen that the virus was found to be the cause in 1983.')).some((d) => d.startsWith('Harald zur Hausen::'))).toBe(true);
  });
});

describe('a strain with its species, the end of an office, a people by its colour (stop 42)', () => {
  test('"E. coli O157:H7" is one answer', () => {
    expect(deletions(notesOf('All those sickened carry the same strain, E. coli O157:H7, the agency said in 2006.'))).toContain('E. coli O157:H7::name');
  });
  test('"Special Agent in Charge, Cleveland Division" types no "Charge"; "Black and Latino students" no "Black"', () => {
    const typed = (sentence: string): string[] => {
      const a = analyse(sentence);
      const registry = new NameRegistry();
      return findNameChunks(a.tokens, 0, a.tokens.length - 1, sentence).flatMap((c) => typeChunk(a.tokens, c, 0, registry).map((n) => n.text));
    };
    expect(typed('The case was handled by C. Frank Figlio, Special Agent in Charge, Cleveland Division, FBI, in 2009.')).not.toContain('Charge');
    expect(typed('The researchers found that Black and Latino students were the most segregated populations.')).not.toContain('Black');
  });
});

describe('one name across "and" (stop 42)', () => {
  test('a short form spelling both parts, a couple an award is named after; a mission\'s words before "mission" not cut in two', () => {
    const got = deletions(notesOf(
      'Partners include the Geo-Informatics and Space Technology Development Agency Thailand (GISTDA) since 2019.',
      'The secretary presented the 2014 Zachary and Elizabeth Harper Distinguished Civilian Humanitarian Award to the founder.',
      'The Gravity Recovery and Climate Experiment-Continuity mission will launch in 2024.',
    ));
    expect(got.some((d) => d.startsWith('Geo-Informatics and Space Technology Development Agency Thailand::'))).toBe(true);
    expect(got.some((d) => d.startsWith('Zachary and Elizabeth Harper Distinguished Civilian Humanitarian Award::'))).toBe(true);
    expect(got.some((d) => d.startsWith('Gravity Recovery::') || d.startsWith('Climate Experiment-Continuity::'))).toBe(false);
  });
});

describe('a straight quote mark run onto a capital after a full stop (stop 42)', () => {
  test('\'… Katrina and Rita."These tax credits …," said Senator Mary Landry.\' is a quote of hers', () => {
    const got = attributed('Five groups in Louisiana won awards after Hurricanes Katrina and Rita."These tax credits will lift neighborhoods in real need," said Senator Mary Landry.');
    expect(got['These tax credits']).toBe('Mary Landry');
  });
});

describe('service members in the plural, a state named after its faith (stop 42)', () => {
  test('"U.S. Airmen" and "Reservists" ask no name; "the Islamic State of Iraq and Levant" is asked whole', () => {
    const got = deletions(notesOf('U.S. Airmen have flown two-thirds of all strikes against the Islamic State of Iraq and Levant since 2014.', 'The pledge covers active duty, Guardsmen, Reservists, veterans and families, he said in 2015.'));
    expect(got.some((d) => /^(?:U\.S\. Airmen|Airmen|Reservists|Guardsmen)::/.test(d))).toBe(false);
    expect(got).toContain('Islamic State of Iraq and Levant::name');
  });
});

describe('a show or a breakfast named after someone, a town called a haven (stop 42)', () => {
  test('"The Dr. Ray Show" and "the Annual King Day Breakfast" are no person; "Lynn Haven" is a place', () => {
    const got = deletions(notesOf('Dr. Oz and The Dr. Ray Show posted about the week in 2014.', 'Yellen spoke at the Harbor Action Network’s Annual King Day Breakfast in 2022.', 'The storm struck Mexico Beach, Panama City and Lynn Haven in October 2018.'));
    expect(got.some((d) => /::person$/.test(d) && /Show|Breakfast|Haven/.test(d))).toBe(false);
    expect(got.filter((d) => d.startsWith('Lynn Haven::')).every((d) => d === 'Lynn Haven::place')).toBe(true);
    expect(got).toEqual(expect.arrayContaining(['The Dr. Ray Show::name', 'Annual King Day Breakfast::name']));
  });
});

describe('a place named after someone before its people, a species by its possessive name (stop 42)', () => {
  test('"Archie Carr workers" is no person; "Kemp’s ridleys" asks no "Kemp"', () => {
    const got = deletions(notesOf('As of August, Archie Carr workers and volunteers had counted nearly 30,000 nests.', 'Three turtles nest in Alabama: loggerheads, Kemp’s ridleys and green sea turtles.'));
    expect(got).not.toContain('Archie Carr::person');
    expect(got.some((d) => d.startsWith('Kemp::'))).toBe(false);
  });
});

describe('a closing glyph typed to open a quote after a full stop (stop 42)', () => {
  test('\'… accordingly.”Push alerts are …,” Hale said.\' is a quote of Hale\'s', () => {
    const got = attributed('Dana Hale builds the alert app for the agency.', 'Plan and test accordingly.”Push alerts are so permanent once they go out,” Hale said.');
    expect(got['Push alerts are']).toBe('Dana Hale');
  });
});

describe('a slogan-like programme name after an article (stop 42)', () => {
  test('"a Share the Shore volunteer" is never cut to "Share" or "Shore"', () => {
    const got = deletions(notesOf(
      'A Share the Shore volunteer for more than 16 years, Graham knew the routine.',
      'Share the Shore is a non-profit organization of more than 400 passionate volunteers dedicated to protecting baby sea turtles.',
      'For now, Share the Shore volunteers will keep watching the nests.',
    ));
    expect(got.some((d) => /^(?:Share|Shore)::/.test(d))).toBe(false);
  });
});

describe('what someone is, an office before "at" (stop 42)', () => {
  test('"Carolyne Alkan is an education professor at …" makes her a person, and "she told" after is her', () => {
    const got = attributed('Carolyne Alkan-Ruiz is an education professor at the University of North Florida. “These attacks from the state have made us unsafe,” she told the group.');
    expect(got['These attacks from']).toBe('Carolyne Alkan-Ruiz');
  });
});

describe('an office in charge after a name (stop 42)', () => {
  test('"C. Frank Figlio, Special Agent in Charge, Toledo Division, FBI, said: “…”" is his', () => {
    const got = attributed('C. Frank Figlio, Special Agent in Charge, Toledo Division, FBI, said: "This case shows our continued efforts to stop plots before they occur."');
    expect(got['This case shows']).toBe('C. Frank Figlio');
  });
});

describe('a count in a larger one, a title after a body joined by "and" (stop 42)', () => {
  test('"Two in five" is one answer; "Office of Management and Budget Deputy Director …" is never cut to "Office of Management"', () => {
    const got = deletions(notesOf('Two in five adults have not finished primary school, the survey found in 2013.', '“Filing is now fast and free,” said Office of Management and Budget Deputy Director for Management Jason Mills.'));
    expect(got).toContain('Two in five::number');
    expect(got).not.toContain('Office of Management::organisation');
  });
});

describe('a body of members as a label over a quote (stop 42)', () => {
  test('"Coastal Anglers Partners ¶ “…”" and "Pipe and Valve Distributors of America ¶ “…”" are the bodies\' words', () => {
    const got = attributed('Groups praised the choice in 2019.', 'Coastal Anglers Partners', '“Throughout her service, Hale has shown a strong grasp of habitat.”', 'Pipe and Valve Distributors of America', '“Our group supports her efforts to reform permitting.”');
    expect(got['Throughout her service,']).toBe('Coastal Anglers Partners');
    expect(got['Our group supports']).toBe('Pipe and Valve Distributors of America');
  });
});

describe('a trade mark sign inside a name (stop 42)', () => {
  test('"the Making Home Affordable® Program" and "the Zillow™ Home Finder app" are asked whole', () => {
    const got = deletions(notesOf('The Keeping Homes Safe® Program has been extended through December 2013.', 'Buyers may use the Harbor™ Home Finder app since 2020.'));
    expect(got).toEqual(expect.arrayContaining(['Keeping Homes Safe® Program::name', 'Harbor™ Home Finder::name']));
  });
});

describe('a label too long for a heading over a quote (stop 42)', () => {
  test('"U.S. Senator Mary Lou Hanlon (R-W.Va.), Chairman of the Senate … Committee ¶ “…”" is hers', () => {
    const got = attributed('Praise came from many quarters in 2019.', 'U.S. Senator Mary Lou Hanlon (R-W.Va.), Chairman of the Senate Environment and Public Works (EPW) Committee', '“Katherine Scarlett is well qualified to lead the council.”');
    expect(got['Katherine Scarlett is']).toBe('Mary Lou Hanlon');
  });
});

describe('a citation of the U.S. Code (stop 42)', () => {
  test('"in violation of 42 U.S.C. 2277" asks no number and no "U.S.C."', () => {
    const got = deletions(notesOf('He admitted unlawful disclosure under the Atomic Energy Act, in violation of 42 U.S.C. 2277, in 2008.'));
    expect(got.some((d) => /^(?:42|2277|U\.S\.C\.)::/.test(d))).toBe(false);
  });
});

describe('a military operation, and a French body\'s name (stop 42)', () => {
  test('"Operation Southern Watch" is no body, "Operation Freedom’s Sentinel" one name, "Conseil International du Sport Militaire" one name', () => {
    const got = deletions(notesOf(
      'The base housed forces supporting the air operation over Iraq, Operation Southern Watch, in 1996.',
      'Each was praised for supporting Operation Freedom’s Sentinel in 2015.',
      'She plans to apply for the Conseil International du Sport Militaire championship in 2016.',
    ));
    expect(got).toEqual(expect.arrayContaining(['Operation Southern Watch::name', 'Operation Freedom’s Sentinel::name', 'Conseil International du Sport Militaire::name']));
  });
});

describe('a saint\'s name opening a place, a letter closing a journal\'s name (stop 42)', () => {
  test('"California Polytechnic State University, San Luis Obispo" asks no person "Luis Obispo"; "Physical Review D." keeps the stop out', () => {
    const got = deletions(notesOf(
      'Born in Chicago, she holds a degree from California Polytechnic State University, San Luis Obispo and a master’s from Caltech.',
      'A paper on the results has been published in the journal Physical Review D. “If we find them, it will shake up the field.”',
    ));
    expect(got.some((d) => d.startsWith('Luis Obispo::'))).toBe(false);
    expect(got).toContain('Physical Review D::name');
    expect(deletions(notesOf('San Sak, 41, a former councilor in the commune, says officials went door to door in 2018.'))).toContain('San Sak::person');
  });
});

describe('a faith\'s adjective of politics (stop 42)', () => {
  test('"militant Islamist extremist organizations" asks no "Islamist"', () => {
    expect(deletions(notesOf('Iran keeps arming militant Islamist extremist organizations worldwide, he said in 2009.')).some((d) => d.startsWith('Islamist'))).toBe(false);
  });
});

describe('a pronoun against the lexicon\'s guess at a given name (stop 43)', () => {
  test('"Carol Whitfield … . “…,” he said.": the only one named, as the subject, is the "he" the writer means', () => {
    expect(attributed(
      'Retired Maj. Carol Whitfield flew cargo runs over the Himalayas for two years.',
      '“We flew at night because the passes froze by noon,” Whitfield said.',
      'Whitfield joined the reserve in 1951.',
      '“I never missed a flight in all that time,” he said.',
    )).toEqual({ 'We flew at': 'Carol Whitfield', 'I never missed': 'Carol Whitfield' });
  });
  test('not when the one named is no subject, and someone else may be meant: "according to Benjamin Whitfield … Tessi Lane, a technician, saw she …"', () => {
    // ("Tessi Lane" reads as a street, no person: Benjamin Whitfield is the only person named.)
    expect(attributed(
      'The cargo was lost, according to Maj. Benjamin Whitfield, the base historian.',
      'After review, Tessi Lane, a 45th Wing technician, realized she had found the manifest.',
      '“It was under the floor of the hangar the whole time,” she said.',
    )['It was under']).not.toBe('Benjamin Whitfield');
  });
});

describe('a "he" after a sentence naming two men (stop 44)', () => {
  test('"Voss said he will give Governor Hale his plan. “…,” he said.": the subject, named again there as "he", is the speaker', () => {
    expect(attributed(
      'Harbor Commissioner Dieter Voss met the press on Monday.',
      'Voss said he is ready to give Governor Martin Hale a full account of the repairs and to carry out the governor’s decisions.',
      '“Every pier we rebuild should last fifty years, not ten,” he said.',
    )).toEqual({ 'Every pier we': 'Dieter Voss' });
  });
  test('not a subject who only watches the other: "Voss would notice that Hale would walk … . When asked why, he would reply, “…”"', () => {
    expect(attributed(
      'Harbor Commissioner Dieter Voss and Governor Martin Hale toured the docks.',
      'Voss would often notice that Hale walked to the end of the pier alone. When asked why, he would reply, “You can see the whole bay from there.”',
    )['You can see']).not.toBe('Dieter Voss');
  });
});

describe('a quote standing alone after a paragraph about one speaker (stop 44)', () => {
  const story = (about: string, quote = '“Every tree we send out has a name and a keeper. That is how they survive.”'): string =>
    attributed(
      '“We planted the first seedlings in March,” said Ilse Marwick, who runs the county nursery.',
      'The county pays for the water.',
      about,
      quote,
    )['Every tree we']!;
  test('"The trucks left, but Marwick’s crews stayed. ¶ “…”": she speaks on', () => {
    expect(story('The trucks left at dawn, but Marwick’s crews stayed behind to water the rows.')).toBe('Ilse Marwick');
  });
  test('"As head of the nursery, Marwick said … . She partners … ¶ “…”": she speaks on', () => {
    expect(story('As head of the nursery, Marwick said her work focuses on native oaks. She partners with schools to plant them.')).toBe('Ilse Marwick');
  });
  test('not when the paragraph before names two people', () => {
    expect(story('The trucks left at dawn, but Marwick’s crews stayed behind with forester Paul Denning.')).toBe('?');
  });
  test('not a quote set as a heading, without a full stop', () => {
    expect(story('The trucks left at dawn, but Marwick’s crews stayed behind to water the rows.', '“Every tree we send out has a name”')).toBe('?');
  });
  test('not after a paragraph about someone the article never quotes', () => {
    expect(story('The trucks left at dawn, but Paul Denning’s crews stayed behind to water the rows.')).toBe('?');
  });
});

describe('a name cut after "and", "to" or "for" (stop 44)', () => {
  test('"The City and County of Marlow", "its Homes to Work program", "the Public Harbor Partnerships to Pay for Results Act": no half of the name is asked', () => {
    const got = deletions(notesOf(
      'The City and County of Marlow will receive $8.6 million for its Homes to Work program, the agency said in 2021.',
      'The grant comes under the Public Harbor Partnerships to Pay for Results Act of 2018, the agency said.',
      'Wen Ashby, Senior Counsel for Harbor Innovation, signed the grant.',
    ));
    expect(got).toEqual(expect.arrayContaining(['$8.6 million::amount', 'Wen Ashby::person']));
    expect(got.some((d) => /^(?:County of Marlow|Work|Pay for Results Act|Harbor Innovation)/.test(d))).toBe(false);
  });
  test('"Special Agent in Charge of the FBI Boston Division": "in Charge" ends the title; no body "Charge of the FBI"', () => {
    const got = deletions(notesOf('“This was a long case,” said Dara Quill, Special Agent in Charge of the FBI Boston Division, in 2019.'));
    expect(got.some((d) => /^Charge\b/.test(d))).toBe(false);
  });
  test('"Syria’s Scientific Studies and Research Center": an owner before the common words does not make them a name of their own', () => {
    const got = deletions(notesOf('The sanctions target suppliers to Syria’s Scientific Studies and Research Center, the agency said in 2019.'));
    expect(got.some((d) => /^Research Center::/.test(d))).toBe(false);
  });
  test('"Deputy Chief of Mission Kristina Kvien": "Mission" ends the office, no body', () => {
    const got = deletions(notesOf('She met Deputy Chief of Mission Dara Quill in Kyiv on Monday, 2022.'));
    expect(got.some((d) => /^Mission::/.test(d))).toBe(false);
    expect(got).toContain('Dara Quill::person');
  });
  test('a list, capitals before, a place after "to", and a short form stay asked', () => {
    const got = deletions(notesOf(
      'The league signed deals with the NFL, Under Armour and General Electric in 2019.',
      'The memo followed M-23-22, Delivering a Digital-First Public Experience and M-24-08, the office said.',
      'The war brought the Holocaust to Hungary in 1944.',
      'Monitoring will be done by the state, the Service and USGS through 2030.',
    ));
    expect(got).toEqual(expect.arrayContaining(['General Electric::organisation', 'Hungary::place']));
    expect(got.some((d) => /^M-24-08::/.test(d))).toBe(true);
    expect(got.some((d) => /^USGS::/.test(d))).toBe(true);
  });
});

describe('a measure said again in the other system (stop 44)', () => {
  test('"3.6 degrees Fahrenheit (2 degrees Celsius)", "480 cubic miles (2,000 cubic kilometers)": the conversion asks nothing; "480 cubic miles" is one answer', () => {
    const got = deletions(notesOf(
      'The study found the cooling would not exceed 3.6 degrees Fahrenheit (2 degrees Celsius) after the blast in 2024.',
      'A super eruption releases more than 480 cubic miles (2,000 cubic kilometers) of magma, the team said in 2024.',
    ));
    expect(got).toEqual(expect.arrayContaining(['3.6 degrees Fahrenheit::temperature', '480 cubic miles::quantity']));
    expect(got.some((d) => /^(?:2 degrees Celsius|2,000|480)::/.test(d))).toBe(false);
  });
  test('money in brackets still stays: "7,000 baht ($224)"', () => {
    expect(deletions(notesOf('Each farmer was paid 7,000 baht ($224) for the season in 2019, the ministry said.'))).toContain('$224::amount');
  });
});

describe('a firm named for its trade (stop 44)', () => {
  test('"Al Amir Electronics" is a body, not a person named Amir', () => {
    const got = deletions(notesOf('The network used its branches, Al Amir Electronics, and Smart Pegasus to buy the parts in 2019.'));
    expect(got.some((d) => /Electronics::person$/.test(d))).toBe(false);
  });
});

describe('an age written as years (stop 44)', () => {
  test('"18 years or older", "under 5 years of age", "65 years and over," ask how old; "30 years and over that time" how long', () => {
    const got = deletions(notesOf(
      'Applicants must be 18 years or older to enroll in the program, the agency said in 2021.',
      'Children under 5 years of age were vaccinated in 2020.',
      'People 65 years and over, the agency said, can apply.',
      'The loan runs 30 years and over that time rates may change.',
    ));
    expect(got).toEqual(expect.arrayContaining(['18 years::how old', '5 years::how old', '65 years::how old', '30 years::how long']));
  });
});

describe('one figure asked once (stop 44)', () => {
  test('"$4,250,000" then "$4.25 million", "$96 million" twice: one card each', () => {
    const got = deletions(notesOf(
      'The city of Marlow will receive $4,250,000 to house 125 people, the department said on Monday.',
      'The grant of $96 million is the largest the program has made.',
      '“The $4.25 million will change how we care for people,” Mayor Ilse Marwick said.',
      '“The $96 million award puts every county online,” said Senator Paul Denning.',
    ));
    expect(got.filter((d) => /^\$4(?:,250,000|\.25 million)::/.test(d))).toHaveLength(1);
    expect(got.filter((d) => /^\$96 million::/.test(d))).toHaveLength(1);
  });
});

describe('a speaker over the cap keeps the lead quote (stop 44)', () => {
  test('of equal quotes, the last in the article gives up its who-said card, not the first', () => {
    const long = (topic: string): string => `${topic} took the whole of this long year of work with every partner in the region, and we will keep doing that work for as long as it takes to finish it properly and well.`;
    const got = speakers(notesOf(
      `Ambassador Lena Ortiz opened the talks in Astana on Monday. “${long('Water')}” Ortiz said.`,
      `“${long('Trade')}” Ortiz said.`,
      `“${long('Energy')}” Ortiz said.`,
    ));
    const asked = Object.keys(got);
    expect(asked.filter((q) => got[q] === 'Lena Ortiz').sort()).toEqual(['Trade took the', 'Water took the']);
  });
});

describe('words two speakers both say (stop 44)', () => {
  test('"… is no longer a luxury, it is a necessity" from two members: no who-said card on either; other quotes keep theirs', () => {
    const got = speakers(notesOf(
      '“Fast internet for every farm is no longer a luxury, it is a necessity for the valley,” Representative Ana Ruiz said.',
      '“In the hills, broadband is no longer a luxury; it is a necessity for schools and clinics,” Senator Tom Reiner said.',
      '“We will connect the last ten thousand homes before the winter of 2026,” Governor Lena Ortiz said.',
    ));
    expect(got).toEqual({ 'We will connect': 'Lena Ortiz' });
  });
  test('a name two speakers both say is no shared words: "the U.S. Army Corps of Engineers"', () => {
    const got = speakers(notesOf(
      '“The U.S. Army Corps of Engineers rebuilt the levee in record time this spring,” Mayor Ana Ruiz said.',
      '“Without the U.S. Army Corps of Engineers our harbor would still be closed to ships,” Senator Tom Reiner said.',
    ));
    expect(Object.values(got).sort()).toEqual(['Ana Ruiz', 'Tom Reiner']);
  });
});

describe('a name "on" a body that owns the next one (stop 44)', () => {
  test('"the Wave Sounder on NASA’s Lunar Orbiter" is three names, not "Wave Sounder on NASA"', () => {
    const got = deletions(notesOf('The same camera flies on the Wave Sounder on NASA’s Lunar Orbiter, launched in 2009.'));
    expect(got.some((d) => /on NASA::/.test(d))).toBe(false);
    expect(got).toContain('NASA::organisation');
  });
});

describe('a question inside a quoted title (stop 44)', () => {
  test('"The study, “Severe Cooling After Super-Eruptions? The Answer Hinges on Size,” was published …" is one sentence: no card on half the title', () => {
    const got = deletions(notesOf('The study, “Severe Global Cooling After Volcanic Super-Eruptions? The Answer Hinges on Unknown Aerosol Size,” was published in the Journal of Climate in 2024.'));
    expect(got.some((d) => /^Answer Hinges/.test(d))).toBe(false);
    expect(got).toContain('2024::year');
  });
});

describe('two months of one year (stop 44)', () => {
  test('"in April and May 2020" is one date; "in May and June, and again in July 2021" three', () => {
    const got = deletions(notesOf('Output fell sharply in April and May 2020, the report said.', 'Sales rose 4 percent in May and June, and again in July 2021.'));
    expect(got).toContain('April and May 2020::date');
    expect(got.some((d) => /^April::/.test(d))).toBe(false);
    expect(got).toContain('July 2021::date');
  });
});

describe('a name in quote marks after "the" (stop 44)', () => {
  test('"inspired the ‘Teddy Bear’" is a thing\'s name, no person', () => {
    const got = deletions(notesOf('Partners have recovered the iconic species that inspired the ‘Teddy Bear’ in 1902, the agency said.'));
    expect(got.some((d) => /^Teddy Bear::person$/.test(d))).toBe(false);
  });
});

describe('offices listed with commas before a speaker (stop 44)', () => {
  test('"said Harbor Development President, CEO and Commissioner Dara Quill" names Dara Quill', () => {
    expect(attributed('“This hub will bring thousands of good jobs to the valley,” said Harbor Development President, CEO and Commissioner Dara Quill.')).toEqual({ 'This hub will': 'Dara Quill' });
  });
});

describe('a short form and its name are one answer (stop 44)', () => {
  test('"Harbor State Development (HSD)" asked, then "HSD" in another sentence: one card on the body', () => {
    const fact = (sentence: number, answer: string, spelledOut?: string): FactCandidate => ({ sentence, start: 0, end: answer.length, answer, kind: 'organization', hint: 'organisation', score: 10 - sentence, ...(spelledOut ? { spelledOut } : {}) });
    const { facts } = selectCandidates([fact(0, 'Harbor State Development'), fact(1, 'HSD', 'Harbor State Development'), fact(2, 'Utica Works')], [], 50);
    expect(facts.map((f) => f.answer)).toEqual(['Harbor State Development', 'Utica Works']);
  });
});

describe('a person described by where they work (stop 45)', () => {
  test('"Dolli Lane, a 96th MDG laboratory technician," is a person, so "Lane said" names her', () => {
    expect(namesIn('Dolli Lane, a 96th MDG laboratory technician, saw something unusual in 2019.')).toContain('Dolli Lane:person');
    expect(attributed('Dolli Lane, a 96th MDG laboratory technician, saw something unusual in 2019.', '“It was unusual because you would not see this in the blood,” Lane said.')).toEqual({ 'It was unusual': 'Dolli Lane' });
  });
  test('a thing after the unit stays a thing: "Elm Lane, a 1920s brick road,"', () => {
    expect(namesIn('Elm Lane, a 1920s brick road, was closed in 2019.')).not.toContain('Elm Lane:person');
  });
});

describe('a "he" that corrects the given name\'s guess (stop 45)', () => {
  test('"Alma Brandt" (a woman\'s name to the lexicon) is "he" in the story: the "he said" two paragraphs on is his', () => {
    expect(attributed(
      'Retired Col. Alma Brandt flew in three wars before 1975.',
      'Brandt went back to civilian life until he joined the new Air Force in 1951.',
      '“I went to flight school at Wells Field, right here in Ohio,” he said.',
    )).toEqual({ 'I went to': 'Alma Brandt' });
  });
});

describe('a person called by the given name after the full one (stop 45)', () => {
  const story = [
    'Corporal Josh Hartley graduated from Mason County High in 2005 and joined the Army in 2006.',
    'One day Josh came home to his family and announced, “I am the property of the U.S. Army now.”',
    'His fellow soldiers spoke highly of Josh. Josh’s platoon served in Baghdad in 2007.',
  ];
  test('"One day Josh came home … and announced, “…”" is Josh Hartley speaking', () => {
    expect(attributed(...story)).toEqual({ 'I am the': 'Josh Hartley' });
  });
  test('"Josh" alone is no card of its own: the full name asks who he is', () => {
    const got = deletions(notesOf(...story));
    expect(got.some((d) => /^Josh::/.test(d))).toBe(false);
    expect(got).toContain('Josh Hartley::person');
  });
  test('a given name that opens a sentence as a common word stays one: "Mark the date" after "Mark Ruiz"', () => {
    expect(namesIn('Mark Ruiz joined the Army in 2006.', 'Mark the date in 2008, she said.')).not.toContain('Mark:person');
  });
});

describe('the story’s own body in a short deck (stop 45)', () => {
  const story = [
    'The Harbor Agency awarded $12 million to the port of Marlow on Monday.',
    'The Harbor Agency said the grant will pay for 14 new cranes by 2027.',
    'Mayor Lena Ortiz thanked the Harbor Agency for the money, which the city requested in 2023.',
    'Work begins in March and will employ 300 people, the Harbor Agency said.',
    'The port handled 2.1 million containers last year, up 8 percent.',
    'Rail links to Dunmore will also be rebuilt at a cost of $3 million.',
  ];
  test('a body named in a third of the paragraphs gets no card of --max-cards 20; it keeps one in the full deck', () => {
    const short = deletions(generateNotes(readPlainText(['Port gets cranes', ...story].join('\n\n')), { maxCards: 20 }));
    expect(short.some((d) => /^Harbor Agency::/.test(d))).toBe(false);
    expect(short).toContain('$12 million::amount');
    const full = deletions(generateNotes(readPlainText(['Port gets cranes', ...story].join('\n\n')), { maxCards: 60 }));
    expect(full.filter((d) => /^Harbor Agency::/.test(d))).toHaveLength(1);
  });
});

describe('a phone number set with other dashes (stop 45)', () => {
  test('"Call (931) 525–4983" and "202–555–0143" are nothing to learn', () => {
    const got = deletions(notesOf('Residents can call (931) 525–4983 to ask for the 2024 report.', 'Farmers can also call 202–555–0143 for help with the 300 forms.'));
    expect(got.some((d) => /^(?:931|525–4983|202–555|0143|300)::/.test(d))).toBe(false);
  });
});

describe('whose work a sentence is about, a title before the name (stop 45)', () => {
  test('"Agronomist Ron Sorell’s research is focused on … “…,” he says." is Ron Sorell', () => {
    expect(attributed(
      'The laboratory opened in 1969 with 12 scientists.',
      'Agronomist Ron Sorell’s research is focused on watering peanuts and cotton. “We are comparing deep and shallow drip lines to overhead sprinklers,” he says.',
    )).toEqual({ 'We are comparing': 'Ron Sorell' });
  });
});

describe('a "she" past a subject whose given name only looked like a man’s (stop 45)', () => {
  test('"Sami Gray, head of the team, said … ¶ “…,” she said." is not the woman quoted two paragraphs before', () => {
    const got = attributed(
      'Prime Minister Hun Sen grew up in the village in the 1960s, and he returns each year.',
      'Chorn Nath, 78, remembers Hun Sen as a neighborhood boy. “We all played together during the boat race,” she said.',
      'Sami Gray, in charge of the recovery team, said the refuge will reopen one day.',
      '“They are a major partner with us in fire and in biology too,” she said.',
    );
    expect(got['We all played']).toBe('Chorn Nath');
    expect(got['They are a']).not.toBe('Chorn Nath');
  });
});

describe('someone described, not named, has the gender the noun gives (stop 45)', () => {
  test('"Chorn Nath, 78, remembers the village boy. “…,” she said." is Chorn Nath, not the boy', () => {
    expect(attributed('Chorn Nath, 78, remembers the village boy. “We all played together during the boat race,” she said.')).toEqual({ 'We all played': 'Chorn Nath' });
  });
});

describe('a military unit written short (stop 45)', () => {
  test('"the 36th Inf. Div." and "the 4th Inf. Regt." are one name each, stops kept', () => {
    const got = deletions(notesOf('Spc. Vanessa Ortiz served with the 36th Inf. Div. in 2010.', 'The 3rd Bn. of the 4th Inf. Regt. moved to Fort Hood in 2011.'));
    expect(got).toEqual(expect.arrayContaining(['36th Inf. Div.::name', '4th Inf. Regt.::name']));
    expect(got.some((d) => /^(?:36th Inf|Div|Regt)::/.test(d))).toBe(false);
  });
});

describe('a quote’s key phrase a dash runs on from (stop 45)', () => {
  test('"the noncommissioned officer-in-charge" gives no phrase "noncommissioned officer"', () => {
    const an = analysed(['“My other two enlisted men stepped up and filled the roles of the noncommissioned officer-in-charge and his deputy,” Sgt. Paul Maddox said.']);
    const { quotes } = collectCandidates(an, 't');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.phrase?.answer).not.toBe('noncommissioned officer');
  });
});

describe('a month that is a given name (stop 45)', () => {
  test('"April Harris, a math teacher, remembers him this way: “…”" is April Harris speaking', () => {
    expect(namesIn('April Harris, a math teacher, remembers him this way.')).toContain('April Harris:person');
    expect(attributed('April Harris, a math teacher, remembers him this way: “He could have taken the easy route, but he wanted to prepare himself.”')).toEqual({ 'He could have': 'April Harris' });
  });
  test('a month after a word that dates stays a month: "In April Congress passed …", "in May Harris said"', () => {
    const got = namesIn('In April Congress passed the farm bill.', 'The law passed in May Harris said.');
    expect(got.some((n) => /^(?:April|May) /.test(n))).toBe(false);
  });
});

describe('a title with its subtitle (stop 45)', () => {
  test('"the pillar “Value Creation: Building Digital Ecosystems”" is no card; the figures beside it stay', () => {
    const got = deletions(notesOf('The $40 million grant supports the P2C pillar “Value Creation: Building Digital Ecosystems” in 2024.'));
    expect(got.some((d) => /:\s/.test(d.split('::')[0]!))).toBe(false);
    expect(got).toContain('$40 million::amount');
  });
});

describe('a sentence about a place between a quote and its "he continued" (stop 45)', () => {
  test('"Kananga is the provincial capital." is no unknown person the "he" could mean', () => {
    expect(attributed(
      'DRC President Joseph Kabila described the outbreak as contained. “The village has been quarantined to stop people moving towards Kananga,” Kabila said on Thursday. Kananga is the provincial capital. “The problem has been contained very well in the area,” he continued.',
    )).toEqual({ 'The village has': 'Joseph Kabila', 'The problem has': 'Joseph Kabila' });
  });
  test('an unknown subject that does something still leaves the "he" in doubt: "Kananga spoke to the crowd."', () => {
    const got = attributed('DRC President Joseph Kabila described the outbreak as contained. “The village has been quarantined to stop people moving,” Kabila said on Thursday. Kananga spoke to the crowd. “The problem has been contained very well in the area,” he continued.');
    expect(got['The problem has']).not.toBe('Joseph Kabila');
  });
});

describe('a name set off by commas after the role it fills (stop 45)', () => {
  test('"The ex-CNRP official, Say Lork, cited …" is a person, whom the "he said" after means', () => {
    expect(namesIn('The ex-party official, Say Lork, cited this as a problem.')).toContain('Say Lork:person');
    expect(attributed('The ex-party official, Say Lork, cited this as a problem.', '“We want them to live here legally, not just as people who cannot vote,” he said.')).toEqual({ 'We want them': 'Say Lork' });
  });
  test('"McNelley’s great-grandfather, Ray Sorton, enlisted" is a person too', () => {
    expect(namesIn('After the attack on Pearl Harbor, McNelley’s great-grandfather, Ray Sorton, enlisted in the U.S. Navy.')).toContain('Ray Sorton:person');
  });
});

describe('someone named after a preposition and a description, beside the speaker (stop 45)', () => {
  test('"In an interview with American filmmaker Rob Lieder, the prime minister said … ¶ “…,” he said." is the prime minister', () => {
    expect(attributed(
      'Prime Minister Hun Sen has ruled Cambodia since 1985.',
      'In a 2015 interview with American filmmaker Rob Lieder, the prime minister said the question of what comes after him is uncertain.',
      '“The thing that we have to think of is what is the stage after me,” he said.',
    )).toEqual({ 'The thing that': 'Hun Sen' });
  });
});

describe('a long quote cut after a rank or letters with stops (stop 45)', () => {
  const tail = 'was talking about how his great-grandfather flew from the deck of a carrier in 1942 and how that story brought the whole squadron together in a way nobody there expected at all.';
  test('"(Capt. Ana Ruiz)" and "the U.S. Digital Service" do not end the shown sentence', () => {
    expect(trimQuote(`was when (Capt. Ana Ruiz) ${tail} ${tail}`)).not.toBe('was when (Capt. …');
    expect(trimQuote(`OMB’s U.S. Digital Service ${tail} ${tail}`)).not.toBe('OMB’s U.S. …');
  });
  test('a first sentence of a word or three is cut by words instead: the card shows enough to recognise', () => {
    const shown = trimQuote(`Yes. We ${tail.replace(/\.$/, ',')} ${tail}`);
    expect(shown.split(/\s+/).length).toBeGreaterThan(10);
  });
});

describe('a body "of" something, then a comma and a place that is no state (stop 45)', () => {
  test('"the Federal Bureau of Investigation, New York Field Office" and "the Ministry of Health, Angola" stay whole', () => {
    const names = namesIn('The Federal Bureau of Investigation, New York Field Office, announced the charges in 2019.', 'The agency needs $2.4 million to support the Ministry of Health, Angola.');
    expect(names).toEqual(expect.arrayContaining(['Federal Bureau of Investigation:organization', 'Ministry of Health:organization']));
    expect(names.some((n) => /^(?:Federal Bureau|Ministry):/.test(n))).toBe(false);
  });
  test('a company "of" a town and its state still parts from them: "BAE Systems of Broomfield, Colorado"', () => {
    expect(namesIn('BAE Systems of Broomfield, Colorado, won the contract in 2019.')).toEqual(expect.arrayContaining(['BAE Systems:organization', 'Broomfield, Colorado:place']));
  });
});

describe('an office with an owner’s possessive after a name (stop 45)', () => {
  test('"according to Duli Zhao, the station’s research leader." makes Duli Zhao a person, whom "Said Zhao, “…”" names', () => {
    expect(attributed(
      'Of the sugar grown in the United States, 36 percent is from sugarcane, according to Duli Zhao, the station’s research leader.',
      'Said Zhao, “Since the station was established, a total of 107 cultivars have been released.”',
    )).toEqual({ 'Since the station': 'Duli Zhao' });
  });
  test('after "of" the aside is not the place’s: "Rocky Chesser of Okefenokee, the operation’s safety officer,"', () => {
    const names = namesIn('“There are so many hazards out there right now,” warned Rocky Chesser of Okefenokee, the operation’s safety officer.');
    expect(names.some((n) => n.startsWith('Okefenokee:') && !n.endsWith(':person'))).toBe(true);
  });
});

describe('a subject known by rank between a named man and a "he" (stop 45)', () => {
  test('"The general quickly read an announcement. He informed the people … “…”" is not Abraham Lincoln, named a paragraph before', () => {
    const got = attributed(
      'President Abraham Lincoln signed the Emancipation Proclamation in 1863.',
      'No one told the enslaved people until June 19, when a Union general and a few thousand soldiers arrived. The general quickly read an announcement. He informed the people that the Union had won the Civil War and that “all slaves are now free.”',
    );
    expect(got['all slaves are']).not.toBe('Abraham Lincoln');
  });
});

describe('a town and then its country’s own words about it (stop 46)', () => {
  test('"Luanda, Angola’s capital of 4 million" asks Luanda, not a place called "Luanda, Angola"', () => {
    const got = deletions(notesOf('Two deaths had been confirmed in Luanda, Angola’s capital of 4 million, officials said in 2005.'));
    expect(got).toContain('Luanda::place');
    expect(got.some((d) => d.startsWith('Luanda, Angola'))).toBe(false);
  });
  test('a town and its state stay one place otherwise: "near Laurel, Maryland, in 2019"', () => {
    expect(deletions(notesOf('The laboratory opened near Laurel, Maryland, in 2019 with 300 staff.'))).toContain('Laurel, Maryland::place');
  });
});

describe('a word of degree stressed in capitals (stop 46)', () => {
  test('"a LOT more" is no name to ask', () => {
    const got = deletions(notesOf('There is a LOT more work to do at the plant, said Mayor Jane Smith in 2019.'));
    expect(got).toContain('Jane Smith::person');
    expect(got.some((d) => d.startsWith('LOT::'))).toBe(false);
  });
});

describe('a range set with a long dash (stop 46)', () => {
  test('"10—15% of questions" is one answer, a percent', () => {
    const notes = notesOf('Gordon said that 10—15% of questions get the bulk of the traffic.');
    expect(deletions(notes)).toContain('10—15%::percent');
    expect(deletions(notes).some((d) => /^(?:10|15%)::/.test(d))).toBe(false);
  });
  test('a dash with spaces still parts a clause: "In 2019 — 15% of workers left."', () => {
    expect(deletions(notesOf('In 2019 — 15% of workers left the county.'))).toEqual(['2019::year', '15%::percent']);
  });
});

describe('a name a title made a person’s, then shown a company by its own words (stop 46)', () => {
  test('"contractor Vantor Belkin, an Ostrava Holdings company," stays a company when named again', () => {
    const names = namesIn(
      'The test series is a key step for lead engines contractor Vantor Belkin, an Ostrava Holdings company, to build new engines.',
      'Crews from NASA, Vantor Belkin, and two universities ran the tests. Vantor Belkin is using 3D printing to cut costs.',
    );
    expect(names.filter((n) => n.startsWith('Vantor Belkin:'))).not.toContain('Vantor Belkin:person');
    expect(names[0]).toBe('Vantor Belkin:organization');
  });
});

describe('the dateline’s town (stop 46)', () => {
  test('"KELBRIDGE, Ala. –" makes a lone "Kelbridge" a place, not the short form of its county’s sheriff’s office', () => {
    const article = readPlainText('Man sentenced\n\nKELBRIDGE, Ala. – Today the U.S. Attorney announced the sentencing of a Kelbridge man for his role in a shooting in 2021.\n\nDeputies with the Kelbridge County Sheriff’s Office responded. Officers were on Zelda Road in Kelbridge when they heard shots.');
    expect(article.dateline).toMatch(/^KELBRIDGE/);
    const names = analyseArticle(article).sentences.flatMap((s) => s.names.filter((n) => n.text === 'Kelbridge').map((n) => n.kind));
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['place']));
  });
});

describe('a text a body wrote, named after the body (stop 46)', () => {
  test('"the UN Charter", "the Kelvar Open Doors Report" are things, not organisations', () => {
    const names = namesIn('Ministers backed the UN Charter in 2022.', 'The most recent Kelvar Open Doors Report counts 12,000 students.');
    expect(names).toEqual(expect.arrayContaining(['UN Charter:term', 'Kelvar Open Doors Report:term']));
  });
});

describe('a name of no sure kind whose name goes on after its acronym (stop 46)', () => {
  test('"the Marrow Genome Ledger (MGL) Research Network" asks nothing cut from it', () => {
    const got = deletions(notesOf('Researchers from the Marrow Genome Ledger (MGL) Research Network found 12 new mutations in 2019.'));
    expect(got.some((d) => d.startsWith('Marrow Genome Ledger::'))).toBe(false);
    expect(got).toContain('12::number');
  });
  test('a body before its acronym and its officer’s title stays asked', () => {
    const got = deletions(notesOf('He was joined by National Association of Insurance Commissioners (NAIC) President Therese M. Vaughan in 2019.'));
    expect(got).toContain('National Association of Insurance Commissioners::organisation');
  });
});

describe('a name after "in" is where, not a body’s short form (stop 46)', () => {
  test('"a caravan park in Varnshire" is not the organisation "Varnshire Fire and Rescue Service" named later', () => {
    const names = namesIn(
      'Three people died in a caravan park in Varnshire in 2019.',
      'Varnshire Fire and Rescue Service were alerted at 12:56 on Saturday.',
    );
    expect(names).toContain('Varnshire Fire and Rescue Service:organization');
    expect(names).not.toContain('Varnshire:organization');
  });
});

describe('a bare figure that counts what follows, though a year could be (stop 46)', () => {
  test('"200 detectors and 2000 leaflets" asks 2000 as a number', () => {
    expect(deletions(notesOf('The programme has handed out 200 detectors and 2000 leaflets in Leeds.'))).toContain('2000::number');
  });
  test('a year before what it dates stays a year: "By 2030 emissions must fall 50%."', () => {
    expect(deletions(notesOf('By 2030 emissions must fall 50%.'))).toContain('2030::year');
  });
});

describe('a named person’s friend, then "the" and a title before the name that speaks (stop 46)', () => {
  test('"Orlo’s friend and pastor, the Reverend Paul Vasko, said" names Paul Vasko, not Orlo', () => {
    expect(attributed(
      'Private First Class Orlo Gantz served two tours in Iraq.',
      'Orlo, though, might have used other words. “Call him a hero and he would get mad,” Orlo’s friend and pastor, the Reverend Paul Vasko, said in a funeral sermon.',
    )).toEqual({ 'Call him a': 'Paul Vasko' });
  });
});

describe('a kinsman’s given name that is an English word too (stop 46)', () => {
  test('"Shawn’s sister Autumn noted “…”" names Autumn', () => {
    expect(attributed(
      'Shawn Hensel died in Iraq in 2007.',
      'Observing the crowd, Shawn’s sister Autumn noted “It’s nice to know that he was loved this much.”',
    )).toEqual({ 'It’s nice to': 'Autumn' });
  });
  test('a common word after a kin noun and no verb is no name: "his brother Army friends"', () => {
    expect(namesIn('He and his brother Army veterans met in 2007.')).not.toContain('Army:person');
  });
});

describe('a title in capitals ending in a role the lexicon knows (stop 46)', () => {
  test('"18F Front End Developer Tina Vo agreed." then an untagged quote paragraph is hers', () => {
    expect(attributed(
      'The kids liked the site, said Ana Ruiz.',
      '18F Front End Developer Tina Vo agreed.',
      '“There isn’t much critique, which is pretty good. Because everyone has an opinion.”',
    )).toEqual({ 'There isn’t much': 'Tina Vo' });
  });
});

describe('more verbs a tag closes with (stop 46)', () => {
  test('"“…,” Gormley enthused." and "“…,” she laughed." name their speakers', () => {
    expect(attributed(
      'Jane Gormley runs the personas project at the agency.',
      '“The beauty of communication is that you can always refine it,” Gormley enthused.',
      'Ana Ruiz joined the team in 2019. “We never stop learning from our users,” she laughed.',
    )).toEqual({ 'The beauty of': 'Jane Gormley', 'We never stop': 'Ana Ruiz' });
  });
});

describe('a subject named on both sides of "and" that takes a verb for one (stop 46)', () => {
  test('"One NHS board alone, NHS Greater Kelvin and Clyde, employs 893 staff" keeps the board whole', () => {
    const got = deletions(notesOf('One NHS board alone, NHS Greater Kelvin and Clyde, employs 893 staff earning more than £100,000.'));
    expect(got).toContain('NHS Greater Kelvin and Clyde::organisation');
    expect(got.some((d) => d.startsWith('Clyde::'))).toBe(false);
  });
  test('two subjects with a verb for many stay two: "In 2019, Israel and Hamas agreed to a truce."', () => {
    expect(namesIn('In 2019, Israel and Hamas agreed to a truce.')).toEqual(['Israel:place', 'Hamas:organization']);
  });
});

describe('a name between "one" and the noun it qualifies (stop 46)', () => {
  test('"one Jack Russell dog" names a breed, no person', () => {
    expect(namesIn('The deaths of three people and one Jack Russell dog in a caravan park were reported.')).toContain('Jack Russell:term');
  });
});

describe('a centre that is a building or a site (stop 46)', () => {
  test('"the Short Fitness Center", "the Denver Federal Center", "the Mount John University Observatory" take the neutral hint', () => {
    const names = namesIn('The run started at the Short Fitness Center in 2016.', 'The region houses 28 tenants on the Denver Federal Center campus.', 'Astronomers used data from the Mount John University Observatory in 2019.');
    expect(names).toEqual(expect.arrayContaining(['Short Fitness Center:term', 'Denver Federal Center:term', 'Mount John University Observatory:term']));
  });
});

describe('a range of ages (stop 46)', () => {
  test('"between ages 25 and 54", "aged 18 to 24" ask how old', () => {
    const got = deletions(notesOf('The share of workers between ages 25 and 54 rose in 2023.', 'Adults aged 18 to 24 were hired in 2022.'));
    expect(got).toEqual(expect.arrayContaining(['25 and 54::how old', '18 to 24::how old']));
  });
});

describe('the one spoken to, named at the end of what is said to them (stop 46)', () => {
  test('"Good to be with you, Norah." and "Thank you, Jalina." ask no name', () => {
    const got = deletions(notesOf('SECRETARY BLINKEN: Good to be with you, Norah. We met in Paris in 2019.', 'QUESTION: Thank you, Jalina. The talks cost $4 million.'));
    expect(got.some((d) => /^(?:Norah|Jalina)::/.test(d))).toBe(false);
    expect(got).toContain('Paris::place');
  });
});

describe('a figure in dozens (stop 46)', () => {
  test('"over three dozen workshops" asks "three dozen", not "three" before a dozen left showing', () => {
    expect(deletions(notesOf('The Hub has convened over three dozen workshops in 2019.'))).toContain('three dozen::number');
  });

  test('"nearly two dozen homes" asks "two dozen" (stop 47)', () => {
    expect(deletions(notesOf('Nearly two dozen homes burned near Reno in 2019.'))).toContain('two dozen::number');
  });
});

describe('a count that only shapes the thing after it (stop 46)', () => {
  test('"a three-pronged strategy", "a three-legged stool" ask nothing; "a five-year strategy" still asks how long', () => {
    const got = deletions(notesOf('Thanks to a three-pronged strategy, counterfeiting fell 5% in 2019.', 'He calls it the three-legged stool of longleaf.', 'Leaders released a five-year strategy in 2014.'));
    expect(got.some((d) => /^three-(?:pronged|legged)::/.test(d))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['5%::percent', 'five-year::how long']));
  });
});

describe('a rate written with a slash (stop 46)', () => {
  test('"winds of up to 290km/h", "120 km/h" keep the "/h" inside the answer', () => {
    const got = deletions(notesOf('Winds reached up to 290km/h near the coast in 2006.', 'The car hit 120 km/h on the road in 2019.'));
    expect(got).toEqual(expect.arrayContaining(['290km/h::quantity', '120 km/h::quantity']));
  });
});

describe('more units after a figure (stop 46)', () => {
  test('"0.97 and 1.45 microns", "0.55 volts", "20 knots" keep their units', () => {
    const got = deletions(notesOf('Wavelengths near 0.97 and 1.45 microns offer information.', 'The rocket measured 0.55 volts in 2019.', 'The ship sailed at 20 knots in 2020.'));
    expect(got).toEqual(expect.arrayContaining(['0.97 and 1.45 microns::quantity', '0.55 volts::quantity', '20 knots::quantity']));
  });
});

describe('quoted titles with prepositions in small letters or letters with stops (stop 46)', () => {
  test('“Keys to Opportunity in the U.S. Housing Market” is one title, nothing cut from it', () => {
    const got = deletions(notesOf('The theme of this year’s seminar is “Keys to Opportunity in the U.S. Housing Market.”'));
    expect(got).toContain('Keys to Opportunity in the U.S. Housing Market::name');
    expect(got.some((d) => /^(?:Opportunity|U\.S\. Housing Market)::/.test(d))).toBe(false);
  });
  test('a long title with "after" in it asks no name inside it: “Fed Listens: Joining the Labor Force after COVID, A Discussion on Youth Employment”', () => {
    const got = deletions(notesOf('The event, “Fed Listens: Joining the Labor Force after COVID, A Discussion on Youth Employment,” was hosted by the Federal Reserve Bank of Chicago in 2023.'));
    expect(got.some((d) => d.startsWith('Labor Force::'))).toBe(false);
    expect(got).toContain('Federal Reserve Bank of Chicago::organisation');
  });
});

describe('a body’s letters that spell a common word (stop 46)', () => {
  test('"As WHO reported" asks WHO; "Who knows" asks nothing', () => {
    expect(deletions(notesOf('As WHO reported, deaths fell by 40% in 2005.'))).toContain('WHO::organisation');
    expect(deletions(notesOf('Who knows what comes next in 2005, said Jane Smith.')).some((d) => /^who::/i.test(d))).toBe(false);
  });
});

describe('a question given as an example, said by no one (stop 46)', () => {
  test('"he attempts to address key questions like “Why do earthquakes occur where they do …?”" names no speaker', () => {
    expect(attributed(
      'Gavin Hayes has worked at the survey for 11 years. In his research, he attempts to address key questions like “Why do earthquakes occur where they do, and how big can they be?”',
    )).toEqual({ 'Why do earthquakes': '?' });
  });
  test('a question someone asks still has its asker: "“Why do earthquakes occur where they do?” he asked."', () => {
    expect(attributed('Gavin Hayes has worked at the survey for 11 years. “Why do earthquakes occur where they do?” he asked.')).toEqual({ 'Why do earthquakes': 'Gavin Hayes' });
  });
});

describe('someone of an age (stop 46)', () => {
  test('"Thirteen-year-old Qusai was about to …" makes Qusai a person, whose "he says, “…”" follows', () => {
    expect(namesIn('Thirteen-year-old Qusai was about to enter the sixth grade in 2011.')).toContain('Qusai:person');
    expect(attributed('Thirteen-year-old Qusai was about to enter the sixth grade when the war began. While in school, Qusai had dreamed of being an engineer. Now he says, “We work because we need to, we need the money.”')).toEqual({ 'We work because': 'Qusai' });
  });
});

describe('a sum in billions written with a B (stop 46)', () => {
  test('"worth $3.5B" asks $3.5B; "Plan B" stays a name', () => {
    const got = deletions(notesOf('The deal was worth $3.5B in 2021.', 'Plan B was chosen in 2019.'));
    expect(got).toEqual(expect.arrayContaining(['$3.5B::amount', 'Plan B::name']));
  });
});

describe('a sum the front lines give and the story never writes out (stop 46)', () => {
  test('"Kestrel Co. assessed $4.6M in proposed penalties" under the headline is asked', () => {
    const article = readPlainText('Labor department cites contractor after fatal cave-in\n\nKestrel Co. assessed $4.6M in proposed penalties\n\nBOSTON – The U.S. Department of Labor has cited a contractor for exposing workers to hazards in a trench collapse in November 2025.\n\nThe department’s investigation found that workers were removing soil when the trench collapsed and trapped two workers.');
    const head = generateNotes(article)[0]!;
    expect(deletions([head])).toContain('$4.6M::amount');
  });
});

describe('countries by their long or other names (stop 46)', () => {
  test('"Democratic Republic of Congo", "Côte d’Ivoire", "Burma", "Timor-Leste" are places', () => {
    const names = namesIn('Experts flew to the Democratic Republic of Congo in 2019.', 'Troops from Burma and Timor-Leste arrived in 2019.', 'Cholera hit Côte d’Ivoire in 2005.');
    expect(names).toEqual(expect.arrayContaining(['Democratic Republic of Congo:place', 'Burma:place', 'Timor-Leste:place', 'Côte d’Ivoire:place']));
  });
});

describe('a sum with its scale written on it, ending the sentence (stop 46)', () => {
  test('"The company agreed to pay $12M. It also owes $3.5B." asks both, each on its own sentence', () => {
    const notes = notesOf('The company agreed to pay $12M. It also owes $3.5B. The fund holds $450K in cash.');
    expect(deletions(notes)).toEqual(['$12M::amount', '$3.5B::amount', '$450K::amount']);
    expect(notes.map((n) => n.text)).toEqual(['The company agreed to pay {{c1::$12M::amount}}.', 'It also owes {{c1::$3.5B::amount}}.', 'The fund holds {{c1::$450K::amount}} in cash.']);
  });
});

describe('a person’s home town and where it happened to them (stop 47)', () => {
  test('"Cpl. Dana Orvik of Milltown, Ohio, was wounded … in Kirkuk, Iraq" asks both places', () => {
    const got = deletions(notesOf('Cpl. Dana Orvik of Milltown, Ohio, was wounded on March 3, 2007, in Kirkuk, Iraq, during a patrol.'));
    expect(got).toEqual(expect.arrayContaining(['Milltown, Ohio::place', 'Kirkuk, Iraq::place']));
  });

  test('two places beside other facts with no one from either still ask only the rarer', () => {
    const got = deletions(notesOf('The convoy left Kirkuk, Iraq, on March 3, 2007, for Mosul. Kirkuk, Iraq had 12 checkpoints.').slice(0, 1));
    expect(got).toEqual(['March 3, 2007::date', 'Mosul::place']);
  });
});

describe('a place standing apart from a list of places (stop 47)', () => {
  const facts = (text: string): string[] => collectCandidates(analysed([text]), 't').facts.map((f) => `${f.answer}:${f.kind}`);

  test('"traveled to Lisbon, Portugal, … to attack troops in Iraq and Afghanistan" asks where they went', () => {
    const got = facts('On May 21, 2004, the two men traveled to Lisbon, Portugal, with the intent of attacking U.S. troops in Iraq and Afghanistan.');
    expect(got).toContain('Lisbon, Portugal:place');
    expect(got).not.toContain('Iraq:place');
  });

  test('a list of places beside other facts, its last with "the", gives no candidate; the place apart from it does', () => {
    expect(facts('In 2009, the agency was warned by France, Japan, and the United Kingdom.')).toEqual(['2009:date']);
    expect(facts('In 2009, troops from France, Japan, and the United Kingdom reached Lisbon.')).toEqual(['2009:date', 'Lisbon:place']);
  });
});

describe('a body opening the sentence, an aside, then the verb (stop 47)', () => {
  test('"Harwick College, in Vermont, said students … “…”" is the college’s words', () => {
    expect(attributed('Several colleges changed their rules. Harwick College, in Vermont, said students must now send “an equivalent standardized national exam score.”')).toEqual({ 'an equivalent standardized': 'Harwick College' });
  });

  test('a person named in the aside leaves the words no one’s', () => {
    expect(attributed('Several colleges changed their rules. Harwick College, where Dana Ortiz teaches, said students must now send “an equivalent standardized national exam score.”')).toEqual({ 'an equivalent standardized': '?' });
  });
});

describe('a name near the verb that is not its subject gives no speaker (stop 47)', () => {
  test('someone the person is spokesman for, a title between: the words are not the senator’s', () => {
    expect(attributed('Dana Ortiz is in her third term. A spokesman for Senator Dana Ortiz said: “The senator will vote against the bill.”')).toEqual({ 'The senator will': '?' });
  });

  test('a name in a clause about a place, with its own verb, is not who spoke', () => {
    expect(attributed('Officials at the hospital where Dana Ortiz died said the unit “was doing everything it possibly could.”')).toEqual({ 'was doing everything': '?' });
    // ("to which Thomas replied": the clause's own verb is the verb of speech — Thomas spoke.)
    expect(attributed('His mother reminded him that his family was well, to which Thomas Clemens replied, “Over here, everyone is my family.”')).toEqual({ 'Over here, everyone': 'Thomas Clemens' });
  });

  test('an unnamed subject between the name and the verb speaks, not the one named', () => {
    expect(attributed('Dana Ortiz met the governor on Monday, and the governor said, “We have a plan for the county.”')).toEqual({ 'We have a': '?' });
    expect(attributed('Dana Ortiz was praised by colleagues, who said she “always put the patients first, every day.”')).toEqual({ 'always put the': '?' });
    expect(attributed('Dana Ortiz, whose father once said “never give up on anything,” won the race on Sunday.')).toEqual({ 'never give up': '?' });
    // (The person's own who-clause still leads to the verb: she speaks.)
    expect(attributed('Dana Ortiz, who chairs the board, said the plan was “a very good start for all of us.”')).toEqual({ 'a very good': 'Dana Ortiz' });
  });
});

describe('a tag after the quote that names whom the speaker is related to, or who retells (stop 47)', () => {
  const opening = 'Dana Ortiz led the team for ten years. Lee Harmon joined it in May.';
  test('"said a friend of Dana Ortiz", "the lawyer for Senator Dana Ortiz said" are no one we can name', () => {
    expect(attributed(opening, '“She was a great boss to all of us,” a friend of Dana Ortiz said.', '“We will appeal the ruling tomorrow,” said the lawyer for Senator Dana Ortiz.')).toEqual({ 'She was a': '?', 'We will appeal': '?' });
  });

  test('"Dana Ortiz recalled her father saying", "Ortiz said her doctor told her" are someone else’s words', () => {
    expect(attributed(opening, '“Never give up on your dreams, ever,” Dana Ortiz recalled her father saying.', '“You will be fine in a week,” Ortiz said her doctor told her.')).toEqual({ 'Never give up': '?', 'You will be': '?' });
  });

  test('the speaker named beside the one they are related to still speaks', () => {
    expect(attributed(opening, '“This is a sad day for the city,” said Lee Harmon, a friend of Dana Ortiz.', '“She changed this town for the better,” Lee Harmon said of Dana Ortiz.')).toEqual({ 'This is a': 'Lee Harmon', 'She changed this': 'Lee Harmon' });
  });
});

describe('someone unnamed who spoke between the name and the "he" (stop 47)', () => {
  test('"His lawyer said …" before "“…,” he said." leaves the quote no one’s', () => {
    expect(attributed('Tom Hale was sentenced on Friday. His lawyer said the sentence was harsh. “We will appeal it next week,” he said.')).toEqual({ 'We will appeal': '?' });
  });

  test('"The president told him …" (an office in small letters) before "“…,” he said."', () => {
    expect(attributed('Tom Hale met the president in 2010. The president told him the plan was sound. “It will work for everyone,” he said.')).toEqual({ 'It will work': '?' });
  });
});

describe('a "he" the quote itself names (stop 47)', () => {
  test('"To Kevin Dorran, Tom Hale was a hero. “Tom was the center …,” he said." is not Tom Hale’s', () => {
    expect(attributed('To Kevin Dorran, Tom Hale was a hero. “Tom was the center of everything we did,” he said.')).toEqual({ 'Tom was the': '?' });
    expect(attributed('For Kevin Dorran, a teacher in Leeds, Tom Hale was a hero. He said, “Tom was the center of everything we did.”')).toEqual({ 'Tom was the': '?' });
  });

  test('someone else of the same given name in the quote leaves the "he" as it was', () => {
    expect(attributed('Chris Nothstine drove to the island on Monday. “We met a guy named Chris Richards, whose family stayed,” he said.')).toEqual({ 'We met a': 'Chris Nothstine' });
  });

  test('a name in the tag itself still speaks, whatever the quote says', () => {
    expect(attributed('“Hale will not step down this year,” Tom Hale said.')).toEqual({ 'Hale will not': 'Tom Hale' });
  });
});

describe('places from the data packages: countries by their other names, the world\'s states and counties (stop 47)', () => {
  test('"Great Britain", "Cornwall", "Sindh", "Russian Federation" are places', () => {
    expect(namesIn('Troops left Great Britain in 1944.', 'A caravan park in Cornwall closed in 2019.', 'Floods reached Sindh in 2010.', 'The Russian Federation objected in 2014.')).toEqual(['Great Britain:place', 'Cornwall:place', 'Sindh:place', 'Russian Federation:place']);
  });

  test('a state that is an English word or a given name stays for the words around it to decide', () => {
    expect(namesIn('Devon Walker said the plan would work.')).toEqual(['Devon Walker:person']);
  });

  test('a known place before its own designator is asked, not taken for a word qualifying a noun', () => {
    const facts = (text: string): string[] => collectCandidates(analysed([text]), 't').facts.map((f) => `${f.answer}:${f.kind}`);
    expect(facts('They fought in Afghanistan’s Helmand province in 2009.')).toContain('Helmand:place');
    expect(facts('Sarin, 39, a villager in Kampong Chhnang province, said officials threatened her in 2018.')).toContain('Kampong Chhnang:place');
    expect(facts('Four condos in the Miami, Florida area were blocked in 2019.')).toContain('Miami, Florida:place');
  });
});

describe('letters no body is known by, before a name (stop 47)', () => {
  test('"the KBO Arrokoth", "GI Joe", "JAMA Oncology" take the neutral hint; "USDA Forest Service" is still a body', () => {
    const names = namesIn('Scientists study Kuiper Belt objects (KBOs) in 2019.', 'The probe flew past the KBO Arrokoth in 2019.', 'His favorite toy was GI Joe.', 'It was published in JAMA Oncology in 2014.', 'The USDA Forest Service met in 2019.');
    expect(names).toEqual(expect.arrayContaining(['KBO Arrokoth:term', 'GI Joe:term', 'JAMA Oncology:term', 'USDA Forest Service:organization']));
  });
});

describe('distances in astronomical units (stop 47)', () => {
  test('"45 to 55 astronomical units" and "80 AU" are quantities', () => {
    expect(deletions(notesOf('The craft traveled from 45 to 55 astronomical units from the Sun in 2021.', 'The edge may extend to 80 AU.'))).toEqual(expect.arrayContaining(['45 to 55 astronomical units::quantity', '80 AU::quantity']));
  });
});

describe('a species by its Latin name (stop 47)', () => {
  test('"Solenopsis invicta", "Trypanosoma brucei gambiense" are asked whole, never the genus cut from them', () => {
    const got = deletions(notesOf('When the red imported fire ant, Solenopsis invicta, invaded the United States in the 1930s, it spread.', 'Two can infect humans, called Trypanosoma brucei gambiense and Trypanosoma brucei rhodesiense, in 2019.'));
    expect(got).toEqual(expect.arrayContaining(['Solenopsis invicta::name', 'Trypanosoma brucei gambiense::name', 'Trypanosoma brucei rhodesiense::name']));
    expect(got.some((d) => /^(?:Solenopsis|Trypanosoma)::/.test(d))).toBe(false);
  });

  test('a name before an English word in small letters is left as it was ("Tom Hale ate pasta", "Apollo astronauts")', () => {
    expect(namesIn('Apollo astronauts landed in 1969.')).not.toContain('Apollo astronauts:term');
  });
});

describe('where a study is published, after "in the" (stop 47)', () => {
  test('"published in the Journal of Climate" takes the neutral hint; "published in the United States" stays a place', () => {
    expect(namesIn('The study was published in the Journal of Climate in 2023.', 'It was published in the United States in 2021.')).toEqual(['Journal of Climate:term', 'United States:place']);
  });
});

describe('a speaker known only as someone’s, right after the quote (stop 47)', () => {
  test('"“You never stop learning,” his mentor used to say, Hale recalled." is not Hale’s', () => {
    expect(attributed('Tom Hale cited his late mentor. “You never stop learning,” his mentor used to say, Hale recalled.', '“We will keep farming this land,” her father said.')).toEqual({ 'You never stop': '?', 'We will keep': '?' });
  });
});

describe('a thing’s words, and a who-clause’s, inside a sentence about someone else (stop 47)', () => {
  test('"Tom Hale pointed to a sign that read “…”" is no one’s; "agreed with Dana Ortiz, who called the plan “…”" is hers', () => {
    expect(attributed('Tom Hale pointed to a sign that read “No entry without permission from the owner.”', 'Tom Hale agreed with Dana Ortiz, who called the plan “a disaster waiting to happen.”')).toEqual({ 'No entry without': '?', 'a disaster waiting': 'Dana Ortiz' });
  });
});

describe('two speakers, the second named after what they are to the first (stop 47)', () => {
  test('"Tom Hale and his wife, Ana, said in a statement: “…”" is no one answer; "Tom Hale’s wife, Ana, said" is Ana', () => {
    expect(attributed('Tom Hale and his wife, Ana, said in a statement: “We are grateful for your prayers.”')).toEqual({ 'We are grateful': '?' });
    expect(attributed('Tom Hale’s wife, Ana, read a poem. “I miss my husband every day,” she said.')).toEqual({ 'I miss my': 'Ana' });
  });
});

describe('a double mark closing a quote right after a single one (stop 48)', () => {
  test('".…bottled water.\'" According to …": the next sentence starts with its own word, not the mark', () => {
    const notes = notesOf('t', '"I told everyone, \'Don\'t take showers, use bottled water.\'" According to a July 14, 2005 report authored by Dana Ortiz, the office knew.');
    const opening = notes.map((n) => n.text).find((t) => t.includes('July 14, 2005'));
    expect(opening).toMatch(/^According to a \{\{c\d::July 14, 2005::date\}\}/);
  });
});

describe('units and a phone extension written short (stop 48)', () => {
  test('"350 km (218 mi)" asks the distance once; "40 kW", "1,200 ft" keep their units', () => {
    expect(deletions(notesOf('The fault follows the range for about 350 km (218 mi), posing a hazard.', 'In the U.S., 40 kW can power 33 households.', 'The trail climbs 1,200 ft over rock.'))).toEqual(['350 km::quantity', '40 kW::quantity', '33::number', '1,200 ft::quantity']);
  });

  test('"call 888-397-8387, ext. 3900 to register" is one sentence, its extension no fact', () => {
    const notes = notesOf('Spouses and caregivers should call 888-397-8387, ext. 3900 to register.');
    expect(notes.some((n) => /^\{\{c\d::3900/.test(n.text))).toBe(false);
  });
});

describe('a quote closing on a quote inside it, before "According to" (stop 48)', () => {
  test('"…," Carter said. "I told everyone, \'Don\'t take showers.\'" According to a report, … is still Carter\'s', () => {
    expect(attributed('Water expert Ben Carter wrote a letter. "They brushed it under the carpet," Carter said. "I told everyone, \'Don\'t take showers, use bottled water.\'" According to a report, the office knew.')).toEqual({ 'They brushed it': 'Ben Carter', "I told everyone,": 'Ben Carter' });
  });
});

describe('a body that opens the sentence and speaks, before a partial quote (stop 48)', () => {
  test('"Halliburton issued a statement stating it had found “…”" is Halliburton’s; a second speaker’s verb after it is not', () => {
    expect(attributed('Halliburton issued a statement stating it had found “no evidence to substantiate allegations made by these former employees.”')).toEqual({ 'no evidence to': 'Halliburton' });
    expect(attributed('The World Health Organization warned that the outbreak was “likely to spread to Central Africa in the next weeks.”')).toEqual({ 'likely to spread': 'World Health Organization' });
    expect(attributed('Reuters reported that the minister called the plan “a disaster waiting to happen.”')).toEqual({ 'a disaster waiting': '?' });
  });
});

describe('a company named in common words, before its legal form (stop 48)', () => {
  test('"operated by Humor Rainbow, Inc." and "HK Contractors, INC of Idaho Falls" ask the company with its legal form, never the form alone', () => {
    expect(deletions(notesOf('It is operated by Dallas-based Humor Rainbow, Inc., and Match Group Americas.', 'The agency awarded the contract to HK Contractors, INC of Idaho Falls, Idaho.'))).toEqual(['Humor Rainbow, Inc.::organisation', 'Match Group Americas::name', 'HK Contractors, INC::organisation', 'Idaho Falls, Idaho::place']);
  });
});

describe('towns of two words or more from a data package (stop 48)', () => {
  test('"Las Vegas", "Colorado Springs" and "Baton Rouge" are places; a one-word town ("Columbia") is left to the words around it', () => {
    expect(namesIn('The meeting was held in Las Vegas last year.', 'Stationed in Colorado Springs, he met his wife.', 'We were in this situation a year ago in Baton Rouge.')).toEqual(['Las Vegas:place', 'Colorado Springs:place', 'Baton Rouge:place']);
    expect(namesIn('On March 24, 1979, space shuttle Columbia arrived at the center.')).not.toContain('Columbia:place');
  });
});

describe('a town before a noun (stop 48)', () => {
  test('"the 39-year-old Las Vegas woman" asks the town; "a Florida man" still does not ask the state', () => {
    expect(namesIn('The 39-year-old Las Vegas woman, Anna Ayala, told reporters about the meal.', 'A Florida man was arrested.')).toEqual(['Las Vegas:place', 'Anna Ayala:person']);
  });
});

describe('who speaks after a tag that ends its sentence (stop 48)', () => {
  test('"“…,” commented Zzyx. Dana Ortiz is …" is not Dana Ortiz’s; "“…,” said the Secretary. The meeting …" is the Secretary’s', () => {
    expect(attributed('“Everything is upside down here,” commented Zzyx. Dana Ortiz is monitoring the case.')['Everything is upside']).not.toBe('Dana Ortiz');
    expect(attributed('“Everything is reversed here,” commented Zzyx in Kandor. Kandor President Dana Ortiz is said to be monitoring the case.')).toEqual({ 'Everything is reversed': '?' });
    expect(attributed('Treasury Secretary Janet L. Yellen convened leaders of the banks. “We know that it drives growth,” said the Secretary. The meeting ended.')).toEqual({ 'We know that': 'Janet L. Yellen' });
    expect(attributed('“We gave out American flag bandanas,” said Tech. Sgt. Adrienne Meadows, a manager.')).toEqual({ 'We gave out': 'Adrienne Meadows' });
  });
});

describe('a courtesy title of the other sex before a surname already known (stop 48)', () => {
  test('"Mr. Corby" after "Ms. Corby" is her father, not Schapelle Corby', () => {
    expect(attributed('Schapelle Corby was in court. “I am really sick,” Ms. Corby told the judge. Her father said it was hard to watch. However, Mr. Corby expressed doubts that politicians could help: “It looks a bit like fairyland to me.”')).toEqual({ 'I am really': 'Schapelle Corby', 'It looks a': 'Mr. Corby' });
  });
});

describe('one answer’s cap, for two people of one surname (stop 48)', () => {
  test('two who-said cards of "Mr. Corby" leave room for the cards on Schapelle Corby', () => {
    const notes = notesOf(
      'Schapelle Corby, 27, faces the death penalty in Bali after 4.1kg of cannabis was found in her bag. Ms. Corby says she is innocent.',
      'Her father, Mr. Corby, flew to Bali on Tuesday. “It depends on what they call justice here. It looks a bit like fairyland to me,” Mr. Corby said.',
      '“Everything is reversed here. You are guilty until you are proven innocent,” commented Mr. Corby in Bali.',
    );
    expect(speakers(notes)).toEqual({ 'It depends on': 'Mr. Corby', 'Everything is reversed': 'Mr. Corby' });
    expect(deletions(notes)).toContain('Schapelle Corby::person');
  });
});

describe('a month before a term of years, and a figure’s sign (stop 48)', () => {
  test('"the February 30-year TIPS auction" asks no date; "from +21,000 to -10,000" asks the figure with its sign', () => {
    expect(deletions(notesOf('Treasury plans to keep the February 30-year TIPS auction size at $9 billion and raise the March 10-year TIPS reopening size to $18 billion.'))).toEqual(['$9 billion::amount', '$18 billion::amount']);
    expect(deletions(notesOf('The change for July was revised down by 31,000, from +21,000 to -10,000, and the change for August was revised down by 29,000.'))).toContain('-10,000::number');
  });
});

describe('Native names (stop 48)', () => {
  test('"Edith Kanaka‘ole" is one person; "the Osage Nation", "the Mohegan Tribe" are bodies, not people; "Moheehkanuwak My name is" ends the name before "My"', () => {
    expect(namesIn('The 2023 series features Edith Kanaka‘ole, a Native Hawaiian dancer, and Maria Tallchief, a citizen of the Osage Nation who was a prima ballerina.')).toEqual(['Edith Kanaka‘ole:person', 'Maria Tallchief:person', 'Osage Nation:organization']);
    expect(namesIn('For the young girls of my tribe, the Mohegan Tribe, back in Connecticut, it matters.')).toEqual(['Mohegan Tribe:organization', 'Connecticut:place']);
    expect(namesIn('Mutawi Mutahash wuchee Moheehkanuwak My name is Lynn Malerba.')).not.toContain('Moheehkanuwak My:term');
  });
});

describe('an eponymous disease before a preposition, and an age opening a sentence (stop 48)', () => {
  test('"preventing Alzheimer’s disease through a healthy diet" is one term; "Age 50 is not too late" makes no name card', () => {
    expect(namesIn('Given the absence of drug treatments, preventing Alzheimer’s disease through a healthy diet is an important consideration.')).toEqual(['Alzheimer’s disease:term']);
    expect(deletions(notesOf('Age 50 is not too late to make positive dietary changes.'))).not.toContain('Age 50::name');
  });
});

describe('a conference and the show held with it (stop 48)', () => {
  test('"the Harbor Logistics Summit and Expo" and "the AFA Air and Space Conference and Technology Exposition" are one event each', () => {
    expect(namesIn('The Harbor Logistics Summit and Expo opened on Monday.', 'He spoke at the AFA Air and Space Conference and Technology Exposition on Sept. 16.')).toEqual(['Harbor Logistics Summit and Expo:term', 'AFA Air and Space Conference and Technology Exposition:term']);
  });
});

describe('a place and its other half after "and" (stop 48)', () => {
  test('"the Luxembourg American Cemetery and Memorial", "the Ford Presidential Library and Museum" are one place each', () => {
    expect(namesIn('The ceremony was held at the Luxembourg American Cemetery and Memorial on Monday.', 'She visited the Ford Presidential Library and Museum in Michigan.')).toEqual(['Luxembourg American Cemetery and Memorial:term', 'Ford Presidential Library and Museum:term', 'Michigan:place']);
  });
});

describe('a person after "by" whose surname is an English word too, described in commas (stop 48)', () => {
  test('"a memo by William Granger, KBR’s official in charge" is a person, whose surname then speaks', () => {
    expect(attributed('It reads a July 15, 2005 memo by William Granger, KBR\'s official in charge of water quality in Iraq. "The level of contamination was roughly two times the normal level," Granger said.')).toEqual({ 'The level of': 'William Granger' });
    expect(namesIn('The firm was bought by Morgan Stanley, a bank in New York.')).not.toContain('Morgan Stanley:person');
  });
});

describe('a figure between capitals inside a name (stop 48)', () => {
  test('"a draft V2X Deployment Plan" is one name, not "[Deployment Plan]" after a lost "V2X"', () => {
    expect(namesIn('The agency will share a draft V2X Deployment Plan for public comment.')).toEqual(['V2X Deployment Plan:term']);
  });
});

describe('a story that calls its subject by his given name (stop 48)', () => {
  test('"since Eric was born", "Eric’s staff platoon commander" are Eric D. Terhune, no body', () => {
    expect(namesIn('CPT Eric D. Terhune of Lexington, KY, died on June 20, 2008.', 'Since Eric was born in a Naval hospital, his father was a Marine.', 'Major Wiler was Eric’s staff platoon commander at the school.')).toEqual(['Eric D. Terhune:person', 'Lexington, KY:place', 'Eric:person', 'Wiler:person', 'Eric:person']);
  });
});

describe('French and Spanish names joined by "et" and "en" (stop 48)', () => {
  test('"CNN en Español" and "Institut Prospective et Sécurité en Europe" are one name each; "en route" joins nothing', () => {
    expect(namesIn('The minister told CNN en Español that the alert was unjust.', 'He leads the Institut Prospective et Sécurité en Europe.', 'Trucks were en route to Paris.')).toEqual(['CNN en Español:organization', 'Institut Prospective et Sécurité en Europe:term', 'Paris:place']);
  });
});

describe('the sentence’s subject who "and told" a body (stop 48)', () => {
  test('"Fredys Cerrato, Trade Minister of Honduras, called on the FDA to act, and told CNN en Español: “…”" is his; with someone else named before "and told", no one’s', () => {
    expect(attributed('Fredys Cerrato, Trade Minister of Honduras, called on the FDA to publish its studies, and told CNN en Español: “This is causing us direct economic damage.”')).toEqual({ 'This is causing': 'Fredys Cerrato' });
    expect(attributed('Fredys Cerrato, the minister, met Tom Hale at noon, and told CNN: “We agreed on nothing new today.”')).toEqual({ 'We agreed on': '?' });
  });
});

describe('names that share a plural head in small letters (stop 49)', () => {
  test('"Harris and Fort Bend counties", "Main and Elm streets", "the Lincoln and Jefferson high schools", "… Zabol, and Helmand Provinces" ask no part alone', () => {
    const got = deletions(notesOf(
      'Rain fell on Harris and Fort Bend counties on Monday, and the Mississippi and Missouri rivers rose 4 feet.',
      'Police closed Main and Elm streets near the Lincoln and Jefferson high schools in 2019.',
      'Crews worked in St. Lucie, Broward and Martin counties for 12 days.',
      'Cultivation is surging in the Kandahar, Uruzgan, Paktika, Zabol, and Helmand Provinces, by 30 percent.',
    ));
    expect(got).toEqual(['4 feet::quantity', '2019::year', '12 days::how long', '30 percent::percent']);
  });

  test('a figure before the plural stays a figure, and bodies before a plural head are whole names', () => {
    const got = deletions(notesOf('The nation has a mainland and 1,500 islands.', 'NASA and Lockheed Martin teams met in Denver.'));
    expect(got).toEqual(['1,500::number', 'NASA::organisation', 'Lockheed Martin::name', 'Denver::place']);
  });
});

describe('towns known by what follows them (stop 49)', () => {
  test('"the Falls Church, VA, address" is a town of two words; "at Mendocino and College avenues" is one place asked whole', () => {
    expect(deletions(notesOf('Requests must be made by April 27, 2015, to the Falls Church, VA, address.'))).toContain('Falls Church::place');
    expect(deletions(notesOf('She protested at Mendocino and College avenues almost every week.'))).toContain('Mendocino and College::place');
  });
});

describe('figures with letters written onto them (stop 49)', () => {
  test('"the M8.5 1963 Kurile Island earthquake" is one sentence, and "KSh17.3 million", "KSh700,000", "Rs. 500 crore" are amounts whole', () => {
    const notes = notesOf('The M8.5 1963 Kurile Island earthquake and the M9.2 1964 Alaska earthquake were recorded on 135 stations.', 'Medicines worth KSh17.3 million (GBP 2.4 million) and equipment worth KSh700,000 were sent. India paid Rs. 500 crore to 12 lakh farmers.');
    expect(notes.filter((n) => n.text.includes('Kurile'))).toHaveLength(1);
    expect(deletions(notes)).toEqual(expect.arrayContaining(['KSh17.3 million::amount', 'KSh700,000::amount', 'Rs. 500 crore::amount', '12 lakh::number']));
    expect(deletions(notes)).not.toContain('000::number');
  });
});

describe('initials run together before a surname (stop 49)', () => {
  test('"SK Sharif, senior deputy director of health," and "said PJ Crowley, the spokesman" are people who speak; "the KBO Arrokoth" is none', () => {
    expect(attributed('SK Sharif, senior deputy director of health, said "The mass movement of people may have spread it."', '"We will act on this today," said PJ Crowley, the State Department spokesman.')).toEqual({ 'The mass movement': 'SK Sharif', 'We will act': 'PJ Crowley' });
    expect(namesIn('The KBO Arrokoth, a small world, was seen in 2019.')).toEqual(['KBO Arrokoth:term']);
  });
});

describe('hours and decades (stop 49)', () => {
  test('"between 8 p.m. and 6 a.m." is a time, not how long; "the early 1960’s" is a decade with its "s"', () => {
    const got = deletions(notesOf('Expect an overnight closure between 8 p.m. and 6 a.m. on the road.', 'Built in the early 1960’s, the bridge will be replaced by the agency.'));
    expect(got).toEqual(expect.arrayContaining(['8 p.m. and 6 a.m.::time', 'early 1960’s::date']));
    expect(deletions(notesOf('In 2020’s budget, the park got more money.'))).toContain('2020::year');
  });
});

describe('bodies named in Spanish, French or German (stop 49)', () => {
  test('"the Mexico Comisión Nacional Bancaria y de Valores" is one name and nobody’s; "Bundesanstalt für …" goes on after "für"', () => {
    const got = namesIn('The agencies included the German Bundesanstalt für Finanzdienstleistungsaufsicht, the Mexico Comisión Nacional Bancaria y de Valores, and others.');
    expect(got).toEqual(['German Bundesanstalt für Finanzdienstleistungsaufsicht:term', 'Mexico Comisión Nacional Bancaria y de Valores:term']);
  });
});

describe('what a name between commas and a capitalised service word are (stop 49)', () => {
  test('"the Yuma, Arizona, native" is a town; "from VA to VA." asks no stop; "the Army Veteran" is no name', () => {
    const got = deletions(notesOf('Before then, the Yuma, Arizona, native had crisscrossed the country; bouncing from VA to VA.', 'In a few years, the once-vibrant Army Veteran found himself frail in 2019.'));
    expect(got).toEqual(expect.arrayContaining(['Yuma::place', 'VA::name']));
    expect(got).not.toContain('VA.::name');
    expect(got.some((d) => d.startsWith('Army Veteran'))).toBe(false);
  });
});

describe('a speed with its time, and turns a minute (stop 49)', () => {
  test('"10 meters per second", "60 miles an hour" and "3,500 rpm" are asked whole, as quantities', () => {
    const got = deletions(notesOf('On flight 62, the helicopter set a new speed record of 10 meters per second.', 'We spun our blades up to 3,500 rpm in the chamber, the engineer said.', 'The storm moved at 60 miles an hour toward the coast.'));
    expect(got).toEqual(expect.arrayContaining(['10 meters per second::quantity', '3,500 rpm::quantity', '60 miles an hour::quantity']));
  });
});

describe('a second change after "and", and a title written short (stop 49)', () => {
  test('"increased from 22.3 months to 38.7 months …, and from 19.1 months to 29.7 months" is four figures, not a range', () => {
    const got = deletions(notesOf('Median survival increased from 22.3 months to 38.7 months for women diagnosed between ages 15-49, and from 19.1 months to 29.7 months for women diagnosed between ages 50-64.'));
    expect(got).toContain('19.1 months::how long');
    expect(got.some((d) => d.startsWith('19.1 months to'))).toBe(false);
  });

  test('"Special Asst. to the Secretary … Bill Bodie:" is a title, no name, and Bill Bodie speaks', () => {
    const notes = notesOf('Special Asst. to the Secretary and Director of Air Force Communications Bill Bodie: "We don\'t have to turn the other cheek, you know. I am ready to tell the truth."');
    expect(deletions(notes).some((d) => d.startsWith('Special Asst'))).toBe(false);
    expect(speakers(notes)).toEqual({ "We don't have": 'Bill Bodie' });
  });
});

describe('an apostrophe before small letters inside a name (stop 49)', () => {
  test('"Titus Mung\'ou, spokesman for …, told AFP “…”" is a person who speaks; "Don\'t", "Ma\'am", "Y\'all" are no names; "Hawai’i" is a place', () => {
    expect(attributed('The fighting has displaced many. Titus Mung\'ou, spokesman for Kenya Red Cross Society, told Agence France-Presse "We are trying to reduce the mix up by checking food donations."')).toEqual({ 'We are trying': "Titus Mung'ou" });
    expect(namesIn("Don't go there, Ma'am, said the guard. They're here. Y'all come back now.")).toEqual([]);
    expect(namesIn('A wildfire roared through the city of Lahaina, Hawai’i, in 2023.')).toContain('Hawai’i:place');
  });
});

describe('what someone is, an office ending in "-ist" or written in capitals (stop 49)', () => {
  test('"Rich Briggs is a Research Geologist with the USGS", "… a research geologist with …" are people; "Mercy Corps is a Humanitarian Agency with …" is not', () => {
    expect(namesIn('Rich Briggs is a Research Geologist with the USGS in Golden, Colorado.')).toContain('Rich Briggs:person');
    expect(namesIn('Randy Jibson is a research geologist with the USGS.')).toContain('Randy Jibson:person');
    expect(namesIn('Mercy Corps is a Humanitarian Agency with offices in 40 countries.')).not.toContain('Mercy Corps:person');
  });
});

describe('what a firm is said to be, and a player of a club (stop 49)', () => {
  test('"Media Markt, Europe’s largest computer retailer," and "one such group, called Safecast," are bodies; "Jane Doe, the company’s chief executive," a person; "Baptista of Arsenal" no place', () => {
    expect(namesIn('AMD has been shut out from Media Markt, Europe\'s largest computer retailer, which accounts for 35 percent of sales.')).toContain('Media Markt:organization');
    expect(namesIn('Al-Jazeera reported on one such group, called Safecast, whose investigators found readings.')).toContain('Safecast:organization');
    expect(namesIn('Jane Doe, the company\'s chief executive, said it.')).toEqual(['Jane Doe:person']);
    expect(namesIn('Soon after, Baptista of Arsenal had a claim for a penalty.', 'They flew to Redstone Arsenal in Alabama.')).toEqual(['Baptista of Arsenal:term', 'Redstone Arsenal:place', 'Alabama:place']);
  });
});

describe('kronor, years written short, numbered parts and codes (stop 49)', () => {
  test('"10 million Swedish Kronor" is an amount; "in ‘02 to 8%" is a year and a share; "Sections 4 and 16" asks no half; "the California Business and Professions Code" is whole', () => {
    const got = deletions(notesOf(
      'The award includes a cash component of 10 million Swedish Kronor (approximately US$1.4 million).',
      'AMD’s share of the business went from 23 percent in ‘02 to 8% in ‘03, to 0%, where it remains today.',
      'AMD sued under Sections 4 and 16 of the Clayton Act, and the California Business and Professions Code in 2005.',
    ));
    expect(got).toEqual(expect.arrayContaining(['10 million Swedish Kronor::amount', '‘02::year', '8%::percent', 'California Business and Professions Code::name']));
    expect(got.filter((d) => /^(?:02 to|Sections 4|California Business::)/.test(d))).toEqual([]);
  });
});

describe('a Spanish first surname used alone (stop 49)', () => {
  test('"Huanca said" after "Javier Huanca Maldonado" is him', () => {
    expect(attributed('The work was done by Javier Huanca Maldonado, a visiting scientist.', '“You can spend a lot of money on the wrong control measure,” Huanca said.')).toEqual({ 'You can spend': 'Javier Huanca Maldonado' });
  });
});

describe('what stands beside a name and is not part of it (stop 49)', () => {
  test('"pay BHARDWAJ 50% of the profits" has no "BHARDWAJ 50"; "… Concepts, and Assessments, deputy chief" no person; "Chief Information Security Officer (“CISO”)" no name', () => {
    expect(namesIn('Patel would pay BHARDWAJ 50% of the profits.', 'They gave NASA 40 percent of the funds.')).toEqual(['BHARDWAJ:term', 'NASA:organization']);
    expect(namesIn('TSI grew, said Maj. Gen. John Newell III, the director of Strategy, Concepts, and Assessments, deputy chief of staff for Strategic Plans.')).not.toContain('Assessments:person');
    const got = deletions(notesOf('Damian Williams announced that Amit Bhardwaj, the former Chief Information Security Officer (“CISO”) at Lumentum Holdings Inc., pled guilty to 13 counts.'));
    expect(got.some((d) => d.startsWith('Chief Information Security Officer'))).toBe(false);
  });

  test('"an additional 40-cent decline" is an amount; "the Space Station" is no place', () => {
    expect(deletions(notesOf('Lower oil prices could mean an additional 40-cent decline in gas prices this month.'))).toContain('40-cent::amount');
    expect(namesIn('Tell us what you are learning on the Space Station about Earth.')).toEqual(['Space Station:term', 'Earth:place']);
  });
});

describe('two people, the first known by one name (stop 49)', () => {
  test('"Cleopatra and Marc Antony’s resting place" is two people when the story also writes "Marc Antony and Cleopatra"; "Frank and Brenda Bishop" stays a couple', () => {
    expect(namesIn('Artifacts may lead to the discovery of Cleopatra and Marc Antony\'s resting place.', 'Caesar allowed Marc Antony and Cleopatra to be buried together.')).toEqual(['Cleopatra:term', 'Marc Antony:person', 'Marc Antony:person', 'Cleopatra:term']);
    expect(namesIn('His parents, Frank and Brenda Bishop, attended.')).toEqual(['Frank and Brenda Bishop:person']);
  });
});

describe('two bodies across "on the" and "for the", and letters with a small one inside (stop 49)', () => {
  test('"the Service on the North American Wetlands Conservation Council" is the council alone; "Advisor for Gulf Restoration for the Service" makes no body; "the Committee on the Judiciary" stays whole', () => {
    expect(namesIn('Director Dan Ashe represents the Service on the North American Wetlands Conservation Council, which reviews proposals.')).toEqual(['Dan Ashe:person', 'North American Wetlands Conservation Council:organization']);
    expect(namesIn('“The Service is committed,” says Linda Walker, Senior Advisor for Gulf Restoration for the Service.')).toEqual(['Linda Walker:person']);
    expect(namesIn('He testified before the Committee on the Judiciary.')).toEqual(['Committee on the Judiciary:organization']);
  });

  test('"the agency’s SCaN (Space Communications and Navigation) program" is one name; "25 Mbps" a quantity', () => {
    const got = deletions(notesOf('The demo is funded by the agency’s SCaN (Space Communications and Navigation) program in 2024.', 'The spacecraft sent test data at a maximum rate of 25 Mbps from deep space.'));
    expect(got).toEqual(expect.arrayContaining(['SCaN (Space Communications and Navigation)::name', '25 Mbps::quantity']));
    expect(got).not.toContain('Space Communications::organisation');
  });
});

describe('the one words are added to, and a range opened by a fraction (stop 49)', () => {
  test('"… who “deserved to die”, adding to CNN: “…”": CNN says nothing', () => {
    const got = attributed('Susan Cohen, the mother of one of those killed, thought of him as "a mass murderer" who "deserved to die", adding to CNN: "I feel no pity around him. He got to die with his family."');
    expect(got['deserved to die']).toBe('Susan Cohen');
    expect(Object.values(got)).not.toContain('CNN');
  });

  test('"by 1/2 percentage point to 4-3/4 to 5 percent" asks the range whole', () => {
    expect(deletions(notesOf('The Committee decided to lower the target range for the federal funds rate by 1/2 percentage point to 4-3/4 to 5 percent.'))).toContain('4-3/4 to 5 percent::percent');
  });
});

describe('a body’s region named before the body (stop 49)', () => {
  test('"the Intermountain Region of the National Park Service" is no place', () => {
    expect(namesIn('It was thanks to the Intermountain Region of the National Park Service that we were able to respond.')).toEqual(['Intermountain Region:term', 'National Park Service:organization']);
  });
});

describe('the phrase asked from a quote says something of its own (stop 49)', () => {
  test('"the [exact amounts]", "a couple of [different ones]", "[services benefit society]" are not asked; "[social responsibility]" is', () => {
    const { quotes } = collectCandidates(analysed([
      'Jeffrey Lyon, the company’s chief executive, spoke on Monday.',
      '“We have not come to any decision on the exact amounts,” Lyon said.',
      '“I participated in a couple of different ones,” Lyon said.',
      '“We have a social responsibility to ensure our services benefit society,” Lyon said.',
      '“Our services benefit society,” Lyon said.',
    ]), 't');
    expect(quotes.map((q) => q.phrase?.answer)).toEqual([undefined, undefined, 'social responsibility', undefined]);
  });
});

describe('"continues" and "pleaded" tag a quote (stop 49)', () => {
  test('"Kohail continues, “Mr. Harper, I have been in jail …”" is his', () => {
    expect(attributed('Mohamed Kohail, 23, of Montreal, was sentenced in 2008.', 'In the letter, delivered by an MP last December, Kohail continues, "Mr. Harper, I have been in jail for two years now."')).toEqual({ 'Mr. Harper, I': 'Mohamed Kohail' });
  });
});

describe('a transcript’s turns in title case (stop 49)', () => {
  test('"Secretary Yellen: I think …" asks no label; "Q: Secretary Yellen, Brian Cheung with NBC News, can you …" asks neither the reporter nor the outlet, but whom they ask', () => {
    const got = deletions(notesOf(
      'Secretary Yellen: I think as everyone knows President Biden talked to President Xi yesterday.',
      'Q: Secretary Yellen, Brian Cheung with NBC News, can you tell us about how this meeting came together? And will there be other meetings?',
    ));
    expect(got).toEqual(['Biden::person', 'Xi::person', 'Yellen::person']);
  });
});

describe('a nickname that shortens the given name, a plural noun before "who", and a statement’s author (stop 49)', () => {
  test('"Dr. Natchimuthuk “Nat” Gopalswamy" is a person, so his "he said" speaks; "Reinforcements who attempted …" is no one', () => {
    expect(attributed('The project is headed up by Dr. Natchimuthuk “Nat” Gopalswamy of NASA’s Goddard Space Flight Center.', '“The spectrum of each event looks different from the others,” he said.')).toEqual({ Nat: '?', 'The spectrum of': 'Natchimuthuk Gopalswamy' });
    expect(namesIn('Reinforcements who attempted to join the gunmen were killed.')).toEqual([]);
  });

  test('"Statement from NASA’s Janet Petro on …": the quotes that open its paragraphs are hers', () => {
    const article = readPlainText('Statement from NASA’s Janet Petro on Fiscal Year 2025 Budget Request\n\n“The rollout of the budget offers the opportunity to highlight exciting work.”\n\n“Kennedy is proud to support the goals of the administration.”\n');
    const speakersOf = analyseArticle(article).quotes.map((q) => q.speaker?.name ?? '?');
    expect(speakersOf).toEqual(['Janet Petro', 'Janet Petro']);
    const other = readPlainText('Statement on Fiscal Year 2025 Budget Request\n\n“The rollout of the budget offers the opportunity to highlight exciting work.”\n');
    expect(analyseArticle(other).quotes.map((q) => q.speaker?.name ?? '?')).toEqual(['?']);
  });
});

describe('a speech’s headline names no author of what it quotes (stop 49)', () => {
  test('"Remarks by Janet Petro at …": a quote opening a paragraph is someone else’s words', () => {
    const article = readPlainText('Remarks by Janet Petro at the Space Symposium\n\n“Ask not what your country can do for you,” a president once told the nation.\n\n“We choose to go to the Moon in this decade and do the other things.”\n');
    expect(analyseArticle(article).quotes.map((q) => q.speaker?.name ?? '?')).not.toContain('Janet Petro');
  });
});

describe('a country with its state’s letters (stop 49)', () => {
  test('"the Lao PDR" and "Hong Kong SAR" are places whole, not "[PDR]"', () => {
    expect(namesIn('The United States has shared one million vaccine doses with the Lao PDR in 2021.', 'Flights to Hong Kong SAR resumed.')).toEqual(['United States:place', 'Lao PDR:place', 'Hong Kong SAR:place']);
  });
});

describe('two fields joined by "and" before an office in lower case (stop 50)', () => {
  test('"the Navy Sexual Assault Prevention and Response senior advisor" asks no "[Navy Sexual Assault Prevention]"', () => {
    const got = deletions(notesOf('Dana Whitlock, the Navy Sexual Assault Prevention and Response senior advisor, trained 40 crews in 2023.', 'Whitlock joined the USDA Pasture Systems and Watershed Management Research unit in May.', 'The Harbor Pilots Association and Port Authority staff met in June.'));
    expect(got.filter((d) => /Navy|USDA/.test(d))).toEqual([]);
    expect(got).toContain('Harbor Pilots Association::organisation');
  });
});

describe('a list’s third member, asked because the story comes back to it (stop 50)', () => {
  test('"Morocco, Russia, Saudi Arabia, and Israel were the main suppliers" asks two of them, and Russia where it is no third', () => {
    const notes = notesOf(
      'Morocco is the largest supplier. Morocco sells rock. Morocco ships it by sea. Morocco gains.',
      'Morocco, Russia, Saudi Arabia, and Israel were the main foreign suppliers of phosphate to the United States over this period.',
      'From 2016 to 2019, Morocco and Russia accounted for about 74% of imports.',
      'In 2021, the duties hit Russia and Morocco.',
      'Russia and Morocco objected, and Russia and Morocco appealed.',
      'Imports from Saudi Arabia and Israel rose.',
    );
    const list = notes.find((n) => n.text.includes('main foreign suppliers'))!;
    expect(deletions([list])).toEqual(['Saudi Arabia::place', 'Israel::place']);
    expect(deletions(notes).filter((d) => d === 'Russia::place')).toHaveLength(1);
  });
});

describe('a decade written "1980’s" at the end of a sentence (stop 50)', () => {
  test('"during the late 1980’s. Its …" asks "late 1980’s" and ends the sentence there', () => {
    const notes = notesOf('Horizontal drilling reached commercial use during the late 1980’s. Its success in the Bakken Shale of North Dakota spurred others.');
    expect(deletions(notes)).toContain('late 1980’s::date');
    expect(notes.find((n) => n.text.includes('1980'))!.text).not.toContain('Its success');
  });
});

describe('a name with two particles (stop 50)', () => {
  test('"van der Waals forces" and "Anna van den Bosch, a geologist," are whole', () => {
    expect(namesIn('The asteroid is held together by van der Waals forces rather than gravity.', 'Anna van den Bosch, a geologist, joined in 2019.', 'Mark van der Berg left in May.')).toEqual(['van der Waals:term', 'Anna van den Bosch:person', 'Mark van der Berg:person']);
  });
});

describe('a measure and its margin (stop 50)', () => {
  test('"51±19%" and "42 +/- 6 years" are one figure each; "1.7 ± 0.7 g/cm³" gives no half', () => {
    const got = deletions(notesOf('The team calculated a macro-porosity of 51±19%, indicating a rubble pile.', 'The bulk density of 1.7 ± 0.7 g/cm³ is two times lower than required.', 'Mean age was 42 +/- 6 years in 2019.'));
    expect(got).toContain('51±19%::percent');
    expect(got.some((d) => d.startsWith('42 +/- 6 years::'))).toBe(true);
    expect(got.filter((d) => /^(?:51|19%|1\.7|0\.7|42|6 years)::/.test(d))).toEqual([]);
  });
});

describe('a resolution by its number (stop 50)', () => {
  test('"passed H.J.Res. 39 to overturn the rule" is one sentence and asks "H.J.Res. 39" whole', () => {
    const notes = notesOf('Following the 2022 invocation, the 118th Congress passed H.J.Res. 39 to overturn the rule.', 'The House passed H.Res. 12 and S.J.Res. 7 that week.');
    expect(notes.filter((n) => n.text.includes('overturn'))).toHaveLength(1);
    const got = deletions(notes);
    expect(got).toEqual(expect.arrayContaining(['H.J.Res. 39::name', 'H.Res. 12::name', 'S.J.Res. 7::name']));
    expect(got.filter((d) => /^(?:39|12|7|H\.J\.Res|H\.Res|S\.J\.Res)::/.test(d))).toEqual([]);
  });
});

describe('holders of a seat, written with a capital (stop 50)', () => {
  test('"Other Members in prior years", "the Parliamentarians" are nobody’s name; "the House of Representatives" is one', () => {
    const got = deletions(notesOf('Other Members in prior years have supported the duties in 2019.', 'The Parliamentarians resolve that question by May.', 'The House of Representatives voted in June.'));
    expect(got.filter((d) => /^(?:Members|Parliamentarians)::/.test(d))).toEqual([]);
    expect(got).toContain('House of Representatives::name');
  });
});

describe('a subheading asked as a question (stop 50)', () => {
  test('"Who Does the Decennial Census Count?" on its own line is no card; a question in prose still is', () => {
    const got = deletions(notesOf('Who Does the Decennial Census Count?', 'Why did the Census Bureau change it in 2020?'));
    expect(got.filter((d) => d.startsWith('Decennial'))).toEqual([]);
    expect(got).toContain('Census Bureau::organisation');
  });
});

describe('a weight in metric tons (stop 50)', () => {
  test('"nearly 3 million metric tons" is one quantity, not "[3 million] metric tons"', () => {
    const got = deletions(notesOf('From 2016 to 2025, imports of phosphate fertilizers averaged nearly 3 million metric tons annually.'));
    expect(got.some((d) => d.startsWith('3 million metric tons') && d.endsWith('::quantity'))).toBe(true);
    expect(got).not.toContain('3 million::number');
  });
});

describe('a month with a range of its days, and a report’s references (stop 50)', () => {
  test('"during October 17-19" and "October 17-31, 1998" are one date each', () => {
    const got = deletions(notesOf('Sixty counties reported flooding during October 17-19.', 'Counties became eligible for aid during October 17-31, 1998.'));
    expect(got).toEqual(expect.arrayContaining(['October 17-19::date', 'October 17-31, 1998::date']));
    expect(got.filter((d) => /^(?:October|1998)::/.test(d))).toEqual([]);
  });

  test('"(1,2)" after a claim is a reference, no figure; "1,250 people" still is one', () => {
    const got = deletions(notesOf('The virus is found among woodrats (1,2) and has not been known to cause disease in humans.', 'Transmission can occur through direct contact (4,5).', 'The firm hired 1,250 people in 2020.'));
    expect(got.filter((d) => /^(?:1,2|4,5)::/.test(d))).toEqual([]);
    expect(got).toContain('1,250 people::quantity');
  });
});

describe('a title in single quotation marks (stop 50)', () => {
  test('"NCD’s \'On the Threshold of Independence\' report" asks the title whole', () => {
    const got = deletions(notesOf('This year marks the 35th anniversary of the council\'s \'On the Threshold of Independence\' report that contained the draft.', 'It followed the 1986 report titled, ‘Toward Independence’ that recommended a law.'));
    expect(got).toEqual(expect.arrayContaining(['On the Threshold of Independence::name', 'Toward Independence::name']));
    expect(got.filter((d) => /^(?:Threshold of Independence|Independence)::/.test(d))).toEqual([]);
  });
});

describe('a name an editor completed in square brackets (stop 50)', () => {
  test('"The Kenya National Commission [on Human Rights] did …" asks neither piece', () => {
    const got = deletions(notesOf('"The Kenya National Commission [on Human Rights] did have these allegations, and we had not investigated," Omar said in 2009.'));
    expect(got.filter((d) => /^(?:Kenya National Commission|Human Rights)::/.test(d))).toEqual([]);
    expect(got).toContain('2009::year');
    // (Words in brackets that name nothing leave the name before them alone.)
    expect(deletions(notesOf('Arrivals in Tashkent [in 2019] doubled to 40,000 people.'))).toContain('Tashkent::place');
  });
});

describe('a ship named without its prefix (stop 50)', () => {
  test('after "USS Carl Vinson (CVN 70)", "Carl Vinson" and "Ronald Reagan" are ships — the neutral hint', () => {
    const got = deletions(notesOf('The Ronald Reagan Strike Group and Carl Vinson Strike Group are conducting operations in the Western Pacific.', 'In 2014, USS Ronald Reagan (CVN 76) and USS Carl Vinson (CVN 70) strike groups conducted combined operations.', 'In 2001, USS Constellation (CV 64) and Carl Vinson operated together.', 'The group consists of Ronald Reagan, Carrier Air Wing 5 and the cruiser USS Shiloh.'));
    expect(got).toEqual(expect.arrayContaining(['Carl Vinson::name', 'Ronald Reagan::name']));
    expect(got.filter((d) => /^(?:Carl Vinson|Ronald Reagan)::(?:person|organisation)$/.test(d))).toEqual([]);
  });
});

describe('one common word, "and", then a body’s whole name (stop 50)', () => {
  test('"from Justice of the Peace and Department of Public Safety officers" asks no "[Peace and Department of Public Safety]"', () => {
    const got = deletions(notesOf('Information came from Justice of the Peace and Department of Public Safety officers in nine counties.'));
    expect(got.filter((d) => d.startsWith('Peace'))).toEqual([]);
    expect(got).toContain('nine::number');
  });
});

describe('a possessive before a word the tagger reads as a verb (stop 50)', () => {
  test('"Paul Pogba\'s left-footed shot", "the Authority\'s take on …" leave the "\'s" off the answer; "Jersey Mike\'s sold" keeps it', () => {
    const got = deletions(notesOf('A deflected goal from Paul Pogba\'s left-footed shot gave United the lead in 2017.', 'Ryanair reject the Swedish Accident Investigation Authority\'s take on the missing data, it said in 2013.', 'Jersey Mike\'s sold 40 stores in 2020.'));
    expect(got.filter((d) => /'s::/.test(d) && !d.startsWith('Jersey'))).toEqual([]);
    expect(got.some((d) => d.startsWith('Paul Pogba::'))).toBe(true);
    expect(got.some((d) => d.startsWith("Jersey Mike's::"))).toBe(true);
  });
});

describe('a score after a team’s name (stop 50)', () => {
  test('"defeated Ajax AFC 0–2" asks "Ajax AFC", not "[Ajax AFC 0]–2"', () => {
    const got = deletions(notesOf('Manchester United defeated Dutch capital-club Ajax AFC 0–2 to win the Europa League title in 2017.'));
    expect(got.some((d) => d.startsWith('Ajax AFC::'))).toBe(true);
    expect(got.filter((d) => d.startsWith('Ajax AFC 0'))).toEqual([]);
  });
});

describe('a venue named after someone (stop 50)', () => {
  test('"the Alexander Memorial Coliseum" is a place, no person', () => {
    expect(namesIn('The games are played at the Alexander Memorial Coliseum in midtown.', 'Fans drove to the Bristol Motor Speedway.')).toEqual(['Alexander Memorial Coliseum:place', 'Bristol Motor Speedway:place']);
  });
});

describe('a given name that is a place’s, right after a title (stop 50)', () => {
  test('"health minister Trinidad Jimenez" is one person, not "[Jimenez]"', () => {
    expect(namesIn('Spain’s health minister Trinidad Jimenez said the country has 57 confirmed cases.')).toEqual(['Spain:place', 'Trinidad Jimenez:person']);
  });
});

describe('an unnamed spokesperson right before the quote (stop 50)', () => {
  test('"… confirmed that he died, with a spokesperson for them saying: “…”" is not the dead man speaking', () => {
    expect(attributed('Robert Mansell, aged 32, was a pilot who lived in the village of Knowle.', 'The body of Mansell has yet to be found but the Foreign Office has now confirmed that he died on Wednesday, with a spokesperson for them saying: "We are aware of the death of a British national."')).toEqual({ 'We are aware': '?' });
  });
});

describe('a time on the 24-hour clock (stop 50)', () => {
  test('"At 0930 local time", "at 1300 hours" are times; "lasted 1300 hours" is still a length', () => {
    const got = deletions(notesOf('At 0930 local time, the pilot was flying with his nine passengers.', 'The ceremony will begin at 1300 hours at the base chapel.', 'The flight crew logged 1300 hours in all.'));
    expect(got).toEqual(expect.arrayContaining(['0930 local time::time', '1300 hours::time', '1300 hours::how long']));
  });
});

describe('a body’s anniversary (stop 50)', () => {
  test('"the 183rd Anniversary of the Naval Facilities Engineering Command" is an occasion — the neutral hint', () => {
    const got = deletions(notesOf('Sailors gathered in May as they celebrated the 183rd Anniversary of the Naval Facilities Engineering Command.'));
    expect(got).toContain('183rd Anniversary of the Naval Facilities Engineering Command::name');
  });
});

describe('words that someone calls something, and a speech verb inside a "while" clause (stop 50)', () => {
  test('"The Obama administration has seen what The New York Times calls an “…”" is the newspaper’s label', () => {
    expect(attributed('President Barack Obama commuted the sentence.', 'The Obama administration has seen what The New York Times calls an "unprecedented crackdown on leaks of government secrets."')).toEqual({ 'unprecedented crackdown on': 'The New York Times' });
  });

  test('"The Obama administration has long argued that …" is not Obama speaking', () => {
    expect(attributed('President Barack Obama commuted the sentence.', 'The Obama administration has long argued that such leaks are "dangerous to the country."')).toEqual({ 'dangerous to the': '?' });
  });

  test('"pointed out that while Manning … acknowledged wrongdoing, “Mr. Snowden fled …”" is no one’s we can be sure of', () => {
    expect(attributed('White House Press Secretary Josh Ernest was asked if NSA whistleblower Edward Snowden would also be pardoned. Ernest said no, saying the information Snowden released was more dangerous and pointed out that while Manning had gone through a formal trial and acknowledged wrongdoing, "Mr. Snowden fled into the arms of an adversary."')).toEqual({ 'Mr. Snowden fled': '?' });
  });
});

describe('a body’s spokesman credited after the quote (stop 50)', () => {
  test('"“…,” according to National Disaster Management Agency spokesman Sutopo Nugoroho." is his, not the agency’s', () => {
    expect(attributed('"It happened so fast, only about 30 seconds," according to National Disaster Management Agency spokesman Sutopo Nugoroho.', '"Prices rose," according to the World Bank, which Mark Lee leads.')).toEqual({ 'It happened so': 'Sutopo Nugoroho', 'Prices rose,': 'World Bank' });
  });
});

describe('an occupation before a one-word name (stop 50)', () => {
  test('"Survivor Syakrani, 24, …" speaks as "Syakrani"', () => {
    expect(attributed('Survivor Syakrani, 24, yesterday asserted "The authorities should have closed the bridge if it was under repair."')).toEqual({ 'The authorities should': 'Syakrani' });
  });
});

describe('what a company’s name looks like around it (stop 50)', () => {
  test('"builders PT Hutama Karya", "companies Philip Morris, Imperial Tobacco …" are companies; "company Zaron Bio-Tech (Asia) Limited" is no half name', () => {
    expect(namesIn('State-owned builders PT Hutama Karya completed the bridge.', 'Reuters reported that companies Philip Morris, Imperial Tobacco and Japan Tobacco are among the largest.').filter((n) => /Hutama|Philip/.test(n))).toEqual(['PT Hutama Karya:organization', 'Philip Morris:organization']);
    expect(deletions(notesOf('OFAC also designated the chemical company Zaron Bio-Tech (Asia) Limited, which is registered in Hong Kong, in 2019.')).filter((d) => d.startsWith('Zaron'))).toEqual([]);
  });
});

describe('a telephone number written another country’s way (stop 50)', () => {
  test('"call police on 01273 470101", "Call +44 20 7946 0958" give no card', () => {
    const got = deletions(notesOf('Those concerned about relatives can call police on 01273 470101 or 101.', 'Call +44 20 7946 0958 for the London desk.', 'The company hired 1200 people in 2020.'));
    expect(got.filter((d) => /^(?:01273|470101|20|7946|0958)::/.test(d))).toEqual([]);
    expect(got).toContain('1200 people::quantity');
  });
});

describe('what a planet owns (stop 50)', () => {
  test('"Jupiter’s Ganymede, whose diameter is …" is a moon, no person', () => {
    expect(namesIn('The largest known satellite in the Solar System is Jupiter’s Ganymede, whose diameter is approximately 5268 kilometres.')).toContain('Ganymede:term');
  });
});

describe('a title in the plural inside a run of capitals (stop 50)', () => {
  test('"former UN Secretaries-General Kofi Annan and Boutros Boutros-Ghali" names Kofi Annan, not "[UN Secretaries-General Kofi Annan]"', () => {
    const got = namesIn('Forty African leaders, including former UN Secretaries-General Kofi Annan and Boutros Boutros-Ghali, signed a letter.');
    expect(got).toContain('Kofi Annan:person');
    expect(got.filter((n) => n.includes('Secretaries'))).toEqual([]);
  });
});

describe('a described speaker whose description carries a figure (stop 50)', () => {
  test('"The Badr-6 programme manager stated …. He also …, saying that “…”" is the programme manager, not the president named before', () => {
    expect(attributed('Phillip Father, the President of ProtoStar, thanked the "many people who have touched us and helped us out".', 'The Badr-6 programme manager stated that "this is a moment of sheer joy and excitement". He also referred to an unofficial slogan, saying that "we heard you loud and clear".')).toEqual({ 'many people who': 'Phillip Father', 'this is a': 'Badr-6 programme manager', 'we heard you': 'Badr-6 programme manager' });
  });
});

describe('a flight named after an airline with a given name (stop 50)', () => {
  test('"Adam Air Flight 574" is a flight, no person "[Adam Air Flight]"', () => {
    expect(namesIn('Indonesia saw such an accident in 2007 when Adam Air Flight 574 crashed into the Makassar Strait.')).toContain('Adam Air Flight 574:term');
  });
});

describe('numbers that look like dates and are not (stop 50)', () => {
  test('"a Long March 3B rocket" and "resolution 1718 and 1874" are no dates; "March 3" still is', () => {
    const got = deletions(notesOf('It was intended for launch on a Long March 3B carrier rocket by ChinaSat in 2009.', 'We view it as a direct violation of resolution 1718 and 1874.', 'The launch is set for March 3 in Florida.'));
    expect(got.filter((d) => /^(?:March 3B|1718)/.test(d))).toEqual([]);
    expect(got).toContain('March 3::date');
  });
});

describe('an ordinal in thousands, and days of the week in the plural (stop 50)', () => {
  test('"its 50,000th article" is one figure; "Sundays are quiet days" asks no name', () => {
    const got = deletions(notesOf('It recently published its 50,000th article in 2009.', 'Police said Sundays are quiet days at the temple in 2013.'));
    expect(got).toContain('50,000th::number');
    expect(got.filter((d) => /^(?:50|000th|Sundays)::/.test(d))).toEqual([]);
  });
});

describe('"the" before a numbered thing’s name (stop 50)', () => {
  test('"According to SpaceX the Falcon 9 can …" names SpaceX and the Falcon 9 apart; "Alexander the Great" stays one', () => {
    const got = namesIn('According to SpaceX the Falcon 9 can generate 4 times the maximum thrust of a Boeing 747.', 'The army of Alexander the Great won the battle.');
    expect(got.filter((n) => /SpaceX the/.test(n))).toEqual([]);
    expect(got.some((n) => n.startsWith('Alexander the Great:'))).toBe(true);
  });
});

describe('a message’s closing and signature (stop 50)', () => {
  test('"Semper Fidelis, Eric M. Smith, General, U.S. Marine Corps, Commandant of the Marine Corps." gives no card', () => {
    expect(deletions(notesOf('Happy Birthday to all of our partners in 2025!', 'Semper Fidelis, Eric M. Smith, General, U.S. Marine Corps, Commandant of the Marine Corps.'))).toEqual(['2025::year']);
  });
});

describe('a position on the globe, a speed in knots written short, a heritage designation (stop 50)', () => {
  test('"98.5°East longitude", "353 knts" are quantities whole; "a designated UNESCO World Heritage Site" is no body', () => {
    const got = deletions(notesOf('It will be positioned at 98.5°East longitude, in a geosynchronous orbit, in 2008.', 'The flight reached a ground speed of 353 knts before it stalled.', 'Totaling twelve acres, it is a designated UNESCO World Heritage Site since 2002.'));
    expect(got).toEqual(expect.arrayContaining(['98.5°East::quantity', '353 knts::quantity', 'UNESCO World Heritage Site::name']));
  });
});

describe('a parish named after a saint (stop 50)', () => {
  test('"the upper portions of Saint Bernard Parish" is a place, not "Saint" and a person; "The Rev. Mark Parish" stays a person', () => {
    expect(namesIn('Residents of the upper portions of Saint Bernard Parish will be allowed to return on Monday.', 'The Rev. Mark Parish spoke at the church.')).toEqual(['Saint Bernard Parish:place', 'Mark Parish:person']);
  });
});

describe('a rate with its slash spaced out (stop 50)', () => {
  test('"winds of 200 km / h" is one quantity, like "200 km/h"', () => {
    expect(deletions(notesOf('The cyclone had winds that were measured at 200 km / h in October.'))).toContain('200 km / h::quantity');
  });
});

describe('a tree’s common name, and a base named with its place (stop 50)', () => {
  test('"forests of Sitka spruces" asks no "[Sitka]"; "at Marine Corps Air Station, Yuma, Arizona" asks no half of the base’s name', () => {
    const got = deletions(notesOf('One of the sights in 2019 was the rich forests of Sitka spruces clustering on steep mountainsides.', 'He served as the Fleet Liaison Officer at Marine Corps Air Station, Yuma, Arizona, in 1962.'));
    expect(got.filter((d) => /^(?:Sitka|Marine Corps Air Station)::/.test(d))).toEqual([]);
    expect(got).toContain('1962::year');
  });
});

describe('two names joined by "and" that the article also names apart (stop 50)', () => {
  test('"investigators from the National Institutes of Health and Global Good" asks no joined name', () => {
    const got = deletions(notesOf('A research team led by investigators from the National Institutes of Health and Global Good has developed an algorithm in 2019.', 'The approach was created at the National Institutes of Health with Global Good, a fund.', 'The Food and Drug Administration approved it in May.'));
    expect(got.filter((d) => d.includes(' and Global'))).toEqual([]);
    expect(got).toContain('Food and Drug Administration::organisation');
  });
});

describe('a body whose short letters spell it whole, and a vehicle named after someone (stop 50)', () => {
  test('"an annual Command and General Staff College (CGSC) event" is one body; "Bradley Fighting Vehicles" is no person', () => {
    const got = deletions(notesOf('The event was part of Futures Day, an annual Command and General Staff College (CGSC) event in 2011.', 'The Army can use its major systems (e.g., Abrams tanks, Bradley Fighting Vehicles) more efficiently in 2012.'));
    expect(got).toContain('Command and General Staff College::organisation');
    expect(got.filter((d) => d === 'Command::organisation' || d === 'Bradley Fighting Vehicles::person')).toEqual([]);
  });
});

describe('a month that opens a name at the start of a sentence (stop 51)', () => {
  test('"April Harris, a teacher, …" asks no "[April]" as a date; "In April Congress …" is no name', () => {
    const got = deletions(notesOf('April Harris, Jeryd’s math teacher from Christian County High, remembers Jeryd this way.', 'In April Congress passed the law on a vote of 62 to 38.'));
    expect(got.filter((d) => d.startsWith('April::'))).toEqual([]);
    expect(namesIn('April Harris, Jeryd’s math teacher from Christian County High, remembers Jeryd this way.')[0]).toMatch(/^April Harris:/);
    expect(namesIn('In April Congress passed the law on a vote of 62 to 38.').filter((n) => n.startsWith('April'))).toEqual([]);
  });
});

describe('a home town set off by a comma beside where something happened (stop 51)', () => {
  test('"Corporal Jon Doane, of Lakeview, Ohio, who died … in Mosul, Iraq" asks both places', () => {
    const got = deletions(notesOf('We remember Corporal Jon Doane, of Lakeview, Ohio, who died on May 3, 2007 in Mosul, Iraq.'));
    expect(got).toEqual(expect.arrayContaining(['Lakeview, Ohio::place', 'Mosul, Iraq::place']));
  });
});

describe('a pronoun after a possessive of the one already named (stop 51)', () => {
  test('"Jon Wallace runs … it was Wallace’s job … “…,” he said" is Jon Wallace; with another man named before the possessive, no one', () => {
    expect(Object.values(attributed('Jon Wallace runs the refuge. The storm hit the Florida Keys, and it was Wallace’s job to bring order to the refuges.', '“It’s going to look like a bomb went off,” he said Wednesday as he entered the Keys.'))).toEqual(['Jon Wallace']);
    expect(Object.values(attributed('Tom Riley runs the refuge. The storm hit the Florida Keys, and it was Jon Wallace’s job to bring order to the refuges.', '“It’s going to look like a bomb went off,” he said Wednesday as he entered the Keys.'))).toEqual(['?']);
  });
});

describe('who speaks after a colon, and inside what someone else said (stop 51)', () => {
  test('"He was more critical of Hood: “…”" does not give the judge’s words to Hood', () => {
    const said = attributed('Police Constable Simon Hood, 43, was jailed for ten months. Judge Alan Doyle told Marsh that he accepted the man was helping a friend. He was more critical of Hood:', '“As a police officer you know the highest possible standards are demanded by the public.”');
    expect(Object.values(said)).not.toContain('Simon Hood');
  });
  test('"Coates said that after the theft, Hood told her “he didn’t want to look for it. …”" gives the words to no one; "Hood told her, “I want it back”" stays Hood’s', () => {
    expect(Object.values(attributed('Police Constable Simon Hood, 43, was convicted. Suzanne Coates said that after the theft, Hood told her “he didn’t want to look for it. He said it would be like looking for a needle in a haystack.”'))).toEqual(['?']);
    expect(Object.values(attributed('Police Constable Simon Hood, 43, was convicted. After the theft, Hood told her, “I don’t want to look for it at all.”'))).toEqual(['Simon Hood']);
  });
});

describe('a race named by its country or its hours, and a time after an age (stop 51)', () => {
  test('"the 2014 Japanese Grand Prix" and "the 1968 24 Hours of Le Mans" are asked whole; "at age 25, nine months after" is no age', () => {
    const got = deletions(notesOf('Bianchi crashed at the 2014 Japanese Grand Prix in Suzuka.', 'His great uncle Lucien Bianchi, the 1968 24 Hours of Le Mans winner, was killed in 1969.', 'French driver Jules Bianchi died on Friday night at age 25, nine months after his serious accident in Japan.'));
    expect(got.filter((d) => /^(?:Grand Prix|24 Hours|Hours of Le Mans)::/.test(d))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['24 Hours of Le Mans::name', 'nine months::how long']));
    expect(namesIn('Bianchi crashed at the 2014 Japanese Grand Prix in Suzuka.')).toContain('Japanese Grand Prix:term');
  });
});

describe('towns listed with their states, a village, a point of the compass, and a pointer to more (stop 51)', () => {
  test('"Trenton, NJ, Wilmington, DE, Baltimore, MD" are three places, each with its state; "Grant Village" is a place', () => {
    expect(namesIn('Similar soils underlie Trenton, NJ, Wilmington, DE, Baltimore, MD, and Columbia, SC.')).toEqual(['Trenton, NJ:place', 'Wilmington, DE:place', 'Baltimore, MD:place', 'Columbia, SC:place']);
    expect(namesIn('Visitors stayed at Grant Village on the lake shore.')).toEqual(['Grant Village:place']);
  });
  test('"entrances from East, West, and South" and "Russia versus the West" ask no direction; "Visit X for details." asks nothing', () => {
    const got = deletions(notesOf('Visitor entrances from East, West, and South will return to normal on July 2, 2022.', 'This is not about Russia versus the West, the ambassador said in 2022.', 'Visit Yellowstone’s Backcountry Situation Report for details.', 'For more information, see the Technical Note.'));
    expect(got.filter((d) => /^(?:East|West|South|Visit Yellowstone|Backcountry Situation Report|Technical Note)::/.test(d))).toEqual([]);
    expect(got).toContain('July 2, 2022::date');
  });
});

describe('a house style’s capital on people, and a numbered rule of the code (stop 51)', () => {
  test('"Veterans" capitalised all through a VA story is no name; "the House of Representatives" still is', () => {
    const got = deletions(notesOf('“We were interested in engaging with Veterans before surgery,” said Dr. Kimberlee Bayless.', 'About 6 percent of Veterans used opioids after surgery in 2018.', 'The House of Representatives passed the bill, 265 to 159.', 'The House of Representatives voted again in 2019.'));
    expect(got.filter((d) => d.startsWith('Veterans::'))).toEqual([]);
    expect(got).toContain('House of Representatives::name');
  });
  test('"510(k) and de novo types", "501(c)(3) groups" ask no number', () => {
    const got = deletions(notesOf('Data on 141,000 device clearance decisions (510(k) and de novo types) are now online.', 'Donors gave to 501(c)(3) groups in 2015.'));
    expect(got.filter((d) => /^(?:510|501|3)::/.test(d))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['141,000::number', '2015::year']));
  });
});

describe('the verb of speech before its speaker (stop 51)', () => {
  test('"Said Vincent Miller, M.D., Chief Medical Officer of Foundation Medicine, “…”" is Vincent Miller’s', () => {
    expect(Object.values(attributed('Said Vincent Miller, M.D., Chief Medical Officer of Foundation Medicine, “Squamous cell carcinoma of the lung is a deadly cancer killer.”', 'Added Ana Ruiz, “It was a long day for all of us.”'))).toEqual(['Vincent Miller', 'Ana Ruiz']);
  });
});

describe('a body’s stock paragraph at the foot of its release (stop 51)', () => {
  test('"About the National Institutes of Health (NIH): NIH … includes 27 Institutes …" gives no card', () => {
    const got = deletions(notesOf('Researchers identified four genetic subtypes of lymphoma in 574 patients in 2018.', 'About the National Institutes of Health (NIH): NIH, the nation’s medical research agency, includes 27 Institutes and Centers and is a component of the U.S. Department of Health and Human Services.'));
    expect(got.filter((d) => /^(?:27|U\.S\. Department of Health and Human Services|National Institutes of Health)::/.test(d))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['574::number', '2018::year']));
  });
});

describe('a link to more, a day with its ending, and a registered mark (stop 51)', () => {
  test('"The full list … can be found here: https://…" asks nothing; "by April 3rd" is one date; "TurboTax®" is asked without its mark', () => {
    const got = deletions(notesOf('The full list of ATTAIN grant selections can be found here: https://ops.fhwa.dot.gov/index.htm', 'Treasury expects to have this program up and running by April 3rd so that businesses can apply.', 'Intuit’s TurboTax® will encourage millions of users in 2014 to explore their options.'));
    expect(got.filter((d) => d.startsWith('ATTAIN::'))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['April 3rd::date', 'TurboTax::name', '2014::year']));
  });
});

describe('a programme or a field named in a body’s words (stop 51)', () => {
  test('"the Advanced Transportation Technology and Innovation (ATTAIN) program" and "Intelligent Transportation Systems (ITS) technologies" are no organisations; "the Small Business Administration (SBA) program" is one', () => {
    expect(namesIn('It gave grants under the Advanced Transportation Technology and Innovation (ATTAIN) program in 2024.')[0]).toBe('Advanced Transportation Technology and Innovation:term');
    expect(namesIn('The projects will advance Intelligent Transportation Systems (ITS) technologies.')[0]).toBe('Intelligent Transportation Systems:term');
    expect(namesIn('The Small Business Administration (SBA) program helps owners.')[0]).toBe('Small Business Administration:organization');
  });
});

describe('a participle after the comma speaks for the sentence’s subject (stop 51)', () => {
  test('"Hugo Chavez criticized Bush, saying he was “…”" is Chavez’s; after a clause of "when" with its own subject, no one’s', () => {
    expect(Object.values(attributed('Hugo Chavez spoke at the UN about President George W. Bush on Wednesday.', 'Hugo Chavez criticized Bush, saying he was “talking as if he owned the world”.'))).toEqual(['Hugo Chavez']);
    expect(Object.values(attributed('Hugo Chavez spoke at the UN about President George W. Bush on Wednesday.', 'Chavez referred to Bush’s speech the day before, when Bush directly addressed the peoples of Afghanistan, Lebanon and Iran, telling the assembly “what would those peoples of the world tell him if they were given the floor?”'))).toEqual(['?']);
  });
});

describe('an office spelled out, and titles with figures in capitals (stop 51)', () => {
  test('"Conservative MSP (Member of Scottish Parliament) Ruth Davidson" and "a Labour MSP" ask no office', () => {
    const got = deletions(notesOf('Conservative MSP (Member of Scottish Parliament) Ruth Davidson argued in 2013 that the bill matters.', 'Elaine Smith, also a Labour MSP, said in 2013 that she feared it.'));
    expect(got.filter((d) => /MSP/.test(d))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['Ruth Davidson::person', 'Elaine Smith::person']));
  });
  test('"7 Years by Lukas Graham" and "Stressed Out by TWENTY ØNE PILØTS" ask no figure; "It took 7 years" does', () => {
    const got = deletions(notesOf('Other songs nominated in 2017 were 7 Years by Lukas Graham and Stressed Out by TWENTY ØNE PILØTS.', 'It took 7 years to build the hall in 1990.'));
    expect(got.filter((d) => /^(?:7 Years|TWENTY)::/.test(d))).toEqual([]);
    expect(got).toContain('7 years::how long');
  });
});

describe('names beside laws, regions, offices and ordinals (stop 51)', () => {
  test('"Thanks to the Inflation Reduction Act, Pennsylvania is …" and "in Eastern Europe, Poland and …" join no town to a state', () => {
    expect(namesIn('Thanks to the Inflation Reduction Act, Pennsylvania is experiencing a boom.')).toEqual(['Inflation Reduction Act:term', 'Pennsylvania:place']);
    expect(namesIn('Bush proposed missile defense systems in Eastern Europe, Poland and Czechoslovakia.').slice(0, 2)).toEqual(['Eastern Europe:place', 'Poland:place']);
  });
  test('"Co-Chair of the Congressional Native American Caucus" asks the caucus; "the 60th NATO conference" asks no "60th NATO"; "Prof. Patrizia d’Ettorre" is a person; "my M.Sc. studies" asks no degree', () => {
    expect(namesIn('Small businesses matter, said U.S. Congresswoman Sharice Davids, Co-Chair of the Congressional Native American Caucus.')).toEqual(['Sharice Davids:person', 'Congressional Native American Caucus:organization']);
    expect(namesIn('He asked about the protests coming up at the 60th NATO conference in April.').filter((n) => n.startsWith('60th'))).toEqual([]);
    expect(namesIn('I did a project under supervision of Prof. Patrizia d’Ettorre in 2010.')).toEqual(['Patrizia d’Ettorre:person']);
    expect(deletions(notesOf('I needed an internship for my M.Sc. studies in 2010.')).filter((d) => d.startsWith('M.Sc'))).toEqual([]);
  });
});

describe('a charge in quotation marks, a body of foods, townships, a pointer to a site, and a transcript’s hour (stop 51)', () => {
  test('"Smith pleaded guilty today to a “willful violation …”" is nobody’s speech', () => {
    expect(Object.values(attributed('Jon Smith pleaded guilty today in U.S. District Court.', 'Smith pleaded guilty today to a “willful violation of an OSHA standard resulting in the death of an employee,” the most serious offense available.'))).toEqual(['?']);
  });
  test('"Tyson Foods did not take steps" is a body; "Chester and Washington Townships" is no person; "… is available on the Justice Department Web site at www." asks nothing', () => {
    expect(namesIn('Tyson Foods did not take sufficient steps to implement controls.')).toEqual(['Tyson Foods:organization']);
    expect(namesIn('The site is located in Chester and Washington Townships in Chester, N.J.').filter((n) => n.endsWith(':person'))).toEqual([]);
    expect(deletions(notesOf('The consent decree is available on the Justice Department Web site at www.'))).toEqual([]);
  });
  test('a transcript’s front lines ask its speaker, not its hour', () => {
    const got = deletions(generateNotes(readPlainText('Remarks by President Biden on the Budget Agreement\n\nRoosevelt Room\n\n6:27 P.M. EDT\n\nTHE PRESIDENT: Good evening. We have reached a budget agreement that goes to the Congress.')));
    expect(got.filter((d) => d.includes('6:27'))).toEqual([]);
  });
});

describe('either day, days before their month, a law of a body, and a people’s adjective (stop 51)', () => {
  test('"launch Dec. 20 or 21" and "held between 7-9 December" are one date each', () => {
    const got = deletions(notesOf('It is now scheduled to launch Dec. 20 or 21 from pad SLC-37B.', 'The summit, held between 7-9 December at Cusco, was attended by eight heads of state.'));
    expect(got).toEqual(expect.arrayContaining(['Dec. 20 or 21::date', '7-9 December::date']));
    expect(got.filter((d) => d.startsWith('21::'))).toEqual([]);
  });
  test('"the Foundation Act of the South American Union" is a law; "Latin American" after "the Latin American Training Center" is no body', () => {
    expect(namesIn('They signed the Preamble to the Foundation Act of the South American Union on the second day.')).toEqual(['Foundation Act of the South American Union:term']);
    expect(namesIn('The Latin American Training Center was set up in Panama.', 'WHINSEC trains Latin American military forces.').filter((n) => n.startsWith('Latin American:'))).toEqual([]);
  });
});

describe('labels, captions, courtesies and adjectives that are no facts (stop 51)', () => {
  test('"Victim 1", "877-FTC-HELP", a case caption, "the 11th hour", "God" and a stage direction give no card', () => {
    const got = deletions(notesOf('Garcia’s abuse against Victim 1 began in December 2019.', 'Call 877-FTC-HELP in 2020.', 'Cairns, et al. v. DS Medical, LLC, et al., 1:12-cv-0004-LPR (E.D. Mo.).', 'We appear to be in the 11th hour here in 2022.', 'Until we meet again, may God hold you in the palm of his hand.', '(The Medal of Honor is presented.)'));
    expect(got.filter((d) => /^(?:Victim 1|877|Cairns|DS Medical|E\.D\. Mo\.|11th|God|Medal of Honor)/.test(d))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['December 2019::date', '2020::year', '2022::year']));
  });
  test('"top Puerto Rican mayors" asks no name; "the Hispanic Federation" is no place; "$3,600 per child under 6 and $3,000 per child" asks each sum', () => {
    expect(namesIn('They had several meetings with top Puerto Rican mayors in 2021.')).toEqual([]);
    expect(namesIn('They met UnidosUS, the Hispanic Federation, and others.')).not.toContain('Hispanic Federation:place');
    expect(deletions(notesOf('The ARP increased the Child Tax Credit to $3,600 per child under 6 and $3,000 per child 6-17 in 2021.'))).toEqual(expect.arrayContaining(['$3,600::amount', '$3,000::amount']));
  });
});

describe('an inspectorate is a body (stop 51)', () => {
  test('"MOM’s Occupational Safety and Health Inspectorate" is one name, not cut at "and"', () => {
    expect(namesIn('Officers from MOM’s Occupational Safety and Health Inspectorate responded to the scene.')).toContain('Occupational Safety and Health Inspectorate:organization');
  });
});

describe('a possessive after a common word (stop 51)', () => {
  test('"The Delta 4 Heavy’s published launch cost" asks "Delta 4 Heavy" without its "’s"; "Jersey Mike’s sold" keeps the shop’s name', () => {
    expect(namesIn('The Delta 4 Heavy’s published launch cost is $170 million.')[0]).toBe('Delta 4 Heavy:term');
    expect(namesIn('Jersey Mike’s sold 300 stores in 2020.')[0]).toMatch(/^Jersey Mike’s:/);
  });
});

describe('a change is no range, a year is no share, people before a name, a body then a person, metres (stop 51)', () => {
  test('"crude was down $2.86 to $77.11", "another two in 2012", "20m wide"', () => {
    const got = deletions(notesOf('Benchmark crude was down $2.86 to $77.11 in New York.', 'Two more plants will close in 2008, another two in 2012.', 'The sinkhole was 20m wide at the top in 2007.'));
    expect(got).toEqual(expect.arrayContaining(['$2.86::amount', '$77.11::amount', '2012::year', '20m::quantity']));
    expect(got.filter((d) => /\sto\s\$|two in 2012/.test(d))).toEqual([]);
  });
  test('"Teenagers Irma and David Soyos" asks no "[Teenagers Irma]"; "at Fort Pitt Capital Group Charlie Smith said" is a body and a person', () => {
    expect(namesIn('Teenagers Irma and David Soyos and their father were killed.').filter((n) => n.startsWith('Teenagers'))).toEqual([]);
    expect(namesIn('Chief investment officer at Fort Pitt Capital Group Charlie Smith said the machines took over.')).toEqual(['Fort Pitt Capital Group:organization', 'Charlie Smith:person']);
  });
});

describe('units with capitals, an import-export firm, a site’s address (stop 51)', () => {
  test('"two 200-kW wind turbines" is a quantity; "Quanzhou Wentelai Import and Export Trading Co." is one name; "… website: https://…" asks nothing; "online at www.polaris.com and click" is one sentence', () => {
    const got = deletions(notesOf('The tribe will refurbish two 200-kW wind turbines in 2024.', 'The importer Quanzhou Wentelai Import and Export Trading Co., Ltd., d/b/a Sperax, has refused to agree to a recall in 2026.', 'To see the latest condition surveys, expand the Project Overview Information on the Detroit District website: https://www.lre.usace.army.mil/Missions/Operations/.'));
    expect(got).toEqual(expect.arrayContaining(['200-kW::quantity', 'Quanzhou Wentelai Import and Export Trading Co.::name']));
    expect(got.filter((d) => /^(?:200::|Project Overview|Export Trading)/.test(d))).toEqual([]);
    expect(analysed(['Contact Polaris online at www.polaris.com and click on “Product Safety News” at the bottom of the page.']).sentences).toHaveLength(1);
  });
});

describe('one of many things is no one (stop 52)', () => {
  test('"She said the Macintosh was one of the first products to think about the user." leaves her the "she" of the quote after', () => {
    const got = attributed('Mary Bristow is a former teacher. She said the Macintosh was one of the first products to think about the user.', '“What is the role of the person? What is the role of the user?” she asked.');
    expect(got['What is the']).toBe('Mary Bristow');
  });
});

describe('a guessed gender just before, an adverb before "called" (stop 52)', () => {
  test('"Ruth Hale said … . Labour leader Johann Lamont spoke of … . She called his death “…”" is not Ruth Hale (Johann is a man’s name only by the lexicon’s guess)', () => {
    const got = attributed('Conservative leader Ruth Hale said the party would miss him.', 'Outside of the Conservative party, Labour leader Johann Lamont spoke of his drive, noting his work despite ill health. She called his death “a huge loss to the Scottish Parliament”.');
    expect(got['a huge loss']).not.toBe('Ruth Hale');
  });
  test('"Cameron also called McLetchie “…”" is Cameron’s, with McLetchie named before', () => {
    const got = attributed('David McLetchie, a former party leader, died today.', 'Prime Minister David Cameron said today “he picked up the reins”. Cameron also called McLetchie “one of Scottish politics’ finest debaters.”');
    expect(got['one of Scottish']).toBe('David Cameron');
  });
});

describe('hometowns, an under-secretary, clock spans, titles with a colon, compounds of peoples (stop 52)', () => {
  test('"a 27-year-old Maldon man" is no person; "the 45-year-old Sorensen said" still is', () => {
    expect(namesIn('Police arrested a 40-year-old Bell Park man and a 27-year-old Maldon man.').filter((n) => n.endsWith(':person'))).toEqual([]);
    expect(namesIn('The 45-year-old Sorensen said he would appeal.')).toEqual(['Sorensen:person']);
  });
  test('"the US Undersecretary of State" is an office, no name; "Undersecretary Mandelker" asks the person', () => {
    expect(namesIn('The visit by the US Undersecretary of State is the latest in a series.')).toEqual([]);
    expect(deletions(notesOf('I want to thank Secretary Mnuchin and Undersecretary Mandelker for today’s designation of 12 firms.'))).toContain('Mandelker::person');
  });
  test('"from noon to 2:30 p.m." is when, not how long; "a speech entitled Global Relations: A Conversation with …" and "the Indo-US working group" ask no name; "the Indo-Pacific" is a place', () => {
    const got = deletions(notesOf('He spoke from noon to 2:30 p.m. in the hall in 2007.', 'He gave a speech entitled Global Relations: A Conversation with Friends to 2,400 people.', 'Nicholas Burns heads the Indo-US working group, set up in 2005.', 'Ties are poor in the Indo-Pacific region since 2019.'));
    expect(got).toEqual(expect.arrayContaining(['from noon to 2:30 p.m.::time', 'Indo-Pacific::place']));
    expect(got.filter((d) => /^(?:Global Relations|Indo-US)::/.test(d))).toEqual([]);
  });
});

describe('a quoted question and its tag, degrees, decimals, dimensions, parties, emphasis (stop 52)', () => {
  test('"“What is our country coming to?” he said via Twitter." is one sentence: no card on the tag alone', () => {
    expect(analysed(['President Trump was more direct. “What is our country coming to when a judge can halt a travel ban?” he said via Twitter.']).sentences.map((s) => s.sentence.text)).toEqual(['President Trump was more direct.', '“What is our country coming to when a judge can halt a travel ban?” he said via Twitter.']);
  });
  test('"a Harvard University Ph.D. candidate" asks "Harvard University"; "to 1807.99 points" is a number; "a three-dimensional structure" asks nothing', () => {
    const got = deletions(notesOf('Sam Felton, a Harvard University Ph.D. candidate, priced it at $3,000.', 'The Nasdaq index fell 2.95% to 1807.99 points.', 'The robot folds into a three-dimensional structure within four minutes.'));
    expect(got).toEqual(expect.arrayContaining(['Harvard University::organisation', '1807.99::number']));
    expect(got.filter((d) => /Ph::|::date|three-dimensional/.test(d))).toEqual([]);
  });
  test('"Democrat Chuck Schumer of New York" is a person and a place; "all Westerners" and "a Tax System that …" ask no name', () => {
    expect(namesIn('Democrat Chuck Schumer of New York said the criticism might hurt.')).toEqual(['Chuck Schumer:person', 'New York:place']);
    const got = deletions(notesOf('I am condemning all Westerners for putting pressure on Nelson Mandela.', 'We must implement a Tax System that allows working Americans to keep $250,000.'));
    expect(got.filter((d) => /^(?:Westerners|Tax System)::/.test(d))).toEqual([]);
  });
});

describe('Senate releases: a given name beside a body named after her, a year then an aside, an address, a party-state bracket, a heading with a colon (stop 52)', () => {
  test('"Erma" in a story about Erma Byrd is no organisation, though "the Erma Ora Byrd Center" is one', () => {
    const got = namesIn('Erma Byrd met Robert Byrd at school.', 'Born in Floyd County, Erma Ora James moved to the coalfields.', 'That same month, the Erma Ora Byrd Center for Educational Technologies on the campus was dedicated.', 'Robert would play his fiddle and Erma would dance.');
    expect(got).toContain('Erma Ora Byrd Center for Educational Technologies:organization');
    expect(got).not.toContain('Erma:organization');
  });
  test('"until 1982 - 30 years after" joins no year to a length of time; "10 - 20 percent" is still a range', () => {
    const got = deletions(notesOf('She did not give her first interview until 1982 - 30 years after her husband was elected to the Congress.', 'Prices rose 10 - 20 percent in 2005.'));
    expect(got.filter((d) => d.startsWith('1982 - 30'))).toEqual([]);
    expect(got).toContain('10 - 20 percent::percent');
  });
  test('a postal address asks nothing; "Sen. Dianne Feinstein (D-Calif.) and Mayor …" is one sentence; "Key Facts on California’s Housing Crisis:" is a heading, "Governor Whitmer of Michigan:" a label', () => {
    expect(deletions(notesOf('(WVU Health Sciences Center; Development Office G-106; P.O. Box 9008; Morgantown, W.Va.; 26506.'))).toEqual([]);
    expect(analysed(['U.S. Senator Dianne Feinstein (D-Calif.) and Los Angeles Mayor Antonio Villaraigosa today called for Congress to act.']).sentences).toHaveLength(1);
    const got = deletions(notesOf('Key Facts on California’s Housing Crisis:', 'There were 2.2 million filings in 2007.', 'Governor Whitmer of Michigan:'));
    expect(got.filter((d) => d.startsWith('Key Facts'))).toEqual([]);
    expect(got).toContain('Whitmer::person');
  });
});

describe('federal releases: a tag after "and", a regulation named across "and", offices, codes, indices, programmes (stop 52)', () => {
  test('"Governor Holcomb said “…” and Governor Whitmer explained “…”" gives each quote its own speaker', () => {
    const got = attributed('Indiana Governor Eric Holcomb and Michigan Governor Gretchen Whitmer spoke.', 'Governor Holcomb said “Slow speed kills—we need to get this done and get it to your desk” and Governor Whitmer explained “Chip shortages have impacted more than 575,000 American jobs.”');
    expect(got['Slow speed kills—we']).toBe('Eric Holcomb');
    expect(got['Chip shortages have']).toBe('Gretchen Whitmer');
  });
  test('"the Truck and Bus Regulation", "the Pollution Prevention (P2) Act", "the 9/11 Commission Act of 2007" are never asked in halves', () => {
    const got = deletions(notesOf('The companies violated the California Truck and Bus Regulation in 2019.', 'On this day in 1990, the Pollution Prevention (P2) Act was signed into law.', 'Countries report data under the 9/11 Commission Act of 2007.'));
    expect(got).toEqual(expect.arrayContaining(['California Truck and Bus Regulation::name', '9/11 Commission Act of 2007::name']));
    expect(got.filter((d) => /^(?:Bus Regulation|California Truck::|Pollution Prevention|9\/11::|Commission Act)/.test(d))).toEqual([]);
  });
  test('"Subsequent EPA programs", "JRTC the FLOs visited", "the Commanding General (CG)", "a 2018 Executive Order" ask no name made of them', () => {
    expect(namesIn('Subsequent EPA programs built on the model.').filter((n) => n.startsWith('Subsequent'))).toEqual([]);
    expect(namesIn('Following lunch with the CG, JRTC the FLOs visited the center.').filter((n) => n.includes(' the '))).toEqual([]);
    const got = deletions(notesOf('The Commanding General (CG) hosted the officers for lunch in 2014.', 'President Trump signed a 2018 Executive Order on purchasing.', 'She served as the Regional Administrator for EPA Region 1 for ten years.'));
    expect(got.filter((d) => /^(?:Commanding General|Executive Order|Regional Administrator)/.test(d))).toEqual([]);
  });
  test('codes, indices, degrees and everyday short forms ask nothing; "our 2021 changes" is a year; "a quarter of a million" one number; Medicaid has the neutral hint; "570 million pounds" of materials a weight', () => {
    const got = deletions(notesOf('The visit ended at the 91B Wheeled Vehicle Mechanic training bays in 2014.', 'The ratio at S&P 500 companies rose in 2024.', 'She earned an M.S. in engineering at Caltech in 1984.', 'The states would realize a ROI of $7.7 million.', 'The observations most affected by our 2021 changes were rare.', 'Over a quarter of a million adults rely on a Medicaid plan.', 'Firms reduced the use of hazardous materials by over 570 million pounds.', 'Medium was averaging 25M unique visitors per month.'));
    expect(got).toEqual(expect.arrayContaining(['2021::year', 'a quarter of a million::number', 'Medicaid::name', '570 million pounds::quantity']));
    expect(got.filter((d) => /^(?:91::|91B|500::|M\.S\.|ROI::|a quarter::share|570 million pounds::amount)/.test(d))).toEqual([]);
    expect(got.some((d) => d.startsWith('25'))).toBe(true);
  });
  test('a headline ending in a state’s short form ("… in Maywood, Calif.") is the title, and the dateline after its subheading is taken off', () => {
    const article = readPlainText('Solid Waste Removal at Fruitland Fire Site Begins in Maywood, Calif.\n\nAir monitor installation completed\n\nLOS ANGELES—This week, the agency will remove waste at the site.');
    expect(article.title).toBe('Solid Waste Removal at Fruitland Fire Site Begins in Maywood, Calif.');
    expect(article.dateline).toBe('LOS ANGELES');
  });
});

describe('the subject after an opening phrase goes on as "he" (stop 52)', () => {
  test('"In March 1962, NASA Administrator James Webb addressed a memo to Director Hiden T. Cox. In it, he wrote, “…”" is Webb’s', () => {
    const got = attributed('In March 1962, NASA Administrator James Webb addressed a memorandum to NASA Public Affairs Director Hiden T. Cox about bringing in artists. In it, he wrote, “We should consider in a deliberate way just what NASA should do in the field of fine arts.”');
    expect(got['We should consider']).toBe('James Webb');
  });
  test('"His son, Bruce Hale III, said his father “…”. … “…,” he said." is not the son’s (an aside names him, no opening phrase)', () => {
    const got = attributed('Bruce Hale II flew the unit in 1984. His son, Bruce Hale III, said his father “appears to be glowing.” Because the sun was in his eyes, he closed the visor. “My anonymity means people can imagine themselves doing the same thing,” he said.');
    expect(got['My anonymity means']).not.toBe('Bruce Hale III');
  });
});

describe('Senate releases (A–L): a town a body is named after, two bodies across "and", a shouted word (stop 52)', () => {
  test('"Congratulations to my hometown of Stamford!" beside "the Stamford Housing Authority" and "in Stamford" is no organisation', () => {
    const got = namesIn('The Stamford Housing Authority will receive $20 million for homes in Stamford.', 'Congratulations to my hometown of Stamford!');
    expect(got).toContain('Stamford Housing Authority:organization');
    expect(got.filter((n) => n === 'Stamford:organization')).toEqual([]);
  });
  test('"Children’s Medical Center of Dayton and Wright State University" is two bodies; "the Ministry of Posts and Telecommunications" one', () => {
    expect(namesIn('She is a pediatrician at Children’s Medical Center of Dayton and Wright State University.').map((n) => n.split(':')[0])).toEqual(['Children’s Medical Center of Dayton', 'Wright State University']);
    expect(namesIn('The Ministry of Posts and Telecommunications met on Monday.')).toEqual(['Ministry of Posts and Telecommunications:organization']);
  });
  test('"promotes ALL of the United States" asks no "ALL of …"; "patients with ALL were treated" keeps the acronym', () => {
    expect(namesIn('Please include in its charter that it promotes ALL of the United States.')).toEqual(['United States:place']);
    expect(namesIn('Patients with ALL were treated at the clinic.').map((n) => n.split(':')[0])).toContain('ALL');
  });
});

describe('a rate’s bare unit is no start of a length (stop 52)', () => {
  test('"7 days a week and 365 days a year" asks no "week and 365 days"; "two years and three months" is one length', () => {
    const got = deletions(notesOf('They protect us 24 hours a day, 7 days a week and 365 days a year.', 'He served two years and three months in Iraq.'));
    expect(got).toEqual(expect.arrayContaining(['365 days::how long', 'two years and three months::how long']));
    expect(got.filter((d) => d.startsWith('week'))).toEqual([]);
  });
});

describe('DOJ, NASA and Census texts: bureaus of a field, a generation, degrees, time zones, a span to a weekday, two cases (stop 52)', () => {
  test('"the Bureau of Justice Assistance" is a body, no person "Assistance"; "Justice Breyer" is still a person', () => {
    const got = namesIn('OJP has six bureaus: the Bureau of Justice Assistance; the Bureau of Justice Statistics.', 'The wife of Justice Breyer spoke.');
    expect(got.filter((n) => n.endsWith(':person'))).toEqual(['Breyer:person']);
  });
  test('"the Artemis Generation, who …" is no person; "a BS in" and "Eastern Time" ask nothing; "from Monday, March 28 to Friday, April 15" asks two dates, none cut', () => {
    const got = deletions(notesOf('Today’s youth belong to the Artemis Generation, who will explore farther than ever in 2030.', 'Diamond earned a BS in Industrial Engineering from Missouri University of Science and Technology.', 'The window will close at midnight Eastern Time (ET) once 75 applications arrive.', 'The window will be open from Monday, March 28 to Friday, April 15, 2022.'));
    expect(got).toEqual(expect.arrayContaining(['Artemis Generation::name', 'March 28::date', 'April 15, 2022::date']));
    expect(got.filter((d) => /::person|^BS::|^Eastern Time|to Friday/.test(d))).toEqual([]);
  });
  test('"Merrill v. Milligan and Merrill v. Caster" is not one case running into the next', () => {
    expect(namesIn('The Department filed briefs in Merrill v. Milligan and Merrill v. Caster, an important matter.')).toContain('Merrill v. Milligan:term');
  });
});

describe('an initial before the given name, then "of" and a body (stop 52)', () => {
  test('"led by J. Toby Minear of the Cooperative Institute for Research in Environmental Sciences (CIRES)" asks the person and the whole body apart', () => {
    const got = deletions(notesOf('One effort is led by J. Toby Minear of the Cooperative Institute for Research in Environmental Sciences (CIRES) in Boulder, Colorado.'));
    expect(got).toEqual(expect.arrayContaining(['J. Toby Minear::name', 'Cooperative Institute for Research in Environmental Sciences::name']));
    expect(got.filter((d) => d.includes(' of the '))).toEqual([]);
  });
});

describe('a surname with its generation (stop 52)', () => {
  test('"said Martin Jr., Hartsdale’s president" beside Edward Martin III and Edward Martin Jr. is the father’s', () => {
    const got = attributed('The cemetery is run by Edward Martin III, whose father Edward Martin Jr. bought it in 1974.', '“The pet in the grave will be removed from that plot so someone else can pay,” said Martin Jr., Hartsdale’s president.');
    expect(got['The pet in']).toBe('Edward Martin Jr.');
  });
});

describe('a law spelt out before its short form and its head, a comma after a party-state bracket (stop 52)', () => {
  test('"The Children and Media Research Advancement (CAMRA) Act" asks no half of the law; "Sen. Ron Wyden (D-Ore.) and Reps. Peter DeFazio (D-Ore.), Darlene Hooley …" is one sentence', () => {
    expect(deletions(notesOf('The Children and Media Research Advancement (CAMRA) Act would authorize $10 million in 2005.')).filter((d) => d.startsWith('Children and Media'))).toEqual([]);
    expect(analysed(['Sen. Ron Wyden (D-Ore.) and Reps. Peter DeFazio (D-Ore.), Darlene Hooley (D-Ore.) and David Wu (D-Ore.) reiterated their support.']).sentences).toHaveLength(1);
  });
  test('a line all in capitals ending on a quoted title asks nothing', () => {
    expect(deletions(notesOf('SENATOR CORZINE IS INTERVIEWED ON CNN\'S "AMERICAN MORNING"', 'The study was released in 2004.'))).toEqual(['2004::year']);
  });
});

describe('Wikinews (2005–2019): a place in a body’s name is no speaker, a slogan, a cue of the name before, ages in decades, clock times, place pairs (stop 52)', () => {
  test('"Maria Vedio, 47, legal chairwoman for the Permanent Assembly for Human Rights La Plata said that “…”" is Vedio’s, never "La Plata"', () => {
    const got = attributed('Maria Vedio, 47, legal chairwoman for the Permanent Assembly for Human Rights La Plata said that “this is the first time there is proof that Arana was a center of elimination.”');
    expect(got['this is the']).toBe('Maria Vedio');
  });
  test('"“Savita Matters, Women Matter” was one of the slogans used by …" is nobody’s words, though Varadkar spoke just before', () => {
    const got = attributed('Prime Minister Leo Varadkar said the vote was “a quiet revolution for Ireland.”', '“Savita Matters, Women Matter” was one of the slogans used by the supporters who wanted to repeal the amendment.');
    expect(got['Savita Matters, Women']).toBe('?');
  });
  test('"Australia’s Cleo magazine Sharri Markson" is no body named Sharri Markson', () => {
    expect(namesIn('Senior Editor for Australia’s Cleo magazine Sharri Markson confirmed on Wednesday that she will leave.')).not.toContain('Sharri Markson:organization');
  });
  test('"women in their 20s and 30s" are ages; "urged to march" no month; "until 7:45am" a time; "the U.S.–Mexico border" no name; "from the present $13.6 billion to $30 billion" two sums', () => {
    expect(deletions(notesOf('Cleo aims at women in their 20s and 30s.'))).toEqual(['20s::how old', '30s::how old']);
    expect(deletions(notesOf('The crowd was urged to march to the roundabout in 2012.'))).toEqual(['2012::year']);
    expect(deletions(notesOf('Areas would be under alert until 7:45am local time.'))).toEqual(['until 7:45am::time']);
    expect(deletions(notesOf('The store is near the U.S.–Mexico border, 5 miles away.'))).toEqual(['5 miles::quantity']);
    expect(deletions(notesOf('They vowed to enhance trade from the present US$13.6 billion to US$30 billion by 2010.'))).toEqual(expect.arrayContaining(['US$13.6 billion::amount', 'US$30 billion::amount']));
  });
});

describe('an executive order’s short form alone (stop 52)', () => {
  test('"This E.O. provides …" asks nothing; "E.O. 13405" is still asked', () => {
    expect(deletions(notesOf('This E.O. provides strengthened authorities to the Treasury in 2021.', 'The order expands E.O. 13405 of June 16, 2006.'))).toEqual(['2021::year', 'E.O. 13405::name', 'June 16, 2006::date']);
  });
});

describe('a Roman numeral after an acronym (stop 52)', () => {
  test('"The $19.57 million HOPE VI Grant" has no person "VI Grant"; "Pope John Paul II" is still one', () => {
    expect(namesIn('The $19.57 million HOPE VI Grant will be leveraged with $70 million.').filter((n) => n.endsWith(':person'))).toEqual([]);
    expect(namesIn('Pope John Paul II visited Poland.')).toContain('John Paul II:person');
  });
});

describe('someone called by the middle of three names (stop 52)', () => {
  test('"Brent" after "Corporal Gary Brent Coleman": "“…,” a grinning Brent said" is his', () => {
    const got = attributed('Corporal Gary Brent Coleman was killed in Iraq.', '“I guess because I’m short and fat,” a grinning Brent said to the TV reporter.');
    expect(got['I guess because']).toBe('Gary Brent Coleman');
  });
});

describe('a chamber "on" a law (stop 52)', () => {
  test('"the lead Republican in the U.S. Senate on the Railroad Competition and Service Improvement Act" is two names; "the Senate Committee on Finance" one', () => {
    expect(namesIn('Sen. David Vitter is the lead Republican in the U.S. Senate on the Railroad Competition and Service Improvement Act.').map((n) => n.split(':')[0])).toEqual(['David Vitter', 'U.S. Senate', 'Railroad Competition and Service Improvement Act']);
    expect(namesIn('The Senate Committee on Finance met in 2007.')).toEqual(['Senate Committee on Finance:organization']);
  });
});

describe('NCI and Treasury releases: a reference line, two departments (stop 52)', () => {
  test('"Reference: Shachar S, … Cell. August 13, 2015. DOI: 10.1016/j.cell.2015.07.035." asks nothing', () => {
    expect(deletions(notesOf('The study appeared in Cell on August 13, 2015.', 'Reference: Shachar S, Voss TC, Misteli T. Identification of Gene Positioning Factors Using High-throughput Imaging Mapping. Cell. August 13, 2015. DOI: 10.1016/j.cell.2015.07.035.'))).toEqual(['August 13, 2015::date']);
  });
  test('"the Department of the Treasury and Department of Housing and Urban Development" is two bodies', () => {
    expect(namesIn('The Department of the Treasury and Department of Housing and Urban Development today announced programs.')).toEqual(['Department of the Treasury:organization', 'Department of Housing and Urban Development:organization']);
  });
});

describe('a person whose surname is a city’s name, told by an aside (stop 52)', () => {
  test('"Valeska Paris, an Australian woman and former Scientologist, has claimed …" is a person, and "Paris also claims …" is her, no place', () => {
    expect(namesIn('Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church imprisoned her.', 'Paris also claims that her passport was taken away from her.').filter((n) => n.includes('Paris'))).toEqual(['Valeska Paris:person', 'Paris:person']);
  });
});

describe('Senate releases: plural titles, 9/11 after "post-", square feet, a height (stop 52)', () => {
  test('"U.S. Sens. Elizabeth Dole …" and "Congressmen Boucher, Goodlatte" ask no title; "post-9/11 veterans" asks no "11"; "a 15,000 square foot facility" and "5 foot 6" are whole', () => {
    expect(deletions(notesOf('U.S. Sens. Elizabeth Dole (R-N.C.) and Lamar Alexander (R-Tenn.) applauded the approval in 2007.')).filter((d) => /Sens/.test(d))).toEqual([]);
    expect(deletions(notesOf('I thank Congressmen Boucher, Goodlatte, and Cantor for their help in 2007.')).filter((d) => /Congressmen/.test(d))).toEqual([]);
    expect(deletions(notesOf('They advocated benefits for post-9/11 veterans in 2008.'))).toEqual(['2008::year']);
    expect(deletions(notesOf('A 15,000 square foot facility opened in 2007.', 'He was 5 foot 6 and weighed 140 pounds.'))).toEqual(expect.arrayContaining(['15,000 square foot::quantity', '5 foot 6::quantity']));
  });
});

describe('a name made with an "’s" (stop 52)', () => {
  test('"Cox’s Bazar", "St. Mary’s Hospital", "Martha’s Vineyard", "Jason’s Deli" are asked whole; "Russia’s Gazprom" is still two names', () => {
    const got = deletions(notesOf('Rohingya fled to Cox’s Bazar in 2017.', 'He was taken to St. Mary’s Hospital in 2010.', 'They vacationed on Martha’s Vineyard in 2011.', 'Hackers breached Jason’s Deli in 2017.', 'Russia’s Gazprom cut supplies in 2009.'));
    expect(got).toEqual(expect.arrayContaining(['Cox’s Bazar::name', 'St. Mary’s Hospital::organisation', 'Martha’s Vineyard::name', 'Jason’s Deli::name', 'Russia::place', 'Gazprom::name']));
    expect(got.filter((d) => /^(?:Cox|St\. Mary|Martha|Jason)::/.test(d))).toEqual([]);
  });
});

describe('a campaign after a title, a body’s word after a title (stop 52)', () => {
  test('"Chairman of the Brady Campaign" and "the General Secretariat" name no person; "Mayor Victoria Lake" still does', () => {
    expect(namesIn('She was our dear friend and Chairman of the Brady Campaign in 2015.', 'Officials at INTERPOL’s General Secretariat met.').filter((n) => n.endsWith(':person'))).toEqual([]);
    expect(namesIn('Mayor Victoria Lake spoke.')).toEqual(['Victoria Lake:person']);
  });
});

describe('Wikinews: a denial before "and said", a reporter of a known outlet, Persian names (stop 53)', () => {
  test('"Ruiz denied reports that Hale has cancer and said that the ailing leader had “…”" is Ruiz’s, not Hale’s', () => {
    expect(attributed('Officials named Dan Hale and his deputy Ana Ruiz in 2010.', 'Ruiz denied reports that Hale has cancer and said that the ailing leader had “been made well by the operation and is recovering.”')).toEqual({ 'been made well': 'Ana Ruiz' });
  });
  test('"and Maziar Bahari of Newsweek was arrested" is a name and the magazine, not one name', () => {
    expect(namesIn('Police said he was arrested on June 19, and Maziar Bahari of Newsweek was arrested on June 21.')).toEqual(['Maziar Bahari:term', 'Newsweek:organization']);
  });
  test('"Mir Hossein Mousavi, the candidate" and "Etemad-e Melli" are asked whole', () => {
    expect(namesIn('It was founded in 2009 by Mir Hossein Mousavi, the opposition candidate.', 'He said that Etemad-e Melli newspaper editor Mohammad Ghochani was arrested.')).toEqual(['Mir Hossein Mousavi:person', 'Etemad-e Melli:organization', 'Mohammad Ghochani:person']);
  });
});

describe('Wikinews: the end of a longer name, a seat in parliament, an honour after a comma (stop 53)', () => {
  test('"President of South Africa, claimed … Africa is barbaric" hides no "Africa" inside "South Africa"', () => {
    const got = generateNotes(readPlainText('Zuma visit\n\nJacob Zuma, President of South Africa, claimed Britain believed Africa is barbaric in 2010.\n\nAfrica was the theme.')).map((n) => n.text);
    expect(got.filter((t) => /South \{\{c\d+::Africa/.test(t))).toEqual([]);
  });
  test('"Member of Parliament for North Southwark" is a place, no person; "Frances McMenamin, QC for Millar" asks no "QC"', () => {
    expect(namesIn('Simon Hughes, Liberal Democrat Member of Parliament for North Southwark, said he would help.').filter((n) => n.includes('North'))).toEqual(['North Southwark:place']);
    expect(namesIn('Frances McMenamin, QC for Millar, claimed Long had exaggerated.', 'Jane Hale, MP, said so.').filter((n) => /^(?:QC|MP):/.test(n))).toEqual([]);
  });
});

describe('Senate releases: a titled aside before the verb, a tag inside closed marks, a house style’s plural (stop 53)', () => {
  test('"Dana Ortiz, Executive Director of Good Start Alliance said, “…”" and "Ann Lake, Superintendent, Ohio Department of Education stated: “…”" are the people’s words, not the bodies’', () => {
    expect(attributed('Dana Ortiz, Executive Director of Good Start Alliance said, “It is gratifying to see recognition at the federal level.”', 'Ann Lake, Superintendent, Ohio Department of Education stated: “The vision of the department is that all of our graduates are ready.”')).toEqual({ 'It is gratifying': 'Dana Ortiz', 'The vision of': 'Ann Lake' });
  });
  test('“It is time to act on this now, said Ana Ruiz, President of the Fund. We commend …” is Ruiz’s, not the one quoted before', () => {
    expect(attributed('“We grieve with the mothers of the victims,” said Tom Hale, director of the group.', '“It is time for our nation to do much more, said Ana Ruiz, President of the Safety Fund. We commend Senator Lake for her leadership.”')).toEqual({ 'We grieve with': 'Tom Hale', 'It is time': 'Ana Ruiz' });
  });
  test('"agreements with States", written so twice, asks no "States"', () => {
    expect(namesIn('The bill lets USDA enter into agreements with States to detect pests.', 'USDA will sign agreements with States to fund traps.').filter((n) => n.startsWith('States'))).toEqual([]);
  });
});

describe('a team named for its city, a chef, an office’s field, a body with a given name’s word (stop 53)', () => {
  test('"the Boston Red Sox swept the Colorado Rockies" names no person; "his Sous Chef, Gregory Ludlum" asks no "Sous Chef"', () => {
    expect(namesIn('When the Boston Red Sox swept the Colorado Rockies, the shelter won.', 'Ravinski, along with his Sous Chef, Gregory Ludlum, will cook.')).toEqual(['Boston Red Sox:term', 'Colorado Rockies:term', 'Gregory Ludlum:person']);
  });
  test('"Director of Advocacy of the Hunger Task Force" is the task force; "Director of Operations for the Red Cross" is a body, no person', () => {
    expect(namesIn('Jon Janowski, Director of Advocacy of the Hunger Task Force, said so.', 'Tom Hale, Director of Operations for the Red Cross, said so.')).toEqual(['Jon Janowski:person', 'Hunger Task Force:organization', 'Tom Hale:person', 'Red Cross:organization']);
  });
});

describe('Justice releases: a town’s police, a currency after an amount, offices "-in-Charge" and "of Police for" (stop 53)', () => {
  test('"the Boise, Idaho Police Department" is one body; "Boise, Idaho" alone is still a place', () => {
    expect(namesIn('On June 16, 2020, the Boise, Idaho Police Department received tips.', 'She has lived in Boise, Idaho since 2010.')).toEqual(['Boise, Idaho Police Department:organization', 'Boise, Idaho:place']);
  });
  test('"seized $438,000 in Bitcoin" is no place', () => {
    expect(namesIn('Agents seized $438,000 in Bitcoin.')).toEqual(['Bitcoin:term']);
  });
  test('"the Special Agent-in-Charge of the New York Field Office of …" and "Chief of Police for the Hazleton City Police Department" ask the bodies, not the offices', () => {
    expect(namesIn('Angel Melendez, the Special Agent-in-Charge of the New York Field Office of Homeland Security Investigations, spoke.', 'Jerry Speziale, Chief of Police for the Hazleton City Police Department, spoke.')).toEqual(['Angel Melendez:person', 'New York Field Office of Homeland Security Investigations:organization', 'Jerry Speziale:person', 'Hazleton City Police Department:organization']);
  });
  test('"the American Society for the Prevention of Cruelty to Animals" is whole; "the Department of Justice to Congress" is two', () => {
    expect(namesIn('They sent it to the American Society for the Prevention of Cruelty to Animals.', 'It went from the Department of Justice to Congress.')).toEqual(['American Society for the Prevention of Cruelty to Animals:organization', 'Department of Justice:organization', 'Congress:organization']);
  });
});

describe('State remarks: a law’s report, a bureau before its head, a country "of" a country (stop 53)', () => {
  test('"the 2021 Elie Wiesel Genocide and Atrocities Prevention Act Report" is one name, no person', () => {
    expect(namesIn('Today we unveil the 2021 Elie Wiesel Genocide and Atrocities Prevention Act Report.')).toEqual(['Elie Wiesel Genocide and Atrocities Prevention Act Report:term']);
  });
  test('"Assistant Secretary for the Bureau of Conflict and Stabilization Operations Rob Faucher" is the whole bureau and the person', () => {
    expect(namesIn('We turn to Acting Assistant Secretary for the Bureau of Conflict and Stabilization Operations Rob Faucher.')).toEqual(['Bureau of Conflict and Stabilization Operations:organization', 'Rob Faucher:person']);
  });
  test('"favorable views in Ukraine of Russia" is two places; "the Gulf of Mexico" is still one', () => {
    expect(namesIn('Before 2014 there were favorable views in Ukraine of Russia.', 'Oil spilled into the Gulf of Mexico.')).toEqual(['Ukraine:place', 'Russia:place', 'Gulf of Mexico:place']);
  });
});

describe('White House statements: offices as names, an operation, a part of a month (stop 53)', () => {
  test('"the next Assistant to the President", "a Deputy Campaign Manager on the Biden-Harris campaign" and "Representatives Maloney, …" ask no office', () => {
    const got = namesIn('Stuart Delery will become the next Assistant to the President and White House Counsel.', 'She served as a Deputy Campaign Manager on the Biden-Harris presidential campaign.', 'Senator Tillis and Representatives Maloney and Connolly came.');
    expect(got.filter((n) => /Assistant|Manager|Representatives/.test(n))).toEqual([]);
    expect(got).toContain('Stuart Delery:person');
    expect(namesIn('Assistant U. S. Attorneys Pamala Holsinger and Ethan Knight are prosecuting this case.')).toEqual(['Pamala Holsinger:person', 'Ethan Knight:person']);
  });
  test('"relocated under Operation Allies Refuge" is an operation, no place', () => {
    expect(namesIn('Our first group is relocated under Operation Allies Refuge now.')).toEqual(['Operation Allies Refuge:term']);
  });
  test('"since mid-June" is a date, not how long', () => {
    expect(deletions(notesOf('Gas prices fell by about 40 cents since mid-June.'))).toEqual(['40 cents::amount', 'mid-June::date']);
  });
});

describe('Justice and NASA releases: a district’s state, a judge named for a state, a site in capitals, work for an owner (stop 53)', () => {
  test('"U.S. Attorney for the Eastern District of North Carolina made the announcement" names no person "North Carolina"; "Chief Judge Virginia M. Kendall" is whole', () => {
    expect(namesIn('Michael F. Easley, Jr., U.S. Attorney for the Eastern District of North Carolina made the announcement.', 'It bore the forged signature of U.S. District Chief Judge Virginia M. Kendall.')).toEqual(['Michael F. Easley:person', 'North Carolina:place', 'Virginia M. Kendall:person']);
  });
  test('"visit IdentityTheft.Gov." asks the whole site', () => {
    expect(namesIn('If you are a victim of identity theft, visit IdentityTheft.Gov.')).toEqual(['IdentityTheft.Gov:term']);
  });
  test('"managed the Mars Exploration Rover Project for NASA’s Science Mission Directorate" is three names, none holding "for NASA"', () => {
    expect(namesIn('JPL managed the Mars Exploration Rover Project for NASA’s Science Mission Directorate in Washington.').filter((n) => n.includes('Project') || n.startsWith('NASA'))).toEqual(['Mars Exploration Rover Project:term', 'NASA:organization']);
  });
});

describe('Wikinews: a long title before the name and "said.", the one spoken to, a subject who acts and then speaks (stop 53)', () => {
  test('"“…”, State Secretary for the Equal Opportunities and Flemish Christian Democrat politician Ana Ruiz said." is Ruiz’s, not the one quoted before', () => {
    expect(attributed('Regarding the theme, spokesperson Tom Hale said, “That message is very important because there are elections.” The parade ended at 5 PM.', '“You notice that there is still work to be done based on experience and openness”, State Secretary for the Equal Opportunities and Flemish Christian Democrat politician Ana Ruiz said.')).toEqual({ 'That message is': 'Tom Hale', 'You notice that': 'Ana Ruiz' });
  });
  test('"Lawmaker Dan Hale replied to Ruiz saying “…”" is Hale’s; "Prime Minister Tom Lake in a tweet congratulated Ana after her victory and said, “…”" is Lake’s', () => {
    expect(attributed('Ana Ruiz tweeted saying, “We will win again next year in the capital.”', 'Lawmaker Dan Hale replied to Ruiz saying “So much pathetic hate against us all”.', 'Prime Minister Tom Lake in a tweet congratulated Ana Ruiz after her victory and said, “You brought a lot of honour to the state!”')).toEqual({ 'We will win': 'Ana Ruiz', 'So much pathetic': 'Dan Hale', 'You brought a': 'Tom Lake' });
  });
  test('"Johan Van den Driessche" and "the Catholic Campaign for Human Development" are whole', () => {
    expect(namesIn('Mayor Philippe Close, Johan Van den Driessche and Sven Gatz attended.', 'The money comes from the Catholic Campaign for Human Development in Chicago.', 'They wrote to the Catholic Campaign for Human Development.')).toEqual(['Philippe Close:person', 'Johan Van den Driessche:person', 'Sven Gatz:person', 'Catholic Campaign for Human Development:term', 'Chicago:place', 'Catholic Campaign for Human Development:term']);
  });
});

describe('State readouts: a body "against" something (stop 53)', () => {
  test('"the Trilateral Working Group on Violence against Indigenous Women and Girls" is whole; "played against Manchester United" is still two words apart', () => {
    expect(namesIn('It followed the fourth convening of the Trilateral Working Group on Violence against Indigenous Women and Girls.', 'The team played against Manchester United.')).toEqual(['Trilateral Working Group on Violence against Indigenous Women and Girls:organization', 'Manchester United:term']);
  });
});

describe('Treasury and Justice releases: a name inside a longer one, a county’s body with its state in brackets, a docket line (stop 53)', () => {
  test('"the Office of Tribal and Native Affairs … with Tribal nations … for Tribal policy" hides no "Tribal" inside the office', () => {
    const got = generateNotes(readPlainText('Treasurer named\n\nChief Lynn Hale will lead the newly established Office of Tribal and Native Affairs.\n\nTo underscore its commitment to Tribal nations, the Treasury announced the office in 2022.\n\nAs Treasurer, Chief Hale will also oversee the newly established Office of Tribal and Native Affairs that will house staff directly dedicated to communication with Tribal nations and the hub for Tribal policy.\n\nThe new office will coordinate Tribal relations across the department.')).map((n) => n.text);
    expect(got.filter((t) => /Office of \{\{c\d+::Tribal/.test(t))).toEqual([]);
  });
  test('"the Seminole County (Florida) Sheriff’s Office" is one body; "payment in Bitcoin" no place; "E.D.N.Y. Docket No. 24-CR-105" names nothing', () => {
    expect(namesIn('Help came from the Seminole County (Florida) Sheriff’s Office; the Anacortes (Washington) Police Department; and the FBI.', 'He tried to extort a dentist for payment in Bitcoin, threatening him.', 'E.D.N.Y. Docket No. 24-CR-105')).toEqual(['Seminole County (Florida) Sheriff’s Office:organization', 'Anacortes (Washington) Police Department:organization', 'FBI:organization', 'Bitcoin:term']);
  });
});

describe('USDA stories: a writer’s credit at the end of a paragraph (stop 53)', () => {
  test('"… of the disease. – by Ana Ruiz, ARS Office of Communications." asks neither the writer nor her office', () => {
    expect(namesIn('Officials watch Pennsylvania and New York for outbreaks, as well as imported plants. – by Ana Ruiz, ARS Office of Communications.')).toEqual(['Pennsylvania:place', 'New York:place']);
  });
});

describe('NCI releases: a short form that spells a name across "on" (stop 53)', () => {
  test('"The Detroit Research on Cancer Survivors (ROCS) study" is one name', () => {
    expect(namesIn('The Detroit Research on Cancer Survivors (ROCS) study will include 5,560 survivors.')[0]).toBe('Detroit Research on Cancer Survivors:term');
  });
});

describe('Senate releases: a name cut at "and" that the article names whole elsewhere (stop 53)', () => {
  test('"key Base Realignment and Closure projects" is one name when the article writes "Base Realignment and Closure (BRAC)" too', () => {
    expect(namesIn('The resolution does not fund key Base Realignment and Closure projects at Fort Riley.', 'We opposed it because it did not fund crucial Base Realignment and Closure (BRAC) projects.')[0]).toBe('Base Realignment and Closure:term');
  });
});

describe('White House roundups: a surname in -s before "on" (stop 53)', () => {
  test('"Speaking with George Stephanopoulos on ABC’s This Week" is the person, then the network', () => {
    expect(namesIn('Speaking with George Stephanopoulos on ABC’s This Week, Secretary of Commerce Gina Raimondo pointed to the bill.').slice(0, 2)).toEqual(['George Stephanopoulos:person', 'ABC:term']);
  });
});

describe('briefings: a reporter named like a place (stop 53)', () => {
  test('"to follow up on Jordan’s question" gives no place hint; "Jordan’s economy" still does', () => {
    expect(namesIn('Just to follow up on Jordan’s question, does the President agree?', 'Jordan’s economy grew in 2022.')).toEqual(['Jordan:term', 'Jordan:place']);
  });
});

describe('Justice lists: someone "of" a town and state (stop 53)', () => {
  test('"Warren Mumpower of Spokane, Wash.;" is a name and the town, not one name', () => {
    expect(namesIn('The defendants were Gary Lakey of Anderson, Ind.; Warren Mumpower of Spokane, Wash.; and Ronald White.').filter((n) => /Mumpower|Spokane/.test(n))).toEqual(['Warren Mumpower:term', 'Spokane, Wash.:place']);
  });
});

describe('USGS notices: figures whose hyphen hangs before the list’s unit (stop 53)', () => {
  test('"(4-, 21-, 30-, 60-, and 90-day durations)" asks only the whole "90-day"', () => {
    expect(deletions(notesOf('The models use moving averages (4-, 21-, 30-, 60-, and 90-day durations), based on a 2013 study.'))).toEqual(['90-day::how long', '2013::year']);
  });
});

describe('Wikinews: a statement made before a colon (stop 53)', () => {
  test('"Spokesman for the government, Lambert Mende, made the statement on Thursday: “…”" is Mende’s', () => {
    expect(attributed('Spokesman for the government, Lambert Mende, made the statement on Thursday: “It is with deep sorrow that we confirm the death of 251 of our compatriots.”')).toEqual({ 'It is with': 'Lambert Mende' });
  });
});

describe('Wikinews: "by asserting that “…”" (stop 53)', () => {
  test('"President Bush made public statements on these trailers by asserting that “…”" is Bush’s', () => {
    expect(attributed('On May 27, 2003, President Bush made public statements on the trailers by asserting that “We have found the weapons of mass destruction,” which coincided with a report.')).toEqual({ 'We have found': 'Bush' });
  });
});

describe('Wikinews: an Arabic article joined to a name, "Sheikh" inside a name (stop 53)', () => {
  test('"The al-Shabaab group" asks "al-Shabaab" whole; "Sheikh Sharif Sheikh Ahmed" is not cut to "Ahmed"', () => {
    expect(namesIn('The al-Shabaab group claimed responsibility.', 'It came a year since Sheikh Sharif Sheikh Ahmed was sworn in.')).toEqual(['al-Shabaab:organization', 'Sheikh Sharif Sheikh Ahmed:term']);
  });
});

describe('Wikinews: a one-name spokesman, a tag that splits a quote a word after its verb (stop 53)', () => {
  test('"Agency spokesman Sutopo said: “…”" is Sutopo’s', () => {
    expect(attributed('Power was shut down in Aceh. Agency spokesman Sutopo said: “The electricity is down, there are traffic jams to access higher ground.”')).toEqual({ 'The electricity is': 'Sutopo' });
  });
  test('"“Gun violence is a women’s issue,” attendee Ana Ruiz posted online, “…”" is Ruiz’s, both parts', () => {
    expect(attributed('“Gun violence is a women’s issue,” attendee Ana Ruiz posted online, “American women are 16 times more likely to be killed with a gun.”')).toEqual({ 'Gun violence is': 'Ana Ruiz', 'American women are': 'Ana Ruiz' });
  });
});

describe('Wikinews: a list of cities, one of them named like a state (stop 53)', () => {
  test('"in Washington D.C., Los Angeles, New York, Chicago or Seattle" is a list, no "Los Angeles, New York"; "Laurel, Maryland, and Bethesda, Maryland" are still two towns', () => {
    expect(namesIn('No one was arrested in Washington D.C., Los Angeles, New York, Chicago or Seattle.').filter((n) => n.includes('Angeles'))).toEqual(['Los Angeles:place']);
    expect(namesIn('He lives in Laurel, Maryland, and works in Bethesda, Maryland.')).toEqual(['Laurel, Maryland:place', 'Bethesda, Maryland:place']);
  });
});

describe('names with letters beyond Latin-1 (stop 53)', () => {
  test('"Călin Popescu-Tăriceanu", "Recep Tayyip Erdoğan", "Andrzej Łukasz" are whole, and "He said, “…”" after the first is his', () => {
    expect(namesIn('Romanian Prime Minister Călin Popescu-Tăriceanu said all efforts were being made.', 'Recep Tayyip Erdoğan met Andrzej Łukasz in 2019.')).toEqual(['Călin Popescu-Tăriceanu:person', 'Recep Tayyip Erdoğan:person', 'Andrzej Łukasz:person']);
    expect(attributed('Romanian Prime Minister Călin Popescu-Tăriceanu said all efforts were being made. He said, “In principle, authorities are in contact with the kidnappers.”')).toEqual({ 'In principle, authorities': 'Călin Popescu-Tăriceanu' });
  });
});

describe('Wikinews: a network someone spoke on (stop 53)', () => {
  test('"Tom Hale also appeared on CNN saying …; “…”" is Hale’s, not CNN’s', () => {
    expect(attributed('Prime Minister Tom Hale said, “We will continue this operation for as long as it takes.” Hale also appeared on CNN saying the group uses civilians as shields; “They use dead civilians for their cause.”')).toEqual({ 'We will continue': 'Tom Hale', 'They use dead': 'Tom Hale' });
  });
});

describe('Justice releases: "Special Agent in Charge" before a name (stop 53)', () => {
  test('"remarked FBI Assistant Special Agent in Charge Maher Dimachkie" is his; "Special Agent in Charge of the FBI" still names the FBI', () => {
    expect(attributed('“Safeguarding our future begins with protecting the youth in our community,” remarked FBI Assistant Special Agent in Charge Maher Dimachkie.')).toEqual({ 'Safeguarding our future': 'Maher Dimachkie' });
    expect(namesIn('“This is an amazing case,” said David Ian Miller, Special Agent in Charge of the FBI in Oregon.')).toEqual(['David Ian Miller:person', 'FBI:organization', 'Oregon:place']);
  });
});

describe('Wikinews: ages in months, a law "from" something, someone "of" a country (stop 53)', () => {
  test('"an eight-month-old girl" is how old; "the Protection of Children from Sexual Offenses Act" is whole; "Micheline Calmy-Rey of Switzerland" is a name and the country', () => {
    expect(deletions(notesOf('It followed the rape of an eight-month-old girl in 2018.'))).toEqual(['eight-month-old::how old', '2018::year']);
    expect(namesIn('He was arrested under the Protection of Children from Sexual Offenses Act.')).toEqual(['Protection of Children from Sexual Offenses Act:term']);
    expect(namesIn('Micheline Calmy-Rey of Switzerland and Moussa Koussa of Libya will meet.').slice(0, 2)).toEqual(['Micheline Calmy-Rey:term', 'Switzerland:place']);
  });
});

describe('Justice releases: someone with a middle initial "of" a unit, a shouted "DON’T" (stop 53)', () => {
  test('"Vinay S. Limbachia of the U.S. Attorney’s Cybercrime Unit" is a name and the unit; "If you have any doubt, DON’T." names nothing', () => {
    expect(namesIn('The government is represented by Assistant U.S. Attorneys Anthony P. Torntore and Vinay S. Limbachia of the U.S. Attorney’s Cybercrime Unit.').slice(1)).toEqual(['Vinay S. Limbachia:term', 'U.S. Attorney’s Cybercrime Unit:organization']);
    expect(namesIn('If you have any doubt, DON’T.')).toEqual([]);
  });
});

describe('a member’s letters alone (stop 53)', () => {
  test('"The MP for Bristol West" and "Two MPs voted" ask no "MP"', () => {
    expect(namesIn('The MP for Bristol West, Thangam Debbonaire, spoke.', 'Two MPs voted against it in 2019.').filter((n) => /^MPs?:/.test(n))).toEqual([]);
  });
});

describe('a given name no list knows after a title (stop 53)', () => {
  test('"President Abdullahi Yusuf Ahmed" is whole; "Secretary of State Robin Dunnigan" still starts at Robin', () => {
    expect(namesIn('The vote blocked President Abdullahi Yusuf Ahmed’s attempt.', 'Secretary of State Robin Dunnigan spoke.')).toEqual(['Abdullahi Yusuf Ahmed:person', 'Robin Dunnigan:person']);
  });
});

describe('a place’s name listed among companies (stop 53)', () => {
  test('"retailers such as Amazon, Walmart, Target and Dell Technologies" gives Amazon the neutral hint; "Iran, Hezbollah and Hamas" keeps Iran a place', () => {
    expect(namesIn('Losses hit online retailers such as Amazon, Walmart, Target and Dell Technologies.')[0]).toBe('Amazon:term');
    expect(namesIn('Sanctions hit Iran, Hezbollah and Hamas.')[0]).toBe('Iran:place');
  });
});

describe('someone with a given name that is a word too, "of" a country (stop 53)', () => {
  test('"Frank Piessens of Belgium’s KU Leuven university" is a name, the country and the university', () => {
    expect(namesIn('Researchers Mathy Vanhoef and Frank Piessens of Belgium’s KU Leuven university disclosed a flaw.').slice(1)).toEqual(['Frank Piessens:term', 'Belgium:place', 'KU Leuven:term']);
  });
});

describe('a name no list knows, before its own verb of speech (stop 54)', () => {
  test('"At a rally in Lyon, Belvantra said, “…”" is Belvantra’s; a town after "in", a common word after "his" speak for no one', () => {
    expect(attributed('At a rally in Lyon, Belvantra said, “We will open the border crossings again next spring.”')).toEqual({ 'We will open': 'Belvantra' });
    expect(attributed('A nurse at a clinic in Ostrava told reporters, “They feel safer now than they did in March.”')).toEqual({ 'They feel safer': '?' });
    expect(attributed('At the start of his Presidency said, “I want a budget that moves in one direction.”')).toEqual({ 'I want a': '?' });
  });
});

describe('a body, its campus’s office, and who holds it (stop 54)', () => {
  test('"said University of Oslo, Blindern’s dean, Marta Solheim." is hers, not the university’s; with no one named, no one’s', () => {
    expect(attributed('“The river was the finest teacher I ever had,” said University of Oslo, Blindern’s dean, Marta Solheim.')).toEqual({ 'The river was': 'Marta Solheim' });
    expect(attributed('“The river was the finest teacher I ever had,” said Harwick College, Bristol’s provost.')).toEqual({ 'The river was': '?' });
  });
});

describe('"according to" a titled name, and what the subject posted (stop 54)', () => {
  test('"According to Harwick University political scholar Dana Ortiz, “…”" is Ortiz’s', () => {
    expect(attributed('According to Harwick University political scholar Dana Ortiz, “Women hold fewer than a third of the seats in the chamber.”')).toEqual({ 'Women hold fewer': 'Dana Ortiz' });
  });
  test('"Former FBI deputy director Ken Abara praised Hale on Twitter: “…”" is Abara’s; one named after a comma is not the poster', () => {
    expect(attributed('Former FBI deputy director Ken Abara praised Hale on Twitter: “Tom was one of the best officers ever to serve here.”')).toEqual({ 'Tom was one': 'Ken Abara' });
    expect(attributed('After meeting Ken Abara, the delegates wrote on Twitter: “We were promised a vote on the deal this week.”')).toEqual({ 'We were promised': '?' });
  });
});

describe('one speaker going on in one sentence, a body’s title, "EU states" (stop 54)', () => {
  test('"Ebrard said, “…”, adding, “…”" and "… said the use of X “…,” further saying, “…”" are each one speaker’s', () => {
    expect(attributed('Marta Ebrard said, “As far as I know, this would be the first case of its kind”, adding, “For us, this man is a terrorist.”')).toEqual({ 'As far as': 'Marta Ebrard', 'For us, this': 'Marta Ebrard' });
    expect(attributed('Harwick Savings Bank president Tomas Oyelaran said the use of foreign currencies “costs the region between $5 and $7 billion,” further saying, “Beyond that, it also reduces trade across the region.”')).toEqual({ 'costs the region': 'Tomas Oyelaran', 'Beyond that, it': 'Tomas Oyelaran' });
  });
  test('"A resolution of the European Parliament asked EU states “to find …”" is no one’s: "states" there is no verb', () => {
    expect(attributed('A resolution passed by the European Parliament on Thursday asked EU states “to find a common solution to grant him asylum.”')).toEqual({ 'to find a': '?' });
  });
});

describe('a surname telling an outlet, a tag in commas before "to a" (stop 54)', () => {
  test('"“…,” Zhao told Reuters." is Zhao’s', () => {
    expect(attributed('Zhao Minghao, international relations expert at Fudan University said China would wait.', '“Beijing is not a stranger to this at all,” Zhao told Reuters. “It would respond in a measured way.”')).toEqual({ 'Beijing is not': 'Zhao', 'It would respond': 'Zhao' });
  });
  test('"The tariffs, Wyden said, amount to a “…”" is Wyden’s; "pleaded guilty to a “…”" is still no one’s', () => {
    expect(attributed('Senator Ron Wyden spoke first. The new tariffs, Wyden said, amount to a “prescription for hitting small businesses hard.”')).toEqual({ 'prescription for hitting': 'Ron Wyden' });
    expect(attributed('Tyson Foods pleaded guilty to a “willful violation of a safety standard that caused a death.”')).toEqual({ 'willful violation of': '?' });
  });
});

describe('offices "in Charge" and "acting" before the one who holds them (stop 54)', () => {
  test('"said Assistant Inspector in Charge Okafor." and "stated FBI Assistant Director in Charge Lenz." name Okafor and Lenz, not "Charge Okafor"', () => {
    expect(namesIn('“We go after those who ship drugs by mail,” said Assistant Inspector in Charge Okafor.')).toEqual(['Okafor:person']);
    expect(attributed('“We go after those who ship drugs by mail,” said Assistant Inspector in Charge Okafor.')).toEqual({ 'We go after': 'Okafor' });
    expect(attributed('“He stole more than $3 million worth of power,” stated FBI Assistant Director in Charge Lenz.')).toEqual({ 'He stole more': 'Lenz' });
  });
  test('"said HSI Dayton acting Special Agent in Charge Jared Moss." is Moss’s; "said former President of the Harwick Society, Bob Lane" is Lane’s', () => {
    expect(attributed('“Our commitment to hold them accountable remains the same,” said HSI Dayton acting Special Agent in Charge Jared Moss.')).toEqual({ 'Our commitment to': 'Jared Moss' });
    expect(attributed('“We are getting closer to the day when birds must move indoors,” said former President of the Harwick Veterinary Society, Bob Lane.')).toEqual({ 'We are getting': 'Bob Lane' });
  });
});

describe('a label before a colon, a surname that is a title’s word, an untagged quote about the accused (stop 54)', () => {
  test('"Jason Walsh, Executive Director, BlueGreen Alliance: “…”" is Walsh’s, not the body’s', () => {
    expect(attributed('Jason Walsh, Executive Director, Greenway Allilance: “Demand for mined materials is only going to increase.”')).toEqual({ 'Demand for mined': 'Jason Walsh' });
    expect(attributed('Ana Ruple, Professor of Law (Research), S.J. Quinney College of Law, University of Utah: “The old law is like driving a stagecoach.”')).toEqual({ 'The old law': 'Ana Ruple' });
  });
  test('"said Special Agent in Charge Tatum King of the FBI." is King’s, not the FBI’s', () => {
    expect(attributed('“We are on the alert for money laundering,” said Special Agent in Charge Tatum King of the FBI.')).toEqual({ 'We are on': 'Tatum King' });
  });
  test('"… Silnikau … are charged with fraud. ¶ “These conspirators are alleged to …”" is no one’s', () => {
    expect(attributed('As alleged in court documents, Maksim Silnikau, 38, led two fraud schemes. Silnikau appeared before a judge in Newark.', 'In the District of New Jersey, Silnikau, along with co-conspirators Volodymyr Kadariya, a Belarussian national, 38, and Andrei Tarasov, a Russian national, 33, are charged with fraud.', '“These conspirators are alleged to have run a scheme that reached millions of users around the globe.”')).toEqual({ 'These conspirators are': '?' });
  });
});

describe('an office of a place before a name no list knows, a body’s statement and website (stop 54)', () => {
  test('"Mayor of London Sadiq Khan" and "Consul General of India Dnyaneshwar M. Mulay" are people', () => {
    expect(namesIn('The plan was backed by Mayor of London Sadiq Khan on Monday.')).toEqual(['Sadiq Khan:person']);
    expect(attributed('“I am in awe of the people who ran towards danger,” tweeted Mayor of London Sadiq Khan.')).toEqual({ 'I am in': 'Sadiq Khan' });
  });
  test('"Facebook released a statement which read, in part, “…”", "Facebook further claimed, “…”", "The WHO’s website said: “…”"', () => {
    expect(attributed('Facebook released a statement which read, in part, “This judgment raises critical questions about speech.” Facebook further claimed, “It undermines a long-standing principle of law.”')).toEqual({ 'This judgment raises': 'Facebook', 'It undermines a': 'Facebook' });
    expect(attributed('The WHO’s website said: “There is no evidence that current medicine can prevent the disease.”')).toEqual({ 'There is no': 'WHO' });
  });
});

describe('a rank before a place’s name, a shrine named after someone (stop 54)', () => {
  test('"General Atlantic" among investors is a firm, not a person "Atlantic"; "the Blessed Stanley Rother Shrine" is a place', () => {
    expect(namesIn('Backers include Susquehanna International Group, General Atlantic and Sequoia Capital.')).toContain('General Atlantic:term');
    expect(namesIn('The Blessed Stanley Rother Shrine in Oklahoma City draws pilgrims.')[0]).toBe('Blessed Stanley Rother Shrine:place');
  });
});

describe('words "described by" someone (stop 54)', () => {
  test('"She published her memoir, described by the Harwick Post as partly “…”" is the Post’s, not hers', () => {
    expect(attributed('Yelena Bonner wrote much in exile.', 'She published her memoir in 1986, described by the Harwick Post as partly “a love story of mutual sacrifice.”')).toEqual({ 'a love story': 'Harwick Post' });
  });
});

describe('an office "-in-Charge" in one word before its holder (stop 54)', () => {
  test('"said Inspector-in-Charge Mendonça." is Mendonça’s; a full name met before answers', () => {
    expect(attributed('“He sent forged court orders through the mail,” said Inspector-in-Charge Mendonça.')).toEqual({ 'He sent forged': 'Mendonça' });
    expect(attributed('The case was announced by Dana Ortiz and Joseph M. Demarest, Jr., of the FBI.', 'FBI Assistant Director-in-Charge Demarest stated, “The defendants committed violent assaults on election night.”')).toEqual({ 'The defendants committed': 'Joseph M. Demarest' });
  });
});

describe('a special agent in charge in capitals, a court paper’s words (stop 54)', () => {
  test('"said FDA SAC Malham." is Malham’s, not a body "FDA SAC Malham"', () => {
    expect(attributed('“Consumers rely on the FDA to keep medicines safe,” said FDA SAC Malham.')).toEqual({ 'Consumers rely on': 'Malham' });
  });
  test('"… instructing the District Court Clerk’s Office to “…,” the charges allege." is no one’s', () => {
    expect(attributed('Tom Hale filed a notice in the District Court stating that he was free of restrictions and instructing the District Court Clerk’s Office to “rescind any filing restrictions at once,” the charges allege.')).toEqual({ 'rescind any filing': '?' });
  });
});

describe('"which X called", "said via Twitter", an aside in dashes (stop 54)', () => {
  test('"her novel, which the Harwick Times called “…”" is the Times’s', () => {
    expect(attributed('She wrote the 2009 novel Obsession, which the Harwick Times called “the steamiest book ever written by an octogenarian.”')).toEqual({ 'the steamiest book': 'Harwick Times' });
  });
  test('"After the call, former prosecutor Ken Abara said via Twitter: “…”" is Abara’s, not Twitter’s', () => {
    expect(attributed('After the call, former federal prosecutor Ken Abara said via Twitter: “If I got a transcript like this in a criminal case, I would be surprised.”')).toEqual({ 'If I got': 'Ken Abara' });
  });
  test('"Tom Hale commented — which the BBC noted as unusual — “…”" is Hale’s, not the BBC’s', () => {
    expect(attributed('Tom Hale commented on the matter — which the BBC noted as an unusual move by a Speaker — “However it is dressed up, the purpose is to stop the debate.”')).toEqual({ 'However it is': 'Tom Hale' });
  });
});

describe('things named after someone (stop 54)', () => {
  test('"the Robert Levinson Hostage Recovery and … Act" and "National Foster Care Month" are no people', () => {
    expect(namesIn('This order draws on the 2020 Robert Levinson Hostage Recovery and Hostage-Taking Accountability Act.')[0]).toBe('Robert Levinson Hostage Recovery:term');
    expect(namesIn('I note, too, that May is National Foster Care Month.')).toEqual(['National Foster Care Month:term']);
    // (Unchanged: a given name, an initial and an English word stay as they were — no list says Savage is a surname.)
    expect(namesIn('The study was led by Sharon A. Savage and Roger Waters.')).toEqual(['Sharon A. Savage:term', 'Roger Waters:person']);
  });
});

describe('an ordinal in a title after a quote (stop 54)', () => {
  test('"“…,” 1st Fleet Command’s Navy Information Agency head Arba Agung told The Jakarta Post." is Agung’s', () => {
    expect(attributed('“We will continue searching until we find it,” 1st Fleet Command’s Navy Information Agency head Arba Agung told The Jakarta Post.')).toEqual({ 'We will continue': 'Arba Agung' });
  });
});

describe('"cited X and said", an appositive before "called it" (stop 54)', () => {
  test('"Erdoğan cited Article 5 of the NATO treaty and said, “…”" is Erdoğan’s own', () => {
    expect(attributed('Recep Tayyip Erdoğan spoke on the phone.', 'Erdoğan cited Article 5 of the NATO treaty and said, “They need to stand by us in this fight.”')).toEqual({ 'They need to': 'Recep Tayyip Erdoğan' });
  });
  test('"The director of X, Dana Clay, called it “…” and said “…”" are Clay’s', () => {
    expect(attributed('The director of Mid Wales Tourism Partnership, Dana Clay, called it “a retrograde step for the town” and said “an area like this cannot lose such a hotel.”')).toEqual({ 'a retrograde step': 'Dana Clay', 'an area like': 'Dana Clay' });
  });
});

describe('a movement’s plural after "the" (stop 54)', () => {
  test('"received by the Houthis" is no person', () => {
    expect(namesIn('Questions remain how much help is received by the Houthis who are aligned with Iran.')).toEqual(['Houthis:term', 'Iran:place']);
  });
});

describe('a chemical’s locants (stop 54)', () => {
  test('"3,4-methylenedioxymethamphetamine" and "2,4-D" ask no figure; "1,500 pills" still does', () => {
    const answers = deletions(generateNotes(readPlainText('Head\n\nHe sold 3,4-methylenedioxymethamphetamine and 2,4-D herbicide, along with 1,500 pills, in March 2021.')));
    expect(answers.some((d) => /3,4|2,4/.test(d))).toBe(false);
    expect(answers).toContain('1,500::number');
  });
});

describe('a body by its kind before a quote, a statement that "reads" after one (stop 54)', () => {
  test('"In an official statement, the commission said, “…”" is the one commission named before', () => {
    expect(attributed('The Commission on Presidential Debates set the rules.', 'In an official statement, the commission said, “The second debate will be held online for the health of all.”')).toEqual({ 'The second debate': 'Commission on Presidential Debates' });
  });
  test('"“…,” reads Judge Miller’s statement, “…”" is the judge’s', () => {
    expect(attributed('Judge Gray Miller ruled on Friday.', '“Past limits on women may have justified it,” reads Judge Miller’s statement, “but men and women are now in the same place.”')).toEqual({ 'Past limits on': 'Gray Miller', 'but men and': 'Gray Miller' });
  });
});

describe('an office’s words before a given name, then "of" a body (stop 54)', () => {
  test('"said Assistant Secretary for Export Enforcement Matthew S. Axelrod of the U.S. Department of Commerce" is Axelrod’s', () => {
    expect(attributed('“What the movies don’t show is the hard work it takes,” said Assistant Secretary for Export Enforcement Matthew S. Axelrod of the U.S. Department of Commerce’s Bureau of Industry and Security.')).toEqual({ 'What the movies': 'Matthew S. Axelrod' });
  });
});

describe('a capital "The" inside a sentence (stop 55)', () => {
  test('"located in The Hague", "published in The Midland Review" are asked whole', () => {
    expect(namesIn('The office is located in The Hague, where the court sits.')).toContain('The Hague:place');
    const answers = deletions(generateNotes(readPlainText('Head\n\nThe findings were published in The Midland Review of Soil Science on Monday.')));
    expect(answers).toContain('The Midland Review of Soil Science::name');
  });
  test('"The" before an acronym’s spelled-out words stays theirs; a sentence’s first "The" is no name’s', () => {
    expect(deletions(generateNotes(readPlainText('Head\n\nScientists with The Ocean Floor Survey (TOFS) Network found 12 new vents in March 2021.')))).toContain('The Ocean Floor Survey::name');
    expect(namesIn('The Midland Review printed it on Monday.').some((n) => n.startsWith('The '))).toBe(false);
  });
});

describe('a common word in the plural opening a sentence, then "of the" (stop 55)', () => {
  test('"Populations of the Ozark cave snail appear …" asks the snail, not "Populations of the …"', () => {
    expect(namesIn('Populations of the Ozark cave snail appear to have declined since 1990.').map((n) => n.split(':')[0])).toContain('Ozark cave snail');
    expect(namesIn('Populations of the Ozark cave snail appear to have declined since 1990.').some((n) => n.startsWith('Populations'))).toBe(false);
  });
  test('"Friends of the Earth" is not cut to "Earth"; "Corps of Engineers" stays whole', () => {
    const names = namesIn('Friends of the Earth sued the Corps of Engineers in May.').map((n) => n.split(':')[0]);
    expect(names).not.toContain('Earth');
    expect(names).toContain('Corps of Engineers');
  });
});

describe('a paraphrase ending in a titled tag, then a quote; "Will" as a given name (stop 55)', () => {
  test('"…, said NCI researcher Rahul Roy, M.D. “…”" goes on in Roy’s voice', () => {
    expect(attributed('The finding may explain why patients carry the variant, said NCI researcher Rahul Roy, M.D. “This may be the first step toward new treatments for these disorders.”')).toEqual({ 'This may be': 'Rahul Roy' });
  });
  test('not when words in small letters stand between the verb and the name', () => {
    expect(attributed('The finding may explain why patients carry the variant, said the nurse who met Rahul Roy. “This may be the first step toward new treatments for these disorders.”')).toEqual({ 'This may be': '?' });
  });
  test('"said COG study co-chair Will Parsons, M.D." is Parsons’s quote', () => {
    expect(attributed('In the trial “we will also look at whether the mutations were inherited,” said COG study co-chair Will Parsons, M.D., of Baylor College of Medicine.')).toEqual({ 'we will also': 'Will Parsons' });
  });
});

describe('a quote carrying on from its subject’s name, two curly apostrophes closing one (stop 55)', () => {
  test('"Farhad Aliyev “was generally regarded as …”" is words about him, not his', () => {
    expect(attributed('Farhad Aliyev “was generally regarded as a fair and good businessman, even among a tired public.”')).toEqual({ 'was generally regarded': '?' });
  });
  test('"Ana Ruiz “will not stand for this,” she said" is still hers', () => {
    expect(attributed('Ana Ruiz “will not stand for this kind of delay any longer,” she said.')).toEqual({ 'will not stand': 'Ana Ruiz' });
  });
  test('"“…,’’ said Harold Varmus" closes the quote', () => {
    expect(attributed('“While it may take years to turn this data into new treatments, it will be the springboard,’’ said Harold Varmus, NCI director.')).toEqual({ 'While it may': 'Harold Varmus' });
  });
});

describe('a school’s principal before a name after a quote, "he advised" (stop 55)', () => {
  test('"“…,” principal Paul Marsh said yesterday." is Marsh’s', () => {
    expect(attributed('“As a community, it is tough, very tough,” principal Paul Marsh said yesterday.')).toEqual({ 'As a community,': 'Paul Marsh' });
  });
  test('"“…,” he advised." goes to the one "he" is', () => {
    expect(attributed('Mike Bracken spoke to the agencies on Monday.', '“Start recruiting now,” he advised. “There is a generation of people who want to come into government.”')).toEqual({ 'Start recruiting now,': 'Mike Bracken', 'There is a': 'Mike Bracken' });
  });
});

describe('a speaker "at" a body its owner names, "she advises" (stop 55)', () => {
  test('"Professor Dana Parks at Harvard’s Data Science Initiative says that, “…”" is Parks’s', () => {
    expect(attributed('Professor Dana Parks at Harvard’s Data Science Initiative says that, “Decision making requires bringing together many points of view.”')).toEqual({ 'Decision making requires': 'Dana Parks' });
  });
  test('"“…,” she advises." goes to the one "she" is', () => {
    expect(attributed('Anna Farraj leads a small team at the agency.', '“Do not make the excuse that you are a small team,” she advises.')).toEqual({ 'Do not make': 'Anna Farraj' });
  });
});

describe('a said phrase that is no phrase, a product "in" which a site is built (stop 55)', () => {
  const phrase = (...paragraphs: string[]): string | undefined => collectCandidates(analysed(paragraphs), 't').quotes[0]?.phrase?.answer;
  test('"a tool agencies can use" asks no "tool agencies"; "less policy" is no phrase', () => {
    expect(phrase('“Design is a tool agencies can use to learn about the needs of the audiences we serve,” said Silvia Ruiz.')).not.toBe('tool agencies');
    expect(phrase('“There is less policy than on prizes,” said Jenn Gustav.')).not.toBe('less policy');
  });
  test('"a daily basis" is still one', () => {
    expect(phrase('“Pregnant women are getting half as much as they require on a daily basis,” said Cres Easton.')).toBe('daily basis');
  });
  test('"pages based in WordPress." is no place', () => {
    expect(namesIn('The smaller sites of the agency were based in WordPress.')).not.toContain('WordPress:place');
    expect(namesIn('The smaller offices of the agency were based in Nampa.')).toContain('Nampa:place');
  });
});

describe('a war’s name, a country after a body taken for someone, "the X, whose" (stop 55)', () => {
  test('"In World War II, a British mathematician named Alan Turing …": the war is no person', () => {
    expect(namesIn('In World War II, a British mathematician named Alan Turing led the effort to crack the code.')).toEqual(['World War II:term', 'Alan Turing:person']);
  });
  test('"Pakistan" alone stays the country after "Gallup Pakistan" was read as someone; "France said" after "Ilene France" is her', () => {
    const names = namesIn('The polling was conducted by Gallup Pakistan, an affiliate of the Gallup group.', 'Most respondents said the greatest threat to Pakistan right now is the economy.');
    expect(names).toContain('Pakistan:place');
    expect(attributed('Ilene France of NIAID spoke on Monday.', '“It is really hard to get them to let go,” France said.')).toEqual({ 'It is really': 'Ilene France' });
  });
  test('"used by the Pentagon, whose networks …" is no person', () => {
    expect(namesIn('The gear is used by the Pentagon, whose networks are a frequent target.')).not.toContain('Pentagon:person');
  });
});

describe('a name opening with an English word, shown to be someone’s by "his" after the surname speaks; a book "co-authored" (stop 55)', () => {
  test('"Son Vothy is still smiling. … Vothy said the loss of his seat …" is a person, and the quotes after are his', () => {
    expect(namesIn('Son Vothy is still smiling.', 'Vothy said the loss of his seat has given him time to read.')).toEqual(['Son Vothy:person', 'Vothy:person']);
    expect(attributed('Son Vothy is still smiling.', 'Vothy said the loss of his seat has given him time to read.', '“For 20 years I did my job with sincerity and honor,” he added.')).toEqual({ 'For 20 years': 'Son Vothy' });
  });
  test('"Allied Brackwell … Brackwell said the plan …" stays no one', () => {
    expect(namesIn('Allied Brackwell is growing.', 'Brackwell said the plan was sound.')).not.toContain('Allied Brackwell:person');
  });
  test('"she co-authored “Building Equitable Cities”" is a title, no one’s words', () => {
    expect(attributed('Janis Bowdler joined in May. Most recently, she co-authored “Building Equitable Cities: How to Drive Growth” with Henry Cisneros.')).toEqual({ 'Building Equitable Cities:': '?' });
  });
});

describe('"International" in a name, an office in the plural after a title (stop 55)', () => {
  test('"director for Fauna and Flora International Asia-Pacific region" names no person', () => {
    expect(namesIn('“No inventory has been done,” said Tony Whitten, former director for Fauna and Flora International Asia-Pacific region, in a video.').filter((n) => n.endsWith(':person'))).toEqual(['Tony Whitten:person']);
  });
  test('"up to four Deputy Comptrollers of the Currency" is no person', () => {
    expect(namesIn('The Secretary appoints up to four Deputy Comptrollers of the Currency.').some((n) => n.endsWith(':person'))).toBe(false);
  });
});

describe('"Earl" as a given name (stop 55)', () => {
  test('"said Congressman Earl Blumenauer" is Earl Blumenauer, not "Blumenauer" under a peer’s title', () => {
    expect(attributed('“This will pay dividends for our communities,” said Congressman Earl Blumenauer (OR-03).')).toEqual({ 'This will pay': 'Earl Blumenauer' });
  });
});

describe('an owner’s "’s" inside an Act’s title (stop 55)', () => {
  test('"the Countering America’s Adversaries Through Sanctions Act" is one name', () => {
    expect(namesIn('The agency enforces statutes such as the Countering America’s Adversaries Through Sanctions Act of 2017.')).toEqual(['Countering America’s Adversaries Through Sanctions Act of 2017:term']);
  });
});

describe('a state university’s campus (stop 55)', () => {
  test('"the University of Illinois at Chicago" is one body, and a later "Chapel Hill" stays a place of its own', () => {
    expect(namesIn('The site ran at the University of Illinois at Chicago in 1994.')).toEqual(['University of Illinois at Chicago:organization']);
    expect(namesIn('He studied at the University of North Carolina at Chapel Hill.', 'Dr. Ruiz comes from the university’s School of Medicine in Chapel Hill, where he served.')).not.toContain('Chapel Hill:organization');
  });
});

describe('a surname that is an English word, speaking right after a quote (stop 55)', () => {
  test('"“…,” Law said." after "Becca Law, Faculty Research Associate …" is hers', () => {
    expect(attributed('Becca Law, Faculty Research Associate for the MOVES Institute, leads the game.', '“We talk about how we can’t get past barriers,” Law said. “Ideas are valued on merit.”')).toEqual({ 'We talk about': 'Becca Law', 'Ideas are valued': 'Becca Law' });
  });
  test('not after "Sharia Law", whose first word is no given name', () => {
    expect(namesIn('The council adopted Sharia Law in 2019.', '“It is binding,” Law said.').some((n) => n.endsWith(':person'))).toBe(false);
  });
});

describe('a partial quote opening its sentence, the tag at the sentence’s end (stop 55)', () => {
  test('"“People feel a sense of purpose” when …, said Jono Bacon, director of community at GitHub." is Bacon’s', () => {
    expect(attributed('“People feel a sense of purpose” when they are part of a community, said Jono Bacon, director of community at GitHub.')).toEqual({ 'People feel a': 'Jono Bacon' });
  });
  test('not when the one named is in the writer’s words and someone unnamed speaks', () => {
    expect(attributed('“People feel a sense of purpose” when they meet Jono Bacon, said the manager.')).toEqual({ 'People feel a': '?' });
  });
});

describe('a short surname wink reads as an abbreviation, closing its sentence (stop 56)', () => {
  test('"said Agency Administrator Dr. Selim Oz." names Selim Oz, and the quote after is his too', () => {
    expect(attributed('“The new rules will cut the wait for every patient,” said Agency Administrator Dr. Selim Oz. “We start in March.”')).toEqual({ 'The new rules': 'Selim Oz', 'We start in': 'Selim Oz' });
  });
});

describe('an office "of" or "for" a body, before the holder’s name (stop 56)', () => {
  test('"said the NCWA Deputy Commissioner for Marine Foods, Mara Lind, J.D." is Lind, not the body', () => {
    expect(attributed('“The harbour must be clean by spring,” said the NCWA Deputy Commissioner for Marine Foods, Mara Lind, J.D. “We have the funds.”')).toEqual({ 'The harbour must': 'Mara Lind', 'We have the': 'Mara Lind' });
  });
  test('"said Secretary of the Navy." names no one: the body is not its secretary', () => {
    expect(attributed('“The fleet will sail in May,” said Secretary of the Navy.')).toEqual({ 'The fleet will': '?' });
  });
});

describe('a site’s last word closes no one’s name (stop 56)', () => {
  test('"the Pilot Creek Trailhead", "the Samuel Gray National Forest" are no person', () => {
    expect(namesIn('The road between Lone Butte and the Pilot Creek Trailhead is closed.').filter((n) => n.endsWith(':person'))).toEqual([]);
    expect(namesIn('The Samuel Gray National Forest and the state played leading roles.').filter((n) => n.endsWith(':person'))).toEqual([]);
  });
});

describe('a degree the tokenizer cuts at its inner stop (stop 56)', () => {
  test('"Lena Brandt, Pharm.D., “…”" keeps one sentence: no "Pharm" card, and the second quote is hers too', () => {
    expect(attributed('“Orders have doubled since spring,” said Deputy Director Lena Brandt, Pharm.D., “The new lines help us keep up.”')).toEqual({ 'Orders have doubled': 'Lena Brandt', 'The new lines': 'Lena Brandt' });
    expect(namesIn('The clinic was led by Lena Brandt, Pharm.D., who joined in 2020.')).toEqual(['Lena Brandt:person']);
  });
});

describe('who spoke, and who was spoken to, of or about (stop 56)', () => {
  test('"said Kim to Gomi in 2012" is Kim’s, not Gomi’s', () => {
    expect(attributed('Kim Sung-ho met the reporter Yuki Tanabe often.', '“The old order will not last long,” said Kim to Tanabe in 2012. “Without change it will fall.”')).toEqual({ 'The old order': 'Kim Sung-ho', 'Without change it': 'Kim Sung-ho' });
  });
  test('a person named inside an "-ing" clause after the subject does not speak: "Senator Ann Berg of Ohio, noting … Governor Tom Reed …, said"', () => {
    expect(attributed('Senator Ann Berg of Ohio, noting she did not know whether Governor Tom Reed had seen the report, said, “We will read every page of it.”')).toEqual({ "We will read": "Ann Berg" });
  });
  test('the site the words were posted on is never the speaker: "The mayor wrote on Facebook: “…”"', () => {
    expect(attributed('The mayor wrote on Facebook: “We will rebuild the bridge this year.”')).toEqual({ 'We will rebuild': '?' });
    expect(attributed('Governor Tom Reed met the press on Monday.', 'Reed spoke to the public, as is his habit, via Twitter: “We will rebuild the bridge this year.”')).toEqual({ 'We will rebuild': 'Tom Reed' });
  });
  test('what the subject was known as is others’ words: "He was known … as a “friend to all and foe to none”"', () => {
    expect(attributed('Tom Reed was known for mediating in many disputes as a “friend to all and foe to none”.')).toEqual({ 'friend to all': '?' });
  });
});

describe('names cut at a word a rule took for something else (stop 56)', () => {
  test('"an MSP for the Lothian area": the place is "Lothian", without its article', () => {
    expect(namesIn('She served as an MSP for the Fenwick area until 2010.')).toEqual(['Fenwick:place']);
  });
  test('"his father, Sultan Said bin Taimur": "Said" after a title is the given name, not half of nothing', () => {
    expect(namesIn('He took power after overthrowing his father, Sultan Said bin Rashdi.')).toEqual(['Said bin Rashdi:person']);
  });
});

describe('a name "and" joins, when the short form after it spells both halves (stop 56)', () => {
  test('"the Unity Front of Ruvia and the Levant (UFRL)", "the Office of Near East and South Asia Analysis (NESAA)" are one name each', () => {
    expect(namesIn('He spoke of the Unity Front of Ruvia and the Levant (UFRL) on Monday.')[0]).toBe("Unity Front of Ruvia and the Levant:term");
    expect(namesIn('The Office of Near East and South Asia Analysis (NESAA) wrote the brief.')[0]).toBe('Office of Near East and South Asia Analysis:organization');
  });
  test('not two bodies whose second alone the short form spells: "the Justice Department and Internal Revenue Service (IRS)"', () => {
    expect(namesIn('The Justice Department and Internal Revenue Service (IRS) agreed.')).toEqual(['Justice Department:organization', 'Internal Revenue Service:organization', 'IRS:organization']);
  });
});

describe('a body’s letters in title case, and a particle after the given name (stop 56)', () => {
  test('"Kim Jong Un" is no body: "UN" makes one only in capitals', () => {
    expect(namesIn('He was the half-brother to Pak Song Un, leader of the country.').some((n) => n.endsWith(':organization'))).toBe(false);
  });
  test('"King Hamad bin Isa Al Rashi" is asked whole, not from "Isa"', () => {
    expect(namesIn('In an interview, King Hamad bin Isa Al Rashi denied it.')).toEqual(['Hamad bin Isa Al Rashi:person']);
  });
});

describe('figures a drug story writes (stop 56)', () => {
  const answers = (...paragraphs: string[]): string[] => deletions(notesOf(...paragraphs)).map((d) => d.replace('::', ':'));
  test('a dose keeps its unit: "two 2,000 mg doses" asks "2,000 mg"', () => {
    expect(answers('Half of the patients received two 2,000 mg doses of the drug.')).toContain('2,000 mg:quantity');
  });
  test('a chemical’s locant is no figure: "7-hydroxyquinazoline" gives no quantity card', () => {
    expect(answers('Agents seized 41,000 units of 7-hydroxyquinazoline products last week.').map((a) => a.split(':')[0])).not.toContain('7-hydroxyquinazoline');
  });
  test('the count before a scale word stays in the amount: "a one million dollar reward"', () => {
    expect(answers('They offered a one million dollar reward for the stolen painting.')).toContain('one million dollar:amount');
  });
});

describe('someone unnamed answers the one named (stop 56)', () => {
  test('"when she said she could take no more the ex-policeman responded “…”" is not hers', () => {
    expect(attributed('Ana Ruiz met Tom Reed in May.', 'It is alleged that when she said she could take no more the ex-policeman responded “You will not have to take it any more.”')).toEqual({ 'You will not': '?' });
  });
  test('"when the reply “…” was received" is not the subject’s', () => {
    expect(attributed('Tom Reed posted a picture of his eye. He received no answer until a year later, when the reply “that is what happens to people like you” was received.')).toEqual({ 'that is what': '?' });
  });
});

describe('a clause of "while" has its own subject (stop 56)', () => {
  test('"The president, Tom Reed, has sent ministers, while Ann Berg, head of the police, promised “…”" is Berg’s', () => {
    expect(attributed('The president, Tom Reed, has sent three ministers to the site, while Ann Berg, head of the police, promised “those found negligent will be prosecuted”.')).toEqual({ 'those found negligent': 'Ann Berg' });
  });
});

describe('a product and an event named like places and bodies (stop 56)', () => {
  test('"the active ingredient in Vetrosil." is no place', () => {
    expect(namesIn('Lotilaner, the active ingredient in Vetrosil, belongs to a class of drugs.')).not.toContain('Vetrosil:place');
  });
  test('"EPA Scientific Computing Day" is an event, no body, though "EPA" is one', () => {
    expect(namesIn('The Environmental Protection Agency (EPA) issued a rule.', 'Staff will show their work at EPA Scientific Computing Day in January.')).toContain('EPA Scientific Computing Day:term');
  });
});

describe('the one a clause of "who" or "which" is about (stop 56)', () => {
  test('"led by Dana Brill, a soil chemist and Regents Professor at KSU, who said “…”" is Brill’s', () => {
    expect(attributed('The research was led by Dana Brill, a soil chemist and Regents Professor at KSU, who said “There is a lot of argument now about whether local work can help.”')).toEqual({ 'There is a': 'Dana Brill' });
  });
  test('"Lena Ortiz received the prize, with which Orbis credits someone as having done “…”" is not hers', () => {
    expect(attributed('Lena Ortiz received the prize, with which Orbis credits a person as having done “the most to change the year”, for her work.')).toEqual({ 'the most to': '?' });
  });
});

describe('a given name that is an English word, "of" a body (stop 56)', () => {
  test('"ecologist Chip Walker of the University of Kansas" is a name and a body, not one term', () => {
    const names = namesIn('According to ecologist Chip Walker of the University of Kansas, the cool weather helped.');
    expect(names).toContain('University of Kansas:organization');
    expect(names.some((n) => n.startsWith("Chip Walker of"))).toBe(false);
  });
});

describe('figures that are names and codes (stop 56)', () => {
  const answers = (...paragraphs: string[]): string[] => deletions(notesOf(...paragraphs)).map((d) => d.split('::')[0]!);
  test('"advancing 4M’s efforts", "used by 4M to make filters": a firm, no figure; "4M users" still one', () => {
    expect(answers('The lab is advancing 4M’s efforts to save energy.', 'The process is used by 4M to make filters.')).not.toContain('4M');
    expect(answers('The app now has 4M users in Kenya.')).toContain('4M');
  });
  test('"the IBM RX/7000 SP computer" gives no card on the model’s code; "its 12,518th and final blade" asks the ordinal whole', () => {
    const got = answers('In 1998 the team ran on the IBM RX/7000 SP computer at the lab.', 'In June the crew installed its 12,518th and final blade.');
    expect(got).not.toContain('7000');
    expect(got).toContain('12,518th');
  });
});

describe('a second body after "and" (stop 56)', () => {
  test('"the Bright Neutron Source and Center for Nanoscale Studies" is not one body', () => {
    expect(namesIn('Work began on linking the Bright Neutron Source and Center for Nanoscale Studies at the lab.').some((n) => n.startsWith('Bright Neutron Source and'))).toBe(false);
  });
});

describe('a number that names a model or a race (stop 56)', () => {
  test('after "the Tupolev 350", "how a 350 could have hit us" asks no number', () => {
    const got = deletions(notesOf('The Tupolev 350 carried 149 passengers when it crashed in the jungle.', '“Neither of the pilots can understand how a 350 could have hit us,” said Joe Sharkey.')).map((d) => d.split('::')[0]);
    expect(got).not.toContain('350');
    expect(got).toContain('149');
  });
});

describe('lawmakers named in a list (stop 57)', () => {
  test('"Sens. Ada Kerr (R-UT) and Walda Pennick (D-Vt.)": both are people, by the party tag', () => {
    const names = namesIn('Sens. Ada Kerr (R-UT) and Walda Pennick (D-Vt.) introduced the Water Parity Act on Tuesday.');
    expect(names).toContain('Walda Pennick:person');
  });
  test('"Senators Tom Kerrigan and Walda Pennick": the title in the plural holds for the second name', () => {
    expect(namesIn('Senators Tom Kerrigan and Walda Pennick introduced the bill on Tuesday.')).toContain('Walda Pennick:person');
  });
  test('"Sanders, Leahy, and Welch wrote, “…”" and "“…,” wrote Sanders, Leahy and Welch." are no one speaker', () => {
    const intro = 'Sen. Bernie Sanders (I-Vt.), along with Sen. Patrick Leahy (D-Vt.) and Rep. Peter Welch (D-Vt.), wrote to the company.';
    expect(attributed(intro, 'Sanders, Leahy, and Welch wrote, “We have heard troubling reports about the plant and its owners.”')).toEqual({ 'We have heard': '?' });
    expect(attributed(intro, '“We have heard troubling reports about the plant and its owners,” wrote Sanders, Leahy and Welch.')).toEqual({ 'We have heard': '?' });
  });
});

describe('Australian and British forms of office and courtesy (stop 57)', () => {
  const quote = '“The new reef rules will protect the fishing towns for a generation to come,”';
  test('"Attorney-General Ann Dreyfield QC" and "Mr Tom Kerrigan MP": the title and the letters are not the name', () => {
    expect(namesIn('Attorney-General Ann Dreyfield QC today announced the grant.')).toContain('Ann Dreyfield:person');
    expect(attributed(`${quote} said Mr Tom Kerrigan MP.`)).toEqual({ 'The new reef': 'Tom Kerrigan' });
  });
  test('"said the Hon Dalia Rusk": "Hon" is a courtesy, not part of her name', () => {
    expect(attributed(`${quote} said the Hon Dalia Rusk.`)).toEqual({ 'The new reef': 'Dalia Rusk' });
  });
  test('"the Minister for Social Services, Christian Hunter said": a given name that is a faith\'s word opens a name', () => {
    expect(attributed(`${quote} the Minister for Social Services, Christian Hunter said.`)).toEqual({ 'The new reef': 'Christian Hunter' });
    expect(attributed(`${quote} said Christian Hunter.`)).toEqual({ 'The new reef': 'Christian Hunter' });
  });
  test('"The Minister for Fisheries and Ports Ana Ruiz said today …" then quotes run on over paragraphs: hers', () => {
    expect(attributed(
      'The Minister for Fisheries and Ports Ana Ruiz said today the fleet must learn the lesson of recent years.',
      '“The old quota rules were a disaster for the coast, while the new ones have ended the losses at sea.',
      '“The Opposition now pays lipservice to these rules, but we know its members are divided.”',
    )).toEqual({ 'The old quota': 'Ana Ruiz', 'The Opposition now': 'Ana Ruiz' });
  });
});

describe('an office "for" a seat, a comma, then its holder (stop 57)', () => {
  test('"Member for Dunmore, Bill Sharpen today announced": a person, though both words are English words', () => {
    expect(namesIn('The Minister for Ageing, Jo Elmore and Member for Dunmore, Bill Sharpen today announced the grants.')).toContain('Bill Sharpen:person');
  });
});

describe('surnames and given names of unusual shape (stop 57)', () => {
  const quote = '“Nearly 50 million scans are done each year, yet no large trial has compared them,”';
  test('"said Zelta McKinnon-Hale, M.D., director of …": a double surname with "Mc"', () => {
    expect(attributed(`${quote} said Zelta McKinnon-Hale, M.D., director of the screening program.`)).toEqual({ 'Nearly 50 million': 'Zelta McKinnon-Hale' });
  });
  test('"said I-Min Kwan, M.D., Sc.D.": no card cuts the name after its "I-"', () => {
    const answers = deletions(notesOf(`${quote} said I-Min Kwan, M.D., Sc.D., professor of medicine at the Orlan Medical School.`)).map((d) => d.split('::')[0]);
    expect(answers).not.toContain('Min Kwan');
    expect(answers).toContain('I-Min Kwan');
  });
});

describe('figures written the Australian and British way (stop 57)', () => {
  const cards = (...paragraphs: string[]): string[] => deletions(notesOf(...paragraphs));
  test('"since 9/10/95", "until 31/1/2000": dates, not lengths of time, without their preposition', () => {
    const got = cards('Ms Lark has been the Principal Member of the Tribunal since 9/10/95, and will act as Principal Member until 31/1/2000.');
    expect(got).toContain('9/10/95::date');
    expect(got).toContain('31/1/2000::date');
  });
  test('"from near 22,000 in 1989/90 to around 1000 in 1991/92": financial years, and no range across them', () => {
    const got = cards('The numbers of students entering the country had dropped significantly, from near 22,000 in 1989/90 to around 1000 in 1991/92.');
    expect(got).toContain('1989/90::years');
    expect(got).toContain('1991/92::years');
    expect(got.some((c) => c.startsWith('1989/90 to'))).toBe(false);
  });
  test('"a 1368 million pounds turnover": one sum, no year', () => {
    const got = cards('Last year the chain said its branch had a 24 million pounds operating loss with a 1368 million pounds turnover.');
    expect(got).toContain('1368 million pounds::amount');
    expect(got).not.toContain('1368::year');
  });
  test('"the Mekong Senior Citizen\'s Hostel", "St Bernadette’s Nursing Home": one name each, not cut at the "’s"', () => {
    const got = cards('The minister made the announcement at the Mekong Senior Citizen\'s Hostel and at St Bernadette’s Nursing Home in Sunshine North.').map((c) => c.split('::')[0]);
    expect(got).toContain("Mekong Senior Citizen's Hostel");
    expect(got).toContain('St Bernadette’s Nursing Home');
  });
});

describe('European forms: Parliament members, hyphened offices, spaced thousands (stop 57)', () => {
  const quote = '“This law is very important for the regions that the storms of last winter hit hardest.”';
  test('"Marta KOWALCZYK (EPP, PL), co-rapporteur …, said:" is hers, and "PL" is no card', () => {
    const notes = notesOf(`Marta KOWALCZYK (EPP, PL), co-rapporteur for the RESTORE regulation said: ${quote}`);
    expect(speakers(notes)).toEqual({ 'This law is': 'Marta KOWALCZYK' });
    expect(deletions(notes).map((d) => d.split('::')[0])).not.toContain('PL');
  });
  test('"Rapporteur Ismo Ertan (S&D, DE)": the office is not part of the name', () => {
    expect(namesIn('Rapporteur Ismo Ertan (S&D, DE) presented the report.')).toContain('Ismo Ertan:person');
  });
  test('"Henna Virtanen, Executive Vice-President for Technological Sovereignty, said:" — a role written with its hyphen', () => {
    expect(attributed('Henna Virtanen, Executive Vice-President for Technological Sovereignty, Security and Democracy, said:', quote)).toEqual({ 'This law is': 'Henna Virtanen' });
  });
  test('"377 000 charging stations", "1 200 000 euros": one figure each', () => {
    const got = deletions(notesOf('At the moment we have 377 000 charging stations and 1 200 000 euros of funds, the report said on 12 March.'));
    expect(got).toContain('377 000::number');
    expect(got).toContain('1 200 000 euros::amount');
  });
});

describe('how a profile tags its quotes (stop 57)', () => {
  test('"comments Alex Rook", "Leschtin asserts": verbs of speech in the present', () => {
    expect(attributed('"He is highly prolific and has made lots of discoveries," comments Alex Rook, Professor of Biophysics at the institute.')).toEqual({ 'He is highly': 'Alex Rook' });
    expect(attributed('Andres Leschtin studied the proteins for years. “What was creative about this work is that it used biochemistry to answer it,” Leschtin asserts.')).toEqual({ 'What was creative': 'Andres Leschtin' });
  });
  test('"…, he says. “…”": the one person the paragraph names, when "he" closes the sentence before the quote', () => {
    expect(attributed('Andres Leschtin recently hired a programmer to write software. Ideally, scientists will run it by pushing a few buttons, he says. “I would be very pleased if the method became the usual way to do it.”')).toEqual({ 'I would be': 'Andres Leschtin' });
  });
  test('"… and Cohen’s tools will help, said Petrakis. “…,” he said.": the one the tag before named', () => {
    expect(attributed(
      'Dominic Massor and Michael Cohn developed the talking head. Pat Petrakis runs the school program.',
      'Massor and Cohn\'s innovations will improve the speed with which children acquire speech, said Petrakis. "The more chances the kids have to practice, the faster they are going to learn," he said.',
    )).toEqual({ 'The more chances': 'Pat Petrakis' });
  });
});

describe('a law named by its common first word (stop 57)', () => {
  test('"under the 2001 Authorization for the Use of Armed Force": one law, the neutral hint', () => {
    expect(namesIn('Some have argued that detention is permissible under the 2001 Authorization for the Use of Armed Force passed by Congress.')).toContain('Authorization for the Use of Armed Force:term');
  });
  test('"Authorization for the NQI … will terminate": a common noun opening the sentence is no name', () => {
    expect(namesIn('Authorization for the NQI and activities of its coordination bodies will terminate in 2029.').some((n) => n.startsWith('Authorization'))).toBe(false);
  });
});

describe('bodies named again and offices of a holder (stop 57)', () => {
  test('"shares of Lark Chain" after "Lark Chain Company": the firm, not a person', () => {
    expect(namesIn('The agency charged three people with trading in the securities of Lark Chain Company.', 'Within hours, Giguere bought 35,000 shares of Lark Chain stock.')).toContain('Lark Chain:organization');
  });
  test('"the Criminal Division of the U.S. Attorney’s Office for the District of Oregon": not cut at the "’s"', () => {
    const names = namesIn("He was an Assistant U.S. Attorney in the Criminal Division of the U.S. Attorney's Office for the District of Oregon from 2014 to 2016.");
    expect(names.some((n) => n.startsWith('Office for the District'))).toBe(false);
    expect(names.some((n) => n.endsWith('U.S. Attorney:organization'))).toBe(false);
  });
});

describe('a house number on a numbered street (stop 57)', () => {
  test('"of 2405 82nd Street in Bensonhurst": the house number is the address\'s, no figure', () => {
    const got = deletions(notesOf('The defendants are Gaetano Zuccaro, 67, of 2405 82nd Street in Bensonhurst, and Ann Lee, 41, who paid $13,200,000 in wagers.')).map((d) => d.split('::')[0]);
    expect(got).not.toContain('2405');
    expect(got).toContain('$13,200,000');
  });
});

describe('"and" between figures that are no range (stop 57)', () => {
  const cards = (text: string): string[] => deletions(notesOf(text)).map((d) => d.split('::')[0]!);
  test('"adopted with 455 votes to 85 and 105 abstentions": the votes against and the abstentions, two figures', () => {
    const got = cards('The resolution on the river basin was adopted with 455 votes to 85 and 105 abstentions on Thursday.');
    expect(got).not.toContain('85 and 105');
    expect(got).toContain('105');
  });
  test('"20% as of 2035 and 80% as of 2050": a year, then the share after it', () => {
    const got = cards('Ships must cut their emissions by 2% as of 2025, 20% as of 2035 and 80% as of 2050.');
    expect(got).not.toContain('2035 and 80%');
    expect(got).toContain('80%');
  });
});

describe('a people named after a place of two words (stop 57)', () => {
  test('"mostly Afghans and Sri Lankans", "New Zealanders": no name, and no person', () => {
    expect(namesIn('They are mostly Afghans and Sri Lankans.', 'The visitors were New Zealanders and South Africans.')).toEqual([]);
  });
});

describe('things counted, in capitals (stop 58)', () => {
  const cards = (...text: string[]): string[] => deletions(notesOf(...text)).map((d) => d.split('::')[0]!);
  test('"a flyover by two Harrier Jump Jets", "won four Emmys": the count is the fact, the things no name', () => {
    const got = cards('The parade opened with a flyover by two Harrier Jump Jets assigned to the 12th Wing at Norvik Air Base.', 'Last year the series won four Emmys and three Golden Reels.');
    expect(got).not.toContain('Harrier Jump Jets');
    expect(got).not.toContain('Emmys');
    expect(got).toContain('Norvik Air Base');
    expect(got).toContain('four');
  });
  test('not a body\'s name before its own noun, a year or a date\'s day', () => {
    const got = cards('The three Coastal Rescue Services boats left at dawn.', 'A 2019 United Nations report on the delta was cited twice.', 'On March 14, Harbor Lights Industries of Tarnby said it would hire 40 workers.');
    expect(got).toContain('United Nations');
    expect(got.some((a) => a.startsWith('Harbor Lights Industries'))).toBe(true);
  });
});

describe('a role someone acts (stop 58)', () => {
  test('"the character of Greta Voss … “…,” she recalls": the actress speaks, not her role', () => {
    expect(attributed('Lena Marsh talked of being cast in a pilot while a guest actor on Harbor Nights. Faced with losing the character of Greta Voss, the producers made her a regular. "It was the best call I ever got," she recalls.')).toEqual({ 'It was the': 'Lena Marsh' });
  });
});

describe('a name in quotation marks, and nothing more (stop 58)', () => {
  test('“a call from “U.S. Government” on his phone”: nobody says the name — no speaker on its card', () => {
    const notes = notesOf(
      'Dana Marlow trains astronauts.',
      '“It was an amazing opportunity to work with the crews who were doing so much,” Marlow said.',
      'Crews know Marlow is always willing to help. He took that help further one day when he received a strange call from “U.S. Government” on his cell phone.',
      '“They had a question about their training,” said Marlow, who chatted with the crew.',
    );
    const card = notes.find((n) => n.text.includes('::U.S. Government'));
    expect(card).toBeDefined();
    expect(card!.text).not.toContain('— Dana Marlow');
  });
});

describe('a saint\'s name alone (stop 58)', () => {
  test('"Dr. Ellen Ward at Saint Francis said": a hospital named after the saint — no person, the neutral hint; a known city stays a place', () => {
    const names = namesIn('Dr. Ellen Ward at Saint Francis said the ward was ready.', 'He was later moved to St. Louis.');
    expect(names).toContain('Saint Francis:term');
    expect(names).toContain('St. Louis:place');
  });
});

describe('a thing named after a person, with a role\'s word inside (stop 58)', () => {
  test('"the Edith Marlow Student Dust Counter": one instrument\'s name, no person "Dust Counter"', () => {
    const names = namesIn('The Edith Marlow Student Dust Counter measured more grains than expected.', 'Prime Minister Hun Sen spoke on Monday.');
    expect(names).not.toContain('Dust Counter:person');
    expect(names).toContain('Edith Marlow Student Dust Counter:term');
    expect(names).toContain('Hun Sen:person');
  });
});

describe('the United Nations\' letters before a possessive (stop 58)', () => {
  test('"the UN Children’s Fund (UNICEF) said": one body, not "UN Children" and "Fund"', () => {
    const names = namesIn('One in three children under two suffer from malnutrition, the UN Children’s Fund (UNICEF) said on Friday.');
    expect(names).toContain('UN Children’s Fund:organization');
    expect(names).not.toContain('UN Children:organization');
  });
});

describe('a place that is a given name too, before "and" and a person (stop 58)', () => {
  test('"Representatives Ada Pell of Virginia and Tom Reyes of Ohio": two people and their states, no couple "Virginia and Tom Reyes"', () => {
    const names = namesIn('Its members include Representatives Ada Pell of Virginia and Tom Reyes of Ohio; Sam Ortiz, Secretary of Agriculture.');
    expect(names).toContain('Virginia:place');
    expect(names).toContain('Tom Reyes:person');
    expect(names).toContain('Ada Pell:person');
  });
});

describe('a state\'s polytechnic and its campus (stop 58)', () => {
  test('"California State Polytechnic University, Pomona": one name, as "California State University, Los Angeles" is', () => {
    const names = namesIn('The grants went to California State Polytechnic University, Pomona, and to Fisk University.');
    expect(names).toContain('California State Polytechnic University, Pomona:organization');
  });
});

describe('a species with its strain, its genus a dictionary word (stop 58)', () => {
  test('"Halobacterium salinarum NRC-1" after a project named "Halobacterium … Laboratory": one species and strain, no organisation "Halobacterium"', () => {
    const names = namesIn('“The HALOQUEST: Halobacterium Astrobiological Laboratory for Observing Signatures Project”', 'This collaboration will study Halobacterium salinarum NRC-1 grown under simulated stressful conditions.');
    expect(names).toContain('Halobacterium salinarum NRC-1:term');
    expect(names).not.toContain('Halobacterium:organization');
    expect(names).not.toContain('NRC-1:term');
  });
});

describe('an occupation before a given name opens no heading (stop 58)', () => {
  test('"Special effects costumer Ian Varga, whose credits …": the sentence is whole and has no section', () => {
    const an = analysed(['The convention drew large crowds.', 'Special effects costumer Ian Varga, whose screen credits include two films, had a booth at the convention.']);
    expect(an.sentences[1]!.sentence.section).toBeNull();
    expect(an.sentences[1]!.sentence.text.startsWith('Special effects costumer Ian Varga')).toBe(true);
  });
});

describe('sections of a code listed after "§§" (stop 58)', () => {
  test('"in violation of 26 U.S.C. §§ 7206(1) and 7206(2)": sections, no figures', () => {
    const got = deletions(notesOf('The two defendants face a maximum sentence of three years in prison for each count, in violation of 26 U.S.C. §§ 7206(1) and 7206(2).')).map((d) => d.split('::')[0]);
    expect(got).not.toContain('7206');
    expect(got).toContain('three years');
  });
});

describe('one body\'s name across "and" or a possessive (stop 58)', () => {
  test('"Ball Aerospace and Technologies Corporation": one company, its legal word after "and"', () => {
    const names = namesIn('The spacecraft was built by Kestrel Aerospace and Technologies Corporation in Colorado.');
    expect(names.some((n) => n.startsWith('Kestrel Aerospace and Technologies Corporation'))).toBe(true);
    expect(names).not.toContain('Kestrel Aerospace:organization');
  });
  test('"the Susan F. Smith Center for Women’s Cancers": whom the body serves is inside its name', () => {
    const names = namesIn('Joyce Liu of the Edna R. Hale Center for Women’s Cancers led the trial.', 'The Department of Education’s Office of Federal Student Aid stopped the reviews.');
    expect(names).toContain('Edna R. Hale Center for Women’s Cancers:organization');
    expect(names).toContain('Department of Education:organization');
  });
});

describe('a town and its state before "man" after an age (stop 58)', () => {
  test('"A 20-year-old Tarnwick, Washington, man was arrested": a place, no person', () => {
    const names = namesIn('Seattle – A 20-year-old Tarnwick, Washington, man was arrested early today on ten charges.');
    expect(names).not.toContain('Tarnwick:person');
    expect(names.some((n) => n.startsWith('Tarnwick') && n.endsWith(':place'))).toBe(true);
  });
});

describe('names in a list of towns (stop 58)', () => {
  test('"the cities of Columbia and Marlowville who all stood together": places, not a person', () => {
    const names = namesIn('We thank the counties of Boone and Cooper, and the cities of Columbia and Marlowville who all stood together.');
    expect(names).toContain('Marlowville:place');
    expect(names).toContain('Cooper:place');
  });
});

describe('a distance in nautical miles (stop 59)', () => {
  test('"350 square nautical miles", "12 nautical miles": the whole measure, no blank ending inside it', () => {
    const got = deletions(notesOf('In total, the Coast Guard searched more than 420 square nautical miles over 30 hours.', 'The cutter stayed 14 nautical miles off the coast.'));
    expect(got).toContain('420 square nautical miles::quantity');
    expect(got).toContain('14 nautical miles::quantity');
    expect(got.some((d) => d.startsWith('420 square::'))).toBe(false);
  });
});

describe('a boat named after what it is (stop 59)', () => {
  test('"the commercial diving boat Henry Marsh", "the fishing vessel Lady Ellen": a vessel, neither a person nor a heading', () => {
    const an = analysed(['The search was suspended on Thursday.', 'Crew aboard the commercial diving boat Henry Marsh notified watchstanders Tuesday at about 1 p.m. that the diver had not come back up.', 'The fishing vessel Lady Ellen and the tug Sea Warden joined the search.']);
    const names = an.sentences.flatMap((s) => s.names.map((n) => `${n.text}:${n.kind}`));
    expect(an.sentences[1]!.sentence.section).toBeNull();
    expect(an.sentences[1]!.sentence.text.startsWith('Crew aboard')).toBe(true);
    expect(names).toContain('Henry Marsh:term');
    expect(names).toContain('Lady Ellen:term');
    expect(names).toContain('Sea Warden:term');
    expect(names.filter((n) => n.endsWith(':person'))).toEqual([]);
  });
});

describe('a body named for its task across "to" (stop 59)', () => {
  test('"the Space Shuttle Return to Flight Task Group": one name, not two cut at "to"', () => {
    const names = namesIn('He was co-chairman of the Space Shuttle Return to Flight Task Group that assessed the agency’s work.');
    expect(names).toContain('Space Shuttle Return to Flight Task Group:organization');
    expect(names).not.toContain('Flight Task Group:organization');
  });
});

describe('a statement introduced as "The following is a statement from …:" (stop 59)', () => {
  test('the quoted paragraphs after it are the statement\'s author\'s, not the person it mourns', () => {
    const got = attributed(
      'The following is a statement from Agency Administrator Mara Quill on Monday’s passing of Owen Tate, a former astronaut and Air Force general:',
      '“Today, General Owen Tate went to the eternal heavens, which he so courageously explored as an astronaut and a peacemaker.',
      '“Owen was critical to the earliest successes of our space program and was instrumental in developing space as a model for cooperation.”',
    );
    expect(Object.values(got)).toEqual(['Mara Quill', 'Mara Quill']);
  });
});

describe('a plural listed with common words (stop 59)', () => {
  test('"Democrats, Republicans, and Independents": no name among them, the figure still asked', () => {
    const got = deletions(notesOf('“This committee came together – Democrats, Republicans, and Independents – to call for a 44% increase in funding,” said Sanders.')).map((d) => d.split('::')[0]);
    expect(got).not.toContain('Independents');
    expect(got).toContain('44%');
  });
});

describe('a town in capitals in a dateline (stop 59)', () => {
  test('"September 12, 2023 (SAINT PAUL) —": the town whole, never "PAUL" alone', () => {
    const names = namesIn('September 12, 2023 (SAINT CLOUD) — The Attorney General announced a settlement with Tempoe, LLC today.');
    expect(names.some((n) => n.startsWith('CLOUD:'))).toBe(false);
    expect(names.some((n) => n.startsWith('SAINT CLOUD:'))).toBe(true);
  });
});

describe('a range written tight with hyphens before a scale word (stop 59)', () => {
  test('"$12-15 billion", "12-to-15 billion rupees": the whole range is the amount, never "billion" alone', () => {
    const got = deletions(notesOf('The carrier lost $12-15 billion last year.', 'The airline loses around 12-to-15 billion rupees annually, with taxpayers making up the shortfall.', 'About 3-4 million people fled the region.'));
    expect(got).toContain('$12-15 billion::amount');
    expect(got).toContain('12-to-15 billion rupees::amount');
    expect(got).toContain('3-4 million people::quantity');
    expect(got.filter((d) => /^(?:billion|billion rupees|million)::/.test(d))).toEqual([]);
  });
});

describe('a body\'s document named after the body (stop 59)', () => {
  test('"the NAWI Master Roadmap" after "(NAWI)" names a document: the neutral hint, not "organisation"', () => {
    const names = namesIn('The department renewed funding for the National Alliance for Water Innovation (NAWI), its hub for desalination.', 'The hub published the NAWI Master Roadmap and six sector-specific roadmaps.');
    expect(names).toContain('NAWI Master Roadmap:term');
  });
});

describe('a month\'s short form run onto the day (stop 59)', () => {
  test('"(May-Oct.31)" asks no "31"; "reopen Nov.1, 2024" is still one date', () => {
    const got = deletions(notesOf('The road will close for construction (May-Oct.31) and reopen Nov.1, 2024, the park said.'));
    expect(got).toContain('Nov.1, 2024::date');
    expect(got.some((d) => d.startsWith('31::'))).toBe(false);
  });
});

describe('a surname said again right after the whole name (stop 59)', () => {
  test('"kicked it off to Jacoby Jones, Jones stepping out …": no card hides "Jones" inside "Jacoby Jones"', () => {
    const notes = notesOf('The Ravens scored on a 56 yard pass to Tavon Marsh from Flacco.', 'Akers kicked it off to Tavon Marsh, Marsh stepping out from the end of the end zone returning it for 108 yards.');
    expect(notes.some((n) => n.text.includes('Tavon {{c'))).toBe(false);
  });
});

describe('fields of a list item are no headings (stop 59)', () => {
  test('"Location: …" over "Access: …" under "1. Lewis River Bridge": the numbered line stays the section', () => {
    const article = readPlainText('Road projects this summer\n\nThere will be two road projects in the park in 2023.\n\n1. Lewis River Bridge\n\nLocation: Nearly 10 miles north of the South Entrance\n\nAccess: Beginning summer 2023 until fall 2024, expect up to 20-minute delays.\n\nImprovements: The project replaces the bridge and costs $31 million.\n');
    const cost = article.paragraphs.find((p) => p.text.includes('$31 million'))!;
    expect(cost.section).toBe('1. Lewis River Bridge');
    expect(article.paragraphs.some((p) => p.text.startsWith('Location: Nearly 10 miles'))).toBe(true);
  });
});

describe('figures and names hyphened into an adjective (stop 59)', () => {
  test('"an Arleigh Burke-class destroyer", "a 33-Airman formation": no blank leaves half the adjective showing', () => {
    const got = deletions(notesOf('The group sailed with a modernized Halden Marsh-class guided-missile destroyer from Guam.', 'Part of the ceremony included a 33-Airman formation on the flight line.'));
    expect(got.some((d) => d.startsWith('Halden Marsh::'))).toBe(false);
    expect(got.some((d) => d.startsWith('33::'))).toBe(false);
  });
  test('"from four- to six-feet long": the hanging figure opens the range', () => {
    const got = deletions(notesOf('Adults of the snake range in size from four- to six-feet long.'));
    expect(got).toContain('four- to six-feet::quantity');
  });
});

describe('where someone lives, and a device named in camel case (stop 59)', () => {
  test('"their son Cody, living in Bloomingdale": a place, not the store', () => {
    const names = namesIn('I want him to know about the Snyders and their son Cody, living in Bloomingdale, near the Ohio River in eastern Ohio.');
    expect(names).not.toContain('Bloomingdale:organization');
  });
  test('"A GNSS Reflectometry CubeSat for Measuring Sea Ice": no person "Reflectometry CubeSat"', () => {
    const names = namesIn('Killick-1: A GNSS Reflectometry CubeSat for Measuring Sea Ice Thickness tests this technique.');
    expect(names.filter((n) => n.endsWith(':person'))).toEqual([]);
  });
});

describe('untagged quote paragraphs when the article names one person only (stop 59)', () => {
  test('"Mr. Varga tells VOA …" then narration, then “With posture, …”: the quote is his; a reporter\'s sign-off changes nothing', () => {
    const got = attributed(
      'Body language matters. Karl Varga is a professor of public speaking.',
      'Mr. Varga tells VOA that body language includes posture and gestures.',
      '“For the physical message, a lot of presenters are going to have problems with posture and gestures.”',
      'We have all seen nervous presenters in classrooms and meetings.',
      'New public speakers know that they should look at the audience while they speak.',
      '“With posture, the typical problem that I see is that they are often moving back and forth.”',
      'I’m Jim Tedder.',
    );
    expect(got['With posture, the']).toBe('Karl Varga');
  });
  test('with a second person named, the untagged quote stays unattributed', () => {
    const got = attributed(
      'Body language matters. Karl Varga is a professor of public speaking.',
      'Mr. Varga tells VOA that body language includes posture and gestures.',
      '“For the physical message, a lot of presenters are going to have problems with posture and gestures.”',
      'Ana Ruiz, a student, took his class last year.',
      'New public speakers know that they should look at the audience while they speak.',
      '“With posture, the typical problem that I see is that they are often moving back and forth.”',
    );
    expect(got['With posture, the']).toBe('?');
  });
});

describe('a stray comma after the verb of a tag (stop 59)', () => {
  test('"“…,” said, NOAA biologist Ben Varley." is Ben Varley\'s', () => {
    const got = attributed('"The turtles are part of a two-week study conducted in mid-June by agency scientists," said, NOAA biologist Ben Varley. "This work is so important to the survival of endangered sea turtles."');
    expect(got['The turtles are']).toBe('Ben Varley');
  });
});

describe('"according to" with a title before the name, then a clause (stop 59)', () => {
  test('"according to the university\'s astronomy professor Scott Varga, it is “…”" is his', () => {
    const got = attributed('The planet is very hot; according to the university\'s astronomy professor Scott Varga, it is "the hottest gas giant planet that has ever been discovered". The discovery was reported online.');
    expect(got['the hottest gas']).toBe('Scott Varga');
  });
});

describe('a 24-hour time with its zone at the end of the brackets (stop 59)', () => {
  test('"(2053 Wednesday night, UTC)" is a time, not the year 2053', () => {
    const got = deletions(notesOf('A magnitude 6.5 quake was recorded at 4:53 a.m. Thursday (2053 Wednesday night, UTC) in Manay.'));
    expect(got).toContain('2053::time');
    expect(got).not.toContain('2053::year');
  });
});

describe('a question the prose asks is no run-in heading (stop 59)', () => {
  test('"… every year since 2000. So why the new water cycle? This depiction …": no section for later sentences', () => {
    const an = analysed(['The revised version replaces one used by thousands of educators every year since 2000. So why the new water cycle? This depiction brings humans into the picture.', 'Experts consulted with more than 100 educators to develop the new diagram.']);
    expect(an.sentences.map((s) => s.sentence.section)).toEqual(an.sentences.map(() => null));
  });
});

describe('names opened by a plural owner or by the other side of a pair (stop 59)', () => {
  test('"The Veterans’ Employment and Training Service", "the U.S. – North Macedonia Strategic Dialogue": no card on the name without its opening', () => {
    const got = deletions(notesOf('The Veterans’ Employment and Training Service will expand its grants in 2024.', 'The department announced the U.S. – North Macedonia Strategic Dialogue on Monday in Skopje.')).map((d) => d.split('::')[0]);
    expect(got).not.toContain('Employment and Training Service');
    expect(got).not.toContain('North Macedonia Strategic Dialogue');
    expect(got).toContain('2024');
  });
});

describe('a list item that goes on is no heading (stop 59)', () => {
  test('"Military-specific health challenges impacting pregnant beneficiaries; and" labels no card', () => {
    const article = readPlainText('Bill would study maternal care\n\nThe bill requires a report on:\n\nStaffing shortages at military hospitals;\n\nMilitary-specific health challenges impacting pregnant beneficiaries; and\n\nContinuity of care during a permanent change of station, which affects 40 percent of families.\n');
    expect(article.paragraphs.every((p) => p.section === null)).toBe(true);
  });
});

describe('a law\'s title that runs through "to", "for" and "and" (stop 59)', () => {
  test('"the Improving Access to Maternal Health for Military and Dependent Moms Act" is one name', () => {
    const names = namesIn('Rep. Elise Varga introduced the Improving Access to Maternal Health for Military and Dependent Moms Act to address rising maternal mortality.');
    expect(names).toContain('Improving Access to Maternal Health for Military and Dependent Moms Act:term');
    expect(names.some((n) => n.startsWith('Improving Access:'))).toBe(false);
  });
});
