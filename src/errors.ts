/**
 * An error meant for the person at the terminal: the CLI prints its message as one line
 * and exits with its code (2: bad input or usage, 1: a failure), never a stack trace.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
