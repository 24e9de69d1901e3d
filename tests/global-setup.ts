import { execFileSync } from 'node:child_process';

/** End-to-end tests spawn the built CLI (dist/briefdeck.js), so build it once first. */
export default function buildOnce(): void {
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}
