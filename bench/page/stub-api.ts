// The Partner API answered inside the bench page: no network, no server. The domain's answer
// is the sandbox's own JSON, prebuilt in Node and handed over as text, so the element's real
// client reads and parses it as it would a real answer. A POST is noted the moment it reaches
// fetch (Save → request) and held until the bench releases it (Save → optimistic row).

/** Where the element sends Partner API calls in the bench page. */
export const API_BASE = '/pocketdns';

/** What the stub saw, for the driver. */
export interface StubState {
  /** performance.now() when the domain's answer (a built Response) was handed to the element. */
  answeredAt: number | undefined;
  /** performance.now() when the latest POST reached fetch. */
  postSeenAt: number | undefined;
  /** Answers the held POST (the server "answered"). */
  releasePost: (() => void) | undefined;
}

// X-Bench-Size lets the driver count big bodies read with Response.json().
const json = (body: string, status = 200): Response =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json', 'X-Bench-Size': String(body.length) } });

/**
 * Replaces `fetch` in the page: `GET {API_BASE}/api/v1/domains/{id}` answers `domainJson`,
 * `POST {API_BASE}/api/v1/dns_records` answers the created record once released; anything
 * else (DNS-over-HTTPS checks after a change) fails fast as a 503, as an offline resolver would.
 */
export function installStubApi(domainJson: string): StubState {
  const state: StubState = { answeredAt: undefined, postSeenAt: undefined, releasePost: undefined };
  let created = 0;
  const stub = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    if (request.method === 'GET' && path.startsWith(`${API_BASE}/api/v1/domains/`)) {
      // Timed from the answer in hand: building a Response from a 2 MB JS string (UTF-16 to
      // UTF-8, ~20 ms) is the stub's work, not the element's (a real answer arrives as bytes).
      const response = json(domainJson);
      state.answeredAt = performance.now();
      performance.mark('bench:answered'); // for bench/profile.ts
      return response;
    }
    if (request.method === 'POST' && path === `${API_BASE}/api/v1/dns_records`) {
      state.postSeenAt = performance.now();
      const released = new Promise<void>((resolve) => {
        state.releasePost = resolve;
      });
      const body = (await request.json()) as Record<string, unknown>;
      await released;
      created += 1;
      const stamp = new Date().toISOString();
      const record = { id: `rec_bench_${String(created)}`, priority: null, ...body, created_at: stamp, updated_at: stamp };
      return json(JSON.stringify(record), 201);
    }
    return new Response('', { status: 503 });
  };
  globalThis.fetch = stub;
  return state;
}
