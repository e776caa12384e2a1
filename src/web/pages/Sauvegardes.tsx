// Placeholder: filled by the capability that owns it.
export function Sauvegardes() {
  return <h1>Sauvegardes</h1>;
}
