// Whether work leaves the event loop free: other requests, of every tenant, are served only
// when it turns. Counted, not timed: without a turn both counts are 0, whatever the machine.

/** How many times a 10 ms timer fires while `work` runs (work that blocks longer than 10 ms). */
export async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  try {
    await Promise.resolve().then(work);
    return ticks;
  } finally {
    clearInterval(timer);
  }
}

/** How many turns of the event loop (its « check » phase) pass while `work` runs. */
export async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let handle = setImmediate(function spin() {
    turns++;
    handle = setImmediate(spin);
  });
  try {
    turns = 0;
    await Promise.resolve().then(work);
    return turns;
  } finally {
    clearImmediate(handle);
  }
}
