// The library face of briefdeck: `import { sm2 } from 'briefdeck'`.
export { sm2 } from './schedule/sm2.js';
export type { Sm2State, Quality } from './schedule/sm2.js';
export { parseCloze, renderCard, buildClozeText } from './deck/cloze.js';
export type { Deck, Note, Card, NoteKind } from './deck/types.js';
