import { Command } from 'commander';
import { serve } from './serve.ts';
import { adminCommand } from './admin.ts';
import { checkCommand } from './check.ts';
import { retentionCommand } from './retention.ts';
import { breachCommand } from './breach.ts';
import { scanCommand } from './scan.ts';
import { backupCommand } from './backup.ts';

const program = new Command('rempart')
  .description('Rempart : protéger les données personnelles de votre entreprise (RGPD)')
  .version('0.1.0', '-V, --version', 'afficher la version')
  .helpOption('-h, --help', 'afficher l’aide')
  .helpCommand('help [commande]', 'afficher l’aide d’une commande');

program
  .command('serve')
  .description('démarrer le serveur web (interface sur http://127.0.0.1:3000)')
  .option('-p, --port <port>', 'port', process.env.PORT ?? '3000')
  .option('--host <host>', 'adresse d’écoute', process.env.HOST ?? '127.0.0.1')
  .action(serve);

program.addCommand(adminCommand());
program.addCommand(checkCommand());
program.addCommand(retentionCommand());
program.addCommand(breachCommand());
program.addCommand(scanCommand());
program.addCommand(backupCommand());

await program.parseAsync(process.argv);
