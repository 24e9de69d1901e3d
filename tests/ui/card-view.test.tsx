import { cleanup, render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, test } from 'vitest';
import { parseCloze } from '../../src/deck/cloze.js';
import { CardView, type CardContent } from '../../src/ui/card-view.js';

afterEach(() => cleanup());

const whoSaid: CardContent = {
  segments: parseCloze('“Now there are 23, which is not a good trend” — {{c1::Daniel Rosenblum::who said it?}}'),
  deckName: 'Central Asia',
  title: 'US Engagement in Central Asia',
  section: null,
  extra: 'Speaker: U.S. Ambassador to Kazakhstan Daniel Rosenblum\n“Now there are 23, which is not a good trend,” Rosenblum said.',
};

const lines = (frame: string | undefined): string[] => (frame ?? '').split('\n').map((l) => l.trimEnd());

describe('the card on screen', () => {
  test("a who-said card's back puts the speaker and the source sentence on lines of their own", () => {
    const { lastFrame } = render(<CardView content={whoSaid} ord={1} revealed width={72} color={false} />);
    const shown = lines(lastFrame());
    expect(shown).toContain('Speaker: U.S. Ambassador to Kazakhstan Daniel Rosenblum');
    expect(shown).toContain('“Now there are 23, which is not a good trend,” Rosenblum said.');
  });

  test("an article from the web has its link on the back, under the title; a file's has none", () => {
    const url = 'https://news.example/2025/01/us-engagement-central-asia';
    const web = lines(render(<CardView content={{ ...whoSaid, url }} ord={1} revealed width={72} color={false} />).lastFrame());
    expect(web.indexOf(url)).toBe(web.indexOf('US Engagement in Central Asia') + 1);
    const file = lines(render(<CardView content={whoSaid} ord={1} revealed width={72} color={false} />).lastFrame());
    expect(file.join('\n')).not.toContain('https://');
  });

  test('wide characters are measured as the terminal shows them: no line is wider than the card', () => {
    const content: CardContent = { ...whoSaid, segments: parseCloze('外交部发言人表示 {{c1::合作伙伴关系::关系}} 将继续深化 🇺🇸🇰🇿 双边合作与交流'), extra: '外交部发言人表示合作伙伴关系将继续深化双边合作与交流' };
    const { lastFrame } = render(<CardView content={content} ord={1} revealed width={20} color={false} />);
    const shown = lines(lastFrame());
    for (const line of shown) expect(stringWidth(line), line).toBeLessThanOrEqual(20);
    expect(shown.join('')).toContain('合作伙伴关系');
  });
});
