export function App() {
  return <main><h1>Crosscount</h1></main>;
}
