import { buildBrief } from '../brief/build-brief.js';
import { renderBriefMarkdown } from '../brief/render-brief-markdown.js';
import { BRIEF_WIDTH, renderBriefText } from '../brief/render-brief-text.js';
import { UserError } from '../errors.js';
import type { CommandRunner } from './context.js';
import { deckFilterOf } from './deck-filter.js';
import { chooseDecks } from './review.js';

const FORMATS = ['text', 'md'] as const;
type BriefFormat = (typeof FORMATS)[number];

function briefFormat(raw: unknown): BriefFormat {
  if (raw === undefined) return 'text';
  if (typeof raw === 'string' && (FORMATS as readonly string[]).includes(raw)) return raw as BriefFormat;
  throw new UserError(`briefdeck: --format must be text or md, got "${String(raw)}"`);
}

/** One sheet per deck (the named one, or every deck), on stdout; the user redirects it. */
export const runBriefCommand: CommandRunner = async (args, context) => {
  const format = briefFormat(args.values.format);
  const decks = await chooseDecks(context, args.positionals[0], deckFilterOf(args.values, context.now(), 'brief'));
  // On a terminal use its width; into a file or pipe, a classic 80 columns.
  const width = context.stdout.isTTY === true && context.stdout.columns > 0 ? Math.min(context.stdout.columns, 100) : BRIEF_WIDTH;
  const sheets = decks.map((deck) => {
    const sheet = buildBrief(deck);
    return format === 'md' ? renderBriefMarkdown(sheet) : renderBriefText(sheet, width);
  });
  context.stdout.write(sheets.join(format === 'md' ? '\n---\n\n' : `\n${'═'.repeat(Math.min(width, 40))}\n\n`));
  return 0;
};
