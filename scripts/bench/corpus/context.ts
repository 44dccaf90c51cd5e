/**
 * Context sentences around an event's facts: stable background facts about
 * the country (the same across outlets, so they corroborate), analysts,
 * residents, caveats. They fill an article to its length.
 */
import type { NewsEvent } from './events/index.ts';
import type { Random } from './random.ts';
import type { Outlet, World } from './world.ts';

/** A stable number derived from a name, so every outlet gives the same distance. */
const stable = (s: string, lo: number, hi: number) => {
  let h = 7;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return lo + (h % (hi - lo + 1));
};

const article = (word: string) => (/^[aeio]/i.test(word) ? 'an' : 'a');

export function contextSentences(r: Random, world: World, ev: NewsEvent, outlet: Outlet): string[] {
  const { country, other, city } = ev;
  const voice = r.pick(world.voices);
  const analyst = r.pick(world.voices);
  return [
    `${country.name} has a population of about ${country.population} million.`,
    `${country.name}, home to some ${country.population} million people, became independent in ${country.founded}.`,
    `${city} lies about ${stable(city + other.name, 40, 900)} km from the border with ${other.name}.`,
    `Analysts said the outcome would be watched closely in ${other.name}.`,
    `${analyst.name}, ${article(analyst.role)} ${analyst.role}, said the coming months would show whether the promises were kept.`,
    `${voice.name}, ${article(voice.role)} ${voice.role} in ${city}, said people were waiting for more details.`,
    'Officials did not say when further details would be released.',
    `${outlet.name} could not independently verify the figures.`,
    `The ${country.adjective} opposition has criticised the government's handling of the issue.`,
    `The government is expected to publish a full report next month.`,
    `Local television showed crowds gathering in the centre of ${city}.`,
    `${other.name} and ${country.name} have long disputed the use of shared rivers.`,
    `The ${r.pick(world.banks)} has financed several projects in ${country.name} since ${country.founded + r.int(5, 15)}.`,
    `${country.capital} has not commented on reports of a cabinet reshuffle.`,
    `Relations between ${country.name} and ${other.name} have improved over the past decade.`,
    `The national currency lost ${r.int(3, 15)} percent of its value against the dollar last year.`,
    `Officials in ${city} said schools and hospitals were operating normally.`,
    `The news was widely shared on social media in ${country.name}.`,
  ];
}
