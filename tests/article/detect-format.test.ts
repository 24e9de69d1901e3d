import { describe, expect, test } from 'vitest';
import { detectFormat } from '../../src/article/detect-format.js';

describe('the extension decides when it is known', () => {
  test.each([
    ['page.html', 'html'],
    ['PAGE.HTM', 'html'],
    ['notes.md', 'markdown'],
    ['notes.markdown', 'markdown'],
    ['story.txt', 'text'],
  ] as const)('%s is %s, whatever it contains', (name, format) => {
    expect(detectFormat(name, '# looks like markdown\n<p>and html</p>')).toBe(format);
  });
});

describe('otherwise the content decides', () => {
  test.each([
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['  <html lang="en">', 'html'],
    ['Some text <p>with a paragraph tag</p>', 'html'],
    ['<BODY class="a">', 'html'],
    ['# Title\n\nText', 'markdown'],
    ['Intro\n\n## Section\n\nText', 'markdown'],
    ['Just a story.\n\nWith paragraphs.', 'text'],
    ['#hashtag is not a heading', 'text'],
  ] as const)('%j is %s', (text, format) => {
    expect(detectFormat(null, text)).toBe(format);
    expect(detectFormat('article', text)).toBe(format);
  });
});
