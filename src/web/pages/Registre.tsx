// Placeholder: filled by the capability that owns it.
export function Registre() {
  return <h1>Registre</h1>;
}
