// The register: every processing with its status and what it lacks, the templates to add one,
// and the gaps found by the latest scan of the computer's folders.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { href, navigate } from '../../router.ts';
import { dateHeure } from '../../format.ts';
import { Derive } from './Derive.tsx';
import { lienTraitement, STATUTS, type Modele, type Registre, type TraitementVue } from './types.ts';

function Ligne({ t }: { t: TraitementVue }) {
  const manque = t.completude.missing.length;
  const alertes = t.completude.warnings.length;
  return (
    <li className="traitement">
      <h3 className="traitement-titre">
        <a href={href(lienTraitement(t.id))}>{t.name}</a>
      </h3>
      <p className="traitement-infos">
        <span className={`etiquette statut-${t.status}`}>{STATUTS[t.status]}</span>
        {manque > 0 && <span className="etiquette attention">{manque === 1 ? '1 information manquante' : `${manque} informations manquantes`}</span>}
        {manque === 0 && t.status !== 'publie' && <span className="etiquette">Complet, prêt à publier</span>}
        {alertes > 0 && <span className="etiquette">{alertes === 1 ? '1 point à vérifier' : `${alertes} points à vérifier`}</span>}
        {t.aipd.likelyRequired && <span className="etiquette attention">Analyse d’impact probablement requise</span>}
        <span className="aide"> Mis à jour le {dateHeure(t.updatedAt)}</span>
      </p>
    </li>
  );
}

function Ajout({ modeles }: { modeles: Modele[] }) {
  const [modele, setModele] = useState('');
  const [nom, setNom] = useState('');
  const action = useAction();
  const creer = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const body = modele ? { templateId: modele } : { name: nom };
      const { traitement } = await api.post<{ traitement: TraitementVue }>('/api/register/processings', body);
      navigate(lienTraitement(traitement.id));
    });
  };
  const groupes = [
    { titre: 'Suggérés pour votre activité', liste: modeles.filter((m) => m.suggere) },
    { titre: 'Autres modèles', liste: modeles.filter((m) => !m.suggere) },
  ];
  return (
    <form onSubmit={creer} className="formulaire" noValidate>
      <div className="champ">
        <label htmlFor="modele">Partir d’un modèle</label>
        <select id="modele" value={modele} onChange={(e) => setModele(e.target.value)}>
          <option value="">Aucun : fiche vierge</option>
          {groupes.map((g) => (
            <optgroup key={g.titre} label={g.titre}>
              {g.liste.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {modele && <p className="aide">{modeles.find((m) => m.id === modele)?.description}</p>}
      </div>
      {!modele && (
        <div className="champ">
          <label htmlFor="nom-traitement">Nom de la nouvelle activité</label>
          <input id="nom-traitement" type="text" value={nom} onChange={(e) => setNom(e.target.value)} maxLength={200} />
        </div>
      )}
      <ErrorMessage message={action.error} />
      <p className="actions">
        <button type="submit" className="bouton" disabled={action.busy}>
          Ajouter au registre
        </button>
      </p>
    </form>
  );
}

export function Liste({ readOnly }: { readOnly: boolean }) {
  const { data, error } = useLoad(() => api.get<Registre>('/api/register'));
  const modeles = useLoad(() => api.get<{ modeles: Modele[] }>('/api/register/templates'));

  return (
    <>
      <h1>Registre des traitements</h1>
      <p>
        Le registre décrit ce que votre entreprise fait des données personnelles : pourquoi vous les collectez, qui y a accès, combien de temps vous les gardez et comment vous
        les protégez. Le RGPD (article 30) vous demande de le tenir à jour ; votre politique de confidentialité est rédigée à partir de lui.
      </p>
      {readOnly && <p className="message attention">Votre rôle (comptable) permet de consulter le registre, mais pas de le modifier.</p>}
      <ErrorMessage message={error} />
      {!data ? (
        !error && <p>Chargement…</p>
      ) : (
        <>
          {data.traitements.length === 0 ? (
            <section aria-labelledby="titre-demarrer" className="encadre recommandation">
              <h2 id="titre-demarrer">Commencez par l’assistant (10 minutes)</h2>
              <p>Une douzaine de questions simples sur votre activité et vos outils : Rempart prépare votre registre et votre politique de confidentialité.</p>
              {!readOnly && (
                <p>
                  <a className="bouton" href={href('/registre?assistant=1')}>
                    Démarrer l’assistant
                  </a>
                </p>
              )}
            </section>
          ) : (
            <section aria-labelledby="titre-liste-traitements" className="section">
              <h2 id="titre-liste-traitements">Vos activités ({data.traitements.length})</h2>
              <ul className="liste-traitements">
                {data.traitements.map((t) => (
                  <Ligne key={t.id} t={t} />
                ))}
              </ul>
              <p className="actions">
                {!readOnly && <a href={href('/registre?assistant=1')}>Relancer l’assistant</a>}
                <a href={href('/politique')}>Documents générés (politique, registre, mentions)</a>
              </p>
            </section>
          )}
          <Derive />
          {!readOnly && (
            <section aria-labelledby="titre-ajout" className="section">
              <h2 id="titre-ajout">Ajouter une activité</h2>
              {modeles.data ? <Ajout modeles={modeles.data.modeles} /> : <ErrorMessage message={modeles.error} />}
            </section>
          )}
        </>
      )}
    </>
  );
}
