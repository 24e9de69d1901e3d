import { execFileSync } from 'node:child_process';

/**
 * End-to-end tests spawn the bundled CLI (dist/briefdeck.js), as a user runs it. Build it
 * once here, before any test file runs: test files run in parallel workers, and a build
 * inside each would replace dist/ under a CLI another worker is running.
 */
export default function buildCliOnce(): void {
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}
