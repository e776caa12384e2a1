// `rempart scan <dossiers...>`: inventories the personal data in folders and prints a French
// summary (or JSON Lines / SARIF). Findings never contain a raw value. Exit code 0 even with
// findings (an inventory is not a failure), 2 on a usage error.
import { createWriteStream, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { once } from 'node:events';
import { Command, CommanderError, Option } from 'commander';
import { z } from 'zod';
import { scanFolders } from '../scan/engine.ts';
import type { FileReport, ScanProgress } from '../scan/contract.ts';
import { HumanSummary } from '../scan/output/human.ts';
import { shownPath } from '../scan/labels.ts';
import { jsonlPieces } from '../scan/output/jsonl.ts';
import { progressBar } from '../scan/output/progress-bar.ts';
import { sarifHead, sarifPieces, sarifTail } from '../scan/output/sarif.ts';

const optionsSchema = z.object({
  format: z.enum(['human', 'jsonl', 'sarif'], { error: 'Format inconnu : choisissez human, jsonl ou sarif.' }),
  output: z.string().min(1).optional(),
  suivreLiens: z.boolean().optional(),
  images: z.boolean().optional(),
  workers: z.coerce.number({ error: 'Le nombre de workers doit être un nombre.' }).int('Le nombre de workers doit être un entier.').min(1, 'Au moins 1 worker.').max(64, 'Au plus 64 workers.').optional(),
  enregistrer: z.string().email('Adresse e-mail invalide pour --enregistrer.').optional(),
});

class UsageError extends Error {}

/** Commander's English usage errors, in French. */
function frenchUsage(message: string): string {
  const m = message.replace(/^error: /, '').trim();
  if (/missing required argument/.test(m)) return 'Indiquez au moins un dossier à analyser : rempart scan <dossiers...>';
  const unknown = /unknown option '([^']+)'/.exec(m);
  if (unknown) return `Option inconnue : ${unknown[1]} (voir rempart scan --help).`;
  const missingValue = /option '([^']+)' argument missing/.exec(m);
  if (missingValue) return `Valeur manquante pour l’option ${missingValue[1]}.`;
  return m;
}

