// Runs the server-side check of the journal's hash chain and shows the verdict.
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { VerifyReport } from '../../types.ts';

/** `onChecked` lets the list show the « journal vérifié » entry the check itself writes. */
export function JournalIntegrite({ onChecked }: { onChecked: () => void }) {
  const [report, setReport] = useState<VerifyReport | null>(null);
  const { busy, error, run } = useAction();

  const verify = () =>
    void run(async () => {
      setReport(null);
      setReport(await api.get<VerifyReport>('/api/journal/verify'));
      onChecked();
    });

  return (
    <div className="integrite">
      <button type="button" className="bouton" onClick={verify} disabled={busy}>
        Vérifier l'intégrité
      </button>
      <ErrorMessage message={error} />
      {report?.ok && (
        <p className="message succes" role="status">
          Journal intègre ({report.checked} entrées vérifiées)
        </p>
      )}
      {report && !report.ok && (
        <div className="message erreur" role="alert">
          <p>Le journal a été altéré : {report.problems.length} problème{report.problems.length > 1 ? 's' : ''} détecté{report.problems.length > 1 ? 's' : ''}.</p>
          <ul>
            {report.problems.map((p, i) => (
              <li key={`${p.seq}-${i}`}>
                Entrée n° {p.seq} : {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
