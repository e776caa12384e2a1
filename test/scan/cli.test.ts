// `rempart scan` as a user runs it: French summary, JSON Lines, SARIF, --output, exit codes.
// Reports carry masked values only, never the raw ones.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from './engine-fixtures.ts';

const run = promisify(execFile);
const base = mkdtempSync(join(tmpdir(), 'rempart-cli-scan-'));
const folder = join(base, 'documents');
const RAW = ['jeanne.martin@exemple.fr', 'FR76 3000 6000 0112 3456 7890 189', 'paul.durand@exemple.org'];

async function rempart(args: string[]) {
  try {
    const r = await run(process.execPath, ['bin/rempart.js', 'scan', ...args], { env: { ...process.env, REMPART_DATA: base } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  mkdirSync(folder);
  writeFileSync(join(folder, 'clients.csv'), `nom;email;iban\r\nMartin;${RAW[0]};${RAW[1]}\r\n`);
  writeFileSync(join(folder, 'lettre.docx'), makeDocx(['Madame,', `Écrivez à ${RAW[2]}.`]));
  writeFileSync(join(folder, 'protege.pdf'), await makePdf([['x']], { userPassword: 'secret' }));
  writeFileSync(join(folder, 'vide.txt'), 'Rien de personnel ici.\n');
  writeFileSync(join(folder, 'piece-identite.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

// Each case starts the whole CLI (tsx compiles it): slow on a busy machine.
describe('rempart scan', { timeout: 60_000 }, () => {
  it('stops quietly, exit 0, when the reader of its output goes away (| head)', async () => {
    const many = join(base, 'beaucoup');
    mkdirSync(many, { recursive: true });
    writeFileSync(join(many, 'export.csv'), 'nom;email\n' + Array.from({ length: 30_000 }, (_, i) => `Client${i};client${i}@exemple.fr`).join('\n'));
    const child = spawn(process.execPath, ['bin/rempart.js', 'scan', many, '--format', 'jsonl'], { env: { ...process.env, REMPART_DATA: base } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // like `head -1`: one line, then the pipe is closed
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().split('\n')[0]!)));
    child.stdout.destroy();
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(JSON.parse(first)).toMatchObject({ type: 'person_name', line: 2 });
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });

  it('prints a French summary split into données courantes / sensibles, with per-file errors, exit 0', async () => {
    const r = await rempart([folder]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Analyse terminée : 4 fichiers/);
    const csvBlock = r.stdout.slice(r.stdout.indexOf(join(folder, 'clients.csv')));
    expect(csvBlock).toMatch(/données courantes : 1 adresse e-mail/);
    expect(csvBlock).toMatch(/données sensibles : 1 IBAN/);
    expect(r.stdout).toMatch(/protege\.pdf\n {2}erreur : Fichier protégé par mot de passe/);
    expect(r.stdout).toMatch(/Totaux\n {2}données courantes : 2 adresses e-mail/);
    expect(r.stdout).toMatch(/en erreur : 1/);
    // Not a terminal: no progress bar on stderr.
    expect(r.stderr).toBe('');
    for (const raw of RAW) expect(r.stdout).not.toContain(raw);
  });

  it('--format jsonl: one finding per line with 1-based line/column, or a locator', async () => {
    const r = await rempart([folder, '--format', 'jsonl', '--workers', '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const email = lines.find((l) => l.type === 'email' && String(l.path).endsWith('clients.csv'));
    expect(Object.keys(email!)).toEqual(['path', 'type', 'category', 'line', 'column', 'length', 'masked']);
    expect(email).toMatchObject({ category: 'courante', line: 2, column: 8, length: RAW[0]!.length });
    expect(lines.find((l) => l.type === 'iban')).toMatchObject({ category: 'sensible', line: 2, column: 8 + RAW[0]!.length + 1 });
    expect(lines.find((l) => String(l.path).endsWith('lettre.docx'))).toMatchObject({ type: 'email', locator: 'paragraphe 2' });
    expect(r.stderr).toMatch(/protege\.pdf : Fichier protégé par mot de passe/);
    for (const raw of RAW) expect(r.stdout).not.toContain(raw);
  });

  it('--format sarif --output: a valid SARIF 2.1.0 file written atomically', async () => {
    // Written inside the scanned folder: the report and its temporary file are not scanned.
    const out = join(folder, 'rapport.sarif');
    const r = await rempart([folder, '--format', 'sarif', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('iban');
    const iban = run0.results.find((x: { ruleId: string }) => x.ruleId === 'iban');
    expect(iban.level).toBe('error');
    expect(iban.locations[0].physicalLocation.region).toMatchObject({ startLine: 2 });
    expect(run0.invocations[0].toolExecutionNotifications[0].descriptor.id).toBe('PROTEGE');
    for (const raw of RAW) expect(readFileSync(out, 'utf8')).not.toContain(raw);
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(run0.results.some((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => /rapport\.sarif/.test(x.locations[0]!.physicalLocation.artifactLocation.uri))).toBe(false);
    rmSync(out);
  });

  it('exits 2 with a French message on usage errors and writes nothing', async () => {
    const out = join(base, 'jamais.jsonl');
    const cases = [[], [join(base, 'absent')], [folder, '--format', 'xml', '--output', out], [folder, '--workers', 'zéro'], [folder, '--inconnue']];
    const messages = [/Indiquez au moins un dossier/, /Dossier introuvable/, /Format inconnu/, /workers doit être un nombre/, /Option inconnue : --inconnue/];
    const results = await Promise.all(cases.map((args) => rempart(args)));
    for (const [i, r] of results.entries()) {
      expect(r.code, cases[i]!.join(' ')).toBe(2);
      expect(r.stderr).toMatch(messages[i]!);
    }
    expect(existsSync(out)).toBe(false);
  }, 90_000);
});

describe('rempart scan --enregistrer', { timeout: 120_000 }, () => {
  it('keeps the result in the account’s inventory, without any raw value', async () => {
    const { createApp, defaultConfig } = await import('../../src/app.ts');
    const { signUp } = await import('../../src/accounts/signup.ts');
    const { CLI_META } = await import('../../src/accounts/meta.ts');
    const app = await createApp({ ...defaultConfig({}), dataDir: base });
    let tenantId: string;
    try {
      const s = await signUp(app, { raisonSociale: 'Cabinet Test', activite: 'autre', contactNom: 'Test', contactEmail: 'rgpd@cabinet.example', nom: 'Test', email: 'scan@cabinet.example', password: 'cheval-agrafe-batterie-correct' }, CLI_META, { openSession: false });
      tenantId = s.tenantId;
    } finally {
      await app.close();
    }

    const r = await rempart([folder, '--enregistrer', 'scan@cabinet.example']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Analyse enregistrée dans l’inventaire/);

    const again = await createApp({ ...defaultConfig({}), dataDir: base });
    try {
      const summary = await again.repos.scans(tenantId).latestSummary();
      expect(summary?.files.map((f) => f.path.split('/').pop()).sort()).toEqual(['clients.csv', 'lettre.docx', 'protege.pdf', 'vide.txt']);
      expect(summary?.totals.email).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(summary)).not.toContain(RAW[0]);
      // the photo it could not read is kept with the scan, for the web page
      expect(JSON.parse((await again.repos.scans(tenantId).latestFinished())!.unread!)).toEqual({ image: 1 });
      expect((await again.repos.scans(tenantId).latestFinished())!.read_images).toBe(0);
    } finally {
      await again.close();
    }
    // with --images, the saved scan says that it read them
    expect((await rempart([folder, '--images', '--enregistrer', 'scan@cabinet.example'])).code).toBe(0);
    const third = await createApp({ ...defaultConfig({}), dataDir: base });
    try {
      expect((await third.repos.scans(tenantId).latestFinished())!.read_images).toBe(1);
    } finally {
      await third.close();
    }

    const unknown = await rempart([folder, '--enregistrer', 'personne@inconnu.example']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/[Aa]ucun compte/);
  });
});
