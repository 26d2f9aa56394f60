import { LibrariesPage } from '../features/libraries/components/libraries-page';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>ICE recognition libraries</h1>
      </header>
      <main className="app-main">
        <LibrariesPage />
      </main>
    </div>
  );
}
