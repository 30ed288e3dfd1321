import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';

/** The audience of widget session tokens: a token minted for anything else is refused. */
export const TOKEN_AUDIENCE = 'pocketdns-widget';
/** The issuer of widget session tokens. */
export const TOKEN_ISSUER = 'pocketdns-widget-handler';

/** Who a verified token speaks for. */
export interface TokenClaims {
  /** The customer, as the partner's `identify` named them. */
  userIdentifier: string;
  /** Expiry, in seconds since the epoch. */
  expiresAt: number;
}

// Verifying costs ~80 µs of WebCrypto per request, more than the rest of the proxy; a widget
// sends the same token many times, so the outcome is remembered by the exact token string.
// Expiry is checked again on every hit, and the cache is bounded.
const VERIFIED_CACHE_LIMIT = 10_000;

/** Signs and checks the short-lived session tokens (HS256, via jose). */
export class TokenSigner {
  private readonly key: Uint8Array;
  private readonly verified = new Map<string, TokenClaims>();

  /** @param secret at least 32 characters; the partner keeps it on its server */
  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  /** A token for `userIdentifier` valid for `ttlSeconds`. */
  async mint(
    userIdentifier: string,
    ttlSeconds: number,
    nowSeconds = Math.floor(Date.now() / 1000),
  ): Promise<{ token: string; expiresAt: number }> {
    const expiresAt = nowSeconds + ttlSeconds;
    const jti = crypto.randomUUID();
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userIdentifier)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuer(TOKEN_ISSUER)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(expiresAt)
      .setJti(jti)
      .sign(this.key);
    return { token, expiresAt };
  }

  /**
   * The claims of a valid token, or undefined: a bad signature, another algorithm (`none`
   * included), an expired token, another audience or issuer, or no subject.
   */
  async verify(token: string, nowSeconds = Math.floor(Date.now() / 1000)): Promise<TokenClaims | undefined> {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt > nowSeconds) return known;
      this.verified.delete(token);
      return undefined;
    }
    const claims = await this.verifyWithJose(token);
    if (claims) {
      if (this.verified.size >= VERIFIED_CACHE_LIMIT) {
        const oldest = this.verified.keys().next().value;
        if (oldest !== undefined) this.verified.delete(oldest);
      }
      this.verified.set(token, claims);
    }
    return claims;
  }

  private async verifyWithJose(token: string): Promise<TokenClaims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        audience: TOKEN_AUDIENCE,
        issuer: TOKEN_ISSUER,
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.sub !== 'string' || payload.sub === '' || payload.exp === undefined) return undefined;
      return { userIdentifier: payload.sub, expiresAt: payload.exp };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return undefined;
      throw error;
    }
  }
}
