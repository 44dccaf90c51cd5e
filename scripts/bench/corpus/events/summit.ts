import { andList, cap, ORDINALS, type EventKind } from './types.ts';

/** A regional summit: leaders meet, sign agreements, set trade goals. */
export const summit: EventKind = {
  kind: 'summit',
  make(r, world, id, date) {
    const guests = r.sample(world.countries, r.int(3, 5));
    const host = guests[0]!;
    return {
      id,
      kind: 'summit',
      date,
      country: host,
      city: host.capital,
      other: guests[1]!,
      people: guests.map((c) => c.president),
      org: r.pick(world.councils),
      org2: r.pick(world.banks),
      figures: {
        leaders: guests.length,
        ordinal: r.int(0, ORDINALS.length - 1),
        agreements: r.int(8, 30),
        tradeGoal: r.int(10, 80) * 1000,
        tradeLast: r.int(30, 400) * 100,
        fund: r.int(10, 90) * 10,
        days: r.int(1, 3),
      },
      weight: 1,
    };
  },
  headlines: [
    (c) => `Leaders sign ${c.fig('agreements')} agreements at ${c.ev.org} summit in ${c.ev.city}`,
    (c) => `${c.ev.country.name} hosts ${ORDINALS[c.ev.figures.ordinal!]} ${c.ev.org} summit`,
    (c) => `${c.ev.org} sets ${c.money(c.fig('tradeGoal'))} trade goal at ${c.ev.city} talks`,
    (c) => `${c.ev.people[0]!.surname} and ${c.ev.people[1]!.surname} lead push for closer ties in ${c.ev.city}`,
  ],
  facts: [
    {
      lede: true,
      forms: [
        (c) => `Leaders of ${c.count(c.ev.figures.leaders!)} countries met in ${c.ev.city} ${c.when()} for the ${ORDINALS[c.ev.figures.ordinal!]} summit of the ${c.ev.org}.`,
        (c) => `The ${ORDINALS[c.ev.figures.ordinal!]} ${c.ev.org} summit opened in ${c.ev.city}, the ${c.ev.country.adjective} capital, ${c.when()}.`,
        (c) => `${c.ev.people[0]!.name} hosted ${andList(c.ev.people.slice(1).map((p) => p.name))} in ${c.ev.city} ${c.when()} at the ${ORDINALS[c.ev.figures.ordinal!]} summit of the ${c.ev.org}.`,
      ],
    },
    {
      forms: [
        (c) => `The leaders signed ${c.count(c.fig('agreements'))} agreements on energy, transport and customs.`,
        (c) => `${cap(c.count(c.fig('agreements')))} documents were signed at the end of the talks, according to the host government.`,
        (c) => `Delegations signed ${c.count(c.fig('agreements'))} cooperation agreements before the summit closed.`,
      ],
    },
    {
      forms: [
        (c) => `${c.ev.people[0]!.surname} said the ${c.ev.org} aims to raise trade among its members to ${c.money(c.fig('tradeGoal'))} by ${c.year + 5}.`,
        (c) => `The leaders set a goal of ${c.money(c.fig('tradeGoal'))} in mutual trade by ${c.year + 5}.`,
      ],
    },
    {
      forms: [
        (c) => `Trade among the member states reached ${c.money(c.fig('tradeLast'))} ${c.lastYear()}, ${c.ev.people[0]!.surname} said.`,
        (c) => `Mutual trade stood at ${c.money(c.fig('tradeLast'))} ${c.lastYear()}, according to official figures.`,
      ],
    },
    {
      forms: [
        (c) => `The summit agreed to set up a joint investment fund of ${c.money(c.fig('fund'))}.`,
        (c) => `A new ${c.money(c.fig('fund'))} fund, managed by the ${c.ev.org2}, will finance road and rail projects.`,
      ],
    },
    {
      forms: [
        (c) => `Talks also covered the sharing of water from rivers that cross ${c.ev.country.name} and ${c.ev.other.name}, a long-running source of tension.`,
        () => `Water use along shared rivers was on the agenda, officials said.`,
      ],
    },
    {
      forms: [
        (c) => `On the sidelines, ${c.ev.people[0]!.surname} and ${c.ev.people[1]!.surname} held separate talks on border crossings.`,
        (c) => `${c.ev.people[1]!.name} also met ${c.ev.people[0]!.surname} privately to discuss a new border crossing.`,
      ],
    },
    {
      forms: [
        (c) => `A joint declaration was adopted at the close of the ${c.count(c.ev.figures.days!)}-day meeting.`,
        (c) => `The meeting, which lasted ${c.count(c.ev.figures.days!)} day${c.ev.figures.days === 1 ? '' : 's'}, ended with a joint declaration.`,
      ],
    },
    {
      closer: true,
      forms: [
        (c) => `The next summit will be held in ${c.ev.other.capital} in ${c.year + 1}.`,
        (c) => `Leaders agreed to meet again in ${c.ev.other.capital} next year.`,
      ],
    },
  ],
  quotes: [
    'We have agreed on a clear plan for the next three years',
    'Our countries share common interests in transport and energy',
    'No single country can solve the water question alone',
    'This summit shows that our region can speak with one voice',
  ],
  subheads: ['Trade and transport', 'What comes next', 'Water on the agenda', 'Signed documents'],
};
