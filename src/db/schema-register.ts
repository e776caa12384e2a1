// Tables of the register capability (see Database in schema.ts).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RegisterTables {}
