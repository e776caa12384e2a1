// The worker pool's own guarantees, with real worker threads running a stand-in script
// (pool-worker.mjs) that can crash or fall silent on demand: each worker holds a second job so
// it never waits between files, and a job queued behind a file that kills its worker is not lost.
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/scan/pool.ts';
import type { AnalyseJob } from '../../src/scan/analyse.ts';

const entry = new URL('./pool-worker.mjs', import.meta.url);
const job = (path: string): AnalyseJob => ({ path, format: 'txt', maxFindings: 10 });
let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('scan worker pool', () => {
  it('gives each worker a second job while it runs the first', async () => {
    pool = new WorkerPool({ size: 1, entry });
    const results = await Promise.all(['a', 'b', 'c'].map((p) => pool!.run(job(p), () => {})));
    // total = jobs waiting in the worker's own queue when each one ended
    expect(results.map((r) => r!.total)).toEqual([1, 1, 0]);
    expect(results.every((r) => !r!.error)).toBe(true);
  });

  it('reports the file that killed its worker and runs the job queued behind it on a new worker', async () => {
    pool = new WorkerPool({ size: 1, entry });
    const [crashed, after, last] = await Promise.all(['plante', 'a', 'b'].map((p) => pool!.run(job(p), () => {})));
    expect(crashed!.error).toEqual({ code: 'ERREUR_INTERNE', message: 'Erreur inattendue pendant l’analyse de ce fichier.' });
    expect(after!.error).toBeUndefined();
    expect(last!.error).toBeUndefined();
  });

  it('abandons a file whose worker stays silent, and goes on with the next one', async () => {
    pool = new WorkerPool({ size: 1, entry, silenceTimeoutMs: 300 });
    const [silent, after] = await Promise.all(['muet', 'a'].map((p) => pool!.run(job(p), () => {})));
    expect(silent!.error).toEqual({ code: 'DELAI_DEPASSE', message: 'L’analyse de ce fichier a pris trop de temps et a été abandonnée.' });
    expect(after!.error).toBeUndefined();
  });

  it('does not count a worker\'s start as silence on its file (a slow start under load)', async () => {
    pool = new WorkerPool({ size: 1, entry: new URL('./pool-worker-slow-start.mjs', import.meta.url), silenceTimeoutMs: 300 });
    const result = await pool.run(job('a'), () => {});
    expect(result!.error).toBeUndefined();
  });
});
