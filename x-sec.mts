import { readFileSync } from 'node:fs';
import { readPlainText } from './src/article/read-text.js';
const a = readPlainText(readFileSync(process.argv[2]!, 'utf8'));
for (const p of a.paragraphs) console.log(JSON.stringify(p.section), '|', p.text.slice(0, 70));
