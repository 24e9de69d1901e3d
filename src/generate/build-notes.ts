import { buildClozeText, escapeClozeText, type ClozeSegment } from '../deck/cloze.js';
import { HINT_OF_KIND } from '../deck/hints.js';
import type { FactKind, NoteKind } from '../deck/types.js';
import type { ArticleAnalysis } from './analyse-article.js';
import type { FactCandidate, QuoteCandidate } from './candidates.js';
import { containsWholeWord, wholeWordOffsets } from './find-whole-word.js';
import { fingerprintNote } from './fingerprint.js';
import { isKnownOrganization, isKnownPlace } from './known-names.js';
import type { SentenceUnit } from './sentences.js';
import { describeSpeaker } from './speaker-role.js';
import type { GeneratedNote } from './generate-notes.js';
import { clauseWindow } from './trim-clause.js';
import { trimQuote } from './trim-quote.js';

interface Span {
  start: number;
  end: number;
  fact: FactCandidate;
}

/** Every place the fact's answer stands in the window: all of them hide under one number. */
function occurrences(text: string, fact: FactCandidate, from: number, to: number): Span[] {
  return wholeWordOffsets(text, fact.answer, from, to).map((at) => ({ start: at, end: at + fact.answer.length, fact }));
}

/** Facts whose answer still shows elsewhere in the card once hidden: such a card gives itself away. */
function leakingFact(text: string, from: number, spans: Span[], facts: FactCandidate[]): FactCandidate | null {
  for (const fact of facts) {
    let visible = '';
    let at = from;
    for (const s of spans) {
      visible += text.slice(at, s.start) + (s.fact === fact ? ' ' : text.slice(s.start, s.end));
      at = s.end;
    }
    visible += text.slice(at);
    if (containsWholeWord(visible, fact.answer)) return fact;
  }
  return null;
}

const NAME_KINDS = new Set<FactKind>(['person', 'organization', 'place', 'term']);

/**
 * "{{Texas A&M University}} System Chancellor … {{Texas A&M University}} President", "{{Saint
 * Patrick}} … {{Saint Patrick}}’s Day", "the Office of {{Tribal}} and Native Affairs … with
 * {{Tribal}} nations": a name said again in the card as part of a longer name, or of a hyphened
 * word, would be hidden cut or left showing: either way the card is no good.
 */
