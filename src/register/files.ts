// PDF and XLSX of a document version, rebuilt from the register snapshot stored with it, so
// an old version downloads exactly as it was generated.
import type { DocumentKind } from '../core/register/documents/index.ts';
import { documentPdf as renderPdf } from '../documents/register-pdf.ts';
import { registerXlsx as renderXlsx } from '../documents/register-xlsx.ts';
import type { DocumentSource } from './documents.ts';

export function documentPdf(kind: DocumentKind, source: DocumentSource, version: { number: number; date: Date }): Promise<Buffer> {
  return renderPdf(kind, source.register, { version, ...(source.history ? { history: source.history } : {}) });
}

export function registerXlsx(source: DocumentSource, version: { number: number; date: Date }): Promise<Buffer> {
  return renderXlsx(source.register, { date: version.date });
}
