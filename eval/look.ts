// Development aid: print every card made from a plain-text article, to read them by eye.
// Usage: npx tsx eval/look.ts FILE [--max-cards N]
import { readFileSync } from 'node:fs';
import { readPlainText } from '../src/article/read-text.js';
import { parseCloze, clozeOrds, renderCard } from '../src/deck/cloze.js';
import { generateNotes } from '../src/generate/generate-notes.js';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: npx tsx eval/look.ts FILE [--max-cards N]\n');
  process.exit(2);
}
const max = rest.indexOf('--max-cards');
const notes = generateNotes(readPlainText(readFileSync(file, 'utf8')), max >= 0 ? { maxCards: Number(rest[max + 1]) } : {});
for (const note of notes) {
  const segments = parseCloze(note.text);
  clozeOrds(segments).forEach((ord, i) => {
    const answer = segments.find((s) => s.type === 'deletion' && s.ord === ord);
    const hint = answer && answer.type === 'deletion' ? answer.hint : null;
    const said = answer && answer.type === 'deletion' ? answer.answer : '';
    process.stdout.write(`[${note.cardKinds[i] ?? note.kind}/${hint}] ${said} — ${renderCard(segments, ord, false).slice(0, 170)}\n`);
  });
}
