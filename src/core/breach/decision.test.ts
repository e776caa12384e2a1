import { describe, expect, it } from 'vitest';
import { decideBreach } from './decision.ts';
import { data, incident } from './fixtures.ts';
import { uncertainties } from './risk.ts';
import { BreachRuleError, type Incident } from './types.ts';

const decide = (over: Partial<Incident>, options = {}) => decideBreach(incident(over), options);
const all = (d: ReturnType<typeof decideBreach>) => [...d.cnil.reasons, ...d.people.reasons].join('\n');
const safeKey = { was: true, keySafe: true, stateOfTheArt: true };
const sante = [data('etat-civil'), data('coordonnees'), data('sante')];
const restored = (h: number | null) => ({ exists: true, restored: true, restoredWithinHours: h });
const availability = { nature: ['disponibilite'], leftBusiness: false, exposure: null } as const;
const JUSTIF = 'Le fichier ne contenait que des adresses professionnelles publiques.';

describe('Art. 33: no personal data', () => {
  it('does not notify when exactly zero people are concerned', () => {
    const d = decide({ people: { count: 0, approximate: false, categories: [] } });
    expect(d.cnil).toMatchObject({ notify: false, exemption: 'aucune-personne' });
    expect(d.people).toMatchObject({ communicate: false, mode: 'aucune', highRisk: false });
    expect(d.register.required).toBe(true);
  });
  it('does not trust an approximate zero', () => {
    expect(decide({ people: { count: 0, approximate: true, categories: [] } }).cnil.notify).toBe(true);
  });
});

describe('Art. 33: when in doubt, notify', () => {
  it.each([
    ['unknown count', { people: { count: null, approximate: false, categories: [] } }, /nombre de personnes/],
    ['no data listed', { dataCategories: [] }, /données concernées/],
    ['key safety unknown', { encrypted: { was: true, keySafe: null, stateOfTheArt: true } }, /clé/],
    ['unknown exposure', { exposure: null }, /comment les données sont sorties/],
    ['unknown exit', { leftBusiness: null }, /comment les données sont sorties/],
    ['unknown use of altered data', { nature: ['integrite'], alteredDataUsed: null }, /modifiées ont été utilisées/],
  ] as const)('%s', (_n, over, reason) => {
    // Encrypted with a safe key: the doubt must win over an exemption that would otherwise apply.
    const d = decide({ encrypted: safeKey, ...over } as Partial<Incident>);
    expect(d.cnil).toMatchObject({ notify: true, uncertain: true, exemption: null });
    expect(d.cnil.reasons[0]).toMatch(/^En cas de doute, la CNIL recommande de notifier/);
    expect(d.cnil.reasons[0]).toMatch(reason);
  });
  it('lists nothing when everything is known', () => {
    expect(uncertainties(incident())).toEqual([]);
  });
});

describe('Art. 33 exemption: unintelligible data', () => {
  it('applies to state-of-the-art encryption with a safe key', () => {
    expect(decide({ encrypted: safeKey, dataCategories: sante }).cnil.exemption).toBe('donnees-inintelligibles');
  });
  it.each([
    ['weak encryption', { encrypted: { was: true, keySafe: true, stateOfTheArt: false } }, /procédé trop faible/],
    ['compromised key', { encrypted: { was: true, keySafe: false, stateOfTheArt: true } }, /a pu être compromis/],
    ['lost without backup', { encrypted: safeKey, nature: ['confidentialite', 'disponibilite'], backup: { exists: false, restored: false, restoredWithinHours: null } }, /faute de sauvegarde/],
    ['integrity also affected', { encrypted: safeKey, nature: ['confidentialite', 'integrite'], alteredDataUsed: false }, /ne peut pas être écarté/],
  ] as const)('does not apply with %s', (_n, over, reason) => {
    const d = decide(over as Partial<Incident>);
    expect(d.cnil).toMatchObject({ notify: true, exemption: null });
    expect(all(d)).toMatch(reason);
  });
  it('applies to robust password hashes only when nothing else leaked', () => {
    const hashes = data('identifiants', { passwordStorage: 'hachage-robuste' });
    expect(decide({ dataCategories: [hashes] }).cnil.exemption).toBe('donnees-inintelligibles');
    expect(decide({ dataCategories: [hashes, data('coordonnees')] }).cnil.notify).toBe(true);
  });
});

describe('Art. 33 exemption: availability restored', () => {
  it('applies to a short outage restored from backup', () => {
    expect(decide({ ...availability, backup: restored(24) }).cnil.exemption).toBe('disponibilite-retablie');
    expect(decide({ ...availability, backup: restored(null), availabilityLossHours: 5 }).cnil.exemption).toBe('disponibilite-retablie');
  });
  it.each([
    ['restored after more than a day', { backup: restored(30) }, /plus de 24 heures/],
    ['not restored yet', { backup: { exists: true, restored: false, restoredWithinHours: null } }, /pas encore confirmée/],
    ['sensitive data', { backup: restored(2), dataCategories: sante }, /Même rétablie vite/],
    ['exfiltration not excluded', { backup: restored(2), leftBusiness: null }, /ne peut pas être écarté/],
    ['other losses too', { backup: restored(2), nature: ['disponibilite', 'confidentialite'], exposure: 'aucune-preuve', leftBusiness: false }, /ne peut pas être écarté/],
  ] as const)('does not apply when %s', (_n, over, reason) => {
    const d = decide({ ...availability, ...over } as Partial<Incident>);
    expect(d.cnil.notify).toBe(true);
    expect(all(d)).toMatch(reason);
  });
});

