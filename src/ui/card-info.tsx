import { Box, Text } from 'ink';
import type { Card } from '../deck/types.js';
import type { ScheduleInfo } from '../schedule/scheduler.js';
import type { CardContent } from './card-view.js';

export interface CardInfoProps {
  card: Card;
  content: CardContent;
  /** The card's schedule under the active scheduler. */
  schedule: ScheduleInfo;
  color: boolean;
}

/** Rows the panel takes. */
export const CARD_INFO_ROWS = 4;

function scheduleText(p: ScheduleInfo): string {
  if (p.due === null) return p.scheduler === 'fsrs' ? 'FSRS · new: not answered yet' : 'new: not answered yet';
  const lapses = `${p.lapses} ${p.lapses === 1 ? 'lapse' : 'lapses'}`;
  if (p.scheduler === 'fsrs') {
    const recall = p.recallToday === null ? '' : ` · recall today ${Math.round(p.recallToday * 100)} %`;
    return `FSRS · due ${p.due} · stability ${p.stability.toFixed(1)} d · difficulty ${p.difficulty.toFixed(1)}${recall} · ${lapses}`;
  }
  const reps = `${p.repetitions} ${p.repetitions === 1 ? 'repetition' : 'repetitions'}`;
  return `due ${p.due} · interval ${p.interval} d · EF ${p.easiness.toFixed(2)} · ${reps} · ${lapses}`;
}

/** What a card is, to deal with a bad one: its id (for suspend and stats), deck, schedule and source. */
export function CardInfo({ card, content, schedule, color }: CardInfoProps) {
  const source = content.section ? `${content.title} · ${content.section}` : content.title;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">{`card ${card.id} · ${card.kind} · deck "${content.deckName}"`}</Text>
      <Text wrap="truncate">{scheduleText(schedule)}</Text>
      <Text wrap="truncate" italic>
        {source}
      </Text>
      <Text dimColor={color} wrap="truncate">
        {`s: suspend this card (briefdeck unsuspend ${card.id} brings it back) · i: back`}
      </Text>
    </Box>
  );
}
