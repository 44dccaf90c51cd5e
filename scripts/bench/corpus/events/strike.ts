import { type EventKind } from './types.ts';

const TRADES = ['Dock workers', 'Miners', 'Railway staff', 'Teachers', 'Bus drivers'];

/** A strike ends with a pay deal: how many struck, for how long, for what rise. */
export const strike: EventKind = {
  kind: 'strike',
  make(r, world, id, date) {
    const [country, other] = r.sample(world.countries, 2) as [typeof world.countries[0], typeof world.countries[0]];
    const union = r.pick(world.unions);
    return {
      id,
      kind: 'strike',
      date,
      country,
      city: r.pick(country.cities),
      other,
      people: [{ ...r.pick(world.voices), role: `leader of the ${union}` }, country.ministers.labour],
      org: r.pick(world.companies),
      org2: union,
      figures: {
        trade: r.int(0, TRADES.length - 1),
        workers: r.int(2, 120) * 100,
        days: r.int(2, 21),
        rise: r.int(4, 20),
        demanded: r.int(21, 40),
        idle: r.int(10, 300),
        inflationLast: r.int(40, 250) / 10,
      },
      weight: 1,
    };
  },
  headlines: [
    (c) => `${TRADES[c.ev.figures.trade!]} in ${c.ev.city} end strike after ${c.fig('rise')}% pay deal`,
    (c) => `${c.ev.org} strike ends in ${c.ev.city}`,
    (c) => `${c.ev.city} walkout over as ${c.ev.org} agrees wage rise`,
  ],
  facts: [
    {
      lede: true,
      forms: [
        (c) => `${TRADES[c.ev.figures.trade!]} at ${c.ev.org} in ${c.ev.city} ended a ${c.fig('days')}-day strike ${c.when()} after the company agreed to raise wages by ${c.fig('rise')} percent.`,
        (c) => `A ${c.fig('days')}-day strike at ${c.ev.org} in ${c.ev.city} ended ${c.when()} with a pay rise of ${c.fig('rise')} percent, the ${c.ev.org2} said.`,
        (c) => `The ${c.ev.org2} called off its strike at ${c.ev.org} ${c.when()}, after ${c.fig('days')} days, in return for a ${c.fig('rise')} percent wage increase.`,
      ],
    },
    {
      forms: [
        (c) => `The union had demanded a ${c.fig('demanded')} percent increase.`,
        (c) => `Workers had asked for ${c.fig('demanded')} percent more pay.`,
      ],
    },
    {
      forms: [
        (c) => `About ${c.num('workers')} workers took part in the strike.`,
        (c) => `The walkout involved some ${c.num('workers')} employees, according to the ${c.ev.org2}.`,
      ],
    },
    {
      forms: [
        (c) => `The strike left ${c.num('idle')} trains and lorries idle in ${c.ev.city}.`,
        (c) => `At its height, ${c.num('idle')} vehicles were stuck, the city authorities said.`,
      ],
    },
    {
      forms: [
        (c) => `Inflation in ${c.ev.country.name} reached ${c.fig('inflationLast')} percent ${c.lastYear()}.`,
        (c) => `Prices in ${c.ev.country.name} rose by ${c.fig('inflationLast')} percent ${c.lastYear()}, eroding wages.`,
      ],
    },
    {
      forms: [
        (c) => `${c.ev.people[1]!.name} said the government had helped broker the agreement.`,
        (c) => `The ${c.ev.country.adjective} labour ministry mediated the talks.`,
      ],
    },
    {
      closer: true,
      forms: [
        () => `Members will vote on the deal next week.`,
        () => `Union members are due to vote on the agreement in the coming days.`,
      ],
    },
  ],
  quotes: ['Our members stood together and it paid off', 'Nobody wanted a long strike', 'The company could have agreed to this on day one'],
  subheads: ['The deal', 'Cost of living', 'What members say'],
};
