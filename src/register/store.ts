// Rows of register_processings ↔ the core model. The identity and life-cycle fields live in
// columns (id, template, status, dates); everything else is the JSON body, checked by the core
// schema on every read so a stored body can never feed a document unchecked.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import { controllerFromTenant, processingSchema, type Controller, type Processing, type Register } from '../core/register/model.ts';
import type { ProcessingBody } from '../core/register/templates.ts';
import type { ProcessingRow } from '../db/repositories/register.ts';
import type { Repositories } from '../db/repositories/index.ts';
import type { TenantRow } from '../db/repositories/tenants.ts';

export function bodyOf(p: Processing): ProcessingBody {
  const { id: _i, templateId: _t, status: _s, createdAt: _c, updatedAt: _u, ...body } = p;
  return body;
}

export function processingOf(row: ProcessingRow): Processing {
  return processingSchema.parse({
    ...(JSON.parse(row.body) as object),
    id: row.id,
    templateId: row.template_id,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function rowOf(tenantId: string, p: Processing, createdBy: string | null, publishedAt: string | null = null): ProcessingRow {
  return {
    id: p.id,
    tenant_id: tenantId,
    status: p.status,
    template_id: p.templateId ?? null,
    body: JSON.stringify(bodyOf(p)),
    created_at: p.createdAt,
    created_by: createdBy,
    updated_at: p.updatedAt,
    published_at: publishedAt,
  };
}

/** Controller facts the set-up asks when the tenant row lacks them (address) or has no column (website, phone). */
export interface ControllerExtras {
  adresse?: string | undefined;
  siteWeb?: string | undefined;
  telephone?: string | undefined;
}

export function controllerOf(tenant: TenantRow, extras: ControllerExtras = {}): Controller {
  const base = controllerFromTenant({
    raisonSociale: tenant.raison_sociale,
    siren: tenant.siren,
    // The business profile is the reference; the set-up's answer only fills a blank.
    adresse: tenant.adresse || extras.adresse || null,
    contactNom: tenant.contact_nom,
    contactEmail: tenant.contact_email,
  });
  return {
    ...base,
    ...(extras.telephone ? { telephone: extras.telephone } : {}),
    ...(extras.siteWeb ? { siteWeb: extras.siteWeb } : {}),
  };
}

/** The whole register of the actor's business: controller (from the tenant) and processings. */
export async function loadRegister(app: App, actor: Pick<Actor, 'tenantId'>, repos: Repositories = app.repos): Promise<{ register: Register; rows: ProcessingRow[] }> {
  const tenant = await repos.tenants.get(actor.tenantId);
  if (!tenant) throw new Error('tenant missing');
  const repo = repos.register(actor.tenantId);
  const [rows, setup] = await Promise.all([repo.listProcessings(), repo.getSetup()]);
  const extras = setup ? ((JSON.parse(setup.answers) as { coordonnees?: ControllerExtras }).coordonnees ?? {}) : {};
  return { register: { controller: controllerOf(tenant, extras), processings: rows.map(processingOf) }, rows };
}
