import { analyse } from './src/generate/nlp.js';
import { findNameChunks } from './src/generate/proper-noun-chunks.js';
const text = process.argv[2]!;
const a = analyse(text);
console.log(a.tokens.map((t) => `${t.value}/${t.pos}`).join(' '));
for (const c of findNameChunks(a.tokens, 0, a.tokens.length - 1, text)) console.log(JSON.stringify(c));
