// One file read as a scan reads it (its format from its name), for the readers' tests: the report,
// and its findings as « type locator » lines (« ligne N » for a text line).
import { analyseFile, type AnalyseResult } from '../../src/scan/analyse.ts';
import { formatOf } from '../../src/scan/formats.ts';

export async function readAsScan(path: string, options: { readImages?: boolean } = {}): Promise<{ r: AnalyseResult; at: string[] }> {
  const format = formatOf(path);
  if (format === 'binaire') throw new Error(`${path} : fichier binaire, jamais ouvert`);
  const r = await analyseFile({ path, format, maxFindings: 100, readImages: options.readImages === true }, () => {});
  return { r, at: r.findings.map((f) => `${f.type} ${f.locator ?? `ligne ${f.line}`}`) };
}
