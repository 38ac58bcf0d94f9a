import { Dashboard } from '@/components/Dashboard';

export default function Home() {
  return (
    <main className="app">
      <Dashboard />
    </main>
  );
}
