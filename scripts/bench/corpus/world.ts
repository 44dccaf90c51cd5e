/**
 * The invented world the synthetic news is about: countries with cities and
 * office holders, organisations, outlets and agencies. Every name is built
 * from syllables, so no real-world text or entity is copied. Pools grow with
 * the corpus, as a real news archive's cast does.
 */
import type { Random } from './random.ts';

const SYL = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'sha', 'dor', 'bel', 'nu', 'qui', 'zan', 'tor', 'mel', 'fa', 'ris', 'gan', 'hul', 'pe', 'sto', 'ar', 'vin', 'sel', 'ko', 'dra', 'mun', 'te', 'lis', 'ob', 'yar'];
const COUNTRY_END = ['ia', 'stan', 'ova', 'land', 'ar', 'esh', 'ania'];
const SURNAME_END = ['ov', 'ova', 'ani', 'ski', 'ev', 'enko', 'ur', 'al', 'in', 'sen', 'ic', 'yan'];
const CITY_END = ['', 'abad', 'grad', 'pol', 'kent', 'ora', 'ville', 'sk'];

export interface Person {
  name: string;
  /** The surname, as later mentions use it ("Kalov said"). */
  surname: string;
  /** Office, e.g. "President of Velaria", "energy minister". */
  role: string;
}

export interface Country {
  name: string;
  /** "Velarian". */
  adjective: string;
  capital: string;
  cities: string[];
  president: Person;
  ministers: { foreign: Person; energy: Person; transport: Person; finance: Person; interior: Person; labour: Person };
  /** Millions, a stable fact outlets repeat. */
  population: number;
  /** Year of the last census or founding fact, a stable background date. */
  founded: number;
}

/** How an outlet lays out its pages: the furniture it prints and where. Fixed per outlet, as real sites are. */
export interface Layout {
  format: 'txt' | 'md' | 'html';
  captureLine: boolean;
  weatherWidget: boolean;
  breadcrumb: boolean;
  byline: 'by' | 'desk' | 'author-box' | 'none';
  timestamp: 'published' | 'ago' | 'none';
  readingTime: boolean;
  shareTop: boolean;
  adMidBody: boolean;
  inlineReadMore: boolean;
  related: 'read-also' | 'most-read' | 'you-may-like' | 'none';
  newsletter: boolean;
  cookie: boolean;
  comments: boolean;
  copyright: boolean;
  social: boolean;
  /** Furniture the cleaner has no rule for (tags lines, app prompts): real pages have these too. */
  oddities: boolean;
  /** Credits a wire agency in a dateline ("KARALO, March 3 (Steppe Wire) -"). */
  wireDateline: boolean;
  /** Writes figures as "$4.2bn" rather than "$4.2 billion". */
  shortMoney: boolean;
}

export interface Outlet {
  name: string;
  host: string;
  sections: string[];
  layout: Layout;
  staff: string[];
}

export interface World {
  countries: Country[];
  councils: string[];
  banks: string[];
  companies: string[];
  unions: string[];
  agencies: string[];
  outlets: Outlet[];
  /** People outside government the press quotes: union leaders, analysts, residents. */
  voices: Person[];
}