function nameInLongerName(text: string, spans: Span[], names: readonly { start: number; end: number; kind?: string }[]): FactCandidate | null {
  // ("a super-{{Earth}}, a rocky planet bigger than {{Earth}}": glued by a hyphen, the name is
  // part of a word.)
  const hyphened = (s: Span): boolean => /[\p{L}\p{N}][-‐‑]$/u.test(text.slice(Math.max(0, s.start - 2), s.start)) || /^[-‐‑][\p{L}\p{N}]/u.test(text.slice(s.end, s.end + 2));
  // ("President of South {{Africa}}" … "believed {{Africa}} is": the end of a longer name the
  // lists know, "South Africa", cut.)
  const ending = (s: Span): boolean => {
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, s.start - 20), s.start))?.[1];
    return !!before && (isKnownPlace(`${before} ${s.fact.answer}`) || isKnownOrganization(`${before} ${s.fact.answer}`));
  };
  // (Inside another name the sentence holds, before its end; not "the Senate {{Judiciary
  // Committee}}", "Houston, {{Texas}}": a name that ends the longer one is still asked whole.)
  // ("to Jacoby {{Jones}}, {{Jones}} stepping out": the end of a person's whole name is the name cut.)
  const surnameOf = (s: Span, n: { start: number; end: number; kind?: string }): boolean => n.start < s.start && s.end === n.end && (n.kind === 'person' || n.kind === 'term') && (s.fact.kind === 'person' || s.fact.kind === 'term') && !text.slice(n.start, s.start).includes(',');
  const inside = (s: Span): boolean => names.some((n) => (n.start <= s.start && s.end < n.end) || surnameOf(s, n));
  const repeat = (s: Span): boolean => s.start !== s.fact.start && NAME_KINDS.has(s.fact.kind);
  const longer = (s: Span): boolean => /^(?: \p{Lu}|[’']s (?:Day|Eve)\b)/u.test(text.slice(s.end, s.end + 7)) || hyphened(s) || ending(s);
  // The text's own signs first, then the sentence's names.
  return (spans.find((s) => repeat(s) && longer(s)) ?? spans.find((s) => repeat(s) && inside(s)))?.fact ?? null;
}

/** Drops spans that overlap an earlier (longer-first) one; spans come sorted by start. */
function withoutOverlaps(sorted: Span[]): Span[] {
  const kept: Span[] = [];
  let end = -1;
  for (const s of sorted) {
    if (s.start < end) continue;
    kept.push(s);
    end = s.end;
  }
  return kept;
}

/** One note for one sentence: its kept facts as c1…cN, the sentence cut to the clauses needed. */
export function buildFactNote(analysis: ArticleAnalysis, sentenceIndex: number, chosen: FactCandidate[]): GeneratedNote | null {
  const { sentence } = analysis.sentences[sentenceIndex]!;
  const text = analysis.paragraphs[sentence.paragraph]!.text;
  let facts = [...chosen].sort((a, b) => a.start - b.start);
  for (let attempt = 0; attempt <= chosen.length && facts.length > 0; attempt += 1) {
    const rel = facts.map((f) => ({ start: f.start - sentence.start, end: f.end - sentence.start }));
    const window = clauseWindow(text.slice(sentence.start, sentence.end), rel);
    const from = sentence.start + window.start;
    const to = sentence.start + window.end;
    const spans = withoutOverlaps(facts.flatMap((f) => occurrences(text, f, from, to)).sort((a, b) => a.start - b.start || b.end - a.end));
    const present = facts.filter((f) => spans.some((s) => s.fact === f));
    // Only the window is on the card: the rest of the paragraph cannot give the answer away.
    const leak = leakingFact(text.slice(0, to), from, spans, present) ?? nameInLongerName(text, spans, analysis.sentences[sentenceIndex]!.names);
    if (leak || present.length < facts.length) {
      facts = facts.filter((f) => f !== leak && present.includes(f));
      continue;
    }
    const note = noteFromSpans(text, from, to, spans, sentence.text, sentence.section);
    return withSpeaker(note, text.slice(from, to), facts);
  }
  return null;
}

/**
 * "…reached {{c1::$5 billion}}…” — Maria Lopez": a fact from a quote whose card does not
 * show the speaker gets their name after it, so the card asks what was said and by whom.
 */
function withSpeaker(note: GeneratedNote, shown: string, facts: FactCandidate[]): GeneratedNote {
  const speaker = facts.find((f) => f.saidBy)?.saidBy;
  if (!speaker) return note;
  const surname = speaker.split(/\s+/).pop()!;
  // Nor when a deletion is the speaker under another name: "HRW" for "Human Rights Watch".
  const initials = speaker.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const namesSpeaker = (f: FactCandidate): boolean => f.answer === initials || f.answer.split(/\s+/).some((w) => w.length > 2 && containsWholeWord(speaker, w));
  if (containsWholeWord(shown, surname) || facts.some(namesSpeaker)) return note;
  // A quote that runs on past the card is closed before the name.
  const open = (shown.match(/“/g) ?? []).length > (shown.match(/”/g) ?? []).length;
  return { ...note, text: `${note.text}${open ? '”' : ''} — ${escapeClozeText(speaker)}` };
}

function noteFromSpans(text: string, from: number, to: number, spans: Span[], source: string, section: string | null): GeneratedNote {
  const ords = new Map<FactCandidate, number>();
  for (const s of spans) if (!ords.has(s.fact)) ords.set(s.fact, ords.size + 1);
  const segments: ClozeSegment[] = [];
  const lead = from > 0 && !/^\s*$/.test(source.slice(0, 1)) && text.slice(from, to).trim() !== source.trim() ? '…' : '';
  let visible = text.slice(from, to).trim();
  const tail = /[,;:—–]\s*$/.test(visible) ? '…' : '';
  let at = from;
  if (lead && !source.startsWith(text.slice(from, to).trim())) segments.push({ type: 'text', text: lead });
  for (const s of spans) {
    if (s.start > at) segments.push({ type: 'text', text: text.slice(at, s.start) });
    segments.push({ type: 'deletion', ord: ords.get(s.fact)!, answer: s.fact.answer, hint: s.fact.hint });
    at = s.end;
  }
  segments.push({ type: 'text', text: text.slice(at, to).replace(/[,;:—–]?\s*$/, '') + tail });
  const first = segments[0];
  if (first?.type === 'text') first.text = first.text.trimStart();
  const kinds: NoteKind[] = [...ords.keys()].map((f) => f.kind);
  const answers = [...ords.keys()].map((f) => f.answer);
  visible = source;
  return {
    fingerprint: fingerprintNote(visible, answers),
    kind: kinds[0]!,
    cardKinds: kinds,
    text: buildClozeText(segments),
    extra: source,
    section,
    tags: [...new Set(kinds)].map((k) => `kind::${k}`),
  };
}

/**
 * The sentences a quote spans. It starts in sentence `first` (article order), so the walk
 * starts there rather than scanning the whole article for every quote.
 */
function sentencesUnder(analysis: ArticleAnalysis, first: number, paragraph: number, start: number, end: number): SentenceUnit[] {
  const found: SentenceUnit[] = [];
  for (let i = Math.max(0, first); i < analysis.sentences.length; i += 1) {
    const s = analysis.sentences[i]!.sentence;
    if (s.paragraph > paragraph || (s.paragraph === paragraph && s.start >= end)) break;
    if (s.paragraph === paragraph && s.end > start) found.push(s);
  }
  return found;
}

/** A who-said-it note: the quote shown, the speaker (full name as introduced) hidden. */
export function buildQuoteNote(analysis: ArticleAnalysis, candidate: QuoteCandidate): GeneratedNote | null {
  const { quote, sentence } = candidate.quote;
  const shown = trimQuote(quote.text);
  // The speaker's own name inside the quote would answer the card. (A given name inside someone
  // else's full name — "Michael" in "the Sentinel-6 Michael Freilich satellite" for Michael
  // Watkins — does not; alone it does, and it often means the words are about that person, by
  // someone else: "Obviously we all want Mike to get better".)
  const nameParts = candidate.speaker.split(/\s+/).filter((w) => w.length > 2);
  const named = candidate.quote.speaker?.kind === 'person' && nameParts.length > 1 && nameParts.every((w) => /^\p{Lu}/u.test(w));
  const surname = nameParts[nameParts.length - 1]!;
  const shows = (w: string): boolean => {
    if (!named || w === surname) return containsWholeWord(shown, w);
    return wholeWordOffsets(shown, w).some((at) => {
      const after = shown.slice(at + w.length);
      return !/^\s+\p{Lu}\p{Ll}/u.test(after) || after.trimStart().startsWith(surname);
    });
  };
  if (nameParts.some(shows)) return null;
  const p = analysis.paragraphs[quote.paragraph]!;
  const sources = sentencesUnder(analysis, candidate.quote.sentence, quote.paragraph, quote.start, quote.end);
  const said = sources.length > 0 ? sources.map((s) => s.text).join(' ') : p.text.slice(quote.start, quote.end);
  // The role goes on the back, not next to the deletion, where it would give the name away.
  const person = candidate.quote.speaker?.kind === 'person' ? analysis.registry.findPerson(candidate.speaker) : null;
  const extra = person?.role ? `Speaker: ${describeSpeaker(candidate.speaker, person.role)}\n${said}` : said;
  const kind: FactKind | 'quote' = 'quote';
  const text = buildClozeText([
    { type: 'text', text: `“${shown.replace(/[,]$/, '')}” — ` },
    { type: 'deletion', ord: 1, answer: candidate.speaker, hint: HINT_OF_KIND.quote },
  ]);
  return {
    fingerprint: fingerprintNote(quote.text, [candidate.speaker]),
    kind,
    cardKinds: [kind],
    text,
    extra,
    section: analysis.sentences[sentence]?.sentence.section ?? null,
    tags: ['kind::quote'],
  };
}
