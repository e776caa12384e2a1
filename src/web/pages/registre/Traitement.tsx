// One processing: every field, its risks and DPIA flag, what it lacks to be published,
// publication, deletion and history.
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { href, navigate } from '../../router.ts';
import { ChampsTraitement, type Corps } from './ChampsTraitement.tsx';
import { Historique } from './Historique.tsx';
import { Manquants } from './Manquants.tsx';
import { Risques } from './Risques.tsx';
import { STATUTS, type Libelles, type Manquant, type TraitementVue } from './types.ts';

function corpsDe(t: TraitementVue): Corps {
  const { id: _i, templateId: _t, status: _s, createdAt: _c, updatedAt: _u, completude: _co, risques: _r, aipd: _a, ...corps } = t;
  return corps;
}

export function Traitement({ id, readOnly }: { id: string; readOnly: boolean }) {
  const { data, error, setData } = useLoad(() => api.get<{ traitement: TraitementVue }>(`/api/register/processings/${encodeURIComponent(id)}`));
  const labels = useLoad(() => api.get<{ libelles: Libelles }>('/api/register/templates'));
  const [corps, setCorps] = useState<Corps | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [refus, setRefus] = useState<Manquant[]>([]);
  const action = useAction();
  const t = data?.traitement;

  useEffect(() => {
    if (t) setCorps(corpsDe(t));
  }, [t]);

  if (error || labels.error) return <ErrorMessage message={error ?? labels.error} />;
  if (!t || !corps || !labels.data) return <p>Chargement…</p>;
  const { libelles } = labels.data;

  const set = (patch: Partial<Corps>) => setCorps({ ...corps, ...patch });
  const modifie = JSON.stringify(corps) !== JSON.stringify(corpsDe(t));

  const enregistrer = (e?: FormEvent) => {
    e?.preventDefault();
    setMessage(null);
    return action.run(async () => {
      const res = await api.put<{ traitement: TraitementVue; repasseEnBrouillon: boolean }>(`/api/register/processings/${encodeURIComponent(id)}`, corps);
      setData({ traitement: res.traitement });
      setMessage(res.repasseEnBrouillon ? 'Modifications enregistrées. Il manque désormais des informations : le traitement repasse en brouillon.' : 'Modifications enregistrées.');
    });
  };

  const publier = (publie: boolean) =>
    action.run(async () => {
      setMessage(null);
      setRefus([]);
      try {
        const res = await api.post<{ traitement: TraitementVue }>(`/api/register/processings/${encodeURIComponent(id)}/publish`, { publie });
        setData(res);
        setMessage(publie ? 'Traitement publié : il figurera dans vos documents à la prochaine génération.' : 'Traitement repassé en brouillon.');
      } catch (e) {
        if (e instanceof ApiError && Array.isArray(e.details?.missing)) setRefus(e.details.missing as Manquant[]);
        throw e;
      }
    });

  const supprimer = () =>
    action.run(async () => {
      if (!window.confirm(`Supprimer « ${t.name} » du registre ? L’historique est conservé.`)) return;
      await api.del(`/api/register/processings/${encodeURIComponent(id)}`);
      navigate('/registre');
    });

  const c = t.completude;
  return (
    <>
      <p>
        <a href={href('/registre')}>← Retour au registre</a>
      </p>
      <h1>{t.name}</h1>
      <p>
        <span className={`etiquette statut-${t.status}`}>{STATUTS[t.status]}</span>
        {t.aipd.likelyRequired && <span className="etiquette attention">Analyse d’impact probablement requise</span>}
      </p>

      <section aria-labelledby="titre-completude" className="section">
        <h2 id="titre-completude">Avant publication</h2>
        {c.missing.length === 0 ? <p>Toutes les informations obligatoires sont renseignées.</p> : <Manquants titre="Il manque encore :" manquants={c.missing} />}
        {c.warnings.length > 0 && (
          <>
            <p>Points à vérifier (ils n’empêchent pas la publication) :</p>
            <ul>
              {c.warnings.map((w, i) => (
                <li key={`${w.code}-${i}`}>{w.message}</li>
              ))}
            </ul>
          </>
        )}
        {!readOnly && (
          <p className="actions">
            {t.status === 'publie' ? (
              <button type="button" className="bouton secondaire" onClick={() => void publier(false)} disabled={action.busy}>
                Repasser en brouillon
              </button>
            ) : (
              <button type="button" className="bouton" onClick={() => void publier(true)} disabled={action.busy || modifie}>
                Publier
              </button>
            )}
            {modifie && t.status !== 'publie' && <span className="aide">Enregistrez vos modifications avant de publier.</span>}
          </p>
        )}
        <Manquants titre="Publication refusée. Il manque :" manquants={refus} />
      </section>

      <form onSubmit={(e) => void enregistrer(e)} className="formulaire formulaire-traitement" noValidate>
        <ChampsTraitement corps={corps} set={set} disabled={readOnly} libelles={libelles} />
        {/* Long: folded unless something there needs attention. */}
        <details className="repliable" open={t.aipd.likelyRequired || t.risques.missing.length > 0}>
          <summary>Risques pour les personnes et analyse d’impact (AIPD)</summary>
          <Risques corps={corps} set={set} disabled={readOnly} evaluation={t.risques} aipd={t.aipd} libelles={libelles} />
        </details>
        <ErrorMessage message={refus.length ? null : action.error} />
        <SuccessMessage>{message}</SuccessMessage>
        {!readOnly && (
          <p className="actions barre-enregistrer">
            <button type="submit" className="bouton" disabled={action.busy || !modifie}>
              Enregistrer les modifications
            </button>
            <button type="button" className="bouton danger" onClick={() => void supprimer()} disabled={action.busy}>
              Supprimer ce traitement
            </button>
          </p>
        )}
      </form>

      {/* Re-mounted after each save so the new entry shows. */}
      <Historique key={t.updatedAt} id={id} />
    </>
  );
}
