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
  });

  test('whole-number options are checked', () => {
    expect(intOption({ new: '12' }, 'new')).toBe(12);
    expect(intOption({}, 'new')).toBeUndefined();
    expect(() => intOption({ new: 'ten' }, 'new')).toThrow(/--new must be a whole number/);
    expect(() => intOption({ new: '-1' }, 'new')).toThrow(UserError);
  });
});
