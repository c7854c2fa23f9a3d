export function App() {
  return <main><h1>Crosscount settings</h1></main>;
}
