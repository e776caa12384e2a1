// Placeholder: filled by the capability that owns it.
export function Inventaire() {
  return <h1>Inventaire</h1>;
}
