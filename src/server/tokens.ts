import { SignJWT, base64url, errors as joseErrors, jwtVerify } from 'jose';

/** The prefix of every widget token's audience; the handler's identity follows it. */
export const TOKEN_AUDIENCE = 'pocketdns-widget';
/** The prefix of every widget token's issuer; the handler's base path follows it. */
export const TOKEN_ISSUER = 'pocketdns-widget-handler';

/** Who a handler's tokens are for and from: two handlers that share a secret still refuse each other's. */
export interface TokenIdentity {
  /** `aud`: `pocketdns-widget:{tokenAudience ?? basePath}`. */
  audience: string;
  /** `iss`: `pocketdns-widget-handler:{basePath}`. */
  issuer: string;
}

/** The identity of a handler mounted at `basePath`, with the partner's optional `tokenAudience`. */
export function tokenIdentity(basePath: string, tokenAudience?: string): TokenIdentity {
  return { audience: `${TOKEN_AUDIENCE}:${tokenAudience ?? basePath}`, issuer: `${TOKEN_ISSUER}:${basePath}` };
}

/** Who a verified token speaks for. */
export interface TokenClaims {
  /** The customer, as the partner's `identify` named them. */
  userIdentifier: string;
  /** Expiry, in seconds since the epoch. */
  expiresAt: number;
  /** When it was minted, in ms since the epoch (revocation compares it). */
  mintedAtMs: number;
}

// Verifying costs ~80 µs of WebCrypto per request, more than the rest of the proxy; a widget
// sends the same token many times, so the outcome is remembered by the exact token string.
// Expiry is checked again on every hit, and the cache is bounded.
const VERIFIED_CACHE_LIMIT = 10_000;

/**
 * True when every part of a compact JWT is canonical base64url: only the alphabet, no padding,
 * and no stray bits in the last character. Base64 decoders ignore those bits, so without this
 * check one token has several spellings, each a "different" token to a cache or a deny list.
 */
function isCanonical(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  return parts.every((part) => {
    if (!/^[A-Za-z0-9_-]*$/.test(part)) return false;
    try {
      return base64url.encode(base64url.decode(part)) === part;
    } catch {
      return false;
    }
  });
}

/** Signs and checks the short-lived session tokens (HS256, via jose). */
export class TokenSigner {
  private readonly key: Uint8Array;
  private readonly verified = new Map<string, TokenClaims>();

  /**
   * @param secret at least 32 characters; the partner keeps it on its server
   * @param identity the audience and issuer of this handler's tokens
   */
  constructor(
    secret: string,
    private readonly identity: TokenIdentity = tokenIdentity('/pocketdns'),
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** A token for `userIdentifier` valid for `ttlSeconds` (`nowSeconds`: tests move the clock). */
  async mint(userIdentifier: string, ttlSeconds: number, nowSeconds?: number): Promise<{ token: string; expiresAt: number }> {
    const nowMs = nowSeconds === undefined ? Date.now() : nowSeconds * 1000;
    nowSeconds ??= Math.floor(nowMs / 1000);
    const expiresAt = nowSeconds + ttlSeconds;
    const token = await new SignJWT({ mms: nowMs })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userIdentifier)
      .setAudience(this.identity.audience)
      .setIssuer(this.identity.issuer)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(expiresAt)
      .setJti(crypto.randomUUID())
      .sign(this.key);
    return { token, expiresAt };
  }

  /**
   * The claims of a valid token, or undefined: a non-canonical spelling, a bad signature,
   * another algorithm (`none` included), an expired token, another audience or issuer, or no
   * subject. Revocation is the handler's check, after this one.
   */
  async verify(token: string, nowSeconds = Math.floor(Date.now() / 1000)): Promise<TokenClaims | undefined> {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt > nowSeconds) return known;
      this.verified.delete(token);
      return undefined;
    }
    if (!isCanonical(token)) return undefined;
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
        audience: this.identity.audience,
        issuer: this.identity.issuer,
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.sub !== 'string' || payload.sub === '' || payload.exp === undefined) return undefined;
      const minted = typeof payload.mms === 'number' ? payload.mms : (payload.iat ?? 0) * 1000;
      return { userIdentifier: payload.sub, expiresAt: payload.exp, mintedAtMs: minted };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return undefined;
      throw error;
    }
  }
}
