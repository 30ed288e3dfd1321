import { isSafeLoginUrl, type WidgetSession } from '../../contract/session.js';
import { USER_IDENTIFIER } from '../../contract/record-bodies.js';
import type { RouteContext } from '../context.js';
import { userSessionShape } from '../shapes.js';
import type { TokenSigner } from '../tokens.js';

/**
 * `POST {basePath}/session`: asks the partner's `identify` who is signed in, makes sure
 * PocketDNS knows the customer (`POST /api/v1/users`), and mints the short-lived token.
 */
export async function startSession(ctx: RouteContext, signer: TokenSigner): Promise<Response> {
  const { reply, options, report, request } = ctx;
  let user;
  try {
    user = await options.identify(request);
  } catch (cause) {
    report('POST session', 'identify() threw', { cause });
    return reply.fail(500, 'Could not start a DNS session.');
  }
  if (!user) return reply.fail(401, 'Sign in to manage your DNS.');
  if (typeof user.user_identifier !== 'string' || !USER_IDENTIFIER.test(user.user_identifier)) {
    report('POST session', 'identify() returned a user_identifier that is not 1–255 of A-Z a-z 0-9 _ -');
    return reply.fail(500, 'Could not start a DNS session.');
  }
  await ctx.charge(user.user_identifier);
  const upstream = await ctx.call({
    method: 'POST',
    path: '/api/v1/users',
    body: { user_identifier: user.user_identifier, ...(user.email ? { email: user.email } : {}) },
    shape: userSessionShape,
  });
  if (upstream.kind !== 'ok') return reply.upstreamFailure(upstream, 'POST session');
  let loginUrl = upstream.body.login_url;
  if (loginUrl !== '' && !isSafeLoginUrl(loginUrl)) {
    report('POST session', 'PocketDNS sent a login_url that is neither https: nor local http:; it was left out');
    loginUrl = '';
  }
  const { token, expiresAt } = await signer.mint(user.user_identifier, options.sessionTtlSeconds);
  const session: WidgetSession = {
    token,
    expires_at: new Date(expiresAt * 1000).toISOString(),
    api_base: options.basePath,
    user_identifier: user.user_identifier,
    login_url: loginUrl,
  };
  return reply.send(200, session);
}
