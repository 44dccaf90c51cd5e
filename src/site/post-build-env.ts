/**
 * Whether the post-build steps (src/site/post-build.ts) are left to the
 * build wrapper: astro.config.mjs then leaves out the integrations that run
 * them. Dependency-free, so the config and the wrapper both read it.
 */

/** Env var the build wrapper sets for its `astro build` child: the integrations leave these steps to it. */
export const POST_BUILD_ENV = 'BRIEFING_POST_BUILD';

/** What the wrapper adds to its `astro build` child's environment. */
export const POST_BUILD_OUTSIDE: Record<string, string> = { [POST_BUILD_ENV]: 'outside' };

/** Whether this process is an `astro build` whose wrapper runs the post-build steps afterwards. */
export function postBuildOutside(): boolean {
  return process.env[POST_BUILD_ENV] === POST_BUILD_OUTSIDE[POST_BUILD_ENV];
}
