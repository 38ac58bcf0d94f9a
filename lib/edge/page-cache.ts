/**
 * Rendered pages, kept per canonical view so a page view costs a lookup and a string join instead of
 * a React render. Each page was rendered with one nonce; it is stored split at that nonce and joined
 * with a fresh one per response, so the CSP stays nonce-based ('strict-dynamic', no 'unsafe-inline').
 *
 * Segmented LRU: a new view enters a small probation segment and only a second request promotes it
 * to the protected one (bounded in bytes). A flood of one-off views (random map positions) churns
 * probation and never evicts the pages people actually share.
 */
export interface StoredPage {
  status: number;
  headers: Record<string, string | string[]>;
  /** The HTML split at its nonce. */
  parts: string[];
  bytes: number;
}

export function storedPage(status: number, headers: Record<string, string | string[]>, html: string, nonce: string): StoredPage {
  return { status, headers, parts: html.split(nonce), bytes: Buffer.byteLength(html) };
}

export const pageHtml = (page: StoredPage, nonce: string): string => page.parts.join(nonce);

export interface PageCacheLimits {
  probationEntries: number;
  protectedBytes: number;
}

export class PageCache {
  private readonly probation = new Map<string, StoredPage>();
  private readonly protectedPages = new Map<string, StoredPage>();
  private protectedBytes = 0;

  constructor(private readonly limits: PageCacheLimits) {}

  get(key: string): StoredPage | undefined {
    const hot = this.protectedPages.get(key);
    if (hot) {
      this.protectedPages.delete(key);
      this.protectedPages.set(key, hot);
      return hot;
    }
    const page = this.probation.get(key);
    if (page) {
      this.probation.delete(key);
      this.protect(key, page);
    }
    return page;
  }

  set(key: string, page: StoredPage): void {
    if (this.protectedPages.has(key) || page.bytes > this.limits.protectedBytes) return;
    this.probation.delete(key);
    this.probation.set(key, page);
    while (this.probation.size > this.limits.probationEntries) this.probation.delete(this.probation.keys().next().value!);
  }

  get size(): { probation: number; protected: number; protectedBytes: number } {
    return { probation: this.probation.size, protected: this.protectedPages.size, protectedBytes: this.protectedBytes };
  }

  private protect(key: string, page: StoredPage): void {
    this.protectedPages.set(key, page);
    this.protectedBytes += page.bytes;
    for (const [oldKey, old] of this.protectedPages) {
      if (this.protectedBytes <= this.limits.protectedBytes) break;
      this.protectedPages.delete(oldKey);
      this.protectedBytes -= old.bytes;
    }
  }
}
