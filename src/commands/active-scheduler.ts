import type { Scheduler } from '../schedule/scheduler.js';
import { createFsrsScheduler, SM2_SCHEDULER } from '../schedule/scheduler.js';
import type { CardProgress } from '../schedule/types.js';
import { readSchedulerSettings } from '../store/scheduler-settings.js';
import type { Store } from '../store/store-api.js';
import type { CommandContext } from './context.js';
import { loadFsrsEngine } from './load-fsrs.js';

/**
 * The scheduler the user chose (SM-2 unless `briefdeck config scheduler fsrs`). The settings
 * are read now (a damaged file stops the command before anything is opened); `load` builds
 * the scheduler over the store's log once it is open, ts-fsrs having loaded meanwhile.
 */
export async function activeScheduler(context: CommandContext): Promise<{ load: (store: Store) => Promise<Scheduler> }> {
  const settings = await readSchedulerSettings(context.storageDir, context.storageDir);
  if (settings.scheduler === 'sm2') return { load: async () => SM2_SCHEDULER };
  const engine = loadFsrsEngine(settings.desiredRetention, settings.fitted?.parameters);
  engine.catch(() => undefined);
  return { load: async (store) => createFsrsScheduler(await engine, store.answers()) };
}

/** Progress with each card's due day as the active scheduler has it. */
export function dueUnder<T extends CardProgress>(scheduler: Scheduler, progress: T): T {
  return scheduler.name === 'sm2' ? progress : { ...progress, due: scheduler.dueOf(progress) };
}
