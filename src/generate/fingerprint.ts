import { createHash } from 'node:crypto';

/** Case, quote style and spacing do not make a different sentence. */
export function normaliseForFingerprint(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short stable hash of the sentence and the answers: regeneration matches notes by it. */
export function fingerprintNote(sentence: string, answers: string[]): string {
  const key = [normaliseForFingerprint(sentence), ...answers.map(normaliseForFingerprint)].join('\u241f');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}
