import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { BRIEFING_DATA_FILE, briefingDataPath } from './config.ts';

/** The generated file, or an error that says how the build got there without it. */
function dataFile(): string {
  const file = briefingDataPath();
  if (!fs.existsSync(file)) throw new Error(`${BRIEFING_DATA_FILE} was not generated (${file} is missing): the briefing collection did not load.`);
  return file;
}

/**
 * `dist/briefing.json`: every claim, entity mention and timeline entry, made during the content
 * sync (src/emit/briefing-data.ts). The build copies the file; it is not a route, since Astro
 * holds a route's whole response in memory several times over (at 10,000 sources the file is
 * 157 MB and rendering it was the build's peak of memory). The dev server streams it.
 */
export function briefingDataFile(): AstroIntegration {
  let path = `/${BRIEFING_DATA_FILE}`;
  return {
    name: 'briefing:data-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        path = `${config.base.replace(/\/?$/, '/')}${BRIEFING_DATA_FILE}`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== path) return next();
          let file: string;
          try {
            file = dataFile();
          } catch (err) {
            return next(err);
          }
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          fs.createReadStream(file).on('error', next).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        fs.copyFileSync(dataFile(), new URL(BRIEFING_DATA_FILE, dir));
      },
    },
  };
}
