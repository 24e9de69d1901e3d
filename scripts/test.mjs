// `npm test`: the type check and the whole suite, side by side. tsc keeps one core busy for
// about 20 s; run first, it left the other core of a 2-core CI machine idle that long. Fails
// when either fails. The suite's output streams; tsc's (only errors) is printed when both end,
// so the two never interleave. Arguments go to vitest (`npm test -- --reporter=…`).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The packages' own entry points (vitest exports none for its executable).
const TSC = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const VITEST = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

/** Run `node script args…`; resolves to its exit code (1 if killed by a signal) and what it printed, when captured. */
function run(script, args, capture) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'] });
    let output = '';
    if (capture) {
      child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const [typecheck, suite] = await Promise.all([run(TSC, ['--noEmit', '-p', '.'], true), run(VITEST, ['run', ...process.argv.slice(2)], false)]);
if (typecheck.code !== 0) {
  process.stderr.write(`\ntype check (tsc --noEmit) failed:\n${typecheck.output}`);
} else {
  process.stdout.write('type check (tsc --noEmit): no errors\n');
}
process.exitCode = typecheck.code !== 0 ? typecheck.code : suite.code;
