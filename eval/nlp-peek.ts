// Development aid: wink's tokens and entities for a sentence. Usage: npx tsx eval/nlp-peek.ts "TEXT"
import { analyse } from '../src/generate/nlp.js';
const a = analyse(process.argv[2] ?? '');
process.stdout.write(a.tokens.map((t) => `${t.value}/${t.pos}`).join(' ') + '\n');
for (const e of a.entities) process.stdout.write(`${e.type}: ${a.tokens.slice(e.first, e.last + 1).map((t) => t.value).join(' ')}\n`);
