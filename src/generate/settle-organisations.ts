import type { NameRegistry } from './name-registry.js';
import type { TypedName } from './type-entities.js';

const wordsOf = (s: string): string[] => s.toLowerCase().split(/\s+/);

/** "Pew" of "Pew Research Center", "Learning English" of "VOA Learning English". */
function isShortFormOf(short: string[], full: string[]): boolean {
  if (short.length >= full.length) return false;
  const head = full.slice(0, short.length).join(' ');
  const tail = full.slice(full.length - short.length).join(' ');
  return short.join(' ') === head || short.join(' ') === tail;
}

/**
 * Names are typed sentence by sentence, so a lone "TikTok" or "Pew" can be a 'term' before
 * (or after) the sentence that shows it is a company. Once the whole article has been read,
 * a term that is a known organisation, or the start or end of one's name, is an organisation.
 */
export function settleOrganisations(names: TypedName[][], registry: NameRegistry): void {
  const organisations = new Set(registry.organizations.map((o) => o.toLowerCase()));
  for (const list of names) for (const n of list) if (n.kind === 'organization') organisations.add(n.text.toLowerCase());
  const full = [...organisations].map(wordsOf);
  for (const list of names) {
    for (const n of list) {
      if (n.kind !== 'term') continue;
      const key = n.text.toLowerCase();
      if (organisations.has(key) || full.some((f) => isShortFormOf(wordsOf(key), f))) n.kind = 'organization';
    }
  }
}
