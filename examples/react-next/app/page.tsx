// A server component: it renders the client component below, which loads the elements in the browser.
import { DnsPanel } from './dns-panel';

export default function Page() {
  return (
    <main>
      <h1>Your domains</h1>
      <DnsPanel />
    </main>
  );
}
