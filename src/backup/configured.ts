// The destinations configured for this instance (stored encrypted). Placeholder.
import type { App } from '../app.ts';
import type { Destination } from './destination.ts';

export async function configuredDestinations(_app: App): Promise<Destination[]> {
  return [];
}
