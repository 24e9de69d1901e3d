// What the store holds, read the way `briefdeck stats` would: read mode, no lock, no writes.
import { openStore } from '../../../src/store/open-store.js';

export interface SeenAnswer {
  cardId: string;
  quality: number;
}

/** Every effective answer in the log, oldest first; throws if the store does not open. */
export async function answersInStore(storage: string): Promise<SeenAnswer[]> {
  const store = await openStore(storage, { mode: 'read', now: new Date() });
  try {
    return store.answers().map((a) => ({ cardId: a.cardId, quality: a.quality }));
  } finally {
    await store.close();
  }
}
