/**
 * Whether the post-build steps (src/site/post-build.ts) are left to the
 * build wrapper. Its own module so the integrations can ask without a cycle.
 */

/** Env var the build wrapper sets for its `astro build` child: the integrations leave these steps to it. */
export const POST_BUILD_ENV = 'BRIEFING_POST_BUILD';

/** Whether this process is an `astro build` whose wrapper runs the post-build steps afterwards. */
export function postBuildOutside(): boolean {
  return process.env[POST_BUILD_ENV] === 'outside';
}
