import type { AstroIntegration } from 'astro';

/**
 * Astro integration: once the content layer has synced (build:start comes
 * after it), the pipeline's in-process results are no longer needed by a
 * build; free them before the bundler and page rendering need the memory.
 * The function is found on globalThis (see RELEASE_PIPELINE in src/pipeline/run.ts).
 */
export function releasePipelineMemory(): AstroIntegration {
  return {
    name: 'briefing:release-pipeline-memory',
    hooks: {
      'astro:build:start': () => {
        const release = (globalThis as Record<symbol, unknown>)[Symbol.for('briefing.releasePipelineMemory')];
        if (typeof release === 'function') release();
      },
    },
  };
}
