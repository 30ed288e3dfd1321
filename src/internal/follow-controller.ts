import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PocketDnsDomainSelectEvent } from '../events/domain-select.js';

/** Frames to wait for the element named by `for` to appear (about a second). */
const FOLLOW_ATTEMPTS = 60;

/** An element with a `for` attribute naming a `<pocketdns-domains>` to follow. */
export interface FollowHost extends ReactiveControllerHost, HTMLElement {
  /** The id of the element to follow. */
  for: string;
}

/**
 * Follows the selection of the `<pocketdns-domains>` whose id the host's `for` names, in the
 * same document or shadow root: calls `onSelect` with its current selection and every new one.
 * An element added later is looked for during about a second, then the partner's developer is
 * told in the console instead of polling forever.
 */
export class FollowController implements ReactiveController {
  private followed: HTMLElement | undefined;
  private followedFor = '';
  private generation = 0;

  /**
   * @param host the element with `for`
   * @param onSelect receives the id of the selected domain
   */
  constructor(
    private readonly host: FollowHost,
    private readonly onSelect: (domainId: string) => void,
  ) {
    host.addController(this);
  }

  /** Starts following on connect. */
  hostConnected(): void {
    this.follow();
  }

  /** Lets go on disconnect. */
  hostDisconnected(): void {
    this.generation += 1;
    this.unfollow();
  }

  /** Follows again when `for` changed. */
  hostUpdated(): void {
    if (this.host.for !== this.followedFor) this.follow();
  }

  private readonly onDomainSelect = (event: PocketDnsDomainSelectEvent): void => {
    this.onSelect(event.detail.domain.id);
  };

  /** Starting a new search cancels any earlier one still waiting. */
  private follow(attempt = 0, generation = ++this.generation): void {
    if (!this.host.isConnected) return;
    this.followedFor = this.host.for;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const target = this.host.for ? root.getElementById(this.host.for) : null;
    if (target && target === this.followed) return;
    this.unfollow();
    if (!this.host.for) return;
    if (!target) {
      if (attempt < FOLLOW_ATTEMPTS) {
        requestAnimationFrame(() => {
          if (generation === this.generation && !this.followed) this.follow(attempt + 1, generation);
        });
      } else {
        console.warn(
          `<${this.host.localName} for="${this.host.for}">: no element with id "${this.host.for}" in this document or shadow root.`,
        );
      }
      return;
    }
    this.followed = target;
    target.addEventListener('pocketdns-domain-select', this.onDomainSelect);
    const selected = (target as Partial<{ selected: string }>).selected;
    if (typeof selected === 'string' && selected) this.onSelect(selected);
  }

  private unfollow(): void {
    this.followed?.removeEventListener('pocketdns-domain-select', this.onDomainSelect);
    this.followed = undefined;
  }
}
