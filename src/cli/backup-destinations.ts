import { Command } from 'commander';

// `rempart backup destinations …`: placeholder filled by the destinations work.
export function destinationCommands(): Command {
  return new Command('destinations').description('gérer les destinations de sauvegarde');
}
