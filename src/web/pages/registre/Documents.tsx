// One generated document: what stops its publication, « Générer une nouvelle version », the
// versions with their date, a preview, the differences with the previous one and downloads.
import { useState } from 'react';
import { api, ApiError } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { dateHeure } from '../../format.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { Differences } from './Differences.tsx';
import { Manquants } from './Manquants.tsx';
import { Telechargements, versionUrl } from './Telechargements.tsx';
import type { Differences as Diff, EtatDocument, Generation, Manquant, VersionDocument } from './types.ts';

function Version({ kind, v, precedente }: { kind: string; v: VersionDocument; precedente: boolean }) {
  const [apercu, setApercu] = useState(false);
  const [diff, setDiff] = useState<Diff | null>(null);
  const action = useAction();
  const comparer = () =>
    action.run(async () => {
      if (diff) return setDiff(null);
      const res = await api.get<{ differences: Diff | null }>(`/api/register/documents/${encodeURIComponent(kind)}/versions/${v.numero}/diff`);
      setDiff(res.differences);
    });
  return (
    <li className="version-document">
      <h4>
        Version {v.numero} <span className="date">du {dateHeure(v.creeLe)}</span>
      </h4>
      <p className="actions">
        <button type="button" className="bouton secondaire petit" aria-expanded={apercu} onClick={() => setApercu(!apercu)}>
          {apercu ? 'Masquer l’aperçu' : 'Voir le document'}
        </button>
        {precedente && (
          <button type="button" className="bouton secondaire petit" aria-expanded={diff !== null} onClick={() => void comparer()} disabled={action.busy}>
            {diff ? 'Masquer les différences' : `Différences avec la version ${v.numero - 1}`}
          </button>
        )}
      </p>
      <ErrorMessage message={action.error} />
      {diff && <Differences diff={diff} />}
      {/* Sandboxed and served with its own strict CSP: the document cannot run anything. */}
      {apercu && <iframe className="apercu-document" title={`Aperçu : ${v.titre}, version ${v.numero}`} src={versionUrl(kind, v.numero, 'html', true)} sandbox="" />}
      <Telechargements kind={kind} numero={v.numero} titre={v.titre} />
    </li>
  );
}

export function Documents({ kind, readOnly }: { kind: string; readOnly: boolean }) {
  const { data, error, reload } = useLoad(() => api.get<EtatDocument>(`/api/register/documents/${encodeURIComponent(kind)}`));
  const [resultat, setResultat] = useState<Generation | null>(null);
  const [refus, setRefus] = useState<Manquant[]>([]);
  const action = useAction();

  const generer = () =>
    action.run(async () => {
      setResultat(null);
      setRefus([]);
      try {
        setResultat(await api.post<Generation>(`/api/register/documents/${encodeURIComponent(kind)}`, {}));
        reload();
      } catch (e) {
        if (e instanceof ApiError && Array.isArray(e.details?.missing)) setRefus(e.details.missing as Manquant[]);
        throw e;
      }
    });

  if (error) return <ErrorMessage message={error} />;
  if (!data) return <p>Chargement…</p>;
  const noms = Object.fromEntries(data.brouillons.map((b) => [b.id, b.name]));
  return (
    <section aria-labelledby="titre-document" className="section">
      <h2 id="titre-document">{data.titre}</h2>
      {data.publishable ? (
        <p>Toutes les informations requises sont présentes{kind === 'politique' ? ' (article 13 du RGPD)' : ''}.</p>
      ) : (
        <Manquants titre="Avant de publier ce document, il manque :" manquants={data.missing} noms={noms} />
      )}
      {kind === 'politique' && data.items && (
        <details className="repliable">
          <summary>Les mentions obligatoires (article 13 du RGPD), une à une</summary>
          <ul className="liste-art13">
            {data.items.map((i) => (
              <li key={i.item}>
                <span className={`etiquette ${!i.applies ? '' : i.ok ? 'statut-publie' : 'attention'}`}>{!i.applies ? 'Non concerné' : i.ok ? 'Présent' : 'À compléter'}</span> {i.label}{' '}
                <span className="aide">({i.article})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {kind !== 'registre' && data.brouillons.length > 0 && (
        <p className="aide">
          Les traitements en brouillon n’y figurent pas : {data.brouillons.map((b) => b.name).join(', ')}.
        </p>
      )}
      {!readOnly && (
        <p className="actions">
          <button type="button" className="bouton" onClick={() => void generer()} disabled={action.busy}>
            Générer une nouvelle version
          </button>
        </p>
      )}
      <Manquants titre="Génération refusée. Il manque :" manquants={refus} noms={noms} />
      <ErrorMessage message={refus.length ? null : action.error} />
      {resultat && (
        <>
          <SuccessMessage>{resultat.nouvelle ? `Version ${resultat.version.numero} générée.` : `Rien n’a changé depuis la version ${resultat.version.numero} : aucune nouvelle version.`}</SuccessMessage>
          {resultat.differences && (
            <>
              <h3>Ce qui change par rapport à la version {resultat.precedente}</h3>
              <Differences diff={resultat.differences} />
            </>
          )}
        </>
      )}
      <h3>Versions</h3>
      {data.versions.length === 0 ? (
        <p className="vide">Aucune version générée pour l’instant.</p>
      ) : (
        <ol className="liste-sans-puce versions" reversed>
          {data.versions.map((v) => (
            <Version key={v.numero} kind={kind} v={v} precedente={v.numero > 1} />
          ))}
        </ol>
      )}
    </section>
  );
}
