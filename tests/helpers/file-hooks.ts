// Hooks a helper module needs in every test file that uses it. Test files share their
// worker's modules (vitest.config.ts), so a helper is evaluated once per worker: hooks it
// registered with vitest directly would run for the first file that imported it only. It
// registers them here instead, and tests/setup-each-file.ts (run at the start of every file)
// runs them for every file.
type Hook = () => void | Promise<void>;

const hooks = { beforeFile: [] as Hook[], beforeTest: [] as Hook[], afterTest: [] as Hook[], afterFile: [] as Hook[] };

/** Run `hook` before the first test of every file, before or after every test, or after every file. */
export function everyFile(when: keyof typeof hooks, hook: Hook): void {
  hooks[when].push(hook);
}

/** Run the hooks registered for `when`, in the order they were registered. */
export async function runHooks(when: keyof typeof hooks): Promise<void> {
  for (const hook of hooks[when]) await hook();
}
