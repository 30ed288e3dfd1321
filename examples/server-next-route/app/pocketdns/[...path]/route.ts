// app/pocketdns/[...path]/route.ts: every request under /pocketdns goes to the handler, which
// takes the standard Request Next.js passes (the second argument, the params, is not needed).
import { pocketdns } from '../../../lib/pocketdns';

export const GET = pocketdns;
export const POST = pocketdns;
export const PUT = pocketdns;
export const DELETE = pocketdns;
export const OPTIONS = pocketdns;

// Sessions and record changes are per user: never cache or pre-render this route.
export const dynamic = 'force-dynamic';