/** A generator of unique capitalised invented names. */
function namer(r: Random) {
  const used = new Set<string>();
  return (minSyl: number, maxSyl: number, ends: readonly string[] = ['']): string => {
    for (let attempt = 0; ; attempt++) {
      const k = r.int(minSyl, maxSyl + (attempt > 50 ? 1 : 0));
      const w = Array.from({ length: k }, () => r.pick(SYL)).join('') + r.pick(ends);
      const name = w[0]!.toUpperCase() + w.slice(1);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

const adjectiveOf = (c: string) => (c.endsWith('ia') || c.endsWith('ania') ? `${c}n` : c.endsWith('stan') ? `${c}i` : c.endsWith('a') ? `${c}n` : `${c}ese`);

const OUTLET_FORMS = ['The {p} Herald', '{p} Daily', '{p} Times', 'The {p} Observer', '{p} Post', '{p} News', 'Radio {p}', '{p} Today', 'The {p} Courier', '{p}24', '{p} Tribune', 'The {p} Ledger'];
const SECTIONS = ['world', 'region', 'politics', 'business', 'economy', 'news', 'society'];

function layout(r: Random): Layout {
  const format = (['txt', 'txt', 'txt', 'txt', 'md', 'md', 'html'] as const)[r.int(0, 6)]!;
  return {
    format,
    captureLine: format === 'txt' && r.chance(0.4),
    weatherWidget: format !== 'html' && r.chance(0.2),
    breadcrumb: r.chance(0.3),
    byline: r.pick(['by', 'by', 'desk', 'author-box', 'none'] as const),
    timestamp: r.pick(['published', 'published', 'ago', 'none'] as const),
    readingTime: r.chance(0.3),
    shareTop: r.chance(0.4),
    adMidBody: r.chance(0.35),
    inlineReadMore: r.chance(0.4),
    related: r.pick(['read-also', 'most-read', 'you-may-like', 'none'] as const),
    newsletter: r.chance(0.5),
    cookie: r.chance(0.4),
    comments: r.chance(0.3),
    copyright: r.chance(0.7),
    social: r.chance(0.4),
    oddities: r.chance(0.3),
    wireDateline: r.chance(0.3),
    shortMoney: r.chance(0.3),
  };
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** A world sized for a corpus of `n` sources. */
export function buildWorld(r: Random, n: number): World {
  const name = namer(r);
  const person = (role: string): Person => {
    const first = name(2, 2);
    const surname = name(1, 2, SURNAME_END);
    return { name: `${first} ${surname}`, surname, role };
  };
  const countries = Array.from({ length: clamp(Math.round(n / 40), 6, 40) }, (): Country => {
    const cname = name(1, 2, COUNTRY_END);
    const adjective = adjectiveOf(cname);
    const cities = Array.from({ length: r.int(3, 6) }, () => name(1, 2, CITY_END));
    return {
      name: cname,
      adjective,
      capital: cities[0]!,
      cities,
      president: person(`President of ${cname}`),
      ministers: {
        foreign: person(`${adjective} Foreign Minister`),
        energy: person(`${adjective} Energy Minister`),
        transport: person(`${adjective} Transport Minister`),
        finance: person(`${adjective} Finance Minister`),
        interior: person(`${adjective} Interior Minister`),
        labour: person(`${adjective} Labour Minister`),
      },
      population: r.int(3, 90),
      founded: r.int(1991, 2001),
    };
  });
  const few = (k: number, make: () => string) => Array.from({ length: k }, make);
  const outletCount = clamp(Math.round(Math.sqrt(n) * 2), 5, 200);
  const outlets = few(outletCount, () => {
    const p = name(2, 3);
    return r.pick(OUTLET_FORMS).replace('{p}', p);
  }).map((oname): Outlet => ({
    name: oname,
    host: `${oname.toLowerCase().replace(/^the /, '').replace(/[^a-z0-9]+/g, '')}.example`,
    sections: r.sample(SECTIONS, 3),
    layout: layout(r),
    staff: few(r.int(2, 6), () => `${name(2, 2)} ${name(1, 2, SURNAME_END)}`),
  }));
  return {
    countries,
    councils: few(clamp(Math.round(n / 200), 2, 10), () => `${name(1, 2)} Cooperation Council`),
    banks: few(clamp(Math.round(n / 200), 2, 10), () => `${name(1, 2)} Development Bank`),
    companies: few(clamp(Math.round(n / 50), 4, 60), () => `${name(1, 2)}${r.pick([' Rail', ' Energy', 'gaz', ' Shipping', ' Holding', ' Steel'])}`),
    unions: few(clamp(Math.round(n / 100), 2, 20), () => `${name(1, 2)} ${r.pick(['Dockers', 'Miners', 'Rail Workers', 'Teachers'])} Union`),
    agencies: few(clamp(Math.round(n / 300), 2, 6), () => `${name(1, 2)} ${r.pick(['Wire', 'Press', 'Agency'])}`),
    outlets,
    voices: Array.from({ length: clamp(Math.round(n / 10), 10, 400) }, () =>
      person(r.pick(['union leader', 'economist', 'political analyst', 'local resident', 'shop owner', 'engineer'])),
    ),
  };
}
