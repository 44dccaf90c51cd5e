import { type EventKind } from './types.ts';

/** A presidential election: winner, share, turnout, observers. */
export const election: EventKind = {
  kind: 'election',
  make(r, world, id, date) {
    const [country, other] = r.sample(world.countries, 2) as [typeof world.countries[0], typeof world.countries[0]];
    return {
      id,
      kind: 'election',
      date,
      country,
      city: country.capital,
      other,
      people: [country.president, country.ministers.foreign],
      org: `${country.adjective} Central Election Commission`,
      org2: r.pick(world.councils),
      figures: {
        share: r.int(45, 85),
        runnerUp: r.int(5, 30),
        turnout: r.int(35, 85),
        candidates: r.int(3, 9),
        observers: r.int(2, 60) * 10,
        previous: r.int(2010, 2019),
      },
      weight: 1,
    };
  },
  headlines: [
    (c) => `${c.ev.people[0]!.name} wins ${c.ev.country.adjective} election with ${c.fig('share')}%`,
    (c) => `${c.ev.country.name} votes: ${c.ev.people[0]!.surname} declared winner`,
    (c) => `Turnout of ${c.fig('turnout')}% in ${c.ev.country.adjective} presidential vote`,
  ],
  facts: [
    {
      lede: true,
      forms: [
        (c) => `${c.ev.people[0]!.name} won the presidential election held ${c.when()} in ${c.ev.country.name} with ${c.fig('share')} percent of the vote, the ${c.ev.org} said.`,
        (c) => `Voters in ${c.ev.country.name} re-elected ${c.ev.people[0]!.name} ${c.when()}, giving him ${c.fig('share')} percent, according to preliminary results.`,
      ],
    },
    {
      forms: [
        (c) => `Turnout was ${c.fig('turnout')} percent.`,
        (c) => `The commission put turnout at ${c.fig('turnout')} percent of registered voters.`,
      ],
    },
    {
      forms: [
        (c) => `${c.ev.people[0]!.surname} faced ${c.count(c.fig('candidates') - 1)} other candidates.`,
        (c) => `${c.count(c.fig('candidates'))} candidates were on the ballot.`,
      ],
    },
    {
      forms: [
        (c) => `The runner-up received ${c.fig('runnerUp')} percent.`,
        (c) => `The nearest rival took ${c.fig('runnerUp')} percent of the vote.`,
      ],
    },
    {
      forms: [
        (c) => `About ${c.num('observers')} observers from the ${c.ev.org2} monitored the vote.`,
        (c) => `The ${c.ev.org2} sent ${c.num('observers')} observers, who said voting was orderly.`,
      ],
    },
    {
      forms: [
        (c) => `${c.ev.people[0]!.surname} was first elected in ${c.ev.figures.previous}.`,
        (c) => `He has led ${c.ev.country.name} since ${c.ev.figures.previous}.`,
      ],
    },
    {
      forms: [
        (c) => `${c.ev.other.name} congratulated ${c.ev.people[0]!.surname} on his victory.`,
        (c) => `The ${c.ev.other.adjective} president was among the first to send congratulations.`,
      ],
    },
    {
      closer: true,
      forms: [() => `The inauguration is scheduled for next month.`, (c) => `${c.ev.people[0]!.surname} will be sworn in next month.`],
    },
  ],
  quotes: ['The people have chosen stability', 'We will work for every citizen, including those who did not vote for us', 'The count was open and fair'],
  subheads: ['The results', 'Reactions abroad', 'Observers'],
};
