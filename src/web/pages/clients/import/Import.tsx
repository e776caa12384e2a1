// The import wizard: choose a file, check the preview (nothing is written), confirm, follow the job.
import { useState } from 'react';
import { api } from '../../../api.ts';
import { useAction } from '../../../hooks.ts';
import { SousNavigation } from '../SousNavigation.tsx';
import type { ImportJob, ImportPreview } from '../types.ts';
import { Apercu } from './Apercu.tsx';
import { ChoixFichier, type ChosenFile } from './ChoixFichier.tsx';
import { Progression } from './Progression.tsx';

type Step = { step: 'choix' } | { step: 'apercu'; file: ChosenFile; preview: ImportPreview } | { step: 'import'; jobId: string; job: ImportJob };

function body(file: ChosenFile, preview?: ImportPreview) {
  return {
    filename: file.name,
    contentBase64: file.contentBase64,
    defaults: { status: file.status, source: file.source || null },
    ...(preview ? { mapping: preview.mapping.map((m) => ({ index: m.index, field: m.field })) } : {}),
  };
}

export function Import() {
  const [state, setState] = useState<Step>({ step: 'choix' });
  const { busy, error, setError, run } = useAction();

  const previewFile = (file: ChosenFile) =>
    void run(async () => {
      const preview = await api.post<ImportPreview>('/api/clients/import/preview', body(file));
      setState({ step: 'apercu', file, preview });
    });

  const changeMapping = (index: number, field: string | null) => {
    if (state.step !== 'apercu') return;
    const wanted = { ...state.preview, mapping: state.preview.mapping.map((m) => (m.index === index ? { ...m, field } : m)) };
    // Shown at once; the counts follow when the server has read the file again.
    setState({ ...state, preview: wanted });
    void run(async () => {
      const preview = await api.post<ImportPreview>('/api/clients/import/preview', body(state.file, wanted));
      setState({ step: 'apercu', file: state.file, preview });
    });
  };

  const confirm = (ignoreDuplicates: boolean) => {
    if (state.step !== 'apercu') return;
    void run(async () => {
      const started = await api.post<{ jobId: string; job: ImportJob }>('/api/clients/import', { ...body(state.file, state.preview), ignoreDuplicates });
      setState({ step: 'import', jobId: started.jobId, job: started.job });
    });
  };

  const restart = () => {
    setError(null);
    setState({ step: 'choix' });
  };

  return (
    <>
      <h1>Importer un fichier clients</h1>
      <SousNavigation current="import" />
      <ol className="etapes-import" aria-label="Étapes de l’import">
        <li aria-current={state.step === 'choix' ? 'step' : undefined}>1. Choisir le fichier</li>
        <li aria-current={state.step === 'apercu' ? 'step' : undefined}>2. Vérifier l’aperçu</li>
        <li aria-current={state.step === 'import' ? 'step' : undefined}>3. Importer</li>
      </ol>
      {state.step === 'choix' && <ChoixFichier busy={busy} error={error} setError={setError} onChosen={previewFile} />}
      {state.step === 'apercu' && (
        <Apercu filename={state.file.name} preview={state.preview} busy={busy} error={error} onMapping={changeMapping} onConfirm={confirm} onRestart={restart} />
      )}
      {state.step === 'import' && <Progression jobId={state.jobId} initial={state.job} onRestart={restart} />}
    </>
  );
}
