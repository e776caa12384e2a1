import { Command } from 'commander';

// Placeholder: filled by the capability that owns it.
export function scanCommand(): Command {
  return new Command('scan').description('inventorier les données personnelles de dossiers');
}
