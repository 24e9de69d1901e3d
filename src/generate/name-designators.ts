import type { NumberFact } from './find-number-facts.js';
import { COUNTRIES, isStateLongName, US_STATES } from './gazetteer.js';
import { isKnownOrganization, isKnownPlace } from './known-names.js';
import { isFirstName, LEXICON_COUNTRIES } from './name-lexicon.js';
import type { Token } from './nlp.js';
import type { TypedName } from './type-entities.js';

// The AP's abbreviations of US states, written after a town.
export const STATE_ABBREVIATIONS = /^(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ida|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)$/;

// "Kampong Kdey commune", "Chi Kreng district": the word that says an unknown name is a place.
const PLACE_DESIGNATORS = /^\s+(province|district|commune|county|village|prefecture|municipality|township|governorate|oblast|canton|subdistrict)\b(?!['’]s)/;
// "hurricane Ian", "Typhoon Hagibis": the word that says what the name is.
const STORM_WORDS = /\b(?:tropical\s+storm|hurricane|typhoon|cyclone|storm)\s+$/i;
// "the 1951 Refugee Convention", "the 2015 Paris Agreement": a year that is part of a name.
// ("the 2015 National Health Interview Survey", "the 2023 International Insurance Forum" too.)
const DATED_NAME_HEADS = /\b(?:Convention|Agreement|Accords?|Treaty|Protocol|Declaration|Act|Charter|Games|Olympics|Compact|Survey|Forum|Summit|Conference|Census)$/;

// What a place is of the country or state owning it: "'s capital", "'s largest city".
const PLACE_OF_OWNER = /^['’]s\s+(?:\p{Ll}+\s+){0,2}(?:capital|city|town|port|hub|village|province|region|district|county|metropolis)\b/u;

/**
 * Names whose span must take in a word beside them to be whole and rightly typed: an unknown
 * place and its designator, a storm and its kind, a law or treaty and its year (the year then
 * is no fact of its own); and a company without the town it is from. Returns the names and
 * the numbers left.
 */
export function withDesignators(names: TypedName[], numbers: NumberFact[], tokens: Token[], text: string): { names: TypedName[]; numbers: NumberFact[] } {
  let kept = numbers;
  // "near Melville, Indiana", "Laurel, Maryland", "Washington, D.C.", "Doha, Qatar": a town
  // and its state or country are one place (not "Qatar, Egypt": a list of countries).
  // (The press's short forms too: "Greenbelt, Md.", "Pasadena, Calif.")
  const isState = (name: string): boolean => US_STATES.has(name.toLowerCase()) || /^D\.?C\.?$/.test(name) || STATE_ABBREVIATIONS.test(name);
  // ("Republic of China, Iran": a state's long name is a country too.)
  const isCountry = (name: string): boolean => LEXICON_COUNTRIES.has(name.toLowerCase()) || COUNTRIES.has(name.toLowerCase()) || isStateLongName(name);
  let merged = names;
  for (const n of names) {
    // ("I'm from Falls Church, Virginia": after "from" or "in", a town, whatever its words.)
    const townWords = n.kind === 'organization' && /\b(?:from|in|near)\s+$/.test(text.slice(Math.max(0, n.start - 6), n.start)) && !isKnownOrganization(n.text);
    if (n.kind === 'person' || (n.kind === 'organization' && !townWords) || n.possessive || n.text.split(' ').length > 3 || isCountry(n.text)) continue;
    // ("Thanks to the Inflation Reduction Act, Pennsylvania is …", "in Eastern Europe, Poland and
    // Czechoslovakia": a law or a part of the world is no town of the state after it.)
    if (/\b(?:Act|Law|Bill|Program|Programme|Plan|Initiative|Fund|Agreement|Treaty|Europe|Asia|Africa|America|Americas|Caribbean|Balkans|Pacific|Atlantic|Mediterranean)$/.test(n.text)) continue;
    const state = merged.find((m) => m.start > n.end && /^,\s+$/.test(text.slice(n.end, m.start)) && (isState(n.text) ? /^D\.?C\.?$/.test(m.text) : isState(m.text) || (isCountry(m.text) && n.kind === 'place')));
    // ("The Westwood, KY, native", "(Boise, Ida.)": a postal code or a short form no name was made of.)
    const written = !state && !isState(n.text) ? /^,\s+([A-Z]{2}\b|\p{Lu}[\p{L}.]{1,5}\.)(?=[\s,;:)]|$)/u.exec(text.slice(n.end, n.end + 12)) : null;
    if (written && STATE_ABBREVIATIONS.test(written[1]!) && !names.some((m) => m.start > n.end && m.start < n.end + written[0].length && !isState(m.text))) {
      const end = n.end + written[0].length;
      const whole = text.slice(n.start, end);
      merged = merged.filter((m) => !(m.start > n.end && m.end <= end)).map((m) => (m === n ? { ...n, end, text: whole, canonical: whole, kind: 'place' as const, common: false, possessive: false } : m));
      continue;
    }
    if (townWords && (!state || !isState(state.text))) continue;
    if (!state || /^[\p{L}\d]/u.test(text.slice(state.end, state.end + 1))) continue;
    // ("Texas, the U.S. Virgin Islands, Mexico and Central America": a list of places, not a town
    // and its country — after a place and a comma, or where no town can stand: after "the", or a
    // group of islands.)
    // (A list of towns each with its state is no such list: "Trenton, NJ, Wilmington, DE, …".)
    const listed = /,\s+the\s+$/.test(text.slice(Math.max(0, n.start - 8), n.start)) || /\sIslands$/.test(n.text) || merged.some((m) => m.kind === 'place' && m.end < n.start && /^,\s+(?:the\s+)?$/.test(text.slice(m.end, n.start)) && !(m.text.includes(',') && isState(state.text)));
    // ("in Washington D.C., Los Angeles, New York, Chicago or Seattle": places listed after it,
    // none with a state of its own — a list, not a town and its state.)
    const nextPlace = merged.find((m) => m.start > state.end && /^,\s+(?:and\s+|or\s+)?$/.test(text.slice(state.end, m.start)));
    // (Not "London, England, United Kingdom": a country after it goes on the address.)
    const listedAfter = !!nextPlace && nextPlace.kind === 'place' && !isState(nextPlace.text) && !isCountry(nextPlace.text) && !merged.some((m) => m.start > nextPlace.end && /^,\s+$/.test(text.slice(nextPlace.end, m.start)) && isState(m.text)) && !/^,\s+(?:[A-Z]{2}\b|\p{Lu}[\p{L}.]{1,5}\.)/u.test(text.slice(nextPlace.end, nextPlace.end + 12));
    if (listed || listedAfter) continue;
    // ("Luanda, Angola's capital", "Almaty, Kazakhstan's largest city": the country's own town,
    // said after the town — not "Laurel, Maryland's mayor", the town's.)
    if (state.possessive && PLACE_OF_OWNER.test(text.slice(state.end, state.end + 40))) continue;
    const whole = text.slice(n.start, state.end);
    merged = merged.filter((m) => m !== state).map((m) => (m === n ? { ...n, end: state.end, text: whole, canonical: whole, kind: 'place' as const, common: false, possessive: state.possessive } : m));
  }
  // "University of Nevada, Las Vegas", "California State University, Los Angeles": a state's
  // university and the town of its campus are one name.
  // ("California State Polytechnic University, Pomona": its polytechnic too.)
  for (const n of merged) {
    if (n.kind !== 'organization' || n.possessive || !/^(?:(?:The\s+)?University of (\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)|(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?) (?:State|State Polytechnic|Polytechnic State) University)$/u.test(n.text)) continue;
    const stateWord = /University of (.+)$/.exec(n.text)?.[1] ?? n.text.replace(/ (?:State|State Polytechnic|Polytechnic State) University$/, '');
    if (!US_STATES.has(stateWord.toLowerCase())) continue;
    const town = merged.find((m) => m.start > n.end && /^,\s+$/.test(text.slice(n.end, m.start)));
    // (Not "the University of Texas, Texas A&M and Rice": a list of bodies; the town is one or two
    // plain words, no state's.)
    const plainTown = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(town?.text ?? '') && !town!.text.split(' ').some((w) => US_STATES.has(w.toLowerCase()));
    // ("Las Vegas" may have been read as someone's name of unknown words: not a known given name.)
    if (!town || !plainTown || (town.kind === 'person' && isFirstName(town.text.split(' ')[0]!)) || town.kind === 'organization' || town.possessive || isState(town.text) || isCountry(town.text)) continue;
    if (!/^(?:$|[.;:)]|,|\s+\p{Ll})/u.test(text.slice(town.end, town.end + 3))) continue;
    const whole = text.slice(n.start, town.end);
    merged = merged.filter((m) => m !== town).map((m) => (m === n ? { ...n, end: town.end, text: whole, canonical: whole } : m));
  }
  // ("the Boise, Idaho Police Department", "the Boynton Beach, Florida Police Department": a town,
  // then its state opening the name of the town's body — one body.)
  for (const n of [...merged]) {
    if (n.kind === 'person' || n.kind === 'organization' || n.possessive || n.text.split(' ').length > 3 || isCountry(n.text) || isState(n.text)) continue;
    const body = merged.find((m) => m.start > n.end && /^,\s+$/.test(text.slice(n.end, m.start)));
    const words = body ? body.text.split(' ') : [];
    const state = [1, 2].some((k) => words.length > k && US_STATES.has(words.slice(0, k).join(' ').toLowerCase()));
    if (!body || body.kind !== 'organization' || !state || !/\b(?:Police|Sheriff['’]s|Fire|Public Schools|School District|City Council|Department)\b/.test(body.text)) continue;
    const whole = text.slice(n.start, body.end);
    merged = merged.filter((m) => m !== n).map((m) => (m === body ? { ...body, start: n.start, text: whole, canonical: whole } : m));
  }
  // ("the Seminole County (Florida) Sheriff’s Office", "the Anacortes (Washington) Police
  // Department": a town or a county, its state in brackets, then its body's generic name — one body.)
  for (const n of [...merged]) {
    if (n.kind === 'person' || n.kind === 'organization' || n.possessive) continue;
    const state = merged.find((m) => m.start > n.end && /^\s\($/.test(text.slice(n.end, m.start)) && isState(m.text));
    const body = state ? merged.find((m) => m.start > state.end && /^\)\s$/.test(text.slice(state.end, m.start)) && m.kind === 'organization') : undefined;
    if (!state || !body || !/^(?:Sheriff['’]s Office|Sheriff['’]s Department|Police Department|Fire Department|Police|Fire Rescue|School District)$/.test(body.text)) continue;
    const whole = text.slice(n.start, body.end);
    merged = merged.filter((m) => m !== n && m !== state).map((m) => (m === body ? { ...body, start: n.start, text: whole, canonical: whole } : m));
  }
  const towns: TypedName[] = [];
  const out = merged.map((n) => {
    // "BAE Systems of Broomfield, Colorado": a company, and the town it is from with its state.
    if ((n.kind === 'organization' || n.kind === 'term') && !n.possessive) {
      const of = /\s+of\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)$/u.exec(n.text);
      const state = /^,\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/u.exec(text.slice(n.end, n.end + 40));
      if (of && state && isKnownPlace(state[1]!)) {
        const end = n.start + of.index;
        const stateName = merged.find((m) => m.start === n.end + state[0].length - state[1]!.length && US_STATES.has(m.text.toLowerCase()));
        // (Only with a state standing alone after the comma: "the Federal Bureau of
        // Investigation, New York Field Office" is one body, then its office.)
        if (stateName) {
          const start = n.start + of.index + of[0].length - of[1]!.length;
          const whole = text.slice(start, stateName.end);
          towns.push({ ...stateName, start, text: whole, canonical: whole, kind: 'place', common: false });
          return { ...n, end, text: text.slice(n.start, end), canonical: text.slice(n.start, end) };
        }
      }
    }
    // ("Tropical Storm Nicole", "Hurricane Katrina": a storm's word taken into the chunk with a
    // given name is no person's title — the storm, with "Tropical" before it.)
    const stormHead = n.kind === 'person' && n.text.split(' ').length === 2 ? /^(?:Storm|Hurricane|Typhoon|Cyclone)\s/.exec(n.text) : null;
    if (stormHead) {
      const tropical = /\bTropical\s+$/.exec(text.slice(Math.max(0, n.start - 9), n.start));
      const start = n.start - (tropical ? tropical[0].length : 0);
      return { ...n, start, text: text.slice(start, n.end), canonical: text.slice(start, n.end), kind: 'term' as const, common: false };
    }
    if (n.kind === 'person' || n.kind === 'organization' || n.possessive) return n;
    const place = PLACE_DESIGNATORS.exec(text.slice(n.end, n.end + 20));
    // ("CNRP commune chiefs": a party's, not a place's name.)
    if (place && !isKnownPlace(n.text) && !/^[A-Z]{2,}$/.test(n.text)) {
      const end = n.end + place[0].length;
      return { ...n, end, text: text.slice(n.start, end), canonical: text.slice(n.start, end), kind: 'place' as const, common: false };
    }
    const storm = n.kind === 'term' && !n.text.includes(' ') ? STORM_WORDS.exec(text.slice(Math.max(0, n.start - 16), n.start)) : null;
    if (storm) {
      const start = n.start - storm[0].length;
      return { ...n, start, text: text.slice(start, n.end), canonical: text.slice(start, n.end), common: false };
    }
    // "the Postal Service Reform Act of 2022", "the Appropriations Act, 2024": the year after a law is its own.
    const yearAfter = n.kind === 'term' && DATED_NAME_HEADS.test(n.text) ? /^(?:\s+of|,)\s+((?:1[6-9]|20)\d\d)(?![\d-])/.exec(text.slice(n.end, n.end + 12)) : null;
    if (yearAfter) {
      const end = n.end + yearAfter[0].length;
      kept = kept.filter((f) => !(tokens[f.first]!.start >= n.end && tokens[f.last]!.end <= end));
      return { ...n, end, text: text.slice(n.start, end), canonical: text.slice(n.start, end) };
    }
    // "the Nobel Prize in Literature": a prize and its field are one name.
    const field = n.kind === 'term' && /\b(?:Prize|Award|Medal)$/.test(n.text) ? /^\s+in\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?/u.exec(text.slice(n.end, n.end + 40)) : null;
    if (field) {
      const end = n.end + field[0].length;
      return { ...n, end, text: text.slice(n.start, end), canonical: text.slice(n.start, end) };
    }
    if (n.kind === 'term' && DATED_NAME_HEADS.test(n.text)) {
      const year = kept.find((f) => f.kind === 'date' && f.first === f.last && /^(1[6-9]|20)\d\d$/.test(tokens[f.first]!.value) && /^\s$/.test(text.slice(tokens[f.first]!.end, n.start)));
      if (year) {
        kept = kept.filter((f) => f !== year);
        const start = tokens[year.first]!.start;
        return { ...n, start, text: text.slice(start, n.end), canonical: text.slice(start, n.end) };
      }
    }
    return n;
  });
  // The town replaces its state, which stood alone.
  const named = out.filter((n) => !towns.some((t) => t.end === n.end && t.start < n.start));
  // ("April Harris, a math teacher, …" opening a sentence, which wink dates: a month that opens
  // a person's name is no date.)
  kept = kept.filter((f) => !(f.kind === 'date' && f.first === f.last && named.some((n) => n.kind === 'person' && n.start === tokens[f.first]!.start && n.end > tokens[f.first]!.end)));
  return { names: [...named, ...towns].sort((a, b) => a.start - b.start), numbers: kept };
}
