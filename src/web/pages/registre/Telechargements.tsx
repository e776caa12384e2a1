// Download buttons of one document version (MD, HTML, PDF, and XLSX for the register). Errors
// are shown in French instead of being saved as a file.
import { download } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';

const FORMATS = [
  { format: 'pdf', label: 'PDF' },
  { format: 'html', label: 'HTML (page web)' },
  { format: 'md', label: 'Markdown' },
] as const;

export function versionUrl(kind: string, numero: number, format: string, apercu = false): string {
  return `/api/register/documents/${encodeURIComponent(kind)}/versions/${numero}?format=${format}${apercu ? '&apercu=1' : ''}`;
}

export function Telechargements({ kind, numero, titre }: { kind: string; numero: number; titre: string }) {
  const action = useAction();
  const formats = kind === 'registre' ? [...FORMATS, { format: 'xlsx', label: 'Tableur (XLSX, modèle CNIL)' } as const] : FORMATS;
  return (
    <>
      <p className="actions">
        {formats.map((f) => (
          <button
            key={f.format}
            type="button"
            className="bouton secondaire petit"
            disabled={action.busy}
            aria-label={`Télécharger « ${titre} », version ${numero}, en ${f.label}`}
            onClick={() => void action.run(() => download(versionUrl(kind, numero, f.format), `document-v${numero}.${f.format}`))}
          >
            Télécharger en {f.label}
          </button>
        ))}
      </p>
      <ErrorMessage message={action.error} />
    </>
  );
}
