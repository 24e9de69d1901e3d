import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const GLOBAL: Options = {
  storage: { type: 'string' },
  'decks-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

interface CommandSpec {
  usage: string;
  summary: string;
  options: Options;
  /** Number of positional arguments allowed. */
  positionals: [min: number, max: number];
}

export const COMMANDS: Record<string, CommandSpec> = {
  generate: {
    usage: 'briefdeck generate <file|-> [--deck NAME] [--decks-dir DIR] [--max-cards N] [--replace] [--json]',
    summary: 'make a cloze deck from an article (text, Markdown or HTML)',
    options: { deck: { type: 'string' }, json: { type: 'boolean' }, 'max-cards': { type: 'string' }, replace: { type: 'boolean' } },
    positionals: [1, 1],
  },
  review: {
    usage: 'briefdeck review [DECK] [--new N] [--limit N] [--plain]',
    summary: "today's review session (SM-2)",
    options: { new: { type: 'string' }, limit: { type: 'string' }, plain: { type: 'boolean' } },
    positionals: [0, 1],
  },
  quiz: {
    usage: 'briefdeck quiz [DECK] [--count N] [--kind KIND…] [--mode flip|typed|choice] [--record] [--plain]',
    summary: 'self-quiz before a briefing; leaves the schedule alone unless --record',
    options: {
      count: { type: 'string' },
      kind: { type: 'string', multiple: true },
      mode: { type: 'string' },
      record: { type: 'boolean' },
      plain: { type: 'boolean' },
      seed: { type: 'string' },
    },
    positionals: [0, 1],
  },
  export: {
    usage: 'briefdeck export [DECK] --apkg FILE [--with-progress] | --anki FILE|-',
    summary: 'write an Anki package (.apkg, with the schedule if asked) or a CSV of cloze notes',
    options: { apkg: { type: 'string' }, anki: { type: 'string' }, 'with-progress': { type: 'boolean' } },
    positionals: [0, 1],
  },
  import: {
    usage: 'briefdeck import --apkg FILE | --anki FILE|- [--deck NAME]',
    summary: 'make a deck from the cloze notes of an Anki package or CSV',
    options: { apkg: { type: 'string' }, anki: { type: 'string' }, deck: { type: 'string' } },
    positionals: [0, 0],
  },
  brief: {
    usage: 'briefdeck brief [DECK] [--format text|md]',
    summary: 'a one-page briefing sheet of the deck',
    options: { format: { type: 'string' } },
    positionals: [0, 1],
  },
  stats: {
    usage: 'briefdeck stats [DECK] [--json] [--days N]',
    summary: 'forecast, history and retention',
    options: { json: { type: 'boolean' }, days: { type: 'string' } },
    positionals: [0, 1],
  },
  decks: {
    usage: 'briefdeck decks [--json]',
    summary: 'list decks with their card counts',
    options: { json: { type: 'boolean' } },
    positionals: [0, 0],
  },
  suspend: {
    usage: 'briefdeck suspend CARD',
    summary: 'keep a card out of reviews',
    options: {},
    positionals: [1, 1],
  },
  unsuspend: {
    usage: 'briefdeck unsuspend CARD',
    summary: 'bring a suspended card back',
    options: {},
    positionals: [1, 1],
  },
  where: {
    usage: 'briefdeck where [--json]',
    summary: 'the decks and storage folders in use, and why those',
    options: { json: { type: 'boolean' } },
    positionals: [0, 0],
  },
  restore: {
    usage: 'briefdeck restore [BACKUP]',
    summary: 'restore the store from a backup (the newest by default)',
    options: {},
    positionals: [0, 1],
  },
};

export interface ParsedCommand {
  command: string;
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

export type ParsedArgs = { kind: 'help'; text: string } | { kind: 'version' } | ({ kind: 'command' } & ParsedCommand);

export function usageText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(width)}  ${spec.summary}`);
  return [
    'briefdeck — learn what a news article says, with cloze cards and spaced repetition',
    '',
    'Usage: briefdeck <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Global options:',
    '  --storage DIR     progress store (env BRIEFDECK_STORAGE)',
    '  --decks-dir DIR   deck folder (env BRIEFDECK_DECKS)',
    '  Without them: BRIEFDECK_HOME/{decks,storage}, else the workspace this folder is in (a folder',
    '  holding decks/ and storage/), else your data folder (~/.local/share/briefdeck); see "briefdeck where".',
    '  -h, --help        help; "briefdeck <command> --help" for one command',
    '',
    'Env: BRIEFDECK_NOW (ISO time) sets the clock; NO_COLOR turns colour off; DEBUG shows stack traces.',
  ].join('\n');
}

function commandHelp(name: string): string {
  const spec = COMMANDS[name]!;
  return `${spec.usage}\n\n${spec.summary}`;
}

/** Turn argv (without node and script) into a command, or help; bad usage is a UserError. */
export function parseCliArgs(argv: string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') return { kind: 'help', text: usageText() };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  const spec = COMMANDS[first];
  if (!spec) throw new UserError(`briefdeck: unknown command "${first}" — run "briefdeck --help" for the list`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL, ...spec.options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(`briefdeck ${first}: ${message} — usage: ${spec.usage}`);
  }
  if (parsed.values.help) return { kind: 'help', text: commandHelp(first) };
  const [min, max] = spec.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    throw new UserError(`briefdeck ${first}: wrong number of arguments — usage: ${spec.usage}`);
  }
  return { kind: 'command', command: first, positionals: parsed.positionals, values: parsed.values };
}

/** A whole number option such as --new 10; undefined when absent. */
export function intOption(values: ParsedCommand['values'], name: string, min = 0): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw.trim()) || n < min) {
    throw new UserError(`briefdeck: --${name} must be a whole number ≥ ${min}, got "${String(raw)}"`);
  }
  return n;
}
