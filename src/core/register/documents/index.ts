// Entry point of the generated documents: a kind and a register in, a structured document
// or its Markdown/HTML rendering out. Pure and deterministic: the only date shown besides the
// register's own is the version date passed in.
import { z } from 'zod';
import type { HistoryEntry } from '../history.ts';
import type { Register } from '../model.ts';
import { frenchDate } from './format.ts';
import { buildMentionDevis, buildMentionFormulaire, buildSignatureEmail } from './mentions.ts';
import { buildPageClients } from './page-clients.ts';
import { buildPolitique } from './politique.ts';
import { buildRegistre } from './registre.ts';
import { renderHtmlFragment, renderHtmlPage } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import { DOCUMENT_KINDS, type DocumentKind, type StructuredDocument, type VersionStamp } from './structure.ts';

export { DOCUMENT_KINDS, DOCUMENT_TITLES } from './structure.ts';
export type { Block, DocumentKind, Field, Section, StructuredDocument, VersionStamp } from './structure.ts';
export { escapeHtml, escapeMarkdown } from './escape.ts';
export { renderHtmlFragment, renderHtmlPage, renderMarkdown };

export const documentKindSchema = z.enum(DOCUMENT_KINDS, { error: 'Type de document inconnu.' });
export const DOCUMENT_FORMATS = ['md', 'html', 'html-fragment'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export const documentFormatSchema = z.enum(DOCUMENT_FORMATS, { error: 'Format de document inconnu.' });

/** What a document may need besides the register. */
export interface DocumentContext {
  version?: VersionStamp;
  /** The register's change history (registre only); omitted: no history section. */
  history?: readonly HistoryEntry[];
}

const BUILDERS: Readonly<Record<DocumentKind, (r: Register, ctx: DocumentContext) => StructuredDocument>> = {
  registre: (r, ctx) => buildRegistre(r, ctx.history ? { history: ctx.history } : {}),
  politique: buildPolitique,
  'mention-formulaire': buildMentionFormulaire,
  'mention-devis': buildMentionDevis,
  'signature-email': buildSignatureEmail,
  'page-clients': buildPageClients,
};

export function versionLine(version: VersionStamp): string {
  return `Version ${version.number} du ${frenchDate(version.date)}`;
}

export function buildDocument(kind: DocumentKind, register: Register, context: DocumentContext = {}): StructuredDocument {
  const doc = BUILDERS[kind](register, context);
  return context.version ? { ...doc, versionLine: versionLine(context.version) } : doc;
}

export interface RenderOptions extends DocumentContext {
  format: DocumentFormat;
}

/** Markdown, a standalone HTML page, or an HTML fragment (<article>) to embed in a website. */
export function renderDocument(kind: DocumentKind, register: Register, options: RenderOptions): string {
  const doc = buildDocument(kind, register, options);
  switch (options.format) {
    case 'md':
      return renderMarkdown(doc);
    case 'html':
      return renderHtmlPage(doc);
    case 'html-fragment':
      return renderHtmlFragment(doc);
  }
}