describe('Art. 33 exemption: trusted recipient', () => {
  it('applies when the trusted recipient confirmed deletion and severity is low', () => {
    expect(decide({ recipientTrusted: true }).cnil.exemption).toBe('destinataire-de-confiance');
  });
  it.each([
    ['severity is not low', { recipientTrusted: true, dataCategories: [data('etat-civil'), data('coordonnees'), data('iban')] }],
    ['intent is malicious', { recipientTrusted: true, malicious: true }],
    ['intent is unknown', { recipientTrusted: true, malicious: null }],
    ['recipients are unknown', { recipientTrusted: true, exposure: 'destinataires-inconnus' }],
    ['the recipient did not answer', { recipientTrusted: null }],
  ] as const)('does not apply when %s', (_n, over) => {
    expect(decide(over as Partial<Incident>).cnil).toMatchObject({ notify: true, exemption: null });
  });
});

describe('Art. 34: communication to people', () => {
  it('is not required when no high-risk factor exists', () => {
    const d = decide({});
    expect(d.people).toMatchObject({ communicate: false, recommended: false, mode: 'aucune', highRisk: false, exception: null });
    expect(d.people.reasons.join(' ')).toMatch(/CNIL peut toutefois/);
  });
  it('is individual when the risk is high', () => {
    const d = decide({ dataCategories: sante });
    expect(d.people).toMatchObject({ communicate: true, mode: 'individuelle', highRisk: true, exception: null });
    expect(d.summary).toBe('Notifier la CNIL ; informer chaque personne concernée.');
  });
  it('flags safety-critical information and ignores integrity losses without misuse', () => {
    expect(decide({ context: { safetyCritical: true } }).people.factors.map((f) => f.code)).toContain('securite-personnes');
    expect(decide({ nature: ['integrite'], alteredDataUsed: false, dataCategories: sante }).people.highRisk).toBe(false);
  });
  it('exception (a): encryption removes confidentiality risks only', () => {
    expect(decide({ encrypted: safeKey, dataCategories: sante }).people).toMatchObject({ communicate: false, exception: 'a', highRisk: true });
    const lost = decide({
      encrypted: safeKey,
      nature: ['confidentialite', 'disponibilite'],
      backup: { exists: false, restored: false, restoredWithinHours: null },
      dataCategories: sante,
    });
    expect(lost.people).toMatchObject({ communicate: true, exception: null });
  });
  it('exception (b): measures that remove the high risk', () => {
    const d = decide({ dataCategories: sante }, { measuresNeutraliseRisk: 'Le destinataire a rendu le dossier sans le copier.' });
    expect(d.people).toMatchObject({ communicate: false, exception: 'b', mode: 'aucune' });
    expect(d.people.reasons.join(' ')).toMatch(/« Le destinataire a rendu le dossier sans le copier\. »/);
  });
  it('exception (c): disproportionate effort means public communication', () => {
    const d = decide({ dataCategories: sante }, { disproportionateEffort: 'Nous n’avons aucune coordonnée des personnes.' });
    expect(d.people).toMatchObject({ communicate: true, exception: 'c', mode: 'publique' });
    expect(d.summary).toMatch(/communication publique/);
  });
  it('requires at least 20 characters to invoke (b) or (c)', () => {
    expect(() => decide({ dataCategories: sante }, { measuresNeutraliseRisk: 'Supprimé.' })).toThrow(BreachRuleError);
    expect(() => decide({}, { disproportionateEffort: '   trop de monde       ' })).toThrow(/au moins 20 caractères/);
  });
});

describe('user override', () => {
  it('keeps the justification and the recommendation', () => {
    const d = decide({}, { override: { notifyCnil: false, justification: `  ${JUSTIF}  ` } });
    expect(d.cnil).toMatchObject({ notify: false, recommended: true });
    expect(d.override).toEqual({ notifyCnil: false, communicate: undefined, justification: JUSTIF });
    expect(d.cnil.reasons.at(-1)).toMatch(/contrairement à la recommandation : « Le fichier ne contenait/);
    expect(d.summary).toMatch(/^Pas de notification à la CNIL/);
  });
  it('can add a communication the rules did not require', () => {
    const d = decide({}, { override: { communicate: true, justification: 'Nos clients préfèrent être prévenus de tout.' } });
    expect(d.people).toMatchObject({ communicate: true, recommended: false, mode: 'individuelle' });
  });
  it('can drop a required communication', () => {
    const d = decide({ dataCategories: sante }, { override: { communicate: false, justification: JUSTIF } });
    expect(d.people).toMatchObject({ communicate: false, recommended: true, mode: 'aucune' });
  });
  it('adds no reason when the override agrees with the advice', () => {
    const d = decide({}, { override: { notifyCnil: true, justification: JUSTIF } });
    expect(d.cnil.reasons.join(' ')).not.toMatch(/contrairement/);
  });
  it('refuses a short or empty override', () => {
    expect(() => decide({}, { override: { notifyCnil: false, justification: 'Pas grave.' } })).toThrow(
      expect.objectContaining({ code: 'JUSTIFICATION_TROP_COURTE' }),
    );
    expect(() => decide({}, { override: { justification: JUSTIF } })).toThrow(expect.objectContaining({ code: 'DEROGATION_VIDE' }));
  });
});
