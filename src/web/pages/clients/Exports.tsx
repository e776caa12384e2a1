// Export buttons (JSON, CSV, Excel) of one client or of the whole file.
import { download } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { ExportFormat } from './types.ts';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV (Excel, LibreOffice)' },
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'json', label: 'JSON (portabilité)' },
];

/** `base` is the export route without its query, `what` ends the button names (« la fiche »). */
export function Exports({ base, what }: { base: string; what: string }) {
  const { busy, error, run } = useAction();
  return (
    <>
      <ul className="actions liste-sans-puce">
        {FORMATS.map((f) => (
          <li key={f.format}>
            <button type="button" className="bouton secondaire" disabled={busy} onClick={() => void run(() => download(`${base}?format=${f.format}`, `export.${f.format}`))}>
              Exporter {what} en {f.label}
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage message={error} />
    </>
  );
}
