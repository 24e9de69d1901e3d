#!/usr/bin/env node
// Entry point: parse arguments first, then import only the command that runs, so that
// `--help` never pays for Ink, React or the NLP model (command-line.ts).
import module from 'node:module';
import { isDiskFull, runCommandLine } from './command-line.js';

// Node 22.1+ keeps the compiled code of the bundle's chunks on disk (in its own folder under
// the temp dir), so a review's first frame is not spent compiling Ink and React again.
// Node 20 has no such cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// `briefdeck export --anki - | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  const why = isDiskFull(error) ? 'the disk is full — free some space and run it again' : error.message;
  process.stderr.write(`briefdeck: cannot write to standard output: ${why}\n`);
  process.exit(1);
});

void runCommandLine(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code;
});
