// One measured step of the backup benchmark, in its own process (lean imports, so its peak
// RSS is the backup's own): prints one JSON line.
import { readFileSync } from 'node:fs';
import { createApp, defaultConfig } from '../../src/app.ts';
import { LocalDestination } from '../../src/backup/destinations/local.ts';
import { backupKeys } from '../../src/backup/keys.ts';
import { listGenerations } from '../../src/backup/objects.ts';
import { restoreFull } from '../../src/backup/restore.ts';
import { runBackup } from '../../src/backup/run.ts';
import { verifyGeneration } from '../../src/backup/verify.ts';

// Peak RSS from /proc (VmHWM, this process's own memory): getrusage's maxRSS after fork+exec
// reports the parent's size at the fork when that is larger.
const peakRssMiB = () => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
};

const [kind, dataDir, destDir, target] = process.argv.slice(2) as [string, string, string, string];
const app = await createApp({ ...defaultConfig({}), dataDir });
const dest = new LocalDestination(destDir);
const rssBefore = peakRssMiB();
try {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let out: Record<string, unknown> = {};
  if (kind === 'backup') {
    const r = await runBackup(app, [dest], { verify: false });
    const d = r.destinations[0]!;
    if (!d.ok) throw new Error(d.error ?? 'échec');
    out = { totalBytes: r.totalBytes, uploadedBytes: d.uploadedBytes, uploadedChunks: d.uploadedChunks, reusedChunks: d.reusedChunks, snapshotSeconds: r.timings.snapshotMs / 1000, packSeconds: r.timings.packMs / 1000 };
  } else if (kind === 'verify') {
    const [g] = await listGenerations(dest);
    const r = await verifyGeneration(dest, g!.key, (await backupKeys(app)).identity);
    if (!r.ok) throw new Error(r.message);
  } else {
    const [g] = await listGenerations(dest);
    const r = await restoreFull(dest, g!.key, (await backupKeys(app)).identity, target);
    out = { restoredBytes: r.plan.bytes };
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ ...out, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMiB: peakRssMiB(), rssBeforeMiB: rssBefore }));
} finally {
  await app.close();
}
