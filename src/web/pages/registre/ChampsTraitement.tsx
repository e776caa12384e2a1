// Every field of a processing (CNIL register model), grouped as the register reads them.
import { DATA_CATEGORY_CATALOGUE } from '../../../core/register/categories.ts';
import type {
  DataCategory,
  Processing,
  Purpose,
  Recipient,
  Retention,
  Support,
  Transfer,
} from '../../../core/register/model.ts';
import { Cases, Choix, ListeObjets, ListeTextes, Texte } from './Editeurs.tsx';
import { COLLECTION_LABELS, CONTRACT_LABELS, RECIPIENT_KIND_LABELS } from './libelles.ts';
import type { Libelles } from './types.ts';

export type Corps = Omit<Processing, 'id' | 'templateId' | 'status' | 'createdAt' | 'updatedAt'>;

interface Props {
  corps: Corps;
  set: (patch: Partial<Corps>) => void;
  disabled: boolean;
  libelles: Libelles;
}

const OBLIGATOIRE = { oui: 'Oui, obligatoire', non: 'Non, facultatif' } as const;

function Donnees({ corps, set, disabled, libelles }: Props) {
  const selected = new Map(corps.dataCategories.map((c) => [c.key, c]));
  const autres = corps.dataCategories.filter((c) => !DATA_CATEGORY_CATALOGUE.some((k) => k.key === c.key));
  const toggle = (key: string, on: boolean) => {
    const cat = DATA_CATEGORY_CATALOGUE.find((c) => c.key === key)!;
    const entry: DataCategory = { key: cat.key, label: cat.label, sensitive: cat.sensitive, ...(cat.art9 ? { art9: cat.art9 } : {}), ...(cat.banking ? { banking: true } : {}), ...(cat.nir ? { nir: true } : {}) };
    set({ dataCategories: on ? [...corps.dataCategories, entry] : corps.dataCategories.filter((c) => c.key !== key) });
  };
  const update = (key: string, patch: Partial<DataCategory>) => set({ dataCategories: corps.dataCategories.map((c) => (c.key === key ? { ...c, ...patch } : c)) });
  return (
    <fieldset>
      <legend>Catégories de données</legend>
      <p className="aide">Cochez ce que vous utilisez. Les données sensibles (santé, numéro de sécurité sociale…) demandent une justification particulière.</p>
      {(['courantes', 'sensibles'] as const).map((groupe) => (
        <div key={groupe}>
          <h4>{groupe === 'courantes' ? 'Données courantes' : 'Données sensibles'}</h4>
          <ul className="liste-sans-puce">
            {DATA_CATEGORY_CATALOGUE.filter((c) => c.sensitive === (groupe === 'sensibles')).map((c) => {
              const s = selected.get(c.key);
              return (
                <li key={c.key}>
                  <label className="reponse">
                    <input type="checkbox" checked={!!s} onChange={(e) => toggle(c.key, e.target.checked)} disabled={disabled} />
                    {c.label} <span className="aide">({c.examples})</span>
                  </label>
                  {s && (
                    <div className="sous-champs" role="group" aria-label={`Précisions : ${c.label}`}>
                      <Choix
                        label={`« ${c.label} » : la personne doit-elle les fournir ?`}
                        valeur={s.required ? (s.required.mandatory ? 'oui' : 'non') : null}
                        options={OBLIGATOIRE}
                        vide="À préciser"
                        onValeur={(v) => update(c.key, { required: v === null ? undefined : { mandatory: v === 'oui', consequence: s.required?.consequence ?? '' } })}
                        disabled={disabled}
                      />
                      {s.required && <Texte label="Que se passe-t-il si elle refuse ?" valeur={s.required.consequence} onValeur={(v) => update(c.key, { required: { mandatory: s.required!.mandatory, consequence: v } })} disabled={disabled} />}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {autres.length > 0 && <p>Autres catégories déclarées : {autres.map((c) => c.label).join(', ')}.</p>}
      {corps.dataCategories.some((c) => c.art9) && (
        <Choix label="Qu’est-ce qui vous autorise à utiliser ces données sensibles ?" valeur={corps.art9Condition ?? null} options={libelles.exceptionsArt9} vide="À choisir" onValeur={(v) => set({ art9Condition: v })} disabled={disabled} />
      )}
    </fieldset>
  );
}

export function ChampsTraitement({ corps, set, disabled, libelles }: Props) {
  return (
    <>
      <fieldset>
        <legend>L’activité</legend>
        <Texte label="Nom du traitement" valeur={corps.name} onValeur={(v) => set({ name: v })} disabled={disabled} />
        <Texte label="Description (facultatif)" valeur={corps.description} onValeur={(v) => set({ description: v })} disabled={disabled} multiligne />
      </fieldset>

      <ListeObjets<Purpose>
        legende="Finalités : à quoi servent les données ?"
        aide="Pour chaque finalité, la base légale : ce qui vous autorise à utiliser les données."
        valeurs={corps.purposes}
        onValeurs={(purposes) => set({ purposes })}
        nouveau={() => ({ purpose: '', legalBasis: null })}
        libelleAjout="Ajouter une finalité"
        libelleElement={(p, i) => `Finalité ${i + 1}${p.purpose ? ` : ${p.purpose}` : ''}`}
        disabled={disabled}
      >
        {(p, setP) => (
          <>
            <Texte label="Finalité" valeur={p.purpose} onValeur={(v) => setP({ ...p, purpose: v })} disabled={disabled} />
            <Choix label="Base légale" valeur={p.legalBasis} options={libelles.basesLegales} vide="À choisir" onValeur={(v) => setP({ ...p, legalBasis: v })} disabled={disabled} />
            {p.legalBasis === 'interet_legitime' && <Texte label="Intérêt légitime poursuivi" valeur={p.legitimateInterest} onValeur={(v) => setP({ ...p, legitimateInterest: v })} disabled={disabled} multiligne />}
          </>
        )}
      </ListeObjets>

      <ListeTextes legende="Personnes concernées" aide="Par exemple : clients, prospects, candidats." valeurs={corps.peopleCategories} onValeurs={(v) => set({ peopleCategories: v })} libelleAjout="Ajouter une catégorie de personnes" disabled={disabled} />
      <Donnees corps={corps} set={set} disabled={disabled} libelles={libelles} />
      <ListeTextes legende="Sources des données" aide="D’où viennent-elles ? La personne elle-même, un partenaire…" valeurs={corps.sources} onValeurs={(v) => set({ sources: v })} libelleAjout="Ajouter une source" disabled={disabled} />
      <Cases legende="Où les personnes vous donnent-elles leurs données ?" valeurs={corps.collectedVia} options={COLLECTION_LABELS} onValeurs={(v) => set({ collectedVia: v })} disabled={disabled} />

      <ListeObjets<Recipient>
        legende="Destinataires : qui a accès aux données ?"
        valeurs={corps.recipients}
        onValeurs={(recipients) => set({ recipients })}
        nouveau={() => ({ kind: 'interne', name: '' })}
        libelleAjout="Ajouter un destinataire"
        libelleElement={(r, i) => `Destinataire ${i + 1}${r.name ? ` : ${r.name}` : ''}`}
        disabled={disabled}
      >
        {(r, setR) => (
          <>
            <Choix label="Type" valeur={r.kind} options={RECIPIENT_KIND_LABELS} onValeur={(v) => setR({ ...r, kind: v ?? 'interne' })} disabled={disabled} />
            <Texte label="Nom" valeur={r.name} onValeur={(v) => setR({ ...r, name: v })} disabled={disabled} />
            <Texte label="Rôle (facultatif)" valeur={r.role} onValeur={(v) => setR({ ...r, role: v })} disabled={disabled} />
            {r.kind === 'sous_traitant' && <Choix label="Contrat de sous-traitance (article 28)" valeur={r.contractStatus ?? null} options={CONTRACT_LABELS} vide="À préciser" onValeur={(v) => setR({ ...r, contractStatus: v ?? undefined })} disabled={disabled} />}
          </>
        )}
      </ListeObjets>

      <ListeObjets<Transfer>
        legende="Transferts hors de l’Union européenne"
        aide="Un service hébergé aux États-Unis, par exemple. Laissez vide s’il n’y en a pas."
        valeurs={corps.transfers}
        onValeurs={(transfers) => set({ transfers })}
        nouveau={() => ({ country: '', recipient: '', safeguard: null })}
        libelleAjout="Ajouter un transfert"
        libelleElement={(t, i) => `Transfert ${i + 1}${t.country ? ` : ${t.country}` : ''}`}
        disabled={disabled}
      >
        {(t, setT) => (
          <>
            <Texte label="Pays" valeur={t.country} onValeur={(v) => setT({ ...t, country: v })} disabled={disabled} />
            <Texte label="Destinataire" valeur={t.recipient} onValeur={(v) => setT({ ...t, recipient: v })} disabled={disabled} />
            <Choix label="Garantie" valeur={t.safeguard} options={libelles.garanties} vide="À vérifier" onValeur={(v) => setT({ ...t, safeguard: v })} disabled={disabled} />
            <Texte label="Où consulter la garantie (facultatif)" valeur={t.documentation} onValeur={(v) => setT({ ...t, documentation: v })} disabled={disabled} />
          </>
        )}
      </ListeObjets>

      <ListeObjets<Retention>
        legende="Durées de conservation"
        valeurs={corps.retention}
        onValeurs={(retention) => set({ retention })}
        nouveau={() => ({ what: '', duration: '' })}
        libelleAjout="Ajouter une durée"
        libelleElement={(r, i) => `Durée ${i + 1}${r.what ? ` : ${r.what}` : ''}`}
        disabled={disabled}
      >
        {(r, setR) => (
          <>
            <Texte label="Données conservées" valeur={r.what} onValeur={(v) => setR({ ...r, what: v })} disabled={disabled} />
            <Texte label="Durée" valeur={r.duration} onValeur={(v) => setR({ ...r, duration: v })} disabled={disabled} aide="En clair, par exemple : 3 ans après le dernier contact." />
            <Texte
              label="Durée en mois (facultatif)"
              type="number"
              valeur={r.months === undefined ? '' : String(r.months)}
              onValeur={(v) => setR({ ...r, months: v === '' || !Number.isFinite(Number(v)) ? undefined : Math.max(0, Math.round(Number(v))) })}
              disabled={disabled}
              aide="Sert à repérer les fichiers gardés trop longtemps dans vos dossiers."
            />
            <Texte label="Point de départ (facultatif)" valeur={r.trigger} onValeur={(v) => setR({ ...r, trigger: v })} disabled={disabled} />
          </>
        )}
      </ListeObjets>

      <ListeTextes legende="Mesures de sécurité" valeurs={corps.securityMeasures} onValeurs={(v) => set({ securityMeasures: v })} libelleAjout="Ajouter une mesure" disabled={disabled} />

      <ListeObjets<Support>
        legende="Supports : où sont les données ?"
        aide="Matériel, logiciels et services en ligne, messagerie, dossiers papier, lieux. Un dossier de l’ordinateur indiqué ici est comparé aux analyses."
        valeurs={corps.supports}
        onValeurs={(supports) => set({ supports })}
        nouveau={() => ({ kind: 'logiciel', name: '' })}
        libelleAjout="Ajouter un support"
        libelleElement={(s, i) => `Support ${i + 1}${s.name ? ` : ${s.name}` : ''}`}
        disabled={disabled}
      >
        {(s, setS) => (
          <>
            <Choix label="Type de support" valeur={s.kind} options={libelles.supports} onValeur={(v) => setS({ ...s, kind: v ?? 'logiciel' })} disabled={disabled} />
            <Texte label="Nom" valeur={s.name} onValeur={(v) => setS({ ...s, name: v })} disabled={disabled} />
            <Texte label="Emplacement (facultatif)" valeur={s.location} onValeur={(v) => setS({ ...s, location: v })} disabled={disabled} />
            <Texte label="Dossier sur l’ordinateur (facultatif)" valeur={s.path} onValeur={(v) => setS({ ...s, path: v })} disabled={disabled} />
          </>
        )}
      </ListeObjets>

      <fieldset>
        <legend>Décision automatisée</legend>
        <label className="case">
          <input type="checkbox" checked={corps.automatedDecision.exists} onChange={(e) => set({ automatedDecision: { ...corps.automatedDecision, exists: e.target.checked } })} disabled={disabled} />
          Une décision importante pour la personne est prise automatiquement, sans intervention humaine
        </label>
        {corps.automatedDecision.exists && (
          <Texte label="Comment la décision est-elle prise ?" valeur={corps.automatedDecision.logic} onValeur={(v) => set({ automatedDecision: { ...corps.automatedDecision, logic: v } })} disabled={disabled} multiligne />
        )}
      </fieldset>
    </>
  );
}