/** Writes to a temporary file renamed at the end, so a half-written report never replaces a good one. */
function openOutput(path: string | undefined): { stream: NodeJS.WritableStream; files: string[]; commit: () => Promise<void>; abandon: () => void } {
  if (!path) return { stream: process.stdout, files: [], commit: async () => {}, abandon: () => {} };
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx' });
  let failure: Error | null = null;
  // A full disk or a read-only folder: reported once, in French, at the end.
  stream.on('error', (e) => (failure = e));
  return {
    stream,
    files: [temp, target],
    async commit() {
      if (!failure) {
        stream.end();
        await Promise.race([once(stream, 'finish'), once(stream, 'close')]);
      }
      if (failure) {
        rmSync(temp, { force: true });
        throw new UsageError(`Écriture impossible du rapport dans ${target} (${(failure as NodeJS.ErrnoException).code ?? 'erreur'}).`);
      }
      renameSync(temp, target);
    },
    abandon() {
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}

/** Set when the reader of stdout went away (`rempart scan … | head`): the scan stops quietly. */
let readerGone = false;

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (readerGone) return;
  if (!stream.write(text)) {
    await once(stream, 'drain').catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
}

/**
 * Writes a jsonl piece, and waits until the stream is done with its bytes: their buffer is written
 * over for the next piece. A failed write is the stream's error listener's business (see above).
 */
function writeBytes(stream: NodeJS.WritableStream, bytes: Uint8Array): Promise<void> {
  if (readerGone) return Promise.resolve();
  return new Promise((done) => stream.write(bytes, () => done()));
}

type RawOptions = { format: string; output?: string; suivreLiens?: boolean; images?: boolean; workers?: string; enregistrer?: string };

async function run(dossiers: string[], raw: RawOptions): Promise<void> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]!.message);
  const o = parsed.data;
  for (const d of dossiers) {
    try {
      statSync(d);
    } catch {
      throw new UsageError(`Dossier introuvable : ${d}`);
    }
  }
  if (o.output) {
    const parent = dirname(resolve(o.output));
    if (!statSync(parent, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`Dossier de sortie introuvable : ${parent}`);
  }

  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
  let last: ScanProgress = { files: 0, totalFiles: null, bytes: 0, totalBytes: null, findings: 0, etaSeconds: null };
  const out = openOutput(o.output);
  const onStdoutError = (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    readerGone = true;
    controller.abort();
  };
  if (!o.output) process.stdout.on('error', onStdoutError);
  const summary = new HumanSummary(o.images === true);
  const errors: FileReport[] = [];
  const kept: FileReport[] = [];
  let firstResult = true;
  try {
    if (o.format === 'sarif') await write(out.stream, sarifHead());
    for await (const r of scanFolders(dossiers, {
      followSymlinks: o.suivreLiens === true,
      readImages: o.images === true,
      exclude: out.files,
      // the summary only counts
      listFindings: o.format === 'human' ? false : 'packed',
      ...(o.workers ? { workers: o.workers } : {}),
      signal: controller.signal,
      onProgress: (p) => {
        last = p;
        bar?.update(p);
      },
    })) {
      // kept without their findings: the report's counts are what is stored
      const { listed, ...report } = r;
      const counted: FileReport = { ...report, findings: [] };
      if (o.enregistrer) kept.push(counted);
      if (r.error) errors.push(counted);
      if (o.format === 'human') summary.add(r);
      else if (o.format === 'jsonl') {
        if (listed) for (const piece of jsonlPieces(listed, r.path)) await writeBytes(out.stream, piece);
      } else if (listed && listed.codes.length > 0) {
        for (const piece of sarifPieces(listed, r.path, firstResult)) await writeBytes(out.stream, piece);
        firstResult = false;
      }
      if (r.findingsTruncated && o.format !== 'human') {
        bar?.clear();
        console.error(`Attention : ${shownPath(r.path)} contient trop de données pour les lister toutes ; le résumé les compte toutes.`);
      }
    }
    bar?.clear();
    const interrupted = controller.signal.aborted;
    if (o.format === 'human') await write(out.stream, summary.render(last, interrupted));
    else {
      if (o.format === 'sarif') await write(out.stream, sarifTail(errors, interrupted));
      for (const e of errors) console.error(`${shownPath(e.path)} : ${e.error!.message}`);
    }
    await out.commit();
    // The shell's convention for a run stopped by Ctrl-C; a reader that stopped reading is no failure.
    if (interrupted && !readerGone) process.exitCode = 130;
    if (o.output) console.error(`Rapport écrit dans ${resolve(o.output)}`);
    if (o.enregistrer && !interrupted) {
      const { saveScanForAccount } = await import('./scan-save.ts');
      const id = await saveScanForAccount(o.enregistrer, dossiers.map((d) => resolve(d)), kept, undefined, last.unread, o.images === true);
      console.error(`Analyse enregistrée dans l’inventaire (${id}).`);
    }
  } catch (e) {
    bar?.clear();
    out.abandon();
    throw e;
  } finally {
    process.removeListener('SIGINT', onSigint);
    // stays on when the reader is gone: a late write must not crash the process
    if (!readerGone) process.stdout.removeListener('error', onStdoutError);
  }
}

export function scanCommand(): Command {
  const cmd = new Command('scan')
    .description('inventorier les données personnelles de dossiers (txt, md, csv, tsv, json, eml, emlx, mbox, msg, pst, ost, vcf, ics, html, mht, xlsx, xlsb, xls, ods, docx, doc, rtf, odt, pptx, ppt, odp, pages, key, pdf, sqlite, sql, zip, 7z, rar, tar, tar.gz…)')
    .argument('<dossiers...>', 'dossiers (ou fichiers) à analyser')
    .addOption(new Option('--format <format>', 'human (résumé en français), jsonl (une donnée par ligne) ou sarif (outils de CI)').default('human'))
    .option('-o, --output <fichier>', 'écrire le rapport dans ce fichier plutôt qu’à l’écran')
    .option('--suivre-liens', 'suivre les liens symboliques qui sortent des dossiers choisis')
    .option('--images', 'lire aussi le texte des images et des scans (photos de pièces d’identité, RIB…) : d’une à quelques secondes par image')
    .option('--workers <n>', 'nombre de threads d’analyse (par défaut : un par cœur)')
    .option('--enregistrer <email>', 'enregistrer le résultat dans l’inventaire du compte (propriétaire)')
    .helpOption('-h, --help', 'afficher l’aide')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .action(async (dossiers: string[], raw: RawOptions) => {
      try {
        await run(dossiers, raw);
      } catch (e) {
        if (e instanceof UsageError) {
          console.error(`Erreur : ${e.message}`);
          process.exitCode = 2;
          return;
        }
        if (e instanceof Error && e.name === 'DomainError') {
          console.error(`Erreur : ${e.message}`);
          process.exitCode = 1;
          return;
        }
        throw e;
      }
    });
  // Usage errors (missing folder, unknown option) exit with code 2, in French.
  cmd.exitOverride((err: CommanderError) => {
    if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.help') process.exit(0);
    console.error(`Erreur : ${frenchUsage(err.message)}`);
    process.exit(2);
  });
  return cmd;
}
