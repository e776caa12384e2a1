// How every `rempart` command runs: French domain errors become « Erreur : … » and exit code 1;
// anything else is a bug and propagates with its stack.
import { createApp, defaultConfig, type App } from '../app.ts';
import { DomainError } from '../core/errors.ts';

/** Runs fn, reporting a DomainError in French (after `before`, e.g. clearing a progress bar). */
export async function guard(fn: () => Promise<void>, before?: () => void): Promise<void> {
  try {
    await fn();
  } catch (err) {
    before?.();
    if (!(err instanceof DomainError)) throw err;
    console.error(`Erreur : ${err.message}`);
    process.exitCode = 1;
  }
}

/** Like guard, with the instance open for the duration and closed afterwards. */
export async function withApp(fn: (app: App) => Promise<void>, before?: () => void): Promise<void> {
  const app = await createApp(defaultConfig());
  try {
    await guard(() => fn(app), before);
  } finally {
    await app.close();
  }
}
