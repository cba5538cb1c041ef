// Test-suite plumbing shared by the end-to-end files: the demo server and one browser with the
// extension, started before the suite's tests and closed after them.
import { after, before } from 'node:test';
import { startDemoServer } from '../../../scripts/demo-server.mjs';

/**
 * Registers before/after hooks in the current describe() and returns an object whose
 * `browser` (what `launch` returned), `server` and `origin` (and whatever else `startServer`
 * returns, e.g. the test pages' state) are set once the suite starts.
 */
export function withDemoAndBrowser(launch, startServer = startDemoServer) {
  const env = {};
  before(async () => {
    Object.assign(env, await startServer());
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
