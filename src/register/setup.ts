// The guided first set-up: saves the answers (half-way too) and turns them into the register.
// Re-running it is idempotent: a processing the set-up created and nobody edited since is
// brought in line with the new answers (or removed when no answer calls for it any more);
// one edited by hand is kept as it is and reported.
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { checkProcessing } from '../core/register/completeness.ts';
import { stableStringify } from '../core/register/history.ts';
import type { Processing } from '../core/register/model.ts';
import { buildRegisterFromAnswers, setupAnswersSchema, SETUP_QUESTIONS, visibleQuestions, type SetupAnswers } from '../core/register/setup.ts';
import { appendJournal } from '../journal/journal.ts';
import { journalBase, requireWriter } from './access.ts';
import { writeChange } from './processings.ts';
import { bodyOf, processingOf } from './store.ts';

const line = (max: number, what: string) => z.string({ error: `${what} : texte attendu.` }).trim().max(max, { error: `${what} : ${max} caractères au maximum.` });

/** What the policy needs about the business that the sign-up did not ask. */
export const coordinatesSchema = z
  .object({
    adresse: line(500, 'Adresse').optional(),
    siteWeb: line(300, 'Adresse du site').optional(),
    telephone: line(30, 'Téléphone').optional(),
  })
  .strict();
export type Coordinates = z.infer<typeof coordinatesSchema>;

export const setupInputSchema = z
  .object({
    reponses: setupAnswersSchema.strict(),
    coordonnees: coordinatesSchema.default({}),
    /** false: only save the answers (resume later); true: build the register from them. */
    appliquer: z.boolean({ error: 'appliquer : oui ou non.' }).default(true),
  })
  .strict();
export type SetupInput = z.infer<typeof setupInputSchema>;

/** What register_setup.answers holds. */
interface StoredSetup {
  reponses: SetupAnswers;
  coordonnees: Coordinates;
  /** Template id → the processing the set-up made from it, and the hash of its body then. */
  generated: Record<string, { id: string; hash: string }>;
}

function bodyHash(p: Processing): string {
  return createHash('sha256').update(stableStringify(bodyOf(p))).digest('hex');
}

export function parseStored(text: string | undefined): StoredSetup {
  const raw = text ? (JSON.parse(text) as Partial<StoredSetup>) : {};
  return { reponses: raw.reponses ?? {}, coordonnees: raw.coordonnees ?? {}, generated: raw.generated ?? {} };
}

export async function setupState(app: App, actor: Actor) {
  const [row, tenant] = await Promise.all([app.repos.register(actor.tenantId).getSetup(), app.repos.tenants.get(actor.tenantId)]);
  const stored = parseStored(row?.answers);
  const reponses: SetupAnswers = { activite: tenant?.activite as SetupAnswers['activite'], ...stored.reponses };
  return {
    questions: SETUP_QUESTIONS,
    visibles: visibleQuestions(reponses).map((q) => q.id),
    reponses,
    coordonnees: stored.coordonnees,
    /** The sign-up left the address empty: the policy needs it, the set-up asks for it. */
    adresseManquante: !tenant?.adresse,
    termineLe: row?.completed_at ?? null,
  };
}

export async function runSetup(app: App, actor: Actor, input: SetupInput, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const tenant = await app.repos.tenants.get(actor.tenantId);
  if (!tenant) throw new Error('tenant missing');
  const now = app.now();
  const at = now.toISOString();
  return app.tx(async (repos) => {
    const repo = repos.register(actor.tenantId);
    const row = await repo.getSetup();
    const stored = parseStored(row?.answers);
    const report = { ajoutes: [] as string[], misAJour: [] as string[], conserves: [] as string[], retires: [] as string[] };
    const generated: StoredSetup['generated'] = {};

    if (input.appliquer) {
      const built = buildRegisterFromAnswers(input.reponses, { raisonSociale: tenant.raison_sociale, contactNom: tenant.contact_nom, contactEmail: tenant.contact_email, activite: tenant.activite }, { now });
      const wanted = new Set(built.processings.map((p) => p.templateId ?? p.id));
      for (const fresh of built.processings) {
        const templateId = fresh.templateId ?? fresh.id;
        const previous = stored.generated[templateId];
        const existingRow = previous ? await repo.getProcessing(previous.id) : undefined;
        const existing = existingRow ? processingOf(existingRow) : null;
        if (existing && previous && bodyHash(existing) !== previous.hash) {
          // Edited by hand since the set-up made it: the user's version wins.
          report.conserves.push(existing.name);
          generated[templateId] = previous;
          continue;
        }
        const base: Processing = existing
          ? { ...fresh, id: existing.id, createdAt: existing.createdAt, updatedAt: at }
          : { ...fresh, id: randomUUID(), createdAt: at, updatedAt: at };
        const next: Processing = { ...base, status: checkProcessing(base).publishable ? 'publie' : 'brouillon' };
        const changed = await writeChange(app, repos, actor, meta, existing, next, 'assistant');
        if (!existing) report.ajoutes.push(next.name);
        else if (changed) report.misAJour.push(next.name);
        generated[templateId] = { id: next.id, hash: bodyHash(next) };
      }
      // What the set-up made earlier and the answers no longer call for.
      for (const [templateId, previous] of Object.entries(stored.generated)) {
        if (wanted.has(templateId)) continue;
        const existingRow = await repo.getProcessing(previous.id);
        if (!existingRow) continue;
        const existing = processingOf(existingRow);
        if (bodyHash(existing) === previous.hash) {
          await writeChange(app, repos, actor, meta, existing, null, 'assistant');
          report.retires.push(existing.name);
        } else {
          report.conserves.push(existing.name);
          generated[templateId] = previous;
        }
      }
    }

    const next: StoredSetup = { reponses: input.reponses, coordonnees: input.coordonnees, generated: input.appliquer ? generated : stored.generated };
    await repo.saveSetup({
      tenant_id: actor.tenantId,
      answers: JSON.stringify(next),
      completed_at: input.appliquer ? at : (row?.completed_at ?? null),
      updated_at: at,
      updated_by: actor.userId,
    });
    if (input.appliquer) {
      await appendJournal(app, repos, {
        ...journalBase(actor, meta),
        action: 'registre.assistant',
        recordType: 'registre',
        details: { ajoutes: report.ajoutes.length, misAJour: report.misAJour.length, conserves: report.conserves.length, retires: report.retires.length },
      });
    }
    return report;
  });
}
