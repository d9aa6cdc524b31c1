import { writeFileSync } from 'node:fs';

/**
 * BENCH_PROFILE=<file> for a bench server: SIGUSR2 starts the V8 sampling profiler and the returned stop() writes
 * the profile. Unlike --cpu-prof this leaves start-up (module compilation, rule loading) out of the profile.
 * Without BENCH_PROFILE, stop() does nothing.
 */
export async function profileOnSignal(file = process.env.BENCH_PROFILE) {
  let session;
  if (file) {
    const { Session } = await import('node:inspector');
    process.on('SIGUSR2', () => {
      session = new Session();
      session.connect();
      session.post('Profiler.enable', () => session.post('Profiler.start'));
    });
  }
  return () =>
    new Promise((done) => {
      if (!session) return done();
      session.post('Profiler.stop', (_err, result) => {
        if (result) writeFileSync(file, JSON.stringify(result.profile));
        done();
      });
    });
}
