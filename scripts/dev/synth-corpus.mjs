#!/usr/bin/env node
// Throwaway profiling corpus: `node scripts/dev/synth-corpus.mjs <outDir> <N> [seed]`.
// Writes N source files varied from the seed articles in content/sources (stories
// of several sources share names and numbers so claims corroborate; paragraphs are
// shuffled and dropped, furniture lines added) plus a manifest.json.
// Not the benchmark corpus (that is `npm run bench`); only for profiling the pipeline.
import fs from 'node:fs';
import path from 'node:path';

const [outDir, nArg, seedArg] = process.argv.slice(2);
if (!outDir || !nArg) throw new Error('usage: synth-corpus.mjs <outDir> <N> [seed]');
const N = Number(nArg);
let state = Number(seedArg ?? 1) >>> 0 || 1;
const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(rand() * list.length)];

const seedDir = path.resolve('content/sources');
const seeds = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'));

const FIRST = ['Anna', 'Boris', 'Carlos', 'Dana', 'Elif', 'Farid', 'Greta', 'Hamid', 'Ines', 'Jonas', 'Kamila', 'Leon', 'Mira', 'Nuri', 'Olga', 'Pavel', 'Rustam', 'Sara', 'Timur', 'Ulla', 'Viktor', 'Zara'];
const LAST = ['Abdulov', 'Berg', 'Costa', 'Demir', 'Eriksen', 'Fischer', 'Garcia', 'Haidar', 'Ivanova', 'Jansen', 'Karimov', 'Lindqvist', 'Moreau', 'Nazarov', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Tursunov', 'Usmanov', 'Vance'];
const CITIES = ['Astana', 'Bishkek', 'Tashkent', 'Ashgabat', 'Baku', 'Tbilisi', 'Yerevan', 'Minsk', 'Almaty', 'Samarkand', 'Osh', 'Khujand', 'Kazan', 'Novosibirsk', 'Vienna', 'Geneva', 'Oslo', 'Lisbon', 'Nairobi', 'Lima'];
const COUNTRIES = ['Kazakhstan', 'Kyrgyzstan', 'Uzbekistan', 'Turkmenistan', 'Azerbaijan', 'Georgia', 'Armenia', 'Belarus', 'Mongolia', 'Norway', 'Portugal', 'Kenya', 'Peru', 'Austria'];
const ORGS = ['Eurasian Development Bank', 'Shanghai Cooperation Organisation', 'World Bank', 'Asian Infrastructure Investment Bank', 'United Nations Development Programme', 'Organisation of Turkic States', 'European Bank for Reconstruction and Development'];
const OUTLETS = Array.from({ length: 60 }, (_, i) => `${pick(['Daily', 'Global', 'Central', 'Eurasia', 'Morning', 'Steppe', 'Silk Road', 'Capital'])} ${pick(['Herald', 'Times', 'Wire', 'Post', 'Observer', 'Review', 'Courier', 'Ledger'])} ${i + 1}`);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FURNITURE = ['Advertisement', 'Share on Facebook', 'Share on X', 'Subscribe to our newsletter', 'Read more:', 'Sign up for our daily briefing', 'Follow us on Telegram', '© 2025 All rights reserved', 'Related Articles', 'Comments (0)'];

/** A story: one seed with one set of replacements, told by several sources. */
function makeStory(i) {
  const leader = `${pick(FIRST)} ${pick(LAST)}`;
  const host = `${pick(FIRST)} ${pick(LAST)}`;
  const year = 2015 + Math.floor(rand() * 11);
  const month = Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const reps = [
    [/Vladimir Putin/g, leader], [/Putin/g, leader.split(' ')[1]], [/Emomali Rahmon/g, host], [/Rahmon/g, host.split(' ')[1]],
    [/Dushanbe/g, pick(CITIES)], [/Tajikistan/g, pick(COUNTRIES)], [/Afghanistan/g, pick(COUNTRIES)], [/Iran/g, pick(COUNTRIES)],
    [/International Atomic Energy Agency/g, pick(ORGS)], [/\$45 billion/g, `$${10 + Math.floor(rand() * 90)} billion`],
    [/\$20 billion/g, `$${5 + Math.floor(rand() * 40)} billion`], [/25,000/g, `${1 + Math.floor(rand() * 40)},000`],
    [/\$33 million/g, `$${5 + Math.floor(rand() * 90)} million`], [/2025-2027/g, `${year}-${year + 2}`],
    [/9 October/g, `${day} ${MONTHS[month]}`], [/October 9/g, `${MONTHS[month]} ${day}`], [/2025/g, String(year)],
  ];
  return { seed: seeds[i % seeds.length], reps, date: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

const stories = Array.from({ length: Math.max(1, Math.ceil(N / 8)) }, (_, i) => makeStory(i));
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const manifest = [];
for (let i = 0; i < N; i++) {
  const story = pick(stories);
  let text = story.seed;
  for (const [re, to] of story.reps) text = text.replace(re, to);
  const lines = text.split('\n');
  const head = lines[0].startsWith(' date') ? lines.slice(0, 2) : lines.slice(0, 1);
  // Each outlet words some sentences its own way, so sentences are mostly unique across the corpus (as in real coverage).
  const ADVERBS = ['reportedly', 'also', 'notably', 'again', 'once more', 'indeed', 'publicly', 'formally', 'firmly', 'openly'];
  const body = lines
    .slice(head.length)
    .filter((l) => l.trim() && rand() > 0.15)
    .map((l) => l.replace(/ (said|added|stressed|agreed|urged|called|proposed|noted)\b/g, (m) => (rand() < 0.7 ? ` ${pick(ADVERBS)}${m}` : m)).replace(/\. ([A-Z])/g, (m, c) => (rand() < 0.3 ? `. ${pick(['Meanwhile', 'However', 'Separately', 'In addition'])}, ${c.toLowerCase()}` : m))
      .replace(/([a-z])\.(\s|$)/g, (m, c, sp) => (rand() < 0.6 ? `${c}, ${pick(['officials said', 'according to reports', 'sources added', 'observers noted', 'a spokesperson confirmed', 'analysts say'])}.${sp}` : m)));
  for (let j = body.length - 1; j > 0; j--) if (rand() < 0.3) { const k = Math.floor(rand() * (j + 1)); [body[j], body[k]] = [body[k], body[j]]; }
  const furniture = Array.from({ length: Math.floor(rand() * 4) }, () => pick(FURNITURE));
  const file = `s${String(i).padStart(5, '0')}.txt`;
  fs.writeFileSync(path.join(outDir, file), [...head, ...furniture.slice(0, 1), ...body, ...furniture.slice(1)].join('\n') + '\n');
  const outlet = pick(OUTLETS);
  manifest.push({ file, url: `https://${outlet.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example.com/news/${i}`, outlet, kind: rand() < 0.1 ? 'aggregator' : 'article', published: rand() < 0.6 ? story.date : null });
}
fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify({ sources: manifest }, null, 2)}\n`);
console.log(`wrote ${N} sources to ${outDir}`);
