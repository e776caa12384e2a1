// The destinations configured for this instance (stored sealed, see config-store.ts).
import type { App } from '../app.ts';
import { openDestinations } from './config-store.ts';
import type { Destination } from './destination.ts';

/** Which stored destination an opened Destination is, so a CLI run can record its outcome. */
const storedIds = new WeakMap<Destination, string>();

export function storedDestinationId(dest: Destination): string | undefined {
  return storedIds.get(dest);
}

export async function configuredDestinations(app: App): Promise<Destination[]> {
  return (await openDestinations(app)).map((d) => {
    storedIds.set(d.destination, d.id);
    return d.destination;
  });
}
