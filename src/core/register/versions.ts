// Versions of the generated documents and the differences between two of them. A version
// is the Markdown of the document stamped with its number and date; its hash covers the
// content only (not the stamp), so regenerating an unchanged register makes no new version.
import { createHash } from 'node:crypto';
import { diffLines } from 'diff';
import { escapeHtmlKeepSpaces } from './documents/escape.ts';
import { renderDocument, type DocumentContext, type DocumentKind } from './documents/index.ts';
import type { Register } from './model.ts';

export interface DocumentVersion {
  kind: DocumentKind;
  /** 1, 2, 3… per kind and tenant. */
  number: number;
  /** ISO-8601. */
  createdAt: string;
  /** SHA-256 (hex) of the Markdown without its version line. */
  contentHash: string;
  markdown: string;
}

// The line renderMarkdown writes for the stamp: « _Version 3 du 1er décembre 2026_ ». User
// text cannot produce it: its underscores are always escaped.
const VERSION_LINE = /^_Version \d+ du [^_\n]+_$/;

function withoutVersionLine(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => !VERSION_LINE.test(l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

export function contentHash(markdown: string): string {
  return createHash('sha256').update(withoutVersionLine(markdown)).digest('hex');
}

/**
 * The next version of a document, or the previous one unchanged (`created: false`) when the
 * register change does not alter this document.
 */
export function nextVersion(input: {
  kind: DocumentKind;
  register: Register;
  previous: DocumentVersion | null;
  now: Date;
  history?: DocumentContext['history'];
}): { version: DocumentVersion; created: boolean } {
  const extra = input.history ? { history: input.history } : {};
  const hash = contentHash(renderDocument(input.kind, input.register, { format: 'md', ...extra }));
  if (input.previous && input.previous.contentHash === hash) return { version: input.previous, created: false };
  const number = (input.previous?.number ?? 0) + 1;
  const markdown = renderDocument(input.kind, input.register, { format: 'md', version: { number, date: input.now }, ...extra });
  return { version: { kind: input.kind, number, createdAt: input.now.toISOString(), contentHash: hash, markdown }, created: true };
}

export interface DiffBlock {
  type: 'added' | 'removed' | 'unchanged';
  lines: string[];
  /** For unchanged blocks shortened to their context: how many lines were left out… */
  skipped?: number;
  /** …and where, as an index into `lines`. */
  skippedAt?: number;
  /** For added/removed blocks: the heading of the section the change falls in (plain text). */
  section?: string;
}

const HEADING = /^#{1,6} (.*)$/;
const unescapeMarkdown = (s: string) => s.replace(/\\(.)/g, '$1');

export interface VersionDiff {
  identical: boolean;
  /** Lines added and removed (blank lines not counted). */
  added: number;
  removed: number;
  blocks: DiffBlock[];
}

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Line differences between two versions' Markdown, version stamps ignored. Unchanged runs are
 * cut to `context` lines on each side of a change (the UI shows « N lignes inchangées »).
 */
export function diffVersions(previousMarkdown: string, nextMarkdown: string, options: { context?: number } = {}): VersionDiff {
  const context = options.context ?? 2;
  const changes = diffLines(withoutVersionLine(previousMarkdown), withoutVersionLine(nextMarkdown));
  let heading: string | undefined;
  const raw: DiffBlock[] = changes.map((c) => {
    const block: DiffBlock = { type: c.added ? 'added' : c.removed ? 'removed' : 'unchanged', lines: splitLines(c.value) };
    if (block.type !== 'unchanged' && heading !== undefined) block.section = heading;
    for (const line of block.lines) {
      const m = HEADING.exec(line);
      if (m) heading = unescapeMarkdown(m[1]!);
    }
    return block;
  });
  const counted = (type: DiffBlock['type']) => raw.filter((b) => b.type === type).reduce((n, b) => n + b.lines.filter((l) => l.trim() !== '').length, 0);
  const blocks: DiffBlock[] = raw.map((b, i) => {
    if (b.type !== 'unchanged') return b;
    const keepBefore = i > 0 ? context : 0;
    const keepAfter = i < raw.length - 1 ? context : 0;
    if (b.lines.length <= keepBefore + keepAfter + 1) return b;
    const lines = [...b.lines.slice(0, keepBefore), ...b.lines.slice(b.lines.length - keepAfter)];
    return { type: 'unchanged', lines, skipped: b.lines.length - lines.length, skippedAt: keepBefore };
  });
  const added = counted('added');
  const removed = counted('removed');
  return { identical: raw.every((b) => b.type === 'unchanged'), added, removed, blocks };
}

function skippedLine(n: number): string {
  return `… ${n} ligne${n > 1 ? 's' : ''} inchangée${n > 1 ? 's' : ''} …`;
}

/** As a fenced « diff » block: lines prefixed « + », « - » or two spaces. */
export function diffToMarkdown(diff: VersionDiff): string {
  if (diff.identical) return 'Aucune différence avec la version précédente.\n';
  const body: string[] = [];
  for (const b of diff.blocks) {
    const prefix = b.type === 'added' ? '+ ' : b.type === 'removed' ? '- ' : '  ';
    if (b.type === 'unchanged' && b.skipped) {
      const at = b.skippedAt ?? 0;
      body.push(...b.lines.slice(0, at).map((l) => prefix + l), `  ${skippedLine(b.skipped)}`, ...b.lines.slice(at).map((l) => prefix + l));
    } else {
      body.push(...b.lines.map((l) => prefix + l));
    }
  }
  // A fence longer than any backtick run inside, so no content line can close it.
  const longest = Math.max(2, ...body.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length))));
  const fence = '`'.repeat(longest + 1);
  return `${diff.added} ligne${diff.added > 1 ? 's' : ''} ajoutée${diff.added > 1 ? 's' : ''}, ${diff.removed} ligne${diff.removed > 1 ? 's' : ''} retirée${diff.removed > 1 ? 's' : ''}.\n\n${fence}diff\n${body.join('\n')}\n${fence}\n`;
}

/** As an HTML fragment: <ins>/<del> per line, every text escaped. */
export function diffToHtml(diff: VersionDiff): string {
  if (diff.identical) return '<p class="rempart-diff-vide">Aucune différence avec la version précédente.</p>\n';
  const lines: string[] = [];
  const line = (tag: string, text: string) => `<${tag}>${escapeHtmlKeepSpaces(text)}</${tag}>`;
  for (const b of diff.blocks) {
    const tag = b.type === 'added' ? 'ins' : b.type === 'removed' ? 'del' : 'span';
    if (b.type === 'unchanged' && b.skipped) {
      const at = b.skippedAt ?? 0;
      lines.push(...b.lines.slice(0, at).map((l) => line(tag, l)), `<span class="saut">${skippedLine(b.skipped)}</span>`, ...b.lines.slice(at).map((l) => line(tag, l)));
    } else {
      lines.push(...b.lines.map((l) => line(tag, l)));
    }
  }
  return `<div class="rempart-diff">\n<p>${diff.added} ligne(s) ajoutée(s), ${diff.removed} ligne(s) retirée(s).</p>\n<pre>${lines.join('\n')}</pre>\n</div>\n`;
}
