// Writes src/generate/data/name-lexicon.json: the name, place and organisation words of
// compromise's lexicon (MIT, github.com/spencermountain/compromise), lower-cased and sorted.
// compromise itself is too slow to load for every `generate` (~0.8 s); its word lists are not.
// Run after updating compromise: node scripts/extract-name-lexicon.mjs
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';

const GROUPS = {
  firstNames: ['FirstName', 'MaleName', 'FemaleName'],
  maleNames: ['MaleName'],
  femaleNames: ['FemaleName'],
  lastNames: ['LastName'],
  countries: ['Country'],
  cities: ['City'],
  regions: ['Region'],
  organizations: ['Organization'],
  demonyms: ['Demonym'],
  roles: ['Actor'],
  honorifics: ['Honorific'],
  currencies: ['Currency'],
};

export function extractNameLexicon() {
  const lexicon = nlp.model().one.lexicon;
  const out = { source: `compromise ${nlp.version}` };
  for (const [group, tags] of Object.entries(GROUPS)) {
    const words = Object.entries(lexicon)
      .filter(([, tag]) => [].concat(tag).some((t) => tags.includes(t)))
      .map(([word]) => word.toLowerCase());
    out[group] = [...new Set(words)].sort();
  }
  return `${JSON.stringify(out, null, 0).replace(/\],/g, '],\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../src/generate/data/name-lexicon.json', import.meta.url), extractNameLexicon());
}
