import { describe, expect, it } from 'vitest';
import { checkProcessing } from './completeness.ts';
import { NOW } from './fixtures.ts';
import { processingSchema, type Processing } from './model.ts';
import { instantiateTemplate, suggestTemplates, TEMPLATES } from './templates.ts';

const monthsOf = (p: Processing, what: RegExp) => p.retention.find((r) => what.test(r.what))?.months;

describe('templates', () => {
  it('cover the issue’s activities (at least 12), with unique ids', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'gestion_clients',
        'prospection_newsletter',
        'site_web',
        'rendez_vous',
        'recrutement',
        'comptabilite',
        'videosurveillance',
        'sante_bien_etre',
        'services_personne',
        'artisan_batiment',
        'coaching_formation',
        'photographe',
      ]),
    );
  });

  it.each(TEMPLATES.map((t) => [t.id]))('%s is valid against the schema and complete for publication', (id) => {
    const p = instantiateTemplate(id, { now: NOW });
    expect(processingSchema.parse(p)).toEqual(p);
    expect(checkProcessing(p).missing).toEqual([]);
    expect(p.status).toBe('brouillon');
    expect(p.templateId).toBe(id);
    expect(p.risks.events.map((e) => e.event)).toEqual(['acces_illegitime', 'modification_non_desiree', 'disparition']);
  });

  it('use the CNIL-recommended and legal retention periods', () => {
    const t = (id: string) => instantiateTemplate(id, { now: NOW });
    expect(monthsOf(t('prospection_newsletter'), /Prospects/)).toBe(36);
    expect(monthsOf(t('gestion_clients'), /Factures/)).toBe(120);
    expect(t('gestion_clients').retention.find((r) => /Factures/.test(r.what))?.duration).toMatch(/L123-22/);
    expect(monthsOf(t('recrutement'), /non retenue/)).toBe(24);
    expect(monthsOf(t('videosurveillance'), /vidéo/)).toBeLessThanOrEqual(1);
    expect(monthsOf(t('site_web'), /Cookies/)).toBe(13);
  });

  it('flag health data as Art. 9 with the condition that allows them', () => {
    const p = instantiateTemplate('sante_bien_etre', { now: NOW });
    expect(p.dataCategories.find((c) => c.key === 'sante')).toMatchObject({ sensitive: true, art9: 'health' });
    expect(p.art9Condition).toBe('consentement_explicite');
  });

  it('list processors with a contract status to check', () => {
    const p = instantiateTemplate('gestion_clients', { now: NOW });
    expect(p.recipients.find((r) => r.name === 'Expert-comptable')).toMatchObject({ kind: 'sous_traitant', contractStatus: 'a_verifier' });
  });

  it('give independent copies: editing one processing never edits another', () => {
    const a = instantiateTemplate('gestion_clients', { now: NOW, id: 'a' });
    a.securityMeasures.push('modifié');
    a.recipients[0]!.name = 'modifié';
    a.risks.events[0]!.measures.pop();
    const b = instantiateTemplate('gestion_clients', { now: NOW, id: 'b' });
    expect(b.securityMeasures).not.toContain('modifié');
    expect(b.recipients[0]!.name).not.toBe('modifié');
    expect(b.risks.events[0]!.measures).toHaveLength(a.risks.events[0]!.measures.length + 1);
    expect(instantiateTemplate('comptabilite', { now: NOW }).recipients.map((r) => r.name)).not.toContain('modifié');
  });

  it('refuse an unknown template', () => {
    expect(() => instantiateTemplate('nope', { now: NOW })).toThrow(/inconnu/);
  });
});

describe('suggestTemplates', () => {
  const ids = (activity: string) => suggestTemplates(activity).map((t) => t.id);

  it('always proposes the common ones', () => {
    expect(ids('autre')).toEqual(['gestion_clients', 'comptabilite', 'demandes_droits']);
  });

  it('proposes the trade’s templates from the tenant activity key', () => {
    expect(ids('artisan_batiment')).toContain('artisan_batiment');
    expect(ids('sante_bien_etre')).toEqual(expect.arrayContaining(['sante_bien_etre', 'rendez_vous', 'prospection_newsletter']));
    expect(ids('photographe')).toContain('photographe');
  });

  it('reads free text, accents and case aside', () => {
    expect(ids('Plombier chauffagiste')).toContain('artisan_batiment');
    expect(ids('SOPHROLOGUE et réflexologue')).toEqual(expect.arrayContaining(['sante_bien_etre', 'rendez_vous']));
    expect(ids('Formatrice en bureautique')).toContain('coaching_formation');
    expect(ids('Aide à domicile, ménage')).toContain('services_personne');
    expect(ids('Plombier')).not.toContain('sante_bien_etre');
  });
});
