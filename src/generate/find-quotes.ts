/** A direct quotation found in one paragraph. Offsets are in the paragraph's text. */
export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark (or 0 when the quote runs on from the previous paragraph). */
  start: number;
  /** Offset just after the closing mark (or the paragraph end when unclosed). */
  end: number;
  /** The quoted words, without the marks. */
  text: string;
  /** The paragraph ended before the quote closed (news style: the quote runs on). */
  unclosed: boolean;
}

// Two apostrophes stand for a double mark in typewritten and Congressional Record text (and two
// curly ones where a word processor turned them: "… colorectal cancers,’’ said Harold Varmus").
const DOUBLE_MARKS = /["“”„‟«»]|(?<!')''(?!')|(?<![‘’])(?:‘‘|’’)(?![‘’])/g;

/**
 * Straight marks carry no direction and articles mix glyphs (`"From … Voyager,”`), so a
 * mark's role comes from its neighbours: after a space or an opening bracket it opens,
 * otherwise it closes; the glyph only breaks ties.
 */
function opens(text: string, at: number, width: number, quoteOpen: boolean): boolean {
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = at + width < text.length ? text[at + width]! : ' ';
  const spaceBefore = /[\s([{—–-]/.test(before) || at === 0;
  const spaceAfter = /\s/.test(after) || at + width >= text.length;
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  const glyph = text[at]!;
  // ('… Hurricanes Katrina and Rita."These tax credits …': a straight mark run onto a capital
  // right after a sentence's end opens, when no quote is open.)
  // (The same with a closing glyph typed for the opening one: 'accordingly.”Push notifications …'.)
  if (!quoteOpen && (glyph === '"' || glyph === '”') && /[.!?]/.test(before) && /\p{Lu}/u.test(after)) return true;
  // "… the offending transmitter. "" with a quote open: a stray space before its close, after
  // the last words' full stop, or at the paragraph's end.
  if (quoteOpen && glyph === '"' && spaceBefore && (/[.,!?…]\s+$/u.test(text.slice(Math.max(0, at - 3), at)) || text.slice(at + width).trim() === '')) return false;
  return glyph === '“' || glyph === '„' || glyph === '«' || (glyph === '"' && spaceBefore);
}

/** Pair the double quotation marks of one paragraph; linear in its length. */
export function findQuotes(text: string, paragraph: number): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let openAt = -1;
  let openWidth = 1;
  // A second opening inside a quote, mid-sentence: words quoted inside it (`prove the motto
  // "Peace through Strength" works,"`) — or a stray first mark. The mark after its close tells.
  let innerAt = -1;
  let innerWidth = 1;
  let innerEnd = -1;
  let innerCloseWidth = 1;
  for (const m of text.matchAll(DOUBLE_MARKS)) {
    const at = m.index;
    const width = m[0].length;
    if (opens(text, at, width, openAt >= 0)) {
      if (innerEnd >= 0) {
        // Another opening after the inner pair closed: the first mark was stray.
        pushQuote(quotes, text, paragraph, innerAt, innerEnd, innerWidth, innerCloseWidth);
        innerAt = innerEnd = -1;
        openAt = at;
        openWidth = width;
        continue;
      }
      // A second opening before a close, after a sentence's end: the quote ran on into a new
      // paragraph that the text lost (`said: "I am not in shape. "I missed three weeks."`) —
      // the first ends there.
      const runOn = openAt >= 0 && /[.!?]\s+$/.test(text.slice(Math.max(openAt, at - 3), at)) && wordCount(text.slice(openAt + openWidth, at)) >= 3;
      if (runOn) pushQuote(quotes, text, paragraph, openAt, at, openWidth, 0);
      // (Not after a colon: `Wenger said: "Freddie is an option` opens a quote of its own.)
      else if (openAt >= 0 && innerAt < 0 && !/:\s*$/.test(text.slice(Math.max(openAt, at - 3), at))) {
        innerAt = at;
        innerWidth = width;
        continue;
      }
      innerAt = -1;
      openAt = at;
      openWidth = width;
    } else if (innerAt >= 0 && innerEnd < 0) {
      innerEnd = at + width;
      innerCloseWidth = width;
    } else if (openAt >= 0) {
      // (After an inner pair, this close ends the outer quote.)
      pushQuote(quotes, text, paragraph, openAt, at + width, openWidth, width);
      openAt = innerAt = innerEnd = -1;
    }
  }
  // An inner pair closed by the paragraph's last mark closes the outer quote too (`to realize a
  // "Free and Open Indo-Pacific."`); an opening never closed runs to the paragraph's end.
  if (openAt >= 0 && innerEnd >= 0) pushQuote(quotes, text, paragraph, openAt, innerEnd, openWidth, innerCloseWidth);
  else if (openAt >= 0 && innerAt >= 0) pushQuote(quotes, text, paragraph, innerAt, text.length, innerWidth, 0);
  else if (openAt >= 0) pushQuote(quotes, text, paragraph, openAt, text.length, openWidth, 0);
  return quotes;
}

// A comma or a stop, a single closing mark, then a speech tag: "…,’ Strickland said", "…,’ she added".
const SINGLE_CLOSE_THEN_TAG = /([,.!?]’)\s+(?:(?:\p{Lu}[\p{L}.-]*\s+){1,3}|(?:he|she|they|we|I)\s+)(?:said|says|added|told|explained|noted|stated|asked|wrote)\b/u;

// ", said Brig. Gen. Dan Hughes, director", ", Hennings said." inside a quote never closed.
const TAG_INSIDE_UNCLOSED = /,\s+(?:(?:said|says|added|adds|explained|noted|stated)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,5}\p{Lu}[\p{L}’'-]+\s*[,.]|(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]+\s+(?:said|says|added|adds|explained|noted|stated)\s*[,.])/u;

function pushQuote(
  quotes: QuoteSpan[],
  text: string,
  paragraph: number,
  start: number,
  end: number,
  openWidth: number,
  /** Width of the closing mark; 0 when the paragraph ended before it. */
  closeWidth: number,
): void {
  // “… a remarkable recovery,’ Strickland said. …: a quote the source closed with a single
  // mark, its speech tag right after — it ends there.
  if (closeWidth === 0) {
    const single = SINGLE_CLOSE_THEN_TAG.exec(text.slice(start + openWidth, end));
    if (single) {
      end = start + openWidth + single.index + single[1]!.length;
      closeWidth = 1;
    }
    // “… at the last minute, said Kim Hennings, division director. “We want to help …: the
    // source forgot the closing mark before the speech tag — the quote ends at the tag's comma.
    const tag = single ? null : TAG_INSIDE_UNCLOSED.exec(text.slice(start + openWidth, end));
    if (tag && wordCount(text.slice(start + openWidth, start + openWidth + tag.index)) >= 3) end = start + openWidth + tag.index + 1;
  } else {
    // (“It's time to act, said Esta Soler, President of the Fund. We commend …”: a tag inside a
    // pair of marks — the source forgot the mark before it, and the words are the tag's
    // speaker's, not those of whoever spoke before.)
    const tag = TAG_INSIDE_UNCLOSED.exec(text.slice(start + openWidth, end - closeWidth));
    if (tag && wordCount(text.slice(start + openWidth, start + openWidth + tag.index)) >= 3) {
      end = start + openWidth + tag.index + 1;
      closeWidth = 0;
    }
  }
  const inner = text.slice(start + openWidth, end - closeWidth).trim();
  if (inner) quotes.push({ paragraph, start, end, text: inner, unclosed: closeWidth === 0 });
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
