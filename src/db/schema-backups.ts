// Tables of the backups capability (see Database in schema.ts).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BackupTables {}
