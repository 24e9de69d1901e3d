// Diagnostic: which name cards are defective, by feature (tune split only).
import { generateNotes } from '../src/generate/generate-notes.js';
import { loadCorpus } from './corpus.js';
import { judgeCards, namesElsewhere } from './judge-cards.js';
import { isFirstName, isLastName } from '../src/generate/name-lexicon.js';
import { isCommonWord } from '../src/generate/known-names.js';
const split = process.argv[2] ?? 'tune';
const articles = loadCorpus();
const elsewhereFor = namesElsewhere(articles.map((x) => x.gold));
const table = new Map<string, [number, number, number]>();
const add = (k: string, bad: boolean, key: boolean): void => { const t = table.get(k) ?? [0, 0, 0]; t[0] += 1; t[1] += bad ? 1 : 0; t[2] += key ? 1 : 0; table.set(k, t); };
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const show = process.argv[3];
for (const a of articles) {
  if (a.split !== split) continue;
  const text = a.article.paragraphs.map((p) => p.text).join('\n\n');
  const notes = generateNotes(a.article);
  const cards = judgeCards(notes, a.gold, text, elsewhereFor(a.gold.id));
  for (const c of cards) {
    if (c.kind === 'quote' || !['person', 'organization', 'place', 'term'].includes(c.kind)) continue;
    const bad = c.defects.length > 0;
    const key = c.keyFact !== null && !bad;
    const words = c.answer.split(/\s+/);
    const n = (text.match(new RegExp(`(?<![\\p{L}])${esc(c.answer)}(?![\\p{L}])`, 'gu')) ?? []).length;
    const last = words[words.length - 1]!;
    const inner = (text.match(new RegExp(`\\p{Lu}\\p{L}+ ${esc(c.answer)}(?![\\p{L}])|${esc(c.answer)} \\p{Lu}\\p{L}+`, 'gu')) ?? []).length;
    const feats = [
      `all`,
      `${c.kind}/${c.hint} w${Math.min(words.length, 4)}`,
      `${c.kind}/${c.hint} w${Math.min(words.length, 4)} n${Math.min(n, 3)}`,
      `${c.hint} caps ${/^[A-Z0-9-]{2,}s?$/.test(c.answer)}`,
      `${c.hint} first ${words.length === 1 && isFirstName(c.answer) && !isLastName(c.answer)}`,
      `${c.hint} inner ${inner > 0} w${Math.min(words.length, 2)}`,
      `${c.hint} title ${a.article.title.includes(c.answer)}`,
      `${c.hint} plural ${words.length === 1 && /[a-z]s$/.test(c.answer) && !isCommonWord(c.answer)}`,
      `${c.hint} digit ${/\d/.test(c.answer)}`,
    ];
    for (const f of feats) add(f, bad, key);
    if (show && feats.includes(show)) console.log(bad ? '✗' : key ? '★' : '·', c.answer, '—', c.shown.slice(0, 110));
  }
}
for (const [k, [n, b, key]] of [...table].sort()) console.log(k.padEnd(45), String(n).padStart(5), 'bad', String(b).padStart(4), `${((100 * b) / n).toFixed(0)}%`.padStart(4), 'key', String(key).padStart(5));
