// Run at the start of every test file (vitest's setupFiles): the hooks of the test helpers
// (tests/helpers/file-hooks.ts). Helper modules are evaluated once per worker when files share
// modules; this file is run again for each file, so their hooks run for every file.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { runHooks } from './helpers/file-hooks.js';

beforeAll(() => runHooks('beforeFile'));
beforeEach(() => runHooks('beforeTest'));
afterEach(() => runHooks('afterTest'));
afterAll(() => runHooks('afterFile'));
