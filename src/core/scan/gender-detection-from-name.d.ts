// gender-detection-from-name's French list of first names, lowercase, each with its gender (the package types only its main module).
declare module 'gender-detection-from-name/names/fr.js' {
  const names: ReadonlyMap<string, 'male' | 'female'>;
  export default names;
}
