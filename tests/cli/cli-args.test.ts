import { describe, expect, test } from 'vitest';
import { intOption, parseCliArgs } from '../../src/cli-args.js';
import { UserError } from '../../src/errors.js';

describe('command-line arguments', () => {
  test('no arguments or --help gives the overview of commands', () => {
    for (const argv of [[], ['--help'], ['-h'], ['help']]) {
      const parsed = parseCliArgs(argv);
      expect(parsed.kind).toBe('help');
      if (parsed.kind === 'help') expect(parsed.text).toContain('generate');
    }
  });

  test('a command with its options and global options', () => {
    const parsed = parseCliArgs(['review', 'central-asia', '--new', '5', '--plain', '--storage', '/tmp/s']);
    expect(parsed).toMatchObject({
      kind: 'command',
      command: 'review',
      positionals: ['central-asia'],
      values: { new: '5', plain: true, storage: '/tmp/s' },
    });
  });

  test('unknown commands, unknown flags and missing arguments are usage errors', () => {
    expect(() => parseCliArgs(['frobnicate'])).toThrow(/unknown command "frobnicate"/);
    expect(() => parseCliArgs(['review', '--bogus'])).toThrow(UserError);
    expect(() => parseCliArgs(['generate'])).toThrow(/usage: briefdeck generate/);
    expect(() => parseCliArgs(['generate', 'a.html', '--feed', 'f.rss'])).toThrow(/^briefdeck generate: give either an article or --feed, not both — usage: /);
    expect(() => parseCliArgs(['generate', 'a.html', '--since', '7d'])).toThrow(/^briefdeck generate: --since and --limit go with --feed — usage: /);
    expect(() => parseCliArgs(['generate', '--feed', 'f.rss', '--deck', 'X'])).toThrow(/--deck names one deck; a feed makes one deck per article/);
  });

  test('whole-number options are checked', () => {
    expect(intOption({ new: '12' }, 'new')).toBe(12);
    expect(intOption({}, 'new')).toBeUndefined();
    expect(() => intOption({ new: 'ten' }, 'new')).toThrow(/--new must be a whole number/);
    expect(() => intOption({ new: '-1' }, 'new')).toThrow(UserError);
  });
});

describe('mistyped commands and flags: one line naming what was typed, and the way out', () => {
  const message = (argv: string[]): string => {
    try {
      parseCliArgs(argv);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      expect((error as Error).message).not.toContain('\n');
      return (error as Error).message;
    }
    throw new Error(`${argv.join(' ')} was accepted`);
  };

  test('a mistyped command is named with the command meant', () => {
    expect(message(['reveiw'])).toBe('briefdeck: unknown command "reveiw" — did you mean "review"? "briefdeck --help" lists them');
    expect(message(['stat'])).toMatch(/did you mean "stats"\?/);
    expect(message(['fly'])).toBe('briefdeck: unknown command "fly" — run "briefdeck --help" for the list');
  });

  test('a mistyped flag is named, with the flag meant and the usage', () => {
    expect(message(['review', '--stroage', '/tmp/s'])).toBe(
      'briefdeck review: unknown option --stroage (did you mean --storage?) — usage: briefdeck review [DECK | --tag TAG | --since DATE] [--new N] [--limit N] [--plain]',
    );
    expect(message(['review', '--bogus'])).toMatch(/^briefdeck review: unknown option --bogus — usage: briefdeck review /);
    expect(message(['quiz', '--cuont', '5'])).toMatch(/unknown option --cuont \(did you mean --count\?\)/);
  });

  test('a negative number is out of range, not "ambiguous"; a missing value and a value for a switch are named', () => {
    expect(message(['review', '--new', '-5'])).toBe(
      'briefdeck review: --new must be a whole number ≥ 0, got "-5" — usage: briefdeck review [DECK | --tag TAG | --since DATE] [--new N] [--limit N] [--plain]',
    );
    expect(message(['quiz', '--count', '0'])).toMatch(/^briefdeck quiz: --count must be a whole number ≥ 1, got "0" — usage: /);
    expect(message(['review', '--new'])).toMatch(/^briefdeck review: --new needs a value — usage: /);
    expect(message(['generate', 'a.txt', '--deck', '--json'])).toMatch(/^briefdeck generate: --deck needs a value — usage: /);
    expect(message(['review', '--plain=yes'])).toMatch(/^briefdeck review: --plain takes no value, got "yes" — usage: /);
  });

  test('values that look like flags but are meant are still taken', () => {
    expect(parseCliArgs(['export', '--anki', '-'])).toMatchObject({ values: { anki: '-' } });
    expect(parseCliArgs(['generate', '-'])).toMatchObject({ positionals: ['-'] });
    expect(parseCliArgs(['generate', 'a.txt', '--deck=--odd'])).toMatchObject({ values: { deck: '--odd' } });
  });
});
