// `briefdeck edit CARD|NOTE`: fix a bad card in seconds. The note's cloze text opens in the
// user's editor; the edit is checked, saved in the deck file and marked as the user's, so a
// later regeneration of the article leaves it alone. Ids do not change, so neither does progress.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ClozeSyntaxError, clozeOrds, parseCloze } from '../deck/cloze.js';
import { loadAllDecks, saveDeckFile } from '../deck/deck-file.js';
import type { Deck, Note } from '../deck/types.js';
import { UserError } from '../errors.js';
import type { CommandRunner } from './context.js';

/** The deck and note a card id (NOTEID.N) or a note id names. */
function findNote(decks: Deck[], wanted: string): { deck: Deck; note: Note } {
  const noteId = /^(.+)\.\d+$/.exec(wanted)?.[1] ?? wanted;
  for (const deck of decks) {
    const note = deck.notes.find((n) => n.id === noteId || n.id === wanted);
    if (note) return { deck, note };
  }
  throw new UserError(`briefdeck: no card or note "${wanted}" in the decks — card ids look like NOTEID.1 (press i in a review, or see "briefdeck stats")`);
}

/** Why the edited text cannot replace the note's, or null when it can. */
function editProblem(before: string, after: string): string | null {
  let ords: number[];
  try {
    ords = clozeOrds(parseCloze(after));
  } catch (error) {
    if (error instanceof ClozeSyntaxError) return error.message;
    throw error;
  }
  const wanted = clozeOrds(parseCloze(before));
  if (ords.join(',') !== wanted.join(',')) {
    return `it must keep the deletions ${wanted.map((o) => `c${o}`).join(', ')} (each card's progress belongs to its number), found ${ords.map((o) => `c${o}`).join(', ') || 'none'}`;
  }
  return null;
}

/** Run the user's editor on `file` and wait for it: $VISUAL, then $EDITOR (with its arguments), then vi. */
function runEditor(file: string, env: NodeJS.ProcessEnv): void {
  const editor = env.VISUAL || env.EDITOR || 'vi';
  const result = spawnSync('sh', ['-c', `${editor} "$1"`, 'editor', file], { stdio: 'inherit', env });
  if (result.error || result.status !== 0) {
    throw new UserError(`briefdeck: the editor "${editor}" did not finish (exit ${result.status ?? result.error?.message}) — nothing was changed; set EDITOR to the editor you use`, 1);
  }
}

export interface NoteEdit {
  deck: Deck;
  note: Note;
  decksDir: string;
  env: NodeJS.ProcessEnv;
  now: Date;
}

/**
 * Run the editor on the note's text; when the text changed and is sound, save the deck with
 * the note edited and marked, and return the edited note (null when nothing changed). A bad
 * edit is a UserError and saves nothing.
 */
export async function editNote({ deck, note, decksDir, env, now }: NoteEdit): Promise<Note | null> {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefdeck-edit-'));
  try {
    const file = path.join(dir, `${note.id}.txt`);
    writeFileSync(file, `${note.text}\n`);
    runEditor(file, env);
    const text = readFileSync(file, 'utf8').replace(/\s+$/, '');
    if (text === note.text) return null;
    const problem = editProblem(note.text, text);
    if (problem) throw new UserError(`briefdeck: the edit of note ${note.id} was not saved: ${problem} — run "briefdeck edit ${note.id}" again`);
    const edited: Note = { ...note, text, editedAt: now.toISOString() };
    await saveDeckFile(decksDir, { ...deck, notes: deck.notes.map((n) => (n.id === note.id ? edited : n)) });
    return edited;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What to tell the user once a note is saved. */
export function savedLine(note: Note, deck: Deck): string {
  return `Saved note ${note.id} in deck "${deck.slug}"; its cards keep their progress, and regenerating the article leaves it as you wrote it.`;
}

export const runEditCommand: CommandRunner = async (args, context) => {
  const wanted = args.positionals[0]!;
  const { decks, problems } = await loadAllDecks(context.decksDir);
  for (const problem of problems) context.stderr.write(`${problem}\n`);
  const { deck, note } = findNote(decks, wanted);
  const edited = await editNote({ deck, note, decksDir: context.decksDir, env: context.env, now: context.now() });
  context.stdout.write(edited ? `${savedLine(edited, deck)}\n` : `No change to note ${note.id}.\n`);
  return 0;
};
