import { Command } from 'commander';

// Placeholder: filled by the capability that owns it.
export function backupCommand(): Command {
  return new Command('backup').description('sauvegardes chiffrées');
}
