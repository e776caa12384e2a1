// ENISA 2013 "Recommendations for a methodology of the assessment of severity of personal
// data breaches", Data Processing Context (DPC). Step 1 classifies each data type in one of
// four categories (basic score); step 2 adjusts it with Assessment Table 1 and the contextual
// factors of Annex A2; when several categories are breached, the highest DPC is kept.
import { controllerContext, isSensitive, isVulnerable, KIND_LABELS } from './labels.ts';
import type { DataCategory, DataKind, DetailLevel, Incident } from './types.ts';
import { FINANCIAL_KINDS, SENSITIVE_KINDS } from './types.ts';

export type EnisaCategory = 'simple' | 'comportemental' | 'financier' | 'sensible';

/** Basic DPC scores, ENISA step 1 (Annex 1 describes each category). */
export const BASE_SCORES: Readonly<Record<EnisaCategory, number>> = { simple: 1, comportemental: 2, financier: 3, sensible: 4 };

export const CATEGORY_LABELS: Readonly<Record<EnisaCategory, string>> = {
  simple: 'données simples (identité, coordonnées)',
  comportemental: 'données de comportement',
  financier: 'données financières',
  sensible: 'données sensibles',
};

export interface DpcAdjustment {
  delta: number;
  /** French reason shown to the user. */
  label: string;
}

export interface DpcItem {
  category: string;
  enisaCategory: EnisaCategory;
  base: number;
  adjustments: DpcAdjustment[];
  score: number;
}

export interface DpcResult {
  score: number;
  /** The data type that gave the highest score, or null when no data was listed. */
  driver: DpcItem | null;
  items: DpcItem[];
  explanation: string;
}

export function enisaCategoryOf(kind: DataKind): EnisaCategory {
  if (SENSITIVE_KINDS.includes(kind)) return 'sensible';
  if (FINANCIAL_KINDS.includes(kind)) return 'financier';
  if (kind === 'comportement' || kind === 'localisation') return 'comportemental';
  return 'simple';
}

/** Credentials stand for the data they open; every other kind stands for itself. */
const effectiveKind = (d: DataCategory): DataKind => (d.kind === 'identifiants' ? (d.accessTo ?? 'coordonnees') : d.kind);

function categoryOf(d: DataCategory): EnisaCategory {
  if (isSensitive(d)) return 'sensible';
  // ENISA step 1: "credentials are not considered as a specific data category and should be
  // handled based on the type of data processed by the systems where they provide access to".
  return enisaCategoryOf(effectiveKind(d));
}

// IBAN alone is ENISA's own example of "some financial information but no significant insight
// into the individual's financial status" (financial row, −1).
const detailOf = (d: DataCategory): DetailLevel => d.detail ?? (effectiveKind(d) === 'iban' ? 'partiel' : 'complet');

/**
 * Increases of Assessment Table 1 are graded alternatives ("increased by 1 when…, by 2 when…"),
 * so only the highest applicable one is kept; decreases add up. Every adjustment cites its row.
 */
