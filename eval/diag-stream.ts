import { readFileSync } from 'node:fs';
import { segmentArticle } from '../src/generate/sentences.js';
import { analyseArticle } from '../src/generate/analyse-article.js';
import { readPlainText } from '../src/article/read-text.js';
import { findTitleSpeakers } from '../src/generate/title-speakers.js';
const a = readPlainText(readFileSync(process.argv[2]!, 'utf8'));
const an = analyseArticle(a);
const pat = process.argv[3]!;
for (const s of an.sentences) {
  if (!s.sentence.text.includes(pat)) continue;
  const p = an.paragraphs[s.sentence.paragraph]!;
  console.log(s.sentence.index, s.sentence.text.slice(0, 150));
  console.log('  names', s.names.map((n) => `${n.kind}:${n.canonical}`).join(' | '));
  console.log('  described', findTitleSpeakers(p.text, s.sentence.start, s.sentence.end));
}
const want = Number(process.argv[4] ?? -1);
if (want >= 0) {
  const { MentionStream } = await import('../src/generate/mentions.js');
  void MentionStream;
}
