import { Box, Text } from 'ink';
import type { Card } from '../deck/types.js';
import type { ScheduleSnapshot } from '../schedule/types.js';
import type { CardContent } from './card-view.js';

export interface CardInfoProps {
  card: Card;
  content: CardContent;
  progress: ScheduleSnapshot;
  color: boolean;
}

/** Rows the panel takes. */
export const CARD_INFO_ROWS = 4;

function scheduleText(p: ScheduleSnapshot): string {
  if (p.due === null) return 'new: not answered yet';
  const reps = `${p.repetitions} ${p.repetitions === 1 ? 'repetition' : 'repetitions'}`;
  const lapses = `${p.lapses} ${p.lapses === 1 ? 'lapse' : 'lapses'}`;
  return `due ${p.due} · interval ${p.interval} d · EF ${p.easiness.toFixed(2)} · ${reps} · ${lapses}`;
}

/** What a card is, to deal with a bad one: its id (for suspend and stats), deck, schedule and source. */
export function CardInfo({ card, content, progress, color }: CardInfoProps) {
  const source = content.section ? `${content.title} · ${content.section}` : content.title;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">{`card ${card.id} · ${card.kind} · deck "${content.deckName}"`}</Text>
      <Text wrap="truncate">{scheduleText(progress)}</Text>
      <Text wrap="truncate" italic>
        {source}
      </Text>
      <Text dimColor={color} wrap="truncate">
        {`s: suspend this card (briefdeck unsuspend ${card.id} brings it back) · i: back`}
      </Text>
    </Box>
  );
}