function scoreItem(d: DataCategory, incident: Incident): DpcItem {
  const enisaCategory = categoryOf(d);
  const base = BASE_SCORES[enisaCategory];
  const ctx = incident.context ?? {};
  const controller = controllerContext(incident);
  const vulnerable = isVulnerable(incident);
  const detail = detailOf(d);
  const increases: DpcAdjustment[] = [];
  const decreases: DpcAdjustment[] = [];

  // Annex A2 "special characteristics of the individuals" (minors, groups with particular needs)
  // aggravate every category; Table 1 keeps +3 for information critical to personal safety.
  const vulnerableUp: DpcAdjustment = { delta: 1, label: 'les personnes sont des mineurs ou des personnes vulnérables' };
  const profile: DpcAdjustment = { delta: 1, label: 'la quantité de données par personne permet de dresser un profil' };

  if (enisaCategory === 'simple') {
    // Table 1, simple data: +1 profiling or social/financial status (luxury shop list),
    // +2 assumptions on sensitive data (online pharmacy list), +3 personal safety at stake.
    if (ctx.volumeProfile) increases.push(profile);
    if (controller === 'statut') increases.push({ delta: 1, label: 'votre activité révèle la situation sociale ou financière de vos clients' });
    if (vulnerable) increases.push(vulnerableUp);
    if (controller === 'sensible') increases.push({ delta: 2, label: 'votre activité révèle une information sensible (santé, vie privée) sur vos clients' });
    if (ctx.safetyCritical) increases.push({ delta: 3, label: 'ces informations peuvent mettre en danger la sécurité des personnes' });
  } else if (enisaCategory === 'comportemental') {
    // Table 1, behavioural data: +1 detailed profile of everyday life, +2 profile revealing
    // sensitive data (calls to a psychological support line, pharmacy purchases); −1 no real insight.
    if (ctx.volumeProfile || controller === 'statut') increases.push({ delta: 1, label: 'ces données permettent de dresser un profil détaillé de la vie quotidienne' });
    if (vulnerable) increases.push(vulnerableUp);
    if (controller === 'sensible') increases.push({ delta: 2, label: 'ces habitudes révèlent une information sensible (santé, vie privée)' });
    if (detail === 'minime' || detail === 'general') decreases.push({ delta: -1, label: 'ces données n’apprennent presque rien sur les habitudes des personnes' });
  } else if (enisaCategory === 'financier') {
    // Table 1, financial data: +1 full card details enabling fraud or a detailed financial profile;
    // −1 some financial data without real insight (bank account numbers alone); −2 no insight
    // (only the fact of being a customer).
    const fullCard = effectiveKind(d) === 'carte-bancaire' && detail === 'complet';
    if (fullCard) increases.push({ delta: 1, label: 'les données de carte sont complètes et permettent des paiements frauduleux' });
    if (ctx.volumeProfile) increases.push({ delta: 1, label: 'la quantité de données permet un profil financier détaillé' });
    if (vulnerable) increases.push(vulnerableUp);
    if (detail === 'partiel' || detail === 'general') decreases.push({ delta: -1, label: 'ces données ne donnent qu’une idée limitée de la situation financière' });
    if (detail === 'minime') decreases.push({ delta: -2, label: 'ces données ne disent presque rien de la situation financière' });
  } else {
    // Table 1, sensitive data: −1 assumptions only (test for a given disease), −2 general
    // assumptions (a blood test at the emergency room), −3 no substantial insight (general blood test).
    if (detail === 'partiel') decreases.push({ delta: -1, label: 'les données permettent seulement de supposer une information sensible' });
    if (detail === 'general') decreases.push({ delta: -2, label: 'les données ne permettent que des suppositions générales' });
    if (detail === 'minime') decreases.push({ delta: -3, label: 'les données ne révèlent en pratique rien de sensible' });
  }
  // Annex A2 decreasing factors, valid for every category. Magnitudes follow Annex 1 examples:
  // publicly collectable data −1 (behavioural row), cards over ten years old scored 1 instead of 3.
  if (ctx.publiclyAvailable) decreases.push({ delta: -1, label: 'ces données étaient déjà publiques avant l’incident' });
  if (ctx.invalidOrOutdated) decreases.push({ delta: -2, label: 'ces données sont périmées ou inexactes' });

  const top = increases.reduce<DpcAdjustment | null>((best, a) => (best === null || a.delta > best.delta ? a : best), null);
  const adjustments = [...(top ? [top] : []), ...decreases];
  const raw = base + adjustments.reduce((s, a) => s + a.delta, 0);
  // "The DPC scoring of any data type can always vary from 1 to 4" (ENISA, step 2 note).
  const score = Math.min(4, Math.max(1, raw));
  return { category: d.category || KIND_LABELS[d.kind], enisaCategory, base, adjustments, score };
}

export function scoreDpc(incident: Incident): DpcResult {
  const items = incident.dataCategories.map((d) => scoreItem(d, incident));
  const driver = items.reduce<DpcItem | null>((best, i) => (best === null || i.score > best.score ? i : best), null);
  if (driver === null) {
    return { score: 1, driver: null, items, explanation: 'Aucune donnée n’est indiquée : le score minimal (1) est retenu.' };
  }
  const adj = driver.adjustments.map((a) => `${a.delta > 0 ? '+' : '−'}${Math.abs(a.delta)} car ${a.label}`);
  const explanation =
    `Les données les plus graves sont « ${driver.category} » (${CATEGORY_LABELS[driver.enisaCategory]}, score de base ${driver.base})` +
    (adj.length > 0 ? ` ; ajustement : ${adj.join(' ; ')}` : '') +
    ` : contexte des données ${driver.score} sur 4.`;
  return { score: driver.score, driver, items, explanation };
}
