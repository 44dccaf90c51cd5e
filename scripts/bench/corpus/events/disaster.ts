import { cap, type EventKind } from './types.ts';

const HAZARDS = ['flood', 'landslide', 'earthquake', 'mudslide'];

/** A natural disaster: the toll, the damage, the aid. Early and late reports give different tolls. */
export const disaster: EventKind = {
  kind: 'disaster',
  make(r, world, id, date) {
    const [country, other] = r.sample(world.countries, 2) as [typeof world.countries[0], typeof world.countries[0]];
    return {
      id,
      kind: 'disaster',
      date,
      country,
      city: r.pick(country.cities.slice(1)),
      other,
      people: [country.ministers.interior, country.president],
      org: `${country.adjective} Emergency Ministry`,
      org2: r.pick(world.banks),
      figures: {
        hazard: r.int(0, HAZARDS.length - 1),
        deaths: r.int(5, 120),
        injured: r.int(10, 300),
        displaced: r.int(5, 200) * 100,
        houses: r.int(1, 50) * 100,
        aid: r.int(2, 30),
        magnitude: r.int(50, 75) / 10,
        priorYear: r.int(2008, 2020),
        priorDeaths: r.int(3, 90),
        rescuers: r.int(2, 40) * 50,
      },
      weight: 1,
    };
  },
  headlines: [
    (c) => `${cap(HAZARDS[c.ev.figures.hazard!]!)} kills ${c.fig('deaths')} in ${c.ev.country.name}'s ${c.ev.city}`,
    (c) => `Death toll from ${c.ev.city} ${HAZARDS[c.ev.figures.hazard!]} rises to ${c.fig('deaths')}`,
    (c) => `Thousands flee homes after ${HAZARDS[c.ev.figures.hazard!]} hits ${c.ev.city}`,
    (c) => `${c.ev.country.name} declares mourning after deadly ${HAZARDS[c.ev.figures.hazard!]}`,
  ],
  facts: [
    {
      lede: true,
      forms: [
        (c) => `At least ${c.fig('deaths')} people were killed when a ${HAZARDS[c.ev.figures.hazard!]} hit ${c.ev.city} in ${c.ev.country.name} ${c.when()}.`,
        (c) => `A ${HAZARDS[c.ev.figures.hazard!]} in ${c.ev.country.name}'s ${c.ev.city} region killed ${c.fig('deaths')} people ${c.when()}, officials said.`,
        (c) => `The death toll from the ${HAZARDS[c.ev.figures.hazard!]} that struck ${c.ev.city} ${c.when()} rose to ${c.fig('deaths')}, the ${c.ev.org} said.`,
      ],
    },
    {
      forms: [
        (c) => `Another ${c.num('injured')} people were injured.`,
        (c) => `Officials said ${c.num('injured')} people had been taken to hospital.`,
        (c) => `The ${c.ev.org} put the number of injured at ${c.num('injured')}.`,
      ],
    },
    {
      forms: [
        (c) => `About ${c.num('displaced')} people were forced from their homes.`,
        (c) => `Some ${c.num('displaced')} residents have been moved to temporary shelters.`,
      ],
    },
    {
      forms: [
        (c) => `More than ${c.num('houses')} houses were damaged or destroyed.`,
        (c) => `The ${HAZARDS[c.ev.figures.hazard!]} damaged ${c.num('houses')} homes, according to a preliminary count.`,
      ],
    },
    {
      forms: [
        (c) => `The government released ${c.money(c.fig('aid'))} in emergency aid.`,
        (c) => `${c.ev.people[1]!.name} ordered ${c.money(c.fig('aid'))} in emergency funding for the region.`,
      ],
    },
    {
      forms: [
        (c) => `Rescue teams from ${c.ev.other.name} joined the search for survivors.`,
        (c) => `${c.ev.other.adjective} rescuers arrived to help local crews, the ${c.ev.org} said.`,
      ],
    },
    {
      forms: [
        (c) => `About ${c.num('rescuers')} rescuers were working in the area.`,
        (c) => `The ministry said ${c.num('rescuers')} emergency workers had been deployed.`,
      ],
    },
    {
      forms: [
        (c) =>
          c.ev.figures.hazard === 2
            ? `The earthquake had a magnitude of ${c.fig('magnitude')}, according to the national seismology centre.`
            : `Heavy rain had fallen for three days before the ${HAZARDS[c.ev.figures.hazard!]}.`,
      ],
    },
    {
      forms: [
        (c) => `In ${c.ev.figures.priorYear}, a similar disaster killed ${c.ev.figures.priorDeaths} people in the same region.`,
        (c) => `The region was hit in ${c.ev.figures.priorYear}, when ${c.ev.figures.priorDeaths} people died.`,
      ],
    },
    {
      closer: true,
      forms: [
        (c) => `${c.ev.people[1]!.name} declared a day of national mourning.`,
        (c) => `A day of mourning was declared across ${c.ev.country.name}.`,
      ],
    },
  ],
  quotes: [
    'Our priority is to reach every village that has been cut off',
    'The water came very fast and people had no time to leave',
    'We will rebuild every house that was destroyed',
    'The search will continue through the night',
  ],
  subheads: ['Rescue efforts', 'Aid for the region', 'A history of disasters'],
};
