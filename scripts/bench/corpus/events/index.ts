import { disaster } from './disaster.ts';
import { election } from './election.ts';
import { infrastructure } from './infrastructure.ts';
import { strike } from './strike.ts';
import { summit } from './summit.ts';
import type { EventKind } from './types.ts';

export type { Ctx, EventKind, Fact, Form, NewsEvent } from './types.ts';

/** The kinds of event the corpus covers, with how common each is. */
export const KINDS: { kind: EventKind; weight: number }[] = [
  { kind: summit, weight: 3 },
  { kind: disaster, weight: 3 },
  { kind: infrastructure, weight: 2 },
  { kind: strike, weight: 2 },
  { kind: election, weight: 1 },
];

export const kindNamed = (name: string): EventKind => {
  const k = KINDS.find((x) => x.kind.kind === name);
  if (!k) throw new Error(`unknown event kind ${name}`);
  return k.kind;
};
