import { type EventKind } from './types.ts';

const WORKS = ['railway', 'motorway', 'power line', 'gas pipeline'];

/** A new railway, road or pipeline opens: its length, cost, capacity and builder. */
export const infrastructure: EventKind = {
  kind: 'infrastructure',
  make(r, world, id, date) {
    const [country, other] = r.sample(world.countries, 2) as [typeof world.countries[0], typeof world.countries[0]];
    const [from, to] = r.sample(country.cities, 2) as [string, string];
    return {
      id,
      kind: 'infrastructure',
      date,
      country,
      city: from,
      other,
      people: [country.ministers.transport, country.president, country.ministers.finance],
      org: r.pick(world.companies),
      org2: r.pick(world.banks),
      figures: {
        work: r.int(0, WORKS.length - 1),
        to: country.cities.indexOf(to),
        length: r.int(4, 90) * 10,
        cost: r.int(10, 400) * 10,
        capacity: r.int(2, 40),
        jobs: r.int(3, 50) * 100,
        years: r.int(2, 6),
        hoursBefore: r.int(8, 14),
        hoursAfter: r.int(3, 6),
        freightLast: r.int(20, 300) / 10,
      },
      weight: 1,
    };
  },
  headlines: [
    (c) => `${c.ev.country.name} opens ${c.fig('length')}-km ${WORKS[c.ev.figures.work!]} from ${c.ev.city}`,
    (c) => `New ${WORKS[c.ev.figures.work!]} links ${c.ev.city} and ${c.ev.country.cities[c.ev.figures.to!]}`,
    (c) => `${c.ev.org} completes ${c.money(c.fig('cost'))} ${WORKS[c.ev.figures.work!]} project`,
  ],
  facts: [
    {
      lede: true,
      forms: [
        (c) => `${c.ev.people[1]!.name} opened a ${c.fig('length')}-kilometre ${WORKS[c.ev.figures.work!]} between ${c.ev.city} and ${c.ev.country.cities[c.ev.figures.to!]} ${c.when()}.`,
        (c) => `A new ${WORKS[c.ev.figures.work!]} linking ${c.ev.city} with ${c.ev.country.cities[c.ev.figures.to!]} went into service ${c.when()}, the ${c.ev.country.adjective} government said.`,
        (c) => `${c.ev.country.name} ${c.when()} opened its longest ${WORKS[c.ev.figures.work!]}, running ${c.fig('length')} km from ${c.ev.city} to ${c.ev.country.cities[c.ev.figures.to!]}.`,
      ],
    },
    {
      forms: [
        (c) => `The project cost ${c.money(c.fig('cost'))}, financed largely by the ${c.ev.org2}.`,
        (c) => `The ${c.ev.org2} lent most of the ${c.money(c.fig('cost'))} the project cost.`,
      ],
    },
    {
      forms: [
        (c) => `It is designed to carry ${c.fig('capacity')} million tonnes of freight a year.`,
        (c) => `Its capacity is ${c.fig('capacity')} million tonnes a year, according to the operator.`,
      ],
    },
    {
      forms: [
        (c) => `${c.ev.org} built the line over ${c.count(c.fig('years'))} years.`,
        (c) => `Construction by ${c.ev.org} took ${c.count(c.fig('years'))} years.`,
      ],
    },
    {
      forms: [
        (c) => `The journey between the two cities will take ${c.count(c.ev.figures.hoursAfter!)} hours instead of ${c.count(c.ev.figures.hoursBefore!)}.`,
        (c) => `Travel time falls from ${c.count(c.ev.figures.hoursBefore!)} hours to ${c.count(c.ev.figures.hoursAfter!)}, officials said.`,
      ],
    },
    {
      forms: [
        (c) => `The project created about ${c.num('jobs')} jobs, ${c.ev.people[0]!.name} said.`,
        (c) => `Some ${c.num('jobs')} people worked on the site at its peak.`,
      ],
    },
    {
      forms: [
        (c) => `Freight traffic between ${c.ev.country.name} and ${c.ev.other.name} reached ${c.fig('freightLast')} million tonnes ${c.lastYear()}.`,
        (c) => `${c.ev.country.name} shipped ${c.fig('freightLast')} million tonnes of goods to ${c.ev.other.name} ${c.lastYear()}, customs data show.`,
      ],
    },
    {
      closer: true,
      forms: [
        (c) => `A second phase to the border with ${c.ev.other.name} is due to start next year.`,
        (c) => `The government plans to extend the ${WORKS[c.ev.figures.work!]} to the ${c.ev.other.adjective} border by ${c.year + 3}.`,
      ],
    },
  ],
  quotes: [
    'This line will change the economy of the whole region',
    'Every village along the route will feel the difference',
    'We finished the work ahead of schedule and within budget',
  ],
  subheads: ['Cost and financing', 'Faster journeys', 'Next phase'],
};
