import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../src/generate/analyse-article.js';
import { generateNotes } from '../../src/generate/generate-notes.js';
import { describeSpeaker } from '../../src/generate/speaker-role.js';

/** How the generator would describe `name` after reading `text`. */
function described(text: string, name: string): string | null {
  const { registry } = analyseArticle({ title: 't', dateline: null, paragraphs: [{ section: null, text }] });
  const person = registry.findPerson(name);
  return person ? describeSpeaker(person.name, person.role) : null;
}

describe('the role a person is introduced with', () => {
  test.each([
    ['Texas Gov. Greg Abbott signed the bill on Monday.', 'Greg Abbott', 'Texas Gov. Greg Abbott'],
    ['On Monday, former President Jimmy Carter spoke first.', 'Jimmy Carter', 'former President Jimmy Carter'],
    ['The company’s chief executive officer Maria Lopez spoke.', 'Maria Lopez', 'chief executive officer Maria Lopez'],
    ['Maria Lopez, a senior analyst at the Brookings Institution, disagreed.', 'Maria Lopez', 'Maria Lopez, a senior analyst at the Brookings Institution'],
    ['Maria Lopez is a nurse in Lagos, Nigeria. She works nights.', 'Maria Lopez', 'Maria Lopez, a nurse in Lagos, Nigeria'],
  ])('%s → %s', (text, name, want) => {
    expect(described(text, name)).toBe(want);
  });

  test.each([
    ['American Maria Lopez moved to Spain.', 'Maria Lopez', 'a demonym is not a role'],
    ['Maria Lopez, the Canadian, disagreed.', 'Maria Lopez', 'a demonym is not a role'],
    ['Officials met Mr. Carlos Ruiz on Monday.', 'Carlos Ruiz', 'a form of address is not a role'],
    ['Maria Lopez, who works in Madrid, agreed.', 'Maria Lopez', 'a relative clause is not an appositive'],
    ['Maria Lopez is a big fan of the team.', 'Maria Lopez', 'a description without an occupation is not a role'],
    ['The delay kept testing Maria Lopez’s patience.', 'Maria Lopez', 'a verb before the name is no title'],
  ])('%s — no role (%s)', (text, name) => {
    expect(described(text, name)).toBe(name);
  });

  test('a later description that says where someone works wins over a bare one', () => {
    const text = 'Its director, Ana Silva, spoke. Silva, the executive director of the Lisbon Museum, agreed.';
    expect(described(text, 'Ana Silva')).toBe('Ana Silva, the executive director of the Lisbon Museum');
  });
});

describe('a speaker named after a title', () => {
  test('",” Transport Minister Amina Otieno said" is her quote, with her title on the back', () => {
    const notes = generateNotes({
      title: 't',
      dateline: null,
      paragraphs: [{ section: null, text: '“This port will double our exports within five years,” Transport Minister Amina Otieno said.' }],
    });
    const quote = notes.find((n) => n.kind === 'quote')!;
    expect(quote.text).toBe('“This port will double our exports within five years” — {{c1::Amina Otieno::who said it?}}');
    expect(quote.extra.split('\n')[0]).toBe('Speaker: Transport Minister Amina Otieno');
  });
});
