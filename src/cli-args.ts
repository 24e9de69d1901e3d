import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './errors.js';
import { editDistance } from './quiz/edit-distance.js';

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
  /** Options that take a whole number, with the least value allowed. */
  wholeNumbers?: Record<string, number>;
  /** What is wrong with this combination of arguments, or null. */
  check?: (positionals: string[], values: ParsedCommand['values']) => string | null;
}

export const COMMANDS: Record<string, CommandSpec> = {
  generate: {
    usage:
      'briefdeck generate <file|-|URL> | --feed URL|FILE [--since DATE] [--limit N]  [--deck NAME] [--tag TAG] [--max-cards N] [--timeout S] [--offline] [--replace] [--json]',
    summary: 'make a cloze deck from an article (a link, a saved page, text or Markdown) or from each new item of a feed',
    options: {
      deck: { type: 'string' },
      json: { type: 'boolean' },
      'max-cards': { type: 'string' },
      replace: { type: 'boolean' },
      feed: { type: 'string' },
      since: { type: 'string' },
      limit: { type: 'string' },
      tag: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      offline: { type: 'boolean' },
    },
    positionals: [0, 1],
    wholeNumbers: { 'max-cards': 1, limit: 1, timeout: 1 },
    check: (positionals, values) => {
      const feed = values.feed !== undefined;
      if (feed && positionals.length > 0) return 'give either an article or --feed, not both';
      if (!feed && positionals.length === 0) return 'give an article (a file, - for stdin, or an http(s) link) or --feed URL|FILE';
      if (!feed && (values.since !== undefined || values.limit !== undefined)) return '--since and --limit go with --feed';
      if (feed && values.deck !== undefined) return '--deck names one deck; a feed makes one deck per article (use --tag to group them)';
      return null;
    },
  },
  review: {
    usage: 'briefdeck review [DECK | --tag TAG | --since DATE] [--new N] [--limit N] [--plain]',
    summary: "today's review session (SM-2, or FSRS if chosen with briefdeck config)",
    options: { new: { type: 'string' }, limit: { type: 'string' }, plain: { type: 'boolean' }, tag: { type: 'string', multiple: true }, since: { type: 'string' } },
    positionals: [0, 1],
    wholeNumbers: { new: 0, limit: 0 },
  },
  quiz: {
    usage: 'briefdeck quiz [DECK | --tag TAG | --since DATE] [--count N] [--kind KIND…] [--mode flip|typed|choice] [--record] [--siblings] [--plain]',
    summary: 'self-quiz before a briefing; leaves the schedule alone unless --record',
    options: {
      count: { type: 'string' },
      kind: { type: 'string', multiple: true },
      mode: { type: 'string' },
      record: { type: 'boolean' },
      siblings: { type: 'boolean' },
      plain: { type: 'boolean' },
      seed: { type: 'string' },
      tag: { type: 'string', multiple: true },
      since: { type: 'string' },
    },
    positionals: [0, 1],
    wholeNumbers: { count: 1 },
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
    usage: 'briefdeck brief [DECK | --tag TAG | --since DATE] [--format text|md]',
    summary: 'a one-page briefing sheet of the deck',
    options: { format: { type: 'string' }, tag: { type: 'string', multiple: true }, since: { type: 'string' } },
    positionals: [0, 1],
  },
  stats: {
    usage: 'briefdeck stats [DECK] [--json] [--days N]',
    summary: 'forecast, history and retention',
    options: { json: { type: 'boolean' }, days: { type: 'string' } },
    positionals: [0, 1],
    wholeNumbers: { days: 1 },
  },
  decks: {
    usage: 'briefdeck decks [--tag TAG] [--since DATE] [--json]',
    summary: 'list decks with their card counts (--since 7d: this week\'s articles)',
    options: { json: { type: 'boolean' }, tag: { type: 'string', multiple: true }, since: { type: 'string' } },
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
  edit: {
    usage: 'briefdeck edit CARD|NOTE',
    summary: "fix a card: its note's text in $EDITOR; progress is kept, regeneration leaves it",
    options: {},
    positionals: [1, 1],
  },
  where: {
    usage: 'briefdeck where [--json]',
    summary: 'the decks and storage folders in use, and why those',
    options: { json: { type: 'boolean' } },
    positionals: [0, 0],
  },
  config: {
    usage: 'briefdeck config [scheduler [sm2|fsrs]] [--desired-retention R]',
    summary: 'show or choose the scheduler: SM-2 (the default) or FSRS, both from the same review log',
    options: { 'desired-retention': { type: 'string' } },
    positionals: [0, 2],
  },
  fit: {
    usage: 'briefdeck fit [--reset]',
    summary: "fit FSRS's parameters to your own review log (--reset: back to the defaults)",
    options: { reset: { type: 'boolean' } },
    positionals: [0, 0],
  },
  simulate: {
    usage: 'briefdeck simulate [--seed N] [--cards N] [--days N] [--desired-retention R] [--json]',
    summary: 'a simulated learner studies a year under SM-2 and FSRS; reviews and recall compared',
    options: { seed: { type: 'string' }, cards: { type: 'string' }, days: { type: 'string' }, 'desired-retention': { type: 'string' }, json: { type: 'boolean' } },
    positionals: [0, 0],
    wholeNumbers: { seed: 0, cards: 1, days: 1 },
  },
  sync: {
    usage: 'briefdeck sync [--remote URL] [--status]',
    summary: 'share decks and review history with your other machines through a git remote',
    options: { remote: { type: 'string' }, status: { type: 'boolean' } },
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

/** The closest of `names` to a mistyped `word`, if one is close enough to be what was meant. */
function closest(word: string, names: readonly string[]): string | null {
  const prefixed = names.filter((name) => word.length >= 2 && name.startsWith(word));
  if (prefixed.length === 1) return prefixed[0]!;
  const ranked = names.map((name) => ({ name, distance: editDistance(word, name) })).sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  if (!best || best.distance > Math.max(1, Math.floor(word.length / 3))) return null;
  return ranked.filter((r) => r.distance === best.distance).length === 1 ? best.name : null;
}

/**
 * Check each option as typed, so every mistake gets one line that names the flag, says what
 * is wrong and shows the command's usage (Node's own messages are long, and call "--new -5"
 * "ambiguous").
 */
function checkOptions(command: string, spec: CommandSpec, options: Options, tokens: ArgToken[]): void {
  const fail = (what: string): never => {
    throw new UserError(`briefdeck ${command}: ${what} — usage: ${spec.usage}`);
  };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (!option) {
      const guess = token.name.length > 1 ? closest(token.name, Object.keys(options)) : null;
      fail(`unknown option ${token.rawName}${guess ? ` (did you mean --${guess}?)` : ''}`);
    }
    const flag = `--${token.name}`;
    if (option.type === 'boolean' && token.value !== undefined) fail(`${flag} takes no value, got "${token.value}"`);
    if (option.type !== 'string') continue;
    if (token.value === undefined || (!token.inlineValue && /^--./.test(token.value))) fail(`${flag} needs a value`);
    const min = spec.wholeNumbers?.[token.name];
    if (min !== undefined && (!/^\d+$/.test(token.value!.trim()) || Number(token.value) < min)) {
      fail(`${flag} must be a whole number ≥ ${min}, got "${token.value}"`);
    }
  }
}

type ArgToken = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** Turn argv (without node and script) into a command, or help; bad usage is a UserError. */
export function parseCliArgs(argv: string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') return { kind: 'help', text: usageText() };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  const spec = COMMANDS[first];
  if (!spec) {
    const guess = closest(first, Object.keys(COMMANDS));
    const hint = guess ? `did you mean "${guess}"? "briefdeck --help" lists them` : 'run "briefdeck --help" for the list';
    throw new UserError(`briefdeck: unknown command "${first}" — ${hint}`);
  }
  const options = { ...GLOBAL, ...spec.options };
  // Not strict: the options are checked one by one below, each with a message of its own.
  const parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: false, tokens: true });
  if (parsed.values.help === true) return { kind: 'help', text: commandHelp(first) };
  checkOptions(first, spec, options, parsed.tokens);
  const [min, max] = spec.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    throw new UserError(`briefdeck ${first}: wrong number of arguments — usage: ${spec.usage}`);
  }
  const problem = spec.check?.(parsed.positionals, parsed.values);
  if (problem) throw new UserError(`briefdeck ${first}: ${problem} — usage: ${spec.usage}`);
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
