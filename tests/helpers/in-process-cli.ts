// A command line run inside the test process, through the same code as the executable
// (src/command-line.ts: argument parsing, context, error lines), with its own environment and
// captured streams. For tests where a process start would only add time — the generator's
// NLP model, for one, loads once per test file instead of once per command. Each promise
// keeps at least one test through the real, built CLI (built-cli.ts).
import { Readable, Writable } from 'node:stream';
import { runCommandLine } from '../../src/command-line.js';
import type { CliResult } from './built-cli.js';

function collector(): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** As runCli (same environment defaults), in this process: a pipe for stdin, captured stdout and stderr. */
export async function runInProcess(
  args: string[],
  options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<CliResult> {
  const merged: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', BRIEFDECK_TZ: 'UTC', ...options.env };
  const env = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
  const stdout = collector();
  const stderr = collector();
  const stdin = Readable.from([Buffer.from(options.input ?? '')]) as unknown as NodeJS.ReadStream;
  const status = await runCommandLine(args, { env, cwd: options.cwd ?? process.cwd(), stdin, stdout: stdout.stream, stderr: stderr.stream });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
