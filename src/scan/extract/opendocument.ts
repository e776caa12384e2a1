// The content.xml of an OpenDocument file (.odt, .ods, .odp): a file encrypted by LibreOffice
// keeps its manifest in clear and says so there.
import { fileErrors } from '../errors.ts';
import { readZipEntries } from './zip.ts';

export function openDocumentContent(data: Uint8Array): string {
  const entries = readZipEntries(data, 'OpenDocument', (n) => n === 'content.xml' || n === 'META-INF/manifest.xml');
  if (/encryption-data/.test(entries.text('META-INF/manifest.xml') ?? '')) throw fileErrors.protectedFile();
  const xml = entries.text('content.xml');
  if (xml === undefined) throw fileErrors.corrupt('OpenDocument');
  return xml;
}
