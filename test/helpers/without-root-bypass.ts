// Root reads and writes any file whatever its mode, and CI runs as root: the checks that need a
// refusal (a chmod 000 file, a read-only folder) then run in a child process started by setpriv
// (Debian's essential util-linux) without the capabilities that bypass file modes.
import { execFileSync } from 'node:child_process';

export const isRoot = process.getuid?.() === 0;

/** The command line that runs `command` without root's bypass of file modes. */
export function withoutBypass(command: string, args: string[]): [string, string[]] {
  return ['setpriv', ['--bounding-set', '-dac_override,-dac_read_search', command, ...args]];
}

/**
 * Whether this machine lets setpriv drop them (a container without CAP_SETPCAP may not). When it
 * does not, the tests say so in their annotations rather than fail on the environment.
 */
export const canDropBypass: boolean = (() => {
  try {
    const [cmd, args] = withoutBypass('true', []);
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
