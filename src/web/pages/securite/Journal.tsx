// The owner's access journal: read page by page, check the hash chain, export.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { dateHeure } from '../../format.ts';
import { useAction } from '../../hooks.ts';
import type { JournalEntry } from '../../types.ts';
import { JournalIntegrite } from './JournalIntegrite.tsx';

const PAGE = 50;

interface JournalPage {
  entries: JournalEntry[];
  total: number;
}

const TYPES: Record<string, string> = { user: 'Utilisateur', tenant: 'Entreprise', session: 'Session' };

function enregistrement(e: JournalEntry): string {
  if (!e.recordType) return '—';
  const type = TYPES[e.recordType] ?? e.recordType;
  return e.recordId ? `${type} ${e.recordId.slice(0, 8)}` : type;
}

export function Journal() {
  const [entries, setEntries] = useState<JournalEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [more, setMore] = useState(false);
  const { busy, error, run } = useAction();

  const load = useCallback(
    (before?: number) =>
      run(async () => {
        const query = new URLSearchParams({ limit: String(PAGE) });
        if (before !== undefined) query.set('before', String(before));
        const page = await api.get<JournalPage>(`/api/journal?${query.toString()}`);
        setEntries((prev) => (before === undefined ? page.entries : [...prev, ...page.entries]));
        setTotal(page.total);
        setMore(page.entries.length === PAGE);
      }),
    [run],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const last = entries[entries.length - 1];

  return (
    <section aria-labelledby="titre-journal" className="section">
      <h2 id="titre-journal">Journal des accès</h2>
      <p>
        Chaque connexion, modification et consultation importante est notée ici. Le journal est scellé : toute modification après coup est détectée par la vérification d’intégrité.
      </p>
      <JournalIntegrite onChecked={() => void load()} />
      <div className="actions">
        <a className="bouton secondaire" href="/api/journal/export?format=csv" download>
          Exporter en CSV
        </a>
        <a className="bouton secondaire" href="/api/journal/export?format=json" download>
          Exporter en JSON
        </a>
      </div>
      <ErrorMessage message={error} />
      <div className="tableau-defilant">
        <table>
          <caption>
            {entries.length} entrée{entries.length > 1 ? 's' : ''} affichée{entries.length > 1 ? 's' : ''} sur {total}, les plus récentes d’abord
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Acteur</th>
              <th scope="col">Action</th>
              <th scope="col">Enregistrement</th>
              <th scope="col">Adresse IP</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{new Date(e.at).toLocaleString('fr-FR')}</td>
                <td>{e.actor}</td>
                <td title={e.action}>{e.actionLabel ?? e.action}</td>
                <td title={e.recordId ?? undefined}>{enregistrement(e)}</td>
                <td>{e.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more && last && (
        <button type="button" className="bouton secondaire" disabled={busy} onClick={() => void load(last.seq)}>
          Voir plus
        </button>
      )}
    </section>
  );
}
