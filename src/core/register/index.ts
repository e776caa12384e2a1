// The register's pure domain: model, templates, completeness, risks and DPIA, drift, set-up.
export * from './model.ts';
export * from './templates.ts';
export * from './completeness.ts';
export * from './art13.ts';
export * from './risks.ts';
export * from './drift.ts';
export * from './history.ts';
export * from './setup.ts';
export { defaultRisks } from './template-kit.ts';
